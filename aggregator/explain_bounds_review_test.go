package aggregator

// Faults a review of explain found (the session of 2026-12-06): each
// test failed before its mend, and its comment tells the fault.

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// manyStoryItemsAfter polls the feeds of before, in their order, then
// one feed of k items about Karabakh, each other news, published a
// minute apart from t0, into topic nk, which collapses stories, and
// returns the store and the topics.
func manyStoryItemsAfter(t *testing.T, k int, t0 time.Time, before [][2]string) (*storage.Store, []Topic) {
	t.Helper()
	feed := func(outlet string, k int, at time.Duration) string {
		var b strings.Builder
		fmt.Fprintf(&b, `<?xml version="1.0"?><rss version="2.0"><channel><title>%s</title><language>en</language>`, outlet)
		for i := 0; i < k; i++ {
			fmt.Fprintf(&b, "<item><title>Karabakh report %d on village W%dx number %d</title><link>https://%s.example/%d</link><guid>https://%s.example/%d</guid><pubDate>%s</pubDate><description>Item w%dy of the series about Q%dz in Karabakh.</description></item>",
				i, i, i*7+3, outlet, i, outlet, i, t0.Add(at+time.Duration(i)*time.Minute).Format(time.RFC1123Z), i, i)
		}
		b.WriteString(`</channel></rss>`)
		return b.String()
	}
	// half of the items first reports, half their copies from another outlet
	feeds := map[string]string{"many": feed("many", k/2, 0), "copy": feed("copy", k/2, 10*time.Second)}
	var order []string
	for _, f := range before {
		feeds[f[0]] = f[1]
		order = append(order, f[0])
	}
	url, _ := serveFeeds(t, feeds)
	store := tempStore(t)
	topics := []Topic{{ID: "nk", Any: []string{"Karabakh"}, Stories: &StoryOptions{}}}
	pollEach(t, store, url, topics, append(order, "many", "copy")...)
	copied, err := store.ItemByLink("https://copy.example/1")
	if err != nil {
		t.Fatal(err)
	}
	if copied.StoryIn("nk") == copied.ID {
		t.Fatalf("setup: the copies were not grouped")
	}
	return store, topics
}

// TestExplainReviewOldItemScansNewer: explaining one old item reads every
// item of the topic published after its story window (storyWindow walks
// the topic index from its newest item down), so the cost of one
// explain of one item grows with the topic, not with the window.
func TestExplainReviewOldItemScansNewer(t *testing.T) {
	t0 := time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)
	allocs := func(k int) float64 {
		// an old item and its copy, far before the others' windows
		old := storyFeed("Old", "https://old.example/1", t0.Add(-30*24*time.Hour), "Karabakh old news of the summer in Stepanakert",
			"An old report from the summer about Karabakh and Stepanakert.")
		oldCopy := storyFeed("Oldcopy", "https://oldcopy.example/1", t0.Add(-30*24*time.Hour+time.Minute), "Karabakh old news of the summer in Stepanakert",
			"An old report from the summer about Karabakh and Stepanakert.")
		store, topics := manyStoryItemsAfter(t, k, t0, [][2]string{{"old", old}, {"oldcopy", oldCopy}})
		in, err := NewInspector(store, topics)
		if err != nil {
			t.Fatal(err)
		}
		return testing.AllocsPerRun(3, func() {
			res, err := in.Explain("nk", []string{"https://oldcopy.example/1"}, 0, "")
			if err != nil || len(res) != 1 || res[0].Story == nil || res[0].Story.With == nil {
				t.Fatalf("explain: %+v, %v", *res[0].Story, err)
			}
		})
	}
	a1, a2 := allocs(100), allocs(800)
	t.Logf("allocations to explain one old item: 100 newer items: %.0f, 800 newer items: %.0f (ratio %.2f)", a1, a2, a2/a1)
	if a2/a1 > 1.5 {
		t.Errorf("the items published long after the explained one's window cost its explanation %.2f times more: the scan is bounded by the topic, not the window", a2/a1)
	}
}
