package aggregator

// Faults a review of explain found (the session of 2026-12-06): each
// test failed before its mend, and its comment tells the fault.

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestExplainReviewReleasedLeadIsNotPreferred: in a topic that prefers afp, a
// story started by bbc waits; when the wait ends without afp's copy,
// the release stores bbc's item as the lead. explain reports that lead
// with Settled false, which, by StoryExplanation's documented meaning
// (and explain's text: "the first copy from a preferred source"), says
// bbc's item is a preferred source's copy. It is not.
func TestExplainReviewReleasedLeadIsNotPreferred(t *testing.T) {
	store, url := serveStories(t, wireCopies(time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)))
	opts := &StoryOptions{Prefer: []string{"afp"}, PreferWait: 30 * time.Minute}
	t0 := time.Date(2023, 9, 19, 14, 0, 0, 0, time.UTC)
	pollStoriesAt(t, store, url, opts, t0, "bbc")           // bbc's story waits for afp
	pollStoriesAt(t, store, url, opts, t0.Add(3*time.Hour)) // the wait is over: released for bbc's item
	bbc, err := store.ItemByLink("https://bbc.example/2")
	if err != nil {
		t.Fatal(err)
	}
	if m, _ := bbc.MatchIn("nk"); !m.Lead {
		t.Fatalf("setup: bbc's item does not lead its story after the wait: %+v", m)
	}
	topics := []Topic{{ID: "nk", Any: []string{"Karabakh"}, Stories: opts}}
	res := explainItems(t, store, topics, "nk", "", "https://bbc.example/2")
	s := res[0].Story
	if s == nil || s.Lead == nil || s.Lead.ID != bbc.ID {
		t.Fatalf("explain: story %+v, want led by bbc's item", s)
	}
	preferred := slices.ContainsFunc(s.Lead.Sources, func(src string) bool { return slices.Contains(opts.Prefer, src) })
	if !preferred && !s.Waited {
		t.Errorf("explain says bbc's item (sources %v) leads as the first copy from a preferred source (Settled=false), "+
			"but no preferred copy came: it leads because the wait ended (released for the first item)", s.Lead.Sources)
	}
}

// TestExplainReviewWithIgnoredOutsideStories: -with (with=) in a topic that does
// not collapse stories is refused with an input error, not silently
// ignored.
func TestExplainReviewWithIgnoredOutsideStories(t *testing.T) {
	in := wireInspector(t, nil) // a topic that does not collapse stories
	res, err := in.Explain("nk", []string{"https://bbc.example/2"}, 0, "https://afp.example/1")
	var input *InputError
	if err == nil || !errors.As(err, &input) {
		story := "none"
		if res[0].Story != nil {
			story = "given"
		}
		t.Errorf("with= in a topic that does not collapse stories: err %v, story %s; want an input error saying topic nk does not collapse stories", err, story)
	}
}

// TestExplainReviewSameItemWith: an item explained -with itself is refused,
// with an error naming it, not reported as "one story" with itself.
func TestExplainReviewSameItemWith(t *testing.T) {
	in := wireInspector(t, &StoryOptions{})
	res, err := in.Explain("nk", []string{"https://bbc.example/2"}, 0, "https://bbc.example/2")
	if err == nil {
		v := res[0].Story.Verdict
		t.Errorf("an item with itself: no error; verdict same=%v %q", v.Same, v.Reason)
	} else if !strings.Contains(err.Error(), "https://bbc.example/2") {
		t.Errorf("error %v does not name the item", err)
	}
}

// Explaining a topic's newest items with= one of them explains that one
// alone and compares the others with it, rather than refusing them all.
func TestExplainNewestWithOneOfThem(t *testing.T) {
	in := wireInspector(t, &StoryOptions{})
	res, err := in.Explain("nk", nil, 10, "https://bbc.example/2")
	if err != nil || len(res) != 2 {
		t.Fatalf("%d items, %v; want both", len(res), err)
	}
	for _, r := range res {
		compared := r.Story != nil && r.Story.Verdict != nil && r.Story.With != nil && r.Story.With.Link == "https://bbc.example/2"
		if self := r.Item.Link == "https://bbc.example/2"; compared == self {
			t.Errorf("%s: compared with bbc's item %v", r.Item.Link, compared)
		}
	}
}

// wireInspector polls afp's and bbc's copies of the wire report into
// topic nk, which collapses stories with stories unless it is nil, and
// returns an Inspector of it.
func wireInspector(t *testing.T, stories *StoryOptions) *Inspector {
	t.Helper()
	store, url := serveStories(t, wireCopies(time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)))
	topics := []Topic{{ID: "nk", Any: []string{"Karabakh"}, Stories: stories}}
	pollEach(t, store, url, topics, "afp", "bbc")
	in, err := NewInspector(store, topics)
	if err != nil {
		t.Fatal(err)
	}
	return in
}
