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

// TestPublishArticles: the items of a source with full_text: publish are
// published with their article's text as content; other sources' items
// keep their own content.
func TestPublishArticles(t *testing.T) {
	f := newFixture(t, Options{Topics: []Topic{{ID: "nk", Title: "NK", MaxItems: 50}},
		Sources: []Source{{Name: "full", PublishArticles: true}, {Name: "plain"}}})
	now := time.Now().UTC()
	inNK := func(*storage.Item) []storage.Match { return []storage.Match{{Topic: "nk"}} }
	for _, src := range []string{"full", "plain"} {
		link := "https://news.example/" + src
		e := storage.Entry{Key: link, Item: storage.Item{Title: src, Link: link, NormLink: link, Published: now,
			Content: "<p>Feed summary of " + src + "</p>", Article: "<p>Whole article of " + src + "</p><script>alert(1)</script>"}}
		if _, err := f.store.Apply(storage.Batch{Source: src, Entries: []storage.Entry{e}, Now: now}, inNK); err != nil {
			t.Fatal(err)
		}
	}
	f.server.Changed([]string{"nk"})
	_, body := f.do("GET", "/feeds/nk.atom")
	for _, want := range []string{"Whole article of full", "Feed summary of plain"} {
		if !strings.Contains(string(body), want) {
			t.Errorf("the feed lacks %q:\n%s", want, body)
		}
	}
	for _, unwanted := range []string{"Feed summary of full", "Whole article of plain", "alert(1)"} {
		if strings.Contains(string(body), unwanted) {
			t.Errorf("the feed shows %q:\n%s", unwanted, body)
		}
	}
}
