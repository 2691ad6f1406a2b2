package feeds

import (
	"strings"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// TestTopicWithin: a topic's feed leaves out the items published longer
// ago than its max_age (Within), though the store still files them in it.
func TestTopicWithin(t *testing.T) {
	f := newFixture(t, Options{Topics: []Topic{{ID: "nk", Title: "NK", MaxItems: 50, Within: 48 * time.Hour}}})
	now := time.Now().UTC()
	var entries []storage.Entry
	for _, it := range []struct {
		title string
		age   time.Duration
	}{{"Fresh story", time.Hour}, {"Stale story", 72 * time.Hour}} {
		link := "https://news.example/" + strings.Fields(it.title)[0]
		entries = append(entries, storage.Entry{Key: link, Item: storage.Item{Title: it.title, Link: link, NormLink: link, Published: now.Add(-it.age)}})
	}
	inNK := func(*storage.Item) []storage.Match { return []storage.Match{{Topic: "nk"}} }
	if _, err := f.store.Apply(storage.Batch{Source: "src", Entries: entries, Now: now}, inNK); err != nil {
		t.Fatal(err)
	}
	f.server.Changed([]string{"nk"})
	_, body := f.do("GET", "/feeds/nk.json")
	if !strings.Contains(string(body), "Fresh story") || strings.Contains(string(body), "Stale story") {
		t.Errorf("the feed should hold the fresh story alone:\n%s", body)
	}
}
