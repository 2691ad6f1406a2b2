package aggregator

// Faults a review of explain found (the session of 2026-12-06): each
// test failed before its mend, and its comment tells the fault.

import (
	"testing"
	"time"
)

// chainCopies: afp's report, bbc's copy that also tells of the exodus,
// and dw's report of the exodus, which is like bbc's and not afp's.
func chainCopies(pub time.Time) map[string]string {
	f := wireCopies(pub)
	f["afp"] = storyFeed("AFP", "https://afp.example/1", pub, "Azerbaijan launches offensive in Nagorno-Karabakh",
		"Azerbaijan said on Tuesday it had launched anti-terrorist measures in the region after six people were killed by mines.")
	f["bbc"] = storyFeed("BBC", "https://bbc.example/2", pub.Add(time.Hour), "Azerbaijan launches offensive in Nagorno-Karabakh, Armenians flee to Goris",
		"Azerbaijan said on Tuesday it had launched anti-terrorist measures in the region after six people were killed by mines; Karabakh Armenians fled towards Goris through the Lachin corridor.")
	f["dw"] = storyFeed("DW", "https://dw.example/3", pub.Add(2*time.Hour), "Karabakh Armenians flee to Goris through Lachin corridor",
		"Thousands of Karabakh Armenians fled towards Goris through the Lachin corridor, queuing for fuel at checkpoints.")
	return f
}

func TestExplainReviewChainSequential(t *testing.T) {
	url, _ := serveFeeds(t, chainCopies(time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)))
	store := tempStore(t)
	topics := []Topic{{ID: "nk", Any: []string{"Karabakh"}, Stories: &StoryOptions{}}}
	pollEach(t, store, url, topics, "other", "afp", "bbc", "dw")
	res := explainItems(t, store, topics, "nk", "", "https://afp.example/1", "https://bbc.example/2", "https://dw.example/3")
	for _, e := range res {
		s := e.Story
		t.Logf("%s: first %s with %+v verdict %+v", e.Item.Link, s.First.Link, s.With, s.Verdict)
	}
	pair := explainItems(t, store, topics, "nk", "https://afp.example/1", "https://dw.example/3")
	t.Logf("dw with afp: %+v", pair[0].Story.Verdict)
}

// TestExplainReviewRoundExplainsWithWrongCopy: a round of polls files its items
// together, in order of publication (story_round.go), whatever order the
// polls finished in: dw's report joins afp's story through bbc's copy,
// filed before it in the round. explain takes as "earlier copies" only
// those first seen before the item (explainStory: c.FirstSeen.Before),
// and the polls of a round that finished later than dw's have a later
// FirstSeen: explain compares dw's report with afp's alone, and says it
// is in afp's story yet "not one story with" afp's, the copy it names.
func TestExplainReviewRoundExplainsWithWrongCopy(t *testing.T) {
	url, _ := serveFeeds(t, chainCopies(time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)))
	store := tempStore(t)
	topics := []Topic{{ID: "nk", Any: []string{"Karabakh"}, Stories: &StoryOptions{}}}
	pollEach(t, store, url, topics, "other")
	// one round; the polls finish dw's first, then bbc's, then afp's
	a := newStoryAggregator(t, store, url, &StoryOptions{}, "dw", "bbc", "afp")
	clock := time.Date(2023, 9, 19, 12, 0, 0, 0, time.UTC)
	a.now = func() time.Time { clock = clock.Add(time.Second); return clock }
	if _, err := a.SyncStories(); err != nil {
		t.Fatal(err)
	}
	for _, r := range a.PollAll(t.Context()) {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
	}
	afp, _ := store.ItemByLink("https://afp.example/1")
	dw, _ := store.ItemByLink("https://dw.example/3")
	bbc, _ := store.ItemByLink("https://bbc.example/2")
	t.Logf("first seen: afp %s, bbc %s, dw %s", afp.FirstSeen.Format(time.TimeOnly), bbc.FirstSeen.Format(time.TimeOnly), dw.FirstSeen.Format(time.TimeOnly))
	if dw.StoryIn("nk") != afp.ID || bbc.StoryIn("nk") != afp.ID {
		t.Fatalf("setup: stories afp %s, bbc %s, dw %s; want afp's for all", afp.StoryIn("nk"), bbc.StoryIn("nk"), dw.StoryIn("nk"))
	}
	res := explainItems(t, store, topics, "nk", "", "https://dw.example/3")
	s := res[0].Story
	if s == nil || s.First.ID != afp.ID {
		t.Fatalf("explain: story %+v, want afp's", s)
	}
	if s.With == nil || !s.Verdict.Same {
		with := "none"
		if s.With != nil {
			with = s.With.Link
		}
		reason := ""
		if s.Verdict != nil {
			reason = s.Verdict.Reason
		}
		t.Errorf("explain says dw's report is in afp's story, filed with bbc's copy, yet names as the copy it was found like %s: %q", with, reason)
	}
}
