package storage

import (
	"bytes"
	"errors"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// maxCheckProblems bounds how many problems Check reports.
const maxCheckProblems = 20

// Check verifies the database: bbolt's own page-level consistency check,
// then feedsieve's cross references. Every item must decode and be
// reachable from its time key, its identity keys, its link and its
// topics; every index entry must point at an item that lists it. It reads
// in one transaction and returns every problem found, up to 20, joined.
func (s *Store) Check() error {
	var problems []error
	add := func(format string, args ...any) bool {
		problems = append(problems, fmt.Errorf(format, args...))
		return len(problems) < maxCheckProblems
	}
	err := s.db.View(func(tx *bolt.Tx) error {
		for err := range tx.Check() {
			if !add("bbolt: %w", err) {
				return nil
			}
		}
		if len(problems) > 0 {
			return nil // the cross references cannot be trusted on broken pages
		}
		checkReferences(tx, add)
		checkSeen(tx, add)
		return nil
	})
	if err != nil {
		return fmt.Errorf("check database %s: %w", s.path, err)
	}
	if len(problems) > 0 {
		return fmt.Errorf("check database %s: %w", s.path, errors.Join(problems...))
	}
	return nil
}

// checkReferences checks items against the four indexes, in both
// directions. add returns false once enough problems were found.
func checkReferences(tx *bolt.Tx, add func(string, ...any) bool) {
	items := tx.Bucket(bucketItems)
	ok := true
	counts := map[string]int{}
	items.ForEach(func(ref, v []byte) error {
		if !ok {
			return nil
		}
		it, err := decodeItem(v)
		if err != nil {
			ok = add("item %s: %w", refString(ref), err)
			return nil
		}
		counts[it.Source]++
		ok = checkItemIndexed(tx, ref, it, add)
		return nil
	})
	if !ok || !checkCounts(tx, counts, add) {
		return
	}
	pointsAtItem := func(what string, b *bolt.Bucket, idOf func(k, v []byte) []byte) bool {
		return b.ForEach(func(k, v []byte) error {
			if ref := idOf(k, v); items.Get(ref) == nil && !isPageMark(ref) {
				if !add("%s entry %q points at missing item %s", what, k, refString(ref)) {
					return errors.New("enough")
				}
			}
			return nil
		}) == nil
	}
	value := func(_, v []byte) []byte { return v }
	_ = pointsAtItem("key", tx.Bucket(bucketKeys), value) &&
		pointsAtItem("link", tx.Bucket(bucketLinks), value) &&
		pointsAtItem("time", tx.Bucket(bucketTime), func(k, _ []byte) []byte { return refOfKey(k) })
	tx.Bucket(bucketTopics).ForEach(func(topic, _ []byte) error {
		b := tx.Bucket(bucketTopics).Bucket(topic)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, _ []byte) error {
			v := items.Get(refOfKey(k))
			if v == nil {
				if !add("topic %s entry points at missing item %s", topic, refString(refOfKey(k))) {
					return errors.New("enough")
				}
				return nil
			}
			if it, err := decodeItem(v); err == nil && !it.InTopic(string(topic)) {
				if !add("topic %s lists item %s, which is not filed there", topic, refString(refOfKey(k))) {
					return errors.New("enough")
				}
			}
			return nil
		})
	})
}

// checkItemIndexed checks that every index an item belongs in has it.
func checkItemIndexed(tx *bolt.Tx, ref []byte, it *Item, add func(string, ...any) bool) bool {
	tk := timeKey(it.Published, ref)
	if tx.Bucket(bucketTime).Get(tk) == nil {
		if !add("item %s (%s) has no time index entry", refString(ref), it.ID) {
			return false
		}
	}
	for _, k := range it.Keys {
		if got := tx.Bucket(bucketKeys).Get(dbKey(k)); !bytes.Equal(got, ref) {
			if !add("item %s (%s): key %q points at %s", refString(ref), it.ID, k, refString(got)) {
				return false
			}
		}
	}
	for _, m := range it.Topics {
		b := tx.Bucket(bucketTopics).Bucket([]byte(m.Topic))
		if b == nil || b.Get(tk) == nil {
			if !add("item %s (%s) is filed in topic %s but not in its index", refString(ref), it.ID, m.Topic) {
				return false
			}
		}
	}
	return true
}

// checkCounts compares each source's kept count of items with the items.
// A file last written by a feedsieve from before the counts has none:
// they are made when it is next opened for writing.
func checkCounts(tx *bolt.Tx, counts map[string]int, add func(string, ...any) bool) bool {
	b := tx.Bucket(bucketCounts)
	if b == nil {
		return true
	}
	ok := true
	b.ForEach(func(k, _ []byte) error {
		if _, seen := counts[string(k)]; !seen {
			counts[string(k)] = 0
		}
		return nil
	})
	for src, n := range counts {
		if kept := sourceCount(tx, src); ok && kept != n {
			ok = add("source %s has %d items, but its count says %d", src, n, kept)
		}
	}
	return ok
}
