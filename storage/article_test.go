package storage

import (
	"path/filepath"
	"testing"
	"time"
)

// TestItemCodecArticle: an item with an article's text is written as
// version 7 and read back whole; one without stays in its older version.
func TestItemCodecArticle(t *testing.T) {
	for _, it := range []*Item{{Title: "t", Article: "<p>Body</p>"}, func() *Item { it := originSample(); it.Article = "<p>x</p>"; return it }()} {
		b := encodeItem(it)
		if b[0] != itemV7 {
			t.Errorf("version %d, want 7", b[0])
		}
		got, err := decodeItem(b)
		if err != nil {
			t.Fatal(err)
		}
		if a, w := asJSON(t, got), asJSON(t, it); a != w {
			t.Errorf("round trip changed the item:\n got %s\nwant %s", a, w)
		}
	}
	if v := encodeItem(originSample())[0]; v != itemV6 {
		t.Errorf("an item without an article is written as version %d, want 6", v)
	}
}

// TestBatchEnrich: Enrich sees only the items not stored yet, before they
// are filed, and what it adds is kept when the item changes later.
func TestBatchEnrich(t *testing.T) {
	store, err := Open(Options{Path: filepath.Join(t.TempDir(), "e.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	now := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	entry := func(key, summary string) Entry {
		return Entry{Key: key, Item: Item{Title: key, Summary: summary, Link: "https://x.example/" + key, NormLink: "https://x.example/" + key, Published: now}}
	}
	var seen []string
	enrich := func(fresh []*Item) {
		for _, it := range fresh {
			seen = append(seen, it.Title)
			it.Article = "<p>Karabakh in the body of " + it.Title + "</p>"
		}
	}
	var filedWith []string
	classify := func(it *Item) []Match {
		filedWith = append(filedWith, it.Article)
		return nil
	}
	if _, err := store.Apply(Batch{Source: "s", Now: now, Entries: []Entry{entry("a", "one")}, Enrich: enrich}, classify); err != nil {
		t.Fatal(err)
	}
	res, err := store.Apply(Batch{Source: "s", Now: now.Add(time.Hour), Entries: []Entry{entry("a", "one, edited"), entry("b", "two")}, Enrich: enrich}, classify)
	if err != nil || res.New != 1 || res.Updated != 1 {
		t.Fatalf("second batch: %+v, %v", res, err)
	}
	if len(seen) != 2 || seen[0] != "a" || seen[1] != "b" {
		t.Errorf("Enrich saw %q, want a then b, once each", seen)
	}
	if filedWith[0] != "<p>Karabakh in the body of a</p>" {
		t.Errorf("the new item was filed before Enrich: %q", filedWith[0])
	}
	it, err := store.ItemByLink("https://x.example/a")
	if err != nil || it.Summary != "one, edited" || it.Article != "<p>Karabakh in the body of a</p>" {
		t.Errorf("the edited item: %+v, %v; want the new summary and the article kept", it, err)
	}
}
