package aggregator

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/internal/benchdata"
	"github.com/feedsieve/feedsieve/storage"
)

// TestStoryIndexForgetsOldItems adds an item an hour for a year: the
// index drops those more than twice the window old as it goes, and still
// groups a copy of a recent item.
func TestStoryIndexForgetsOldItems(t *testing.T) {
	x := newStoryIndex(map[string]StoryOptions{"t": {}, "other": {}})
	t0 := time.Date(2023, 6, 1, 0, 0, 0, 0, time.UTC)
	var last storyPrint
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 9000 {
		a := benchdata.NewArticle(rng, 0)
		// Titles written alike with a number of their own: each is other
		// news than the rest.
		it := &storage.Item{Title: fmt.Sprint("Daily report number ", i), Summary: a.Summary, Published: t0.Add(time.Duration(i) * time.Hour)}
		last = newStoryPrint(it)
		if f := x.add(fmt.Sprint(i), last, []string{"t"}, time.Time{}); f[0].Story != fmt.Sprint(i) {
			t.Fatalf("item %d joined story %s", i, f[0].Story)
		}
	}
	// Compacting keeps the last 96 hours, and it happens when the entries
	// reach 4,096 or twice what the last compaction kept.
	if n := x.size(); n > minCompact {
		t.Errorf("%d entries kept", n)
	}
	for n := range x.size() {
		if _, p := x.item(n); p.published.Before(t0.Add(9000*time.Hour - 96*time.Hour - minCompact*time.Hour)) {
			t.Fatalf("entry %d of %s kept", n, p.published)
		}
	}
	if f := x.add("copy", last, []string{"t"}, time.Time{}); f[0].Story != "8999" || f[0].With != "8999" {
		t.Errorf("a copy of the last item joined %q (with %q)", f[0].Story, f[0].With)
	}
	// In a topic the earlier item is not in, the copy stands alone.
	if f := x.add("copy2", last, []string{"other"}, time.Time{}); f[0].Story != "copy2" {
		t.Errorf("a copy joined %q in a topic the item is not in", f[0].Story)
	}
}

// TestStoryIndexItemsWithoutWords: items without a title or summary are
// one story only when they share the link.
func TestStoryIndexItemsWithoutWords(t *testing.T) {
	x := newStoryIndex(map[string]StoryOptions{"t": {}})
	t0 := time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)
	print := func(link string) storyPrint {
		return newStoryPrint(&storage.Item{NormLink: link, Published: t0})
	}
	for _, c := range []struct{ id, link, want string }{
		{"a", "https://x.example/1", "a"},
		{"b", "https://x.example/2", "b"},
		{"c", "https://x.example/1", "a"},
		{"d", "", "d"},
		{"e", "", "e"},
	} {
		if got := x.add(c.id, print(c.link), []string{"t"}, time.Time{})[0].Story; got != c.want {
			t.Errorf("%s: story %q, want %q", c.id, got, c.want)
		}
	}
}

// TestCandidatesShareRareWords: an item is compared with the entries
// sharing two of its rare words or its link, and not with those sharing
// one word, or only words too common to tell stories apart.
func TestCandidatesShareRareWords(t *testing.T) {
	x := newStoryIndex(map[string]StoryOptions{"t": {}})
	t0 := time.Date(2026, 3, 16, 8, 0, 0, 0, time.UTC)
	add := func(id, link, title string) {
		x.add(id, newStoryPrint(&storage.Item{Title: title, Language: "en", NormLink: link, Published: t0}), []string{"t"}, time.Time{})
	}
	for i := range maxPosting + 1 {
		add(fmt.Sprint("common", i), "", fmt.Sprintf("Weather today %d", i))
	}
	add("quake", "", "Magnitude 5.1 earthquake strikes off Crete")
	add("ferry", "https://x.example/ferry", "Ferry runs aground")
	add("crete", "", "Crete tourists")
	for _, tt := range []struct {
		name, link, title string
		want              []string
	}{
		{"two rare words", "", "Crete quake of magnitude 5.1", []string{"quake"}},
		{"one rare word", "", "Holiday on Crete", nil},
		{"common words only", "", "Weather today", nil},
		{"the link", "https://x.example/ferry", "Nothing alike", []string{"ferry"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := newStoryPrint(&storage.Item{Title: tt.title, Language: "en", NormLink: tt.link, Published: t0})
			var got []string
			for _, n := range x.candidates(&p) {
				id, _ := x.item(int(n))
				got = append(got, id)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("candidates %v, want %v", got, tt.want)
			}
		})
	}
}

// TestCandidatesOfOneLinkBounded: an item is compared with the latest
// maxCandidates entries sharing its link, however many there are, so that
// a link on every item of a feed (a page's that no rule caught) cannot
// make filing cost grow with the window.
func TestCandidatesOfOneLinkBounded(t *testing.T) {
	x := newStoryIndex(map[string]StoryOptions{"t": {}})
	t0 := time.Date(2026, 3, 16, 8, 0, 0, 0, time.UTC)
	const link = "https://x.example/news"
	for i := range 3 * maxCandidates {
		p := newStoryPrint(&storage.Item{Title: fmt.Sprintf("Item %d", i), Language: "en", NormLink: link, Published: t0})
		x.add(fmt.Sprint(i), p, []string{"t"}, time.Time{})
	}
	p := newStoryPrint(&storage.Item{Title: "Another", Language: "en", NormLink: link, Published: t0})
	var got []string
	for _, n := range x.candidates(&p) {
		id, _ := x.item(int(n))
		got = append(got, id)
	}
	var want []string
	for i := 2 * maxCandidates; i < 3*maxCandidates; i++ {
		want = append(want, fmt.Sprint(i))
	}
	if !slices.Equal(got, want) {
		t.Errorf("candidates %v, want the latest %d: %v", got, maxCandidates, want)
	}
}

// TestStoryIndexStoriesPerTopic: an item may be in different stories in
// different topics (it joined one topic's story when the other topic did
// not collapse yet), among more than 64 topics; a copy joins each
// topic's own story, and only in the topics the item is in.
func TestStoryIndexStoriesPerTopic(t *testing.T) {
	opts := map[string]StoryOptions{}
	for i := range 70 {
		opts[fmt.Sprint("t", i)] = StoryOptions{}
	}
	x := newStoryIndex(opts)
	it := &storage.Item{Title: "Azerbaijan launches military operation in Karabakh", Summary: "Baku says the operation targets Armenian forces in the region.", Published: time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)}
	p := newStoryPrint(it)
	x.insert("first", p, []storage.Match{{Topic: "t1", Story: "first"}, {Topic: "t2", Story: "older"}, {Topic: "t65", Story: "first"}, {Topic: "t66", Story: "oldest"}}, nil)
	topics := []string{"t1", "t2", "t3", "t65", "t66", "t67"}
	want := []string{"first", "older", "copy", "first", "oldest", "copy"}
	for i, f := range x.add("copy", p, topics, time.Time{}) {
		if f.Story != want[i] {
			t.Errorf("%s: story %q, want %q", topics[i], f.Story, want[i])
		}
	}
}

// TestCandidatesAmongEquallyRareWords: when many of an item's words are
// rare, as in a quiet window, every one of them is looked up (within the
// budget), so an earlier item sharing only two of them, the least rare,
// is a candidate.
func TestCandidatesAmongEquallyRareWords(t *testing.T) {
	x := newStoryIndex(map[string]StoryOptions{"t": {}})
	t0 := time.Date(2023, 6, 1, 0, 0, 0, 0, time.UTC)
	add := func(id, title string) {
		x.add(id, newStoryPrint(&storage.Item{Title: title, Language: "en", Published: t0}), []string{"t"}, time.Time{})
	}
	// Each of the new item's other words is in one earlier item of its own.
	others := []string{"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo", "lima", "mike", "november"}
	for i, w := range others {
		add(fmt.Sprint("other", i), w+" zulu"+fmt.Sprint(i))
	}
	add("copy", "quebec romeo sierra tango")
	// The two words it shares are in more items than any of the others:
	// looking up only the rarest eight would pass them over.
	add("q", "quebec whiskey")
	add("r", "romeo xray")
	p := newStoryPrint(&storage.Item{Title: strings.Join(others, " ") + " quebec romeo", Language: "en", Published: t0})
	found := false
	for _, n := range x.candidates(&p) {
		if id, _ := x.item(int(n)); id == "copy" {
			found = true
		}
	}
	if !found {
		t.Errorf("the item sharing two of the new item's %d rare words is no candidate", len(others)+2)
	}
}

// TestCandidatesCapped: of many earlier items sharing two rare words
// with a new one, at most maxCandidates are compared, and the copy that
// shares the most of its words is among them.
func TestCandidatesCapped(t *testing.T) {
	x := newStoryIndex(map[string]StoryOptions{"t": {}})
	t0 := time.Date(2023, 6, 1, 0, 0, 0, 0, time.UTC)
	add := func(id, title string) {
		x.add(id, newStoryPrint(&storage.Item{Title: title, Language: "en", Published: t0}), []string{"t"}, time.Time{})
	}
	add("copy", "Ierapetra quake magnitude Lasithi tremor Crete")
	for i := range 48 {
		add(fmt.Sprint("other", i), fmt.Sprintf("Ierapetra Lasithi market report%d", i))
	}
	p := newStoryPrint(&storage.Item{Title: "Ierapetra quake magnitude Lasithi tremor Crete", Language: "en", Published: t0})
	got := x.candidates(&p)
	ids := make([]string, len(got))
	for i, n := range got {
		ids[i], _ = x.item(int(n))
	}
	if len(got) != maxCandidates || !slices.Contains(ids, "copy") {
		t.Errorf("%d candidates %v: want %d, the copy among them", len(got), ids, maxCandidates)
	}
}

// TestFollowUpThroughReprint: a follow-up the next day is weighed with
// the hours since its story's first item, not since the story's own
// reprint that morning, through which it would otherwise join; a wire's
// update the next day still joins.
func TestFollowUpThroughReprint(t *testing.T) {
	t0 := time.Date(2026, 7, 6, 6, 0, 0, 0, time.UTC)
	item := func(source, title, summary string, after time.Duration) storyPrint {
		return newStoryPrint(&storage.Item{Language: "en", Title: title, Summary: summary, Sources: []string{source}, Published: t0.Add(after)})
	}
	others := []string{
		"Council approves budget for new library in Dunoon|The council approved the budget for a new library in Dunoon on Monday.",
		"Storm warning issued for the Western Isles|Forecasters issued a yellow warning for wind across the Western Isles.",
		"Distillery in Islay expands visitor centre|An Islay distillery opened a larger visitor centre on Monday.",
		"Rail line to Mallaig reopens after landslip|The West Highland line to Mallaig reopened after engineers cleared a landslip.",
	}
	for _, tt := range []struct {
		name, title, summary string
		after                time.Duration
		joins                bool
	}{
		{"a follow-up the next day", "Autopilot fault caused Mull ferry grounding, investigators say",
			"Investigators said an autopilot fault made the Hebridean Isles ferry Loch Seil veer onto rocks off Mull near Craignure; the operator withdrew a sister ship.",
			31 * time.Hour, false},
		{"a wire's update the next day", "UPDATE 2-Autopilot fault caused Mull ferry grounding, investigators say",
			"Investigators said an autopilot fault made the Hebridean Isles ferry Loch Seil veer onto rocks off Mull near Craignure; the operator withdrew a sister ship.",
			31 * time.Hour, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			x := newStoryIndex(map[string]StoryOptions{"t": {}})
			for i, o := range others {
				title, summary, _ := strings.Cut(o, "|")
				x.add(fmt.Sprint("other", i), item("local", title, summary, time.Duration(i)*time.Hour), []string{"t"}, time.Time{})
			}
			x.add("orig", item("wire", "Ferry Loch Seil with 180 aboard runs aground off Mull near Craignure",
				"The Hebridean Isles ferry Loch Seil ran aground off Mull near Craignure on Monday with 180 passengers aboard; lifeboats took them ashore, the coastguard said.", 0), []string{"t"}, time.Time{})
			reprint := x.add("reprint", item("gazette", "Regional round-up",
				"The Hebridean Isles ferry Loch Seil, which ran aground off Mull near Craignure with 180 passengers aboard, was refloated; lifeboats had taken them ashore, the coastguard said.", 25*time.Hour), []string{"t"}, time.Time{})
			if reprint[0].Story != "orig" {
				t.Fatalf("the reprint filed into %q, want orig", reprint[0].Story)
			}
			f := x.add("later", item("harbour", tt.title, tt.summary, tt.after), []string{"t"}, time.Time{})
			if joined := f[0].Story == "orig"; joined != tt.joins {
				t.Errorf("joined the story: %v, want %v (story %q, with %q)", joined, tt.joins, f[0].Story, f[0].With)
			}
		})
	}
}
