package storage

import (
	"fmt"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"
)

// setTopics moves an item's topic index entries from the old matches to the new.
func setTopics(tx *bolt.Tx, ref []byte, published time.Time, old, new []Match) error {
	root := tx.Bucket(bucketTopics)
	key := timeKey(published, ref)
	was, is := topicsOf(old), topicsOf(new)
	for _, t := range was {
		if slices.Contains(is, t) {
			continue
		}
		if b := root.Bucket([]byte(t)); b != nil {
			if err := b.Delete(key); err != nil {
				return err
			}
		}
	}
	for _, t := range is {
		if slices.Contains(was, t) {
			continue
		}
		b, err := root.CreateBucketIfNotExists([]byte(t))
		if err != nil {
			return fmt.Errorf("topic bucket %s: %w", t, err)
		}
		if err := b.Put(key, nil); err != nil {
			return err
		}
	}
	return nil
}

func putItem(tx *bolt.Tx, ref []byte, it *Item) error {
	return tx.Bucket(bucketItems).Put(ref, encodeItem(it))
}
