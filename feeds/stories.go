package feeds

import (
	"cmp"
	"html"
	"slices"
	"strings"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// newestStories reads the newest stories of a topic that collapses them:
// up to t.MaxItems items that stand for a story (or for themselves),
// newest first, each with the other outlets that reported the story named
// at the end of its content.
//
// The story's entry is its first item's: its id, link and place in the
// feed never change as more copies arrive, so a reader shows it once.
// When the first item is not stored (it was pruned, or it was merged into
// another delivery of its link before it was stored), the copy that
// arrived first stands for the story instead.
func newestStories(store *storage.Store, t Topic) ([]*storage.Item, error) {
	var firsts []*storage.Item
	copies := map[string][]*storage.Item{} // story → its other items
	seen := map[string]bool{}              // stories whose first item was read
	var cutoff time.Time                   // once the feed is full, copies older than this are of older stories
	err := store.ScanTopic(t.ID, func(it *storage.Item) bool {
		if !cutoff.IsZero() && it.Published.Before(cutoff) {
			return false
		}
		story := it.StoryIn(t.ID)
		if story != "" && story != it.ID {
			copies[story] = append(copies[story], it)
			return true
		}
		seen[it.ID] = true
		if len(firsts) < t.MaxItems {
			firsts = append(firsts, it)
			if len(firsts) == t.MaxItems {
				cutoff = it.Published.Add(-t.StoryWindow)
			}
		}
		return true
	})
	if err != nil {
		return nil, err
	}
	out := make([]*storage.Item, 0, len(firsts))
	for _, it := range firsts {
		out = append(out, withCopies(it, copies[it.ID]))
	}
	for story, its := range copies {
		if seen[story] {
			continue
		}
		// The copy that arrived first stands for the story.
		slices.SortStableFunc(its, func(a, b *storage.Item) int {
			return cmp.Or(a.FirstSeen.Compare(b.FirstSeen), a.Published.Compare(b.Published), strings.Compare(a.ID, b.ID))
		})
		out = append(out, withCopies(its[0], its[1:]))
	}
	slices.SortStableFunc(out, func(a, b *storage.Item) int {
		return cmp.Or(b.Published.Compare(a.Published), strings.Compare(a.ID, b.ID))
	})
	return out[:min(len(out), t.MaxItems)], nil
}

// withCopies is the entry of a story: its first item, with "Also reported
// by:" and a link to each other outlet's copy, earliest first, at the end
// of its content.
func withCopies(first *storage.Item, others []*storage.Item) *storage.Item {
	if len(others) == 0 {
		return first
	}
	slices.SortStableFunc(others, func(a, b *storage.Item) int { return a.Published.Compare(b.Published) })
	var b strings.Builder
	b.WriteString("<p>Also reported by: ")
	for i, o := range others {
		if i > 0 {
			b.WriteString(", ")
		}
		name := html.EscapeString(nonEmpty(o.Feed.Title, o.Source))
		if o.Link == "" {
			b.WriteString(name)
			continue
		}
		b.WriteString(`<a href="` + html.EscapeString(o.Link) + `">` + name + `</a>`)
	}
	b.WriteString(".</p>")
	it := *first
	if it.Content == "" {
		it.Content = it.Summary
	}
	it.Content += b.String()
	return &it
}
