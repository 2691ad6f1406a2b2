package storage

import (
	"bytes"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"
)

// reindexBatch bounds the items re-filed per write transaction.
const reindexBatch = 1000

// Reindex files every stored item into topics again with classify, after
// topic rules changed. Topics not in keep lose their index. It works in
// bounded transactions and returns how many items changed membership.
func (s *Store) Reindex(keep []string, classify Classifier) (int, error) {
	return s.ReindexProgress(keep, classify, nil)
}

// ReindexProgress is Reindex that calls progress, when not nil, after each
// transaction with the number of items handled so far.
func (s *Store) ReindexProgress(keep []string, classify Classifier, progress func(done int)) (int, error) {
	changed, done := 0, 0
	var after []byte // last item id handled
	for {
		n, last, c, err := s.reindexBatch(after, classify)
		if err != nil {
			return changed, fmt.Errorf("re-file items in %s: %w", s.path, err)
		}
		changed += c
		done += n
		if progress != nil {
			progress(done)
		}
		if n < reindexBatch {
			break
		}
		after = last
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		root := tx.Bucket(bucketTopics)
		var drop [][]byte
		err := root.ForEachBucket(func(k []byte) error {
			if !slices.Contains(keep, string(k)) {
				drop = append(drop, append([]byte(nil), k...))
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, k := range drop {
			if err := root.DeleteBucket(k); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return changed, fmt.Errorf("re-file items in %s: drop old topics: %w", s.path, err)
	}
	return changed, nil
}

func (s *Store) reindexBatch(after []byte, classify Classifier) (n int, last []byte, changed int, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketItems).Cursor()
		k, v := c.First()
		if after != nil {
			k, v = c.Seek(after)
			if k != nil && bytes.Equal(k, after) {
				k, v = c.Next()
			}
		}
		type upd struct {
			id []byte
			it *Item
		}
		var updates []upd
		for ; k != nil && n < reindexBatch; k, v = c.Next() {
			n++
			last = append(last[:0], k...)
			it, err := decodeItem(v)
			if err != nil {
				return fmt.Errorf("item %x: %w", k, err)
			}
			topics := classify(it)
			if sameMatches(it.Topics, topics) {
				continue
			}
			id := append([]byte(nil), k...)
			if err := setTopics(tx, id, it.Published, it.Topics, topics); err != nil {
				return err
			}
			it.Topics = topics
			updates = append(updates, upd{id, it})
		}
		// Writes happen after the cursor walk: bbolt cursors must not see
		// their bucket modified underneath them.
		for _, u := range updates {
			if err := putItem(tx, u.id, u.it); err != nil {
				return err
			}
		}
		changed = len(updates)
		return nil
	})
	return n, last, changed, err
}

func sameMatches(a, b []Match) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Topic != b[i].Topic || len(a[i].Hits) != len(b[i].Hits) {
			return false
		}
		for j := range a[i].Hits {
			if a[i].Hits[j] != b[i].Hits[j] {
				return false
			}
		}
	}
	return true
}

// Meta returns a stored metadata value, or "" when unset.
func (s *Store) Meta(key string) (string, error) {
	var v string
	err := s.db.View(func(tx *bolt.Tx) error {
		v = string(tx.Bucket(bucketMeta).Get([]byte(key)))
		return nil
	})
	return v, err
}

// SetMeta stores a metadata value.
func (s *Store) SetMeta(key, value string) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketMeta).Put([]byte(key), []byte(value))
	})
}
