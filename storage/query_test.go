package storage

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestQuery filters by topic, source and a predicate across more items
// than one read transaction holds, newest first; of items published at
// the same time, the later arrival (here b's) comes first.
func TestQuery(t *testing.T) {
	s := openTest(t, 0)
	for _, src := range []string{"a", "b"} {
		var es []Entry
		for i := range 700 {
			title := fmt.Sprintf("%s story %d", src, i)
			if i%2 == 0 {
				title = "Karabakh " + title
			}
			link := fmt.Sprintf("https://%s.test/%d", src, i)
			es = append(es, entry(link, link, title, t0.Add(time.Duration(i)*time.Minute)))
		}
		if _, err := s.Apply(Batch{Source: src, Now: t0.Add(24 * time.Hour), Entries: es}, byKeyword); err != nil {
			t.Fatal(err)
		}
	}
	endsIn7 := func(it *Item) bool { return strings.HasSuffix(it.Title, "7") }
	tests := []struct {
		name string
		q    ItemQuery
		want []string
	}{
		{"newest of all", ItemQuery{Limit: 3}, []string{"b story 699", "a story 699", "Karabakh b story 698"}},
		{"topic", ItemQuery{Topic: "nk", Limit: 2}, []string{"Karabakh b story 698", "Karabakh a story 698"}},
		{"source", ItemQuery{Source: "b", Limit: 2}, []string{"b story 699", "Karabakh b story 698"}},
		{"topic and source", ItemQuery{Topic: "nk", Source: "a", Limit: 2}, []string{"Karabakh a story 698", "Karabakh a story 696"}},
		{"predicate past a batch", ItemQuery{Source: "a", Match: endsIn7, Limit: 40}, nil},
		{"unknown topic", ItemQuery{Topic: "none", Limit: 5}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items, err := s.Query(context.Background(), tt.q)
			if err != nil {
				t.Fatal(err)
			}
			got := titles(items)
			if tt.name == "predicate past a batch" {
				// 70 of a's titles end in 7; the 40th newest is a story 307.
				if len(got) != 40 || got[0] != "a story 697" || got[39] != "a story 307" {
					t.Fatalf("got %d items, %q … %q", len(got), first(got), last(got))
				}
				return
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func first(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
}

func last(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[len(s)-1]
}

func TestQueryStops(t *testing.T) {
	s := openTest(t, 0)
	if _, err := s.Query(context.Background(), ItemQuery{}); err == nil {
		t.Error("a query without a limit succeeded")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.Query(ctx, ItemQuery{Limit: 5}); err != context.Canceled {
		t.Errorf("a cancelled query: %v, want context.Canceled", err)
	}
}

// TestItemByID finds items by their public id, which no index maps: by
// a short and by a long (hashed) identity key, in upper case too, and
// not an unknown or malformed id.
func TestItemByID(t *testing.T) {
	s := openTest(t, 0)
	long := strings.Repeat("g", 3000)
	if _, err := s.Apply(Batch{Source: "s", Now: t0, Entries: []Entry{
		entry("k1", "https://x.test/1", "Karabakh one", t0),
		entry(long, "https://x.test/2", "Karabakh two", t0),
	}}, byKeyword); err != nil {
		t.Fatal(err)
	}
	items, _ := s.Newest("nk", 10)
	if len(items) != 2 {
		t.Fatalf("%d items", len(items))
	}
	for _, want := range items {
		for _, id := range []string{want.ID, strings.ToUpper(want.ID)} {
			if got, err := s.Item(id); err != nil || got.Title != want.Title {
				t.Errorf("Item(%s): %v, %v; want %q", id, got, err, want.Title)
			}
		}
	}
	if _, err := s.Item(strings.Repeat("0", 32)); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown id: %v, want ErrNotFound", err)
	}
	if _, err := s.Item("not-an-id"); err == nil || !strings.Contains(err.Error(), `invalid item id "not-an-id"`) {
		t.Errorf("malformed id: %v", err)
	}
}

// ScanTopicBefore enters the topic's index at a time, and goes on back
// through the batches of a long scan.
func TestScanTopicBefore(t *testing.T) {
	s := openTest(t, 0)
	var es []Entry
	for i := range 1200 { // "Karabakh" in every other: 600 in nk, over two batches
		title := fmt.Sprintf("story %d", i)
		if i%2 == 0 {
			title = "Karabakh " + title
		}
		link := fmt.Sprintf("https://a.test/%d", i)
		es = append(es, entry(link, link, title, t0.Add(time.Duration(i)*time.Minute)))
	}
	if _, err := s.Apply(Batch{Source: "a", Now: t0.Add(48 * time.Hour), Entries: es}, byKeyword); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name        string
		before      time.Time
		n           int
		first, last string
	}{
		{"after every item", t0.Add(48 * time.Hour), 600, "Karabakh story 1198", "Karabakh story 0"},
		{"at an item", t0.Add(1000 * time.Minute), 501, "Karabakh story 1000", "Karabakh story 0"},
		{"between two", t0.Add(999 * time.Minute), 500, "Karabakh story 998", "Karabakh story 0"},
		{"at the first", t0, 1, "Karabakh story 0", "Karabakh story 0"},
		{"before every item", t0.Add(-time.Minute), 0, "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var titles []string
			if err := s.ScanTopicBefore("nk", tt.before, func(it *Item) bool {
				titles = append(titles, it.Title)
				return true
			}); err != nil {
				t.Fatal(err)
			}
			if len(titles) != tt.n || first(titles) != tt.first || last(titles) != tt.last {
				t.Errorf("%d items, %q … %q; want %d, %q … %q", len(titles), first(titles), last(titles), tt.n, tt.first, tt.last)
			}
		})
	}
}
