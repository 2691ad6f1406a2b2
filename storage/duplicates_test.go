package storage

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestLinkJoinsOnlyAcrossSources: two GUIDs of one source sharing a
// normalized link are two items, and the link is a page's: the later is
// stored without it, the source's state remembers it, and another
// source's item with it is an item of its own. Another source's copy
// with an article's link joins the item.
func TestLinkJoinsOnlyAcrossSources(t *testing.T) {
	s := openTest(t, 0)
	pub := t0.Add(-time.Hour)
	res, err := s.Apply(Batch{Source: "a", Now: t0, Entries: []Entry{
		entry("https://x.test/day#one", "https://x.test/day", "Karabakh one", pub),
		entry("https://x.test/story", "https://x.test/story", "Karabakh story", pub),
	}}, byKeyword)
	if err != nil || res.New != 2 {
		t.Fatalf("source a: %+v, %v", res, err)
	}
	// A later poll brings the page's second entry: a new item, grouped
	// into stories with the other new items of its batch.
	var grouped []string
	var state SourceState
	res, err = s.Apply(Batch{Source: "a", Now: t0, State: &state, Entries: []Entry{
		entry("https://x.test/day#one", "https://x.test/day", "Karabakh one", pub),
		entry("https://x.test/day#two", "https://x.test/day", "Karabakh two", pub.Add(-time.Minute)),
	}, Group: func(fresh []*Item) {
		for _, it := range fresh {
			grouped = append(grouped, it.Title+" <"+it.NormLink+">")
		}
	}}, byKeyword)
	if err != nil || res.New != 1 || res.Unchanged != 1 {
		t.Fatalf("source a again: %+v, %v", res, err)
	}
	if strings.Join(grouped, "|") != "Karabakh two <>" {
		t.Errorf("grouped %q, want the new item, without the page's link", grouped)
	}
	if stored, err := s.SourceState("a"); err != nil || strings.Join(stored.PageLinks, " ") != "https://x.test/day" {
		t.Errorf("source a remembers page links %q (%v), want the day's page", stored.PageLinks, err)
	}
	for _, link := range []string{"https://x.test/day", "https://x.test/story"} {
		res, err = s.Apply(Batch{Source: "b", Now: t0, Entries: []Entry{
			entry("b-"+link, link, "Karabakh copy of "+link, pub),
		}}, byKeyword)
		if err != nil {
			t.Fatalf("source b: %v", err)
		}
	}
	items, _ := s.Newest("nk", 10)
	var got []string
	for _, it := range items {
		got = append(got, it.Title+" ["+strings.Join(it.Sources, ",")+"]")
	}
	want := "Karabakh copy of https://x.test/day [b]|Karabakh one [a]|Karabakh story [a,b]|Karabakh two [a]"
	if slices.Sort(got); strings.Join(got, "|") != want {
		t.Errorf("items %q, want %q", got, want)
	}
	if _, err := s.ItemByLink("https://x.test/day"); !errors.Is(err, ErrNotFound) {
		t.Errorf("the item of a page link: %v, want ErrNotFound", err)
	}
	if err := s.Check(); err != nil {
		t.Errorf("check, with a page link marked in the links index: %v", err)
	}
}

func TestDropDuplicates(t *testing.T) {
	at := func(ik, title string, updated time.Time) prepared {
		return prepared{Entry: &Entry{Item: Item{Title: title, Updated: updated}}, ik: ik}
	}
	tests := []struct {
		name string
		in   []prepared
		want string
	}{
		{"none", []prepared{at("a", "A", t0), at("b", "B", t0)}, "A B"},
		{"later updated wins, in the first's place",
			[]prepared{at("a", "old", t0), at("b", "B", t0), at("a", "new", t0.Add(time.Second))}, "new B"},
		{"first wins among equals", []prepared{at("a", "first", t0), at("a", "second", t0)}, "first"},
		{"earlier copy later in the document loses",
			[]prepared{at("a", "new", t0.Add(time.Nanosecond)), at("a", "old", t0)}, "new"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, dropped := dropDuplicates(tt.in)
			var got []string
			for _, p := range out {
				got = append(got, p.Item.Title)
			}
			if strings.Join(got, " ") != tt.want || dropped != len(tt.in)-len(out) {
				t.Errorf("kept %q (%d dropped), want %q", got, dropped, tt.want)
			}
		})
	}
}

// TestNewGUIDSameTitle: an item a source delivers again under a new GUID
// with its link, title and text is the stored item, unchanged at every
// poll, whatever its date, and gains no key (made-up GUIDs would pile
// up). One with its link and date and its title or summary may be it
// edited: a new item, which the next such delivery is taken for. Another
// item of the link at another time makes the link a page's, as a body
// holding both would.
func TestNewGUIDSameTitle(t *testing.T) {
	s := openTest(t, 0)
	pub := t0.Add(-72 * time.Hour)
	for i, c := range []struct {
		guid, summary string
		published     time.Time
		want          Result
		pages         int
	}{
		{"urn:1", "First.", pub, Result{New: 1}, 0},
		{"urn:2", "First.", pub, Result{Unchanged: 1}, 0},
		{"urn:3", "First.", pub.Add(time.Hour), Result{Unchanged: 1}, 0},
		{"urn:4", "First, edited.", pub, Result{New: 1}, 0},
		{"urn:5", "First, edited.", pub.Add(time.Hour), Result{Unchanged: 1}, 0},
		{"urn:6", "Next day's.", pub.Add(24 * time.Hour), Result{New: 1}, 1},
	} {
		var state SourceState
		e := entry(c.guid, "https://x.test/notice", "Karabakh notice", c.published)
		e.Item.Summary = c.summary
		res, err := s.Apply(Batch{Source: "a", Now: t0, State: &state, Entries: []Entry{e}}, byKeyword)
		if err != nil || res != c.want || len(state.PageLinks) != c.pages {
			t.Fatalf("poll %d (%s): %+v, %v, page links %q; want %+v, %d", i+1, c.guid, res, err, state.PageLinks, c.want, c.pages)
		}
	}
	items, _ := s.Newest("nk", 10)
	if len(items) != 3 {
		t.Fatalf("%d items, want 3", len(items))
	}
	for _, it := range items {
		if len(it.Keys) != 1 {
			t.Errorf("%s: keys %q, want one", it.GUID, it.Keys)
		}
	}
}

// TestPageLinkKeyedByText: an entry keyed by its link that the store
// finds to be a page's is keyed by its text, as the aggregator keys it
// once the source remembers the page: parsed again, it is no new item.
func TestPageLinkKeyedByText(t *testing.T) {
	s := openTest(t, 0)
	const page = "https://x.test/section"
	first := entry("g1", page, "Karabakh first", t0.Add(-2*time.Hour))
	second := Entry{Key: "link:" + page, Item: Item{Link: page, NormLink: page, Title: "Karabakh second", Published: t0.Add(-time.Hour)}}
	again := second
	again.Key, again.Item.NormLink = TextKey(&second.Item), ""
	wants := []Result{{New: 1}, {New: 1}, {Unchanged: 1}}
	for i, e := range []Entry{first, second, again} {
		var state SourceState
		res, err := s.Apply(Batch{Source: "a", Now: t0, State: &state, Entries: []Entry{e}}, byKeyword)
		if err != nil || res != wants[i] {
			t.Errorf("entry %d (%s): %+v, %v; want %+v", i+1, e.Key, res, err, wants[i])
		}
	}
}

// TestPageLinksBesideReissues: a link a source gave another of its items
// is a page's when the new item is unlike the stored one, even in a poll
// whose other items come again under new GUIDs (a GUID scheme moved to
// https); and when the items are undated, however alike their titles
// ("today's briefing"), as no date tells an edit.
func TestPageLinksBesideReissues(t *testing.T) {
	const section, today = "https://x.test/section", "https://x.test/today"
	withSummary := func(e Entry, summary string) Entry { e.Item.Summary = summary; return e }
	undated := func(guid, summary string) Entry {
		return Entry{Key: guid, Item: Item{GUID: guid, Link: today, NormLink: today, Title: "Karabakh briefing", Summary: summary}}
	}
	pub := t0.Add(-time.Hour)
	tests := []struct {
		name  string
		polls [][]Entry
		page  string
	}{
		{"beside items under new GUIDs", [][]Entry{
			{withSummary(entry("http://x.test/a", "https://x.test/a", "Karabakh talks", pub), "Talks."),
				withSummary(entry("g1", section, "Karabakh one", pub), "One.")},
			{withSummary(entry("https://x.test/a", "https://x.test/a", "Karabakh talks", pub), "Talks."),
				withSummary(entry("g2", section, "Karabakh two", pub.Add(time.Minute)), "Two.")},
		}, section},
		{"undated, one title", [][]Entry{{undated("d1", "One.")}, {undated("d2", "Two.")}}, today},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTest(t, 0)
			var state SourceState
			for i, es := range tt.polls {
				next := state
				if _, err := s.Apply(Batch{Source: "a", Now: t0.Add(time.Duration(i) * time.Hour), State: &next, Entries: es}, byKeyword); err != nil {
					t.Fatal(err)
				}
				state = next
			}
			if len(state.PageLinks) != 1 || state.PageLinks[0] != tt.page {
				t.Errorf("page links %q, want %s", state.PageLinks, tt.page)
			}
		})
	}
}

// TestStableGUIDsNeverEditInPlace: a poll of a source whose GUIDs stay,
// shown by an item found under its own key or by items its document
// repeated byte for byte (Skipped), never takes an item alike with a
// stored one of its link for that item edited, even beside another item
// delivered again under a new GUID: the stored item keeps its text.
func TestStableGUIDsNeverEditInPlace(t *testing.T) {
	const x, y = "https://forum.x.test/t/x", "https://forum.x.test/t/y"
	post := func(guid, link, summary string, pub time.Time) Entry {
		e := entry(guid, link, "Karabakh "+link[len(link)-1:], pub)
		e.Item.Summary = summary
		return e
	}
	pub := t0.Add(-3 * time.Hour)
	x1, y1 := post(x+"#p1", x, "First on x.", pub), post(y+"#p1", y, "First on y.", pub)
	x2, y2 := post(x+"#p2", x, "First on x.", pub), post(y+"#p2", y, "Second on y.", pub.Add(time.Hour))
	for _, tt := range []struct {
		name    string
		entries []Entry
		skipped Seen
	}{
		{"an item found under its own key", []Entry{x1, x2, y2}, Seen{}},
		{"items repeated byte for byte", []Entry{x2, y2}, Seen{Items: []SeenItem{{Raw: 1, Key: 2}}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := openTest(t, 0)
			if _, err := s.Apply(Batch{Source: "forum", Now: t0, Entries: []Entry{x1, y1}}, byKeyword); err != nil {
				t.Fatal(err)
			}
			res, err := s.Apply(Batch{Source: "forum", Now: t0.Add(time.Hour), State: &SourceState{}, Entries: tt.entries, Skipped: tt.skipped}, byKeyword)
			if err != nil || res.Updated != 0 {
				t.Errorf("second poll: %+v, %v; want nothing updated", res, err)
			}
			items, _ := s.Newest("nk", 10)
			var summaries []string
			for _, it := range items {
				summaries = append(summaries, it.Summary)
			}
			if !slices.Contains(summaries, "First on y.") || !slices.Contains(summaries, "Second on y.") {
				t.Errorf("summaries %q, want both of y's", summaries)
			}
		})
	}
}
