package feeds

import (
	"cmp"
	"fmt"
	"html"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/feedsieve/feedsieve/storage"
)

// newestStories reads the newest stories of a topic that collapses them:
// up to t.MaxItems items that stand for a story (or for themselves),
// newest first, each with the other outlets that reported the story named
// at the end of its content.
//
// The story's entry is its first item's, or, in a topic that prefers
// some sources, its lead's. A story that waits for a lead is left out
// until it has one (the aggregator decides it, and reports the topic
// changed). So the entry's id, link and place in the feed never change
// as more copies arrive, and a reader shows it once. When the first item
// is not stored (it was pruned, or it was merged into another delivery of
// its link before it was stored), the copy that arrived first stands in
// for it, under the story's id (storyEntry). It also returns when the
// first story left out for waiting shows by the clock alone, its lead
// never stored (zero: none waits).
func newestStories(store *storage.Store, t Topic, prepare func(*storage.Item)) ([]*storage.Item, time.Time, error) {
	var firsts []*storage.Item
	copies := map[string][]*storage.Item{} // story → its other items
	seen := map[string]bool{}              // stories whose first item was read
	settled := 0                           // firsts whose stories do not wait for a lead
	var cutoff time.Time                   // once the feed is full, copies older than this are of older stories
	err := store.ScanTopic(t.ID, func(it *storage.Item) bool {
		if !cutoff.IsZero() && it.Published.Before(cutoff) {
			return false
		}
		if prepare != nil {
			prepare(it) // before its story's entry is made of it
		}
		m, _ := it.MatchIn(t.ID)
		if m.Story != "" && m.Story != it.ID {
			copies[m.Story] = append(copies[m.Story], it)
			return true
		}
		seen[it.ID] = true
		if settled < t.MaxItems {
			firsts = append(firsts, it)
			if !m.Waits || m.Lead {
				if settled++; settled == t.MaxItems {
					cutoff = it.Published.Add(-t.StoryWindow)
				}
			}
		}
		return true
	})
	if err != nil {
		return nil, time.Time{}, err
	}
	// Entries are placed by their story's first item, as the scan that
	// found them, also when a later copy leads the story.
	type placed struct {
		entry *storage.Item
		at    time.Time
	}
	var out []placed
	var shows time.Time
	waited := time.Now().Add(-t.StoryWindow) // no story waits longer (settle and prefer_wait are at most the window)
	add := func(story string, members []*storage.Item) {
		if e := storyEntry(t.ID, story, members, waited); e != nil {
			out = append(out, placed{e, members[0].Published})
		} else {
			shows = earliest(shows, members[0].FirstSeen.Add(t.StoryWindow+time.Millisecond))
		}
	}
	for _, it := range firsts {
		add(it.ID, append([]*storage.Item{it}, copies[it.ID]...))
	}
	for story, its := range copies {
		if seen[story] {
			continue
		}
		// The copy that arrived first stands in for the first item.
		slices.SortStableFunc(its, byArrival)
		add(story, its)
	}
	slices.SortStableFunc(out, func(a, b placed) int {
		return cmp.Or(b.at.Compare(a.at), strings.Compare(a.entry.ID, b.entry.ID))
	})
	entries := make([]*storage.Item, 0, min(len(out), t.MaxItems))
	for _, p := range out[:min(len(out), t.MaxItems)] {
		entries = append(entries, p.entry)
	}
	return entries, shows, nil
}

func byArrival(a, b *storage.Item) int {
	return cmp.Or(a.FirstSeen.Compare(b.FirstSeen), a.Published.Compare(b.Published), strings.Compare(a.ID, b.ID))
}

// storyEntry is the entry of the story named story, of members, its
// first item first: the earliest arrived of its leads, else its first
// item, with the others; nil while the story waits for a lead. Without a
// lead, the entry has the story's id, its first item's made id,
// whichever copy stands in for it: retention may prune the first item
// before its copies, and the entry keeps its id unless it was published
// under a kept one (README). A story whose items arrived before waited
// waits for nothing: its lead was pruned or left the topic, and the copy
// that stands in for it has the story's id too.
func storyEntry(topic, story string, members []*storage.Item, waited time.Time) *storage.Item {
	lead, waits := -1, false
	for i, it := range members {
		m, _ := it.MatchIn(topic)
		if m.Lead && (lead < 0 || byArrival(it, members[lead]) < 0) {
			lead = i
		}
		waits = waits || m.Waits
	}
	if lead >= 0 {
		others := slices.Delete(slices.Clone(members), lead, lead+1)
		return withCopies(members[lead], others)
	}
	if waits && !members[0].FirstSeen.Before(waited) {
		return nil
	}
	e := withCopies(members[0], members[1:])
	if e.ID != story {
		e.ID, e.EntryID = story, "" // a copy stands in for the pruned first item, under its id
	}
	return e
}

// withCopies is the entry of a story: its first item, with "Also reported
// by:" and, for each other outlet, its name and its copy's headline
// linked to the copy, earliest first, at the end of its content. Copies
// from the entry's own outlet (its own update, or a look-alike from the
// same feed) are not another outlet's report, and are left out; an outlet
// with several copies is named once, with its earliest. The names and
// headlines are escaped as text and the links kept only when safe
// (links.go); the first item's HTML has its elements closed first, so
// that an unclosed <a> in it cannot take the paragraph in. The renderer
// sanitizes the whole content afterwards.
func withCopies(first *storage.Item, others []*storage.Item) *storage.Item {
	others = otherOutlets(first, others)
	if len(others) == 0 {
		return first
	}
	var b strings.Builder
	b.WriteString("<p>Also reported by: ")
	for i, o := range others[:min(len(others), maxOutlets)] {
		if i > 0 {
			b.WriteString("; ")
		}
		name := html.EscapeString(shortText(outletName(o), maxOutletRunes))
		title := html.EscapeString(shortText(cleanText(o.Title), maxHeadlineRunes))
		text := name
		if title != "" {
			b.WriteString(name + ": ")
			text = title
		}
		link := safeURL(o.Link)
		if link == "" {
			b.WriteString(text)
			continue
		}
		b.WriteString(`<a href="` + html.EscapeString(link) + `">` + text + `</a>`)
	}
	if n := len(others) - maxOutlets; n > 0 {
		fmt.Fprintf(&b, "; and %d more", n)
	}
	b.WriteString(".</p>")
	it := *first
	it.Content = closeElements(nonEmpty(it.Content, it.Summary)) + b.String()
	return &it
}

// An entry lists at most maxOutlets other outlets, the earliest, and how
// many more there are, with their names and headlines cut: a story
// reported by hundreds of outlets still makes an entry of a few pages.
const (
	maxOutlets       = 20
	maxOutletRunes   = 120
	maxHeadlineRunes = 300
)

// shortText is s cut to at most n runes, the last of them an ellipsis
// when it was cut.
func shortText(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimRightFunc(string(r[:n-1]), unicode.IsSpace) + "…"
}

// otherOutlets are the earliest copy of each outlet but first's, earliest
// first. An outlet is told by its name as the entry shows it: a copy
// that an aggregating source republished from the entry's own outlet is
// no other outlet's, and copies it republished from two outlets are two.
// A copy from one of first's own sources that names no outlet of its own
// is first's outlet's, whatever its feed called itself then.
func otherOutlets(first *storage.Item, copies []*storage.Item) []*storage.Item {
	copies = slices.Clone(copies)
	slices.SortStableFunc(copies, func(a, b *storage.Item) int { return a.Published.Compare(b.Published) })
	own := map[string]bool{first.Source: true}
	for _, s := range first.Sources {
		own[s] = true
	}
	seen := map[string]bool{outletName(first): true}
	out := copies[:0]
	for _, o := range copies {
		name := outletName(o)
		if seen[name] || own[o.Source] && o.Origin == (storage.FeedInfo{}) {
			continue
		}
		seen[name] = true
		out = append(out, o)
	}
	return out
}

// outletName is the name of the outlet an item is attributed to, as an
// entry shows it: its origin's or its feed's title, else its source's
// name.
func outletName(it *storage.Item) string {
	return nonEmpty(cleanText(attribution(it).Title), cleanText(it.Source))
}

// closeElements returns an HTML fragment as the HTML parser reads it in a
// <div>, written out again: every element it opens is closed.
func closeElements(fragment string) string {
	if fragment == "" {
		return ""
	}
	div := &xhtml.Node{Type: xhtml.ElementNode, Data: "div", DataAtom: atom.Div}
	nodes, err := xhtml.ParseFragment(strings.NewReader(fragment), div)
	if err != nil {
		return html.EscapeString(fragment) // a strings.Reader does not fail
	}
	var b strings.Builder
	for _, n := range nodes {
		if err := xhtml.Render(&b, n); err != nil {
			return html.EscapeString(fragment)
		}
	}
	return b.String()
}
