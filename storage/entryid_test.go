package storage

import (
	"testing"
	"time"
)

// TestEntryIDIsKeptFromFirstStore: an item's entry id is the one it was
// first stored with: an item stored without one (by an earlier feedsieve,
// which made its entry ids) does not take one when edited, and one stored
// with one keeps it when its source's changes; the origin feed follows
// the edits.
func TestEntryIDIsKeptFromFirstStore(t *testing.T) {
	s := openTest(t, 0)
	old := entry("g1", "https://x.test/1", "Karabakh talks", t0.Add(-time.Hour))
	kept := entry("g2", "https://x.test/2", "Karabakh weather", t0.Add(-time.Hour))
	kept.Item.EntryID = "tag:x.test,2024:2"
	if _, err := s.Apply(Batch{Source: "a", Now: t0, Entries: []Entry{old, kept}}, byKeyword); err != nil {
		t.Fatal(err)
	}
	old.Item.Title, old.Item.EntryID = "Karabakh talks resume", "tag:x.test,2024:1"
	kept.Item.Title, kept.Item.EntryID = "Karabakh weather, updated", "tag:x.test,2024:other"
	kept.Item.Origin = FeedInfo{Title: "Wire", ID: "https://wire.test/feed"}
	res, err := s.Apply(Batch{Source: "a", Now: t0.Add(time.Hour), Entries: []Entry{old, kept}}, byKeyword)
	if err != nil || res.Updated != 2 {
		t.Fatalf("edits: %+v, %v", res, err)
	}
	items, err := s.Newest("nk", 10)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]*Item{}
	for _, it := range items {
		got[it.GUID] = it
	}
	if got["g1"].EntryID != "" || got["g2"].EntryID != "tag:x.test,2024:2" {
		t.Errorf("entry ids after edits: %q, %q; want \"\" and the first one", got["g1"].EntryID, got["g2"].EntryID)
	}
	if got["g2"].Origin.Title != "Wire" || got["g2"].Title != "Karabakh weather, updated" {
		t.Errorf("the edit was not stored: %+v", got["g2"])
	}
}
