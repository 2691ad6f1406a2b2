package storage

import (
	"context"
	"fmt"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Newest returns up to n items of a topic, newest publication first.
// Items are decoded copies, safe to use after the read transaction ends.
func (s *Store) Newest(topic string, n int) ([]*Item, error) {
	var out []*Item
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketTopics).Bucket([]byte(topic))
		if b == nil {
			return nil
		}
		items := tx.Bucket(bucketItems)
		c := b.Cursor()
		for k, _ := c.Last(); k != nil && len(out) < n; k, _ = c.Prev() {
			v := items.Get(refOfKey(k))
			if v == nil {
				return fmt.Errorf("topic %s lists item %s, which is missing", topic, refString(refOfKey(k)))
			}
			it, err := decodeItem(v)
			if err != nil {
				return err
			}
			out = append(out, it)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read topic %s: %w", topic, err)
	}
	return out, nil
}

// TopicStats reports how many items a topic holds and the newest one's
// publication time.
func (s *Store) TopicStats(topic string) (count int, newest time.Time, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketTopics).Bucket([]byte(topic))
		if b == nil {
			return nil
		}
		count = b.Stats().KeyN
		if k, _ := b.Cursor().Last(); k != nil {
			newest = timeOfKey(k)
		}
		return nil
	})
	if err != nil {
		return 0, time.Time{}, fmt.Errorf("read topic %s: %w", topic, err)
	}
	return count, newest, nil
}

// Count returns the number of stored items.
func (s *Store) Count() (int, error) {
	var n int
	err := s.db.View(func(tx *bolt.Tx) error {
		n = tx.Bucket(bucketItems).Stats().KeyN
		return nil
	})
	return n, err
}

// Scan calls fn for every stored item, newest first, in read transactions
// of at most batch items each, so a long scan never holds one transaction.
// fn returning false stops the scan.
func (s *Store) Scan(fn func(*Item) bool) error { return s.scan("", nil, fn) }

// ScanTopic calls fn for every item filed in a topic, newest publication
// first, in short read transactions like Scan; fn returning false stops.
func (s *Store) ScanTopic(topic string, fn func(*Item) bool) error {
	if topic == "" {
		return fmt.Errorf("scan items: no topic given")
	}
	return s.scan(topic, nil, fn)
}

// ScanTopicBefore is ScanTopic from the items published at or before
// before: the index is entered there, not read from its newest item.
func (s *Store) ScanTopicBefore(topic string, before time.Time, fn func(*Item) bool) error {
	if topic == "" {
		return fmt.Errorf("scan items: no topic given")
	}
	return s.scan(topic, timeKey(before.Add(time.Nanosecond), nil), fn)
}

// ItemQuery selects stored items for Query.
type ItemQuery struct {
	Topic  string           // only items filed in this topic; "" for every item
	Source string           // only items this source delivered; "" for any
	Match  func(*Item) bool // a further filter; nil for none
	Limit  int              // at most this many items
}

// Query returns up to q.Limit items that pass its filters, newest first.
// Like Scan, it reads in short transactions; it stops with ctx's error
// when ctx ends first, as a search that matches little may read every item.
func (s *Store) Query(ctx context.Context, q ItemQuery) ([]*Item, error) {
	if q.Limit < 1 {
		return nil, fmt.Errorf("query items: limit %d is not positive", q.Limit)
	}
	var out []*Item
	err := s.scan(q.Topic, nil, func(it *Item) bool {
		if ctx.Err() != nil {
			return false
		}
		if (q.Source == "" || slices.Contains(it.Sources, q.Source)) && (q.Match == nil || q.Match(it)) {
			out = append(out, it)
		}
		return len(out) < q.Limit
	})
	if err == nil {
		err = ctx.Err()
	}
	return out, err
}

// scan walks a topic's index, or with topic "" the time index of every
// item, from the newest item before from back (nil: from the newest).
func (s *Store) scan(topic string, from []byte, fn func(*Item) bool) error {
	const batch = 512
	for { // from is the index key to go on before
		var items []*Item
		err := s.db.View(func(tx *bolt.Tx) error {
			index := tx.Bucket(bucketTime)
			if topic != "" {
				index = tx.Bucket(bucketTopics).Bucket([]byte(topic))
			}
			if index == nil {
				return nil
			}
			c := index.Cursor()
			var k []byte
			if from == nil {
				k, _ = c.Last()
			} else {
				// Seek places the cursor at from, or past it if it is
				// gone since; the scan goes on before that, or from the
				// last key when none is at or past from.
				if k, _ = c.Seek(from); k == nil {
					k, _ = c.Last()
				} else {
					k, _ = c.Prev()
				}
			}
			all := tx.Bucket(bucketItems)
			for ; k != nil && len(items) < batch; k, _ = c.Prev() {
				v := all.Get(refOfKey(k))
				if v == nil {
					continue
				}
				it, err := decodeItem(v)
				if err != nil {
					return err
				}
				items = append(items, it)
				from = append(from[:0], k...)
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("scan items: %w", err)
		}
		for _, it := range items {
			if !fn(it) {
				return nil
			}
		}
		if len(items) < batch {
			return nil
		}
	}
}
