package storage

import (
	"bytes"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// TestCheckFindsBrokenReferences damages a database the way a partial
// write would, one way per case, and wants Check to name the damage.
func TestCheckFindsBrokenReferences(t *testing.T) {
	tests := []struct {
		name   string
		damage func(tx *bolt.Tx, ref []byte, it *Item) error
		want   string
	}{
		{"item without its record", func(tx *bolt.Tx, ref []byte, _ *Item) error {
			return tx.Bucket(bucketItems).Delete(ref)
		}, "points at missing item"},
		{"item without its time key", func(tx *bolt.Tx, ref []byte, it *Item) error {
			return tx.Bucket(bucketTime).Delete(timeKey(it.Published, ref))
		}, "has no time index entry"},
		{"item without its identity key", func(tx *bolt.Tx, _ []byte, it *Item) error {
			return tx.Bucket(bucketKeys).Delete([]byte(it.Keys[0]))
		}, "key \"s\\x00k1\" points at"},
		{"topic index without the item's topic", func(tx *bolt.Tx, ref []byte, it *Item) error {
			return tx.Bucket(bucketTopics).Bucket([]byte("nk")).Delete(timeKey(it.Published, ref))
		}, "is filed in topic nk but not in its index"},
		{"undecodable item", func(tx *bolt.Tx, ref []byte, _ *Item) error {
			return tx.Bucket(bucketItems).Put(ref, []byte("{half an item"))
		}, "decode item"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTest(t, 0)
			if _, err := s.Apply(Batch{Source: "s", Now: t0, Entries: []Entry{
				entry("k1", "https://x.test/1", "Karabakh one", t0),
				entry("k2", "https://x.test/2", "Karabakh two", t0),
			}}, byKeyword); err != nil {
				t.Fatal(err)
			}
			if err := s.Check(); err != nil {
				t.Fatalf("an intact database: %v", err)
			}
			items, _ := s.Newest("nk", 10)
			it := items[len(items)-1] // the one with key k1
			ref := refOf(t, s, it)
			if err := s.db.Update(func(tx *bolt.Tx) error { return tt.damage(tx, ref, it) }); err != nil {
				t.Fatal(err)
			}
			err := s.Check()
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Check: %v, want a problem with %q", err, tt.want)
			}
		})
	}
}

// TestLongKeys stores an item whose guid and link are longer than bbolt
// allows keys to be: it is stored, found again by both, and pruned whole.
func TestLongKeys(t *testing.T) {
	s := openTest(t, 24*time.Hour)
	guid := strings.Repeat("g", 40000)
	link := "https://x.test/" + strings.Repeat("l", 40000)
	e := entry(guid, link, "Karabakh long", t0)
	for round, want := range []Result{{New: 1}, {Unchanged: 1}} {
		res, err := s.Apply(Batch{Source: "s", Now: t0, Entries: []Entry{e}}, byKeyword)
		if err != nil || res != want {
			t.Fatalf("round %d: %+v, %v; want %+v", round, res, err, want)
		}
	}
	if it, err := s.ItemByLink(link); err != nil || it.Title != "Karabakh long" {
		t.Fatalf("by link: %v %v", it, err)
	}
	if err := s.Check(); err != nil {
		t.Fatal(err)
	}
	if n, err := s.Prune(t0.Add(48 * time.Hour)); err != nil || n != 1 {
		t.Fatalf("prune: %d %v", n, err)
	}
	if err := s.Check(); err != nil {
		t.Fatal(err)
	}
}

// refOf is the ref under which an item is stored, from its first key.
func refOf(t *testing.T, s *Store, it *Item) []byte {
	t.Helper()
	var ref []byte
	s.db.View(func(tx *bolt.Tx) error {
		ref = bytes.Clone(tx.Bucket(bucketKeys).Get(dbKey(it.Keys[0])))
		return nil
	})
	if len(ref) != refLen {
		t.Fatalf("item %s: key %q gives ref %x", it.ID, it.Keys[0], ref)
	}
	return ref
}
