package storage

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// testdata/schema2.db was written by feedsieve at schema version 2 (items
// keyed by their ids): 18 items from sources a, b and c, with items two
// sources delivered, an edited item, an item without a link, an item with
// a 2,000-byte guid and link, topics nk and wx, and a state for source a.
// testdata/schema2.golden.json holds what that feedsieve read from it:
// every item, and the ids of topics nk and wx, newest first.
const schema2Fixture = "testdata/schema2.db"

type upgradeGolden struct {
	Items []*Item  `json:"items"`
	NK    []string `json:"nk"`
	WX    []string `json:"wx"`
}

// fixtureCopy copies the schema 2 fixture into a temporary directory and
// returns the copy's path.
func fixtureCopy(t *testing.T) string {
	t.Helper()
	raw, err := os.ReadFile(schema2Fixture)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "old.db")
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// withBatch sets the upgrade's batch size for one test.
func withBatch(t *testing.T, n int) {
	old := upgradeBatch
	upgradeBatch = n
	t.Cleanup(func() { upgradeBatch = old })
}

// TestUpgradeFromSchema2 opens the version 2 fixture for writing, in
// batches of 5 items, and wants the same items, topics and states back
// from the version 3 layout, with deduplication and new items working.
func TestUpgradeFromSchema2(t *testing.T) {
	withBatch(t, 5)
	checkUpgraded(t, fixtureCopy(t))
}

// TestUpgradeFromSchema1 turns the fixture into a version 1 file, whose
// items are JSON, and upgrades that.
func TestUpgradeFromSchema1(t *testing.T) {
	path := fixtureCopy(t)
	rewriteOld(t, path, func(tx *bolt.Tx) error {
		items := tx.Bucket(bucketItems)
		var ids, values [][]byte
		err := items.ForEach(func(id, v []byte) error {
			it, err := decodeItem(v)
			if err != nil {
				return err
			}
			raw, err := json.Marshal(it)
			ids, values = append(ids, bytes.Clone(id)), append(values, raw)
			return err
		})
		for i := range ids {
			if err == nil {
				err = items.Put(ids[i], values[i])
			}
		}
		if err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put([]byte("schema"), []byte("1"))
	})
	checkUpgraded(t, path)
}

// TestUpgradeResumes stops an upgrade after two batches, as a crash
// would, and wants the next open to finish it without duplicates.
func TestUpgradeResumes(t *testing.T) {
	withBatch(t, 4)
	path := fixtureCopy(t)
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	partial := &Store{db: db, path: path, log: slog.New(slog.DiscardHandler)}
	for range 2 {
		if n, err := partial.upgradeStep(); err != nil || n != 4 {
			t.Fatalf("upgrade step: %d items, %v", n, err)
		}
	}
	db.Close()
	// An earlier feedsieve refuses the file now: its schema is not "2".
	if _, err := Open(Options{Path: path, ReadOnly: true}); err == nil || !strings.Contains(err.Error(), "the file's layout is being upgraded") {
		t.Errorf("read-only open of a file being upgraded: %v", err)
	}
	checkUpgraded(t, path)
}

// TestUpgradeKeepsUndecodableItems damages one item of the old file: the
// upgrade keeps its bytes, unindexed, and check names it.
func TestUpgradeKeepsUndecodableItems(t *testing.T) {
	path := fixtureCopy(t)
	rewriteOld(t, path, func(tx *bolt.Tx) error {
		k, _ := tx.Bucket(bucketItems).Cursor().First()
		return tx.Bucket(bucketItems).Put(k, []byte("{half an item"))
	})
	s, err := Open(Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if n, err := s.Count(); err != nil || n != 18 {
		t.Errorf("%d items after the upgrade, %v; want all 18", n, err)
	}
	err = s.Check()
	if err == nil || !strings.Contains(err.Error(), "decode item") {
		t.Errorf("check: %v, want the undecodable item named", err)
	}
}

// rewriteOld changes the old fixture file with bbolt directly.
func rewriteOld(t *testing.T, path string, fn func(*bolt.Tx) error) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Update(fn); err != nil {
		t.Fatal(err)
	}
}

// checkUpgraded opens the file at path for writing, which upgrades it,
// and compares what it holds with the golden reading of the fixture.
func checkUpgraded(t *testing.T, path string) {
	t.Helper()
	raw, err := os.ReadFile("testdata/schema2.golden.json")
	if err != nil {
		t.Fatal(err)
	}
	var golden upgradeGolden
	if err := json.Unmarshal(raw, &golden); err != nil {
		t.Fatal(err)
	}
	s, err := Open(Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, _ := s.Meta("schema"); v != schemaVersion {
		t.Errorf("schema %q after the upgrade, want %q", v, schemaVersion)
	}
	if err := s.Check(); err != nil {
		t.Fatal(err)
	}
	var got []*Item
	if err := s.Scan(func(it *Item) bool { got = append(got, it); return true }); err != nil {
		t.Fatal(err)
	}
	byID := func(items []*Item) map[string]string {
		m := make(map[string]string)
		for _, it := range items {
			raw, _ := json.Marshal(it)
			m[it.ID] = string(raw)
		}
		return m
	}
	if want, have := byID(golden.Items), byID(got); !reflect.DeepEqual(want, have) {
		t.Errorf("items after the upgrade differ:\n got %v\nwant %v", have, want)
	}
	for topic, want := range map[string][]string{"nk": golden.NK, "wx": golden.WX} {
		items, err := s.Newest(topic, 100)
		if err != nil {
			t.Fatal(err)
		}
		ids := make([]string, len(items))
		for i, it := range items {
			ids[i] = it.ID
			if i > 0 && it.Published.After(items[i-1].Published) {
				t.Errorf("topic %s: item %d is newer than the one before it", topic, i)
			}
		}
		// Items published at the same time may change places.
		slices.Sort(ids)
		want = slices.Sorted(slices.Values(want))
		if !slices.Equal(ids, want) {
			t.Errorf("topic %s lists %v, want %v", topic, ids, want)
		}
	}
	for _, it := range golden.Items {
		if found, err := s.Item(it.ID); err != nil || found.ID != it.ID {
			t.Errorf("item %s by id: %v", it.ID, err)
		}
		if it.NormLink != "" {
			if found, err := s.ItemByLink(it.NormLink); err != nil || found.ID != it.ID {
				t.Errorf("item %s by link: %v, %v", it.ID, found, err)
			}
		}
	}
	if st, err := s.SourceState("a"); err != nil || st.ETag != `"v1"` {
		t.Errorf("source a: %+v, %v; want its ETag kept", st, err)
	}
	// a delivers its first item again, unchanged, and a new one.
	res, err := s.Apply(Batch{Source: "a", Now: t0.Add(4 * time.Hour), Entries: []Entry{
		entry("a0", "https://a.example/0", "Karabakh report 0", t0),
		entry("a-new", "https://a.example/new", "Karabakh new", t0.Add(4*time.Hour)),
	}}, byKeyword)
	if err != nil || res.New != 1 || res.Updated+res.Unchanged != 1 {
		t.Errorf("apply after the upgrade: %+v, %v; want one new item and one known", res, err)
	}
	if n, _ := s.Count(); n != len(golden.Items)+1 {
		t.Errorf("%d items, want %d", n, len(golden.Items)+1)
	}
	if err := s.Check(); err != nil {
		t.Error(err)
	}
}
