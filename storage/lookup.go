package storage

import (
	"encoding/hex"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// Item returns one item by its public id. Items are stored by ref, not
// by id, and no index maps ids (one would cost every new item a page
// write at a random place): the id is the hash of the item's first
// identity key, so Item hashes the identity keys until one gives the id.
// That reads the keys bucket, about 0.12 s per million keys at worst
// (BenchmarkItemByID); it serves diagnostics such as feedsieve explain.
func (s *Store) Item(id string) (*Item, error) {
	items, err := s.ItemsByID([]string{id})
	if err != nil {
		return nil, err
	}
	return items[0], nil
}

// ItemsByID returns the items with the given public ids, in their order.
// It reads the keys bucket once for all of them, as Item does for one,
// stopping once every id is found (BenchmarkItemsByID). It fails with
// ErrNotFound naming the first id that is not stored.
func (s *Store) ItemsByID(ids []string) ([]*Item, error) {
	wants := make([][]byte, len(ids))
	for i, id := range ids {
		want, err := decodeID(id)
		if err != nil {
			return nil, err
		}
		wants[i] = want
	}
	var items []*Item
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		if _, items, err = itemsByID(tx, wants); err != nil {
			return err
		}
		for i, it := range items {
			if it == nil {
				return fmt.Errorf("item %s: %w", ids[i], ErrNotFound)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return items, nil
}

// itemByID finds the item with an id, and its ref; nil when none has it.
func itemByID(tx *bolt.Tx, want []byte) ([]byte, *Item, error) {
	refs, items, err := itemsByID(tx, [][]byte{want})
	if err != nil {
		return nil, nil, err
	}
	return refs[0], items[0], nil
}

// itemsByID finds the items with the given ids, and their refs, in one
// pass over the keys bucket; nil for an id no item has. An id listed
// twice gets the same item.
func itemsByID(tx *bolt.Tx, wants [][]byte) (refs [][]byte, items []*Item, err error) {
	at := make(map[[16]byte][]int, len(wants))
	for i, w := range wants {
		at[[16]byte(w)] = append(at[[16]byte(w)], i)
	}
	refs, items = make([][]byte, len(wants)), make([]*Item, len(wants))
	all := tx.Bucket(bucketItems)
	c := tx.Bucket(bucketKeys).Cursor()
	for k, ref := c.First(); k != nil && len(at) > 0; k, ref = c.Next() {
		id := idOfDBKey(k)
		if len(id) != 16 {
			continue
		}
		places, ok := at[[16]byte(id)]
		if !ok {
			continue
		}
		v := all.Get(ref)
		if v == nil {
			continue
		}
		found, err := decodeItem(v)
		if err != nil {
			return nil, nil, err
		}
		if found.ID != hex.EncodeToString(id) {
			continue // the item's id is its first key's, not this one's
		}
		for _, i := range places {
			refs[i], items[i] = ref, found
		}
		delete(at, [16]byte(id))
	}
	return refs, items, nil
}

// ItemByLink returns the item stored under a normalized link.
func (s *Store) ItemByLink(normLink string) (*Item, error) {
	items, err := s.ItemsByLink([]string{normLink})
	if err != nil {
		return nil, err
	}
	return items[0], nil
}

// ItemsByLink returns the items stored under the given normalized links,
// in their order, looked up in the links index in one read transaction.
// It fails with ErrNotFound naming the first link no item has.
func (s *Store) ItemsByLink(normLinks []string) ([]*Item, error) {
	items := make([]*Item, len(normLinks))
	err := s.db.View(func(tx *bolt.Tx) error {
		links, all := tx.Bucket(bucketLinks), tx.Bucket(bucketItems)
		for i, link := range normLinks {
			var v []byte
			ref := links.Get(dbKey(link))
			if isPageMark(ref) {
				return fmt.Errorf("item with link %s: %w: it is a page's, which several items share and none is found by; give an item's id", link, ErrNotFound)
			}
			if ref != nil {
				v = all.Get(ref)
			}
			if v == nil {
				return fmt.Errorf("item with link %s: %w", link, ErrNotFound)
			}
			var err error
			if items[i], err = decodeItem(v); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return items, nil
}
