package feeds

import (
	"strings"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// TestStoriesInFeed: in a topic that collapses stories, a story is one
// entry, its first item's, naming the other outlets at the end of its
// content; an item alone stands for itself; of copies whose first item is
// not stored, the first to arrive stands for the story, also when the
// feed is full; max_items counts entries.
func TestStoriesInFeed(t *testing.T) {
	for _, tt := range []struct {
		max  int
		want []string // entry titles, newest first
	}{
		{10, []string{"Orphan copy", "Bread queues", "Offensive (AFP)", "Old news"}},
		{2, []string{"Orphan copy", "Bread queues"}},
	} {
		f := newFixture(t, Options{Topics: []Topic{{ID: "nk", Title: "NK", MaxItems: tt.max, MaxAge: time.Minute, Stories: true, StoryWindow: 48 * time.Hour}}})
		t0 := time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)
		put := func(source, feed, title, link string, pub time.Time, story string) string {
			t.Helper()
			classify := func(it *storage.Item) []storage.Match {
				s := story
				if s == "" {
					s = it.ID
				}
				return []storage.Match{{Topic: "nk", Story: s}}
			}
			_, err := f.store.Apply(storage.Batch{Source: source, Now: t0, Entries: []storage.Entry{{Key: link, Item: storage.Item{
				Title: title, Link: link, NormLink: link, Summary: title + ".", Published: pub, Feed: storage.FeedInfo{Title: feed},
			}}}}, classify)
			if err != nil {
				t.Fatal(err)
			}
			it, err := f.store.ItemByLink(link)
			if err != nil {
				t.Fatal(err)
			}
			return it.ID
		}
		afp := put("afp", "AFP", "Offensive (AFP)", "https://afp.example/1", t0, "")
		put("dw", "DW", "Offensive (DW)", "https://dw.example/3", t0.Add(2*time.Hour), afp)
		put("bbc", "", "Offensive (BBC)", "https://bbc.example/2?a=1&b=2", t0.Add(time.Hour), afp)
		put("old", "Old", "Old news", "https://old.example/7", t0.Add(-72*time.Hour), "") // past the window: the scan stops there when full
		put("local", "Local", "Bread queues", "https://local.example/4", t0.Add(30*time.Minute), "")
		put("wire", "Wire", "Orphan copy", "https://wire.example/5", t0.Add(3*time.Hour), strings.Repeat("d", 32))
		put("wire2", "Wire 2", "Orphan copy again", "https://wire2.example/6", t0.Add(4*time.Hour), strings.Repeat("d", 32))

		_, body := f.do("GET", "/feeds/nk.atom")
		doc := string(body)
		var titles []string
		for _, part := range strings.Split(doc, "<entry")[1:] {
			title, _, _ := strings.Cut(strings.SplitN(part, "<title>", 2)[1], "</title>")
			titles = append(titles, title)
		}
		if strings.Join(titles, "|") != strings.Join(tt.want, "|") {
			t.Errorf("max %d: entries %q, want %q", tt.max, titles, tt.want)
		}
		also := `Also reported by: &lt;a href=&#34;https://bbc.example/2?a=1&amp;amp;b=2&#34; rel=&#34;nofollow&#34;&gt;bbc&lt;/a&gt;, &lt;a href=&#34;https://dw.example/3&#34; rel=&#34;nofollow&#34;&gt;DW&lt;/a&gt;.`
		if shown := strings.Contains(doc, "Offensive (AFP)"); shown != strings.Contains(doc, also) {
			t.Errorf("max %d: the story's entry does not end with the other outlets:\n%s", tt.max, doc)
		}
		if strings.Contains(doc, "Offensive (BBC)") || strings.Contains(doc, "Offensive (DW)") || strings.Contains(doc, "Orphan copy again") {
			t.Errorf("max %d: a copy has an entry of its own", tt.max)
		}
		if !strings.Contains(doc, `Also reported by: &lt;a href=&#34;https://wire2.example/6&#34; rel=&#34;nofollow&#34;&gt;Wire 2&lt;/a&gt;.`) {
			t.Errorf("max %d: the orphans' entry does not name the other copy:\n%s", tt.max, doc)
		}
	}
}
