package aggregator

// Faults a review of explain found (the session of 2026-12-06): each
// test failed before its mend, and its comment tells the fault.

import (
	"fmt"
	"testing"
	"time"
)

// TestExplainReviewFirstOutsideWindowSaidGone: with story_window 1h, identical
// copies an hour apart chain into one story whose first item was
// published more than two windows before the last copy. explain looks
// for the story's first item only among the items published within two
// windows of the item (storyWindow), so for the last copy it leaves
// First without a title, which explain prints as "the story of …,
// which is no longer stored": but the first item is stored.
func TestExplainReviewFirstOutsideWindowSaidGone(t *testing.T) {
	t0 := time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)
	feeds := map[string]string{}
	var sources []string
	for i := range 5 {
		name := fmt.Sprintf("s%d", i)
		feeds[name] = storyFeed(name, fmt.Sprintf("https://%s.example/1", name), t0.Add(time.Duration(i)*55*time.Minute),
			"Azerbaijan launches offensive in Nagorno-Karabakh",
			"Azerbaijan said on Tuesday it had launched anti-terrorist measures in the region after six people were killed by mines.")
		sources = append(sources, name)
	}
	url, _ := serveFeeds(t, feeds)
	store := tempStore(t)
	topics := []Topic{{ID: "nk", Any: []string{"Karabakh"}, Stories: &StoryOptions{Window: time.Hour}}}
	pollEach(t, store, url, topics, sources...)
	first, err := store.ItemByLink("https://s0.example/1")
	if err != nil {
		t.Fatal(err)
	}
	last, err := store.ItemByLink("https://s4.example/1")
	if err != nil {
		t.Fatal(err)
	}
	if last.StoryIn("nk") != first.ID {
		t.Fatalf("setup: the last copy's story %s, want the first's %s", last.StoryIn("nk"), first.ID)
	}
	res := explainItems(t, store, topics, "nk", "", "https://s4.example/1")
	s := res[0].Story
	if s == nil || s.First.ID != first.ID {
		t.Fatalf("explain: %+v", s)
	}
	if s.First.Title == "" {
		t.Errorf("explain gives the story's first item %s without its title or link (printed as \"which is no longer stored\"), though it is stored: %+v", first.ID, s.First)
	}
}
