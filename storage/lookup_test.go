package storage

import (
	"errors"
	"strings"
	"testing"
)

// TestItemsByID finds several items by id in one call, in the order
// asked, the same one twice, and names the first id not stored.
func TestItemsByID(t *testing.T) {
	s := openTest(t, 0)
	if _, err := s.Apply(Batch{Source: "s", Now: t0, Entries: []Entry{
		entry("k1", "https://x.test/1", "Karabakh one", t0),
		entry(strings.Repeat("g", 3000), "https://x.test/2", "Karabakh two", t0),
		entry("k3", "https://x.test/3", "Karabakh three", t0),
	}}, byKeyword); err != nil {
		t.Fatal(err)
	}
	// The same item delivered by another source has a second key, whose
	// hash is not the item's id.
	if _, err := s.Apply(Batch{Source: "t", Now: t0, Entries: []Entry{entry("k9", "https://x.test/1", "Karabakh one", t0)}}, byKeyword); err != nil {
		t.Fatal(err)
	}
	stored, _ := s.Newest("nk", 10)
	byTitle := map[string]string{}
	for _, it := range stored {
		byTitle[it.Title] = it.ID
	}
	ids := []string{byTitle["Karabakh three"], strings.ToUpper(byTitle["Karabakh one"]), byTitle["Karabakh two"], byTitle["Karabakh three"]}
	items, err := s.ItemsByID(ids)
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, it := range items {
		titles = append(titles, it.Title)
	}
	if got := strings.Join(titles, ", "); got != "Karabakh three, Karabakh one, Karabakh two, Karabakh three" {
		t.Errorf("got %s", got)
	}
	missing := strings.Repeat("0", 32)
	_, err = s.ItemsByID([]string{ids[0], missing, strings.Repeat("1", 32)})
	if !errors.Is(err, ErrNotFound) || err.Error() != "item "+missing+": not found" {
		t.Errorf("unknown id: %v", err)
	}
	if _, err := s.ItemsByID([]string{ids[0], "zz"}); err == nil || err.Error() != `invalid item id "zz"` {
		t.Errorf("malformed id: %v", err)
	}
	if items, err := s.ItemsByID(nil); err != nil || len(items) != 0 {
		t.Errorf("no ids: %v, %v", items, err)
	}
}

// TestItemsByLink finds items by normalized link, in the order asked,
// and names the first link not stored.
func TestItemsByLink(t *testing.T) {
	s := openTest(t, 0)
	if _, err := s.Apply(Batch{Source: "s", Now: t0, Entries: []Entry{
		entry("k1", "https://x.test/1", "one", t0),
		entry("k2", "https://x.test/2", "two", t0),
	}}, byKeyword); err != nil {
		t.Fatal(err)
	}
	items, err := s.ItemsByLink([]string{"https://x.test/2", "https://x.test/1", "https://x.test/2"})
	if err != nil || len(items) != 3 || items[0].Title != "two" || items[1].Title != "one" || items[2].Title != "two" {
		t.Fatalf("%v, %v", items, err)
	}
	_, err = s.ItemsByLink([]string{"https://x.test/1", "https://x.test/9", "https://x.test/8"})
	if !errors.Is(err, ErrNotFound) || err.Error() != "item with link https://x.test/9: not found" {
		t.Errorf("unknown link: %v", err)
	}
}
