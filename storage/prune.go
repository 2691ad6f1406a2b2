package storage

import (
	"bytes"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// pruneBatch bounds how many items one retention transaction removes, so
// pruning never becomes one giant write that stalls ingestion.
const pruneBatch = 1000

// Prune removes items published before now minus the retention period,
// with all their index entries, in transactions of bounded size. It returns
// how many items it removed. It does nothing when retention is 0.
func (s *Store) Prune(now time.Time) (int, error) {
	r := s.retentionPeriod()
	if r <= 0 {
		return 0, nil
	}
	cutoff := timeKey(now.Add(-r), nil)
	total := 0
	for {
		n := 0
		sources := make(map[string]bool)
		err := s.db.Update(func(tx *bolt.Tx) error {
			clear(sources)
			var keys [][]byte
			c := tx.Bucket(bucketTime).Cursor()
			for k, _ := c.First(); k != nil && bytes.Compare(k[:8], cutoff) < 0 && len(keys) < pruneBatch; k, _ = c.Next() {
				keys = append(keys, append([]byte(nil), k...))
			}
			for _, k := range keys {
				if err := removeItem(tx, k, sources); err != nil {
					return err
				}
			}
			n = len(keys)
			return forgetSeen(tx, sources)
		})
		if err != nil {
			return total, fmt.Errorf("prune items in %s: %w", s.path, err)
		}
		total += n
		if n < pruneBatch {
			return total, nil
		}
	}
}

// removeItem deletes the item behind a time key and every index entry
// pointing at it, and notes in sources the sources that delivered it.
func removeItem(tx *bolt.Tx, tk []byte, sources map[string]bool) error {
	ref := refOfKey(tk)
	if err := tx.Bucket(bucketTime).Delete(tk); err != nil {
		return err
	}
	v := tx.Bucket(bucketItems).Get(ref)
	if v == nil {
		return nil
	}
	it, err := decodeItem(v)
	if err != nil {
		return fmt.Errorf("item %s: %w", refString(ref), err)
	}
	for _, src := range it.Sources {
		sources[src] = true
	}
	if err := setTopics(tx, ref, it.Published, it.Topics, nil); err != nil {
		return err
	}
	if err := addSourceCount(tx, it.Source, -1); err != nil {
		return err
	}
	keys := tx.Bucket(bucketKeys)
	for _, k := range it.Keys {
		if bytes.Equal(keys.Get(dbKey(k)), ref) {
			if err := keys.Delete(dbKey(k)); err != nil {
				return err
			}
		}
	}
	links := tx.Bucket(bucketLinks)
	if it.NormLink != "" && bytes.Equal(links.Get(dbKey(it.NormLink)), ref) {
		if err := links.Delete(dbKey(it.NormLink)); err != nil {
			return err
		}
	}
	return tx.Bucket(bucketItems).Delete(ref)
}
