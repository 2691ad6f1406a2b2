package storage

import (
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

var t0 = time.Date(2023, 9, 20, 12, 0, 0, 0, time.UTC)

func openTest(t *testing.T, retention time.Duration) *Store {
	t.Helper()
	s, err := Open(Options{Path: filepath.Join(t.TempDir(), "sub", "test.db"), Retention: retention})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// byKeyword files items whose title contains "Karabakh" into topic "nk".
func byKeyword(it *Item) []Match {
	if strings.Contains(it.Title, "Karabakh") {
		return []Match{{Topic: "nk", Hits: []Hit{{Keyword: "Karabakh", Field: "title"}}}}
	}
	return nil
}

func entry(key, link, title string, pub time.Time) Entry {
	return Entry{Key: key, Item: Item{GUID: key, Link: link, NormLink: link, Title: title, Published: pub, Updated: pub}}
}

func TestOpenLocked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.db")
	s, err := Open(Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	start := time.Now()
	_, err = Open(Options{Path: path, LockTimeout: 100 * time.Millisecond})
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("second open: got %v, want ErrLocked", err)
	}
	if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "is feedsieve serve running?") {
		t.Errorf("error %q should name the path and the likely cause", err)
	}
	if time.Since(start) > 5*time.Second {
		t.Errorf("second open waited %v for the lock", time.Since(start))
	}
}

func TestOpenReadOnlyMissing(t *testing.T) {
	_, err := Open(Options{Path: filepath.Join(t.TempDir(), "none.db"), ReadOnly: true})
	if err == nil || !strings.Contains(err.Error(), "none.db") {
		t.Fatalf("got %v, want an error naming the missing file", err)
	}
}

func TestApplyDedupAndUpdate(t *testing.T) {
	s := openTest(t, 0)
	b := Batch{Source: "a", Now: t0, Entries: []Entry{
		entry("g1", "https://x.test/1", "Karabakh talks", t0.Add(-time.Hour)),
		entry("g2", "https://x.test/2", "Weather", t0.Add(-2*time.Hour)),
	}}
	res, err := s.Apply(b, byKeyword)
	if err != nil {
		t.Fatal(err)
	}
	if res.New != 2 || res.Updated != 0 {
		t.Fatalf("first apply: %+v", res)
	}
	res, err = s.Apply(b, byKeyword)
	if err != nil {
		t.Fatal(err)
	}
	if res.New != 0 || res.Unchanged != 2 {
		t.Fatalf("re-apply: %+v, want all unchanged", res)
	}
	if n, _ := s.Count(); n != 2 {
		t.Fatalf("count = %d, want 2", n)
	}

	// The second item is edited at the source and now mentions Karabakh.
	later := t0.Add(time.Hour)
	b.Now = later
	b.Entries[1].Item.Title = "Karabakh weather"
	res, err = s.Apply(b, byKeyword)
	if err != nil {
		t.Fatal(err)
	}
	if res.Updated != 1 || res.Unchanged != 1 {
		t.Fatalf("edit: %+v", res)
	}
	items, err := s.Newest("nk", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 2 || items[0].Title != "Karabakh talks" || items[1].Title != "Karabakh weather" {
		t.Fatalf("topic after edit: %v", titles(items))
	}
	// The poll's time, less the entry's place in the batch (1 ns).
	if want := later.Add(-time.Nanosecond); !items[1].Updated.Equal(want) {
		t.Errorf("edited item updated = %v, want %v", items[1].Updated, want)
	}

	// Edited again so it leaves the topic.
	b.Entries[1].Item.Title = "Weather"
	if _, err := s.Apply(b, byKeyword); err != nil {
		t.Fatal(err)
	}
	items, _ = s.Newest("nk", 10)
	if len(items) != 1 {
		t.Fatalf("topic after second edit: %v", titles(items))
	}
	if err := s.Check(); err != nil {
		t.Fatal(err)
	}
}

func TestApplyAcrossSources(t *testing.T) {
	s := openTest(t, 0)
	pub := t0.Add(-time.Hour)
	if _, err := s.Apply(Batch{Source: "a", Now: t0, Entries: []Entry{
		entry("https://x.test/1", "https://x.test/1", "Karabakh A", pub),
		entry("42", "", "Karabakh same guid", pub),
	}}, byKeyword); err != nil {
		t.Fatal(err)
	}
	res, err := s.Apply(Batch{Source: "b", Now: t0, Entries: []Entry{
		entry("other-guid", "https://x.test/1", "Karabakh B title", pub), // same link: same item
		entry("42", "", "Karabakh different article", pub),               // same guid string, other source: new item
	}}, byKeyword)
	if err != nil {
		t.Fatal(err)
	}
	if res.New != 1 || res.Unchanged != 1 {
		t.Fatalf("second source: %+v", res)
	}
	if n, _ := s.Count(); n != 3 {
		t.Fatalf("count = %d, want 3", n)
	}
	items, _ := s.Newest("nk", 10)
	var shared *Item
	for _, it := range items {
		if it.Link == "https://x.test/1" {
			shared = it
		}
	}
	if shared == nil || shared.Title != "Karabakh A" || strings.Join(shared.Sources, ",") != "a,b" {
		t.Fatalf("shared item = %+v; want origin a's title and sources a,b", shared)
	}
}

func TestNewestOrderAndLimit(t *testing.T) {
	s := openTest(t, 0)
	var es []Entry
	for i := 0; i < 5; i++ {
		es = append(es, entry(string(rune('a'+i)), "", "Karabakh "+string(rune('a'+i)), t0.Add(time.Duration(i)*time.Minute)))
	}
	if _, err := s.Apply(Batch{Source: "s", Now: t0.Add(time.Hour), Entries: es}, byKeyword); err != nil {
		t.Fatal(err)
	}
	items, err := s.Newest("nk", 3)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(titles(items), "|"); got != "Karabakh e|Karabakh d|Karabakh c" {
		t.Fatalf("newest 3 = %s", got)
	}
	n, newest, err := s.TopicStats("nk")
	if err != nil || n != 5 || !newest.Equal(t0.Add(4*time.Minute)) {
		t.Fatalf("stats = %d %v %v", n, newest, err)
	}
}

func TestPruneRemovesIndexes(t *testing.T) {
	s := openTest(t, 24*time.Hour)
	now := t0
	var es []Entry
	for i := 0; i < 2500; i++ { // more than one prune batch
		es = append(es, entry("old"+itoa(i), "https://x.test/old/"+itoa(i), "Karabakh old", now.Add(-time.Hour-time.Duration(i)*time.Second)))
	}
	es = append(es, entry("new", "https://x.test/new", "Karabakh new", now))
	if _, err := s.Apply(Batch{Source: "s", Now: now, Entries: es}, byKeyword); err != nil {
		t.Fatal(err)
	}
	removed, err := s.Prune(now.Add(24*time.Hour - 30*time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	if removed != 2500 {
		t.Fatalf("pruned %d, want 2500", removed)
	}
	items, _ := s.Newest("nk", 10)
	if len(items) != 1 || items[0].Title != "Karabakh new" {
		t.Fatalf("after prune: %v", titles(items))
	}
	// The old items are gone from every index: seen again, they are expired, not merged.
	res, err := s.Apply(Batch{Source: "s", Now: now.Add(25 * time.Hour), Entries: es[:3]}, byKeyword)
	if err != nil || res.Expired != 3 {
		t.Fatalf("re-delivered old items: %+v %v", res, err)
	}
	if err := s.Check(); err != nil {
		t.Fatal(err)
	}
}

func TestReindex(t *testing.T) {
	s := openTest(t, 0)
	if _, err := s.Apply(Batch{Source: "s", Now: t0, Entries: []Entry{
		entry("1", "", "Karabakh", t0), entry("2", "", "Artsakh", t0),
	}}, byKeyword); err != nil {
		t.Fatal(err)
	}
	artsakh := func(it *Item) []Match {
		if strings.Contains(it.Title, "Artsakh") {
			return []Match{{Topic: "ar"}}
		}
		return nil
	}
	changed, err := s.Reindex([]string{"ar"}, artsakh)
	if err != nil || changed != 2 {
		t.Fatalf("reindex changed %d, %v; want 2", changed, err)
	}
	if items, _ := s.Newest("nk", 10); len(items) != 0 {
		t.Fatalf("dropped topic still lists %v", titles(items))
	}
	if items, _ := s.Newest("ar", 10); len(items) != 1 || items[0].Title != "Artsakh" {
		t.Fatalf("new topic lists %v", titles(items))
	}
}

func TestSourceStateRoundTrip(t *testing.T) {
	s := openTest(t, 0)
	want := SourceState{ETag: `"x"`, Status: 200, LastSuccess: t0, Failures: 0, ItemsSeen: 3}
	if _, err := s.Apply(Batch{Source: "a", Now: t0, State: &want}, byKeyword); err != nil {
		t.Fatal(err)
	}
	got, err := s.SourceState("a")
	if err != nil || got.ETag != want.ETag || !got.LastSuccess.Equal(t0) || got.ItemsSeen != 3 {
		t.Fatalf("state = %+v, %v", got, err)
	}
}

func titles(items []*Item) []string {
	var out []string
	for _, it := range items {
		out = append(out, it.Title)
	}
	return out
}

func itoa(i int) string { return strconv.Itoa(i) }

// TestWriteWhileReading grows the file by far more than a fresh database
// maps while a read transaction is open: the write must not wait for the
// reader (bbolt remaps the file when it outgrows the mapping, and a remap
// waits for every read transaction to end).
func TestWriteWhileReading(t *testing.T) {
	s := openTest(t, 0)
	tx, err := s.db.Begin(false)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	var b Batch
	b.Source = "big"
	content := strings.Repeat("Nagorno-Karabakh news. ", 4000) // 90 KB
	for i := range 500 {
		e := entry("k"+itoa(i), "https://big.example/"+itoa(i), "Karabakh "+itoa(i), t0)
		e.Item.Content = content
		b.Entries = append(b.Entries, e)
	}
	done := make(chan error, 1)
	go func() {
		_, err := s.Apply(b, byKeyword)
		done <- err
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(30 * time.Second):
		tx.Rollback()
		t.Fatal("a 45 MB write waited for an open read transaction: the file was remapped")
	}
	if n, err := s.Count(); err != nil || n != 500 {
		t.Errorf("count %d (%v), want 500", n, err)
	}
}

// TestReindexAcrossBatches re-files more items than one batch holds, on
// every core: every item must be filed under the new rules exactly once.
func TestReindexAcrossBatches(t *testing.T) {
	s := openTest(t, 0)
	const n = reindexBatch + 904
	var b Batch
	b.Source = "wire"
	for i := range n {
		b.Entries = append(b.Entries, entry("k"+itoa(i), "https://w.example/"+itoa(i), "Karabakh "+itoa(i), t0.Add(-time.Duration(i)*time.Second)))
	}
	if _, err := s.Apply(b, byKeyword); err != nil {
		t.Fatal(err)
	}
	odd := func(it *Item) []Match {
		var num int
		fmt.Sscanf(it.Title, "Karabakh %d", &num)
		if num%2 == 1 {
			return []Match{{Topic: "odd"}}
		}
		return nil
	}
	changed, err := s.Reindex([]string{"odd"}, odd)
	if err != nil {
		t.Fatal(err)
	}
	if changed != n {
		t.Errorf("%d items changed topics, want all %d", changed, n)
	}
	if got, err := s.Newest("odd", n); err != nil || len(got) != n/2 {
		t.Errorf("topic odd holds %d items (%v), want %d", len(got), err, n/2)
	}
	if got, _ := s.Newest("nk", n); len(got) != 0 {
		t.Errorf("the dropped topic still lists %d items", len(got))
	}
	if err := s.Check(); err != nil {
		t.Error(err)
	}
}

// TestSchemaVersions: a new file gets the current version; a version
// this feedsieve does not know is refused, also read-only; an older
// version is refused read-only, with the way to upgrade it (the upgrade
// itself: upgrade_test.go).
func TestSchemaVersions(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.db")
	setSchema := func(v string) {
		db, err := bolt.Open(path, 0o600, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if err := db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Put([]byte("schema"), []byte(v)) }); err != nil {
			t.Fatal(err)
		}
	}
	s, err := Open(Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := s.Meta("schema"); v != "3" {
		t.Errorf("a new file has version %q, want 3", v)
	}
	s.Close()
	setSchema("4")
	for _, ro := range []bool{false, true} {
		if _, err := Open(Options{Path: path, ReadOnly: ro}); err == nil || !strings.Contains(err.Error(), `schema version "4" is not supported`) {
			t.Errorf("read-only %v: got %v, want a refusal", ro, err)
		}
	}
	setSchema("2")
	if _, err := Open(Options{Path: path, ReadOnly: true}); err == nil || !strings.Contains(err.Error(), `schema version "2" is older than this feedsieve's "3": open the file once for writing`) {
		t.Errorf("read-only open of version 2: got %v, want a refusal saying how to upgrade", err)
	}
}
