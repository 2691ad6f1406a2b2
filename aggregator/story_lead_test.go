package aggregator

import (
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// TestPollLeadsByPreferredSource polls copies of wire reports in a topic
// that prefers some sources, each poll after a restart: a story that
// starts at another source waits, with the copies that join it, and the
// first preferred copy filed within the wait leads it for good; a
// preferred copy after it, or one of a story that started before the
// topic preferred sources, leads nothing; when the wait ends without a
// lead, the first item is stored as the lead, at the next start or by
// the release loop; explain names the lead.
func TestPollLeadsByPreferredSource(t *testing.T) {
	pub := time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)
	feeds := wireCopies(pub)
	feeds["reuters"] = storyFeed("Reuters", "https://reuters.example/5", pub.Add(3*time.Hour), "Azerbaijan launches offensive in Nagorno-Karabakh, Reuters",
		"Azerbaijan said on Tuesday it had launched anti-terrorist measures in the region after six people were killed by mines.")
	feeds["late"] = storyFeed("Late", "https://late.example/6", pub.Add(time.Hour), "Karabakh Armenians queue for bread in Stepanakert again",
		"Long queues formed outside bakeries in Stepanakert as the blockade of the Lachin corridor entered its ninth month.")
	feeds["armenpress"] = storyFeed("Armenpress", "https://armenpress.example/7", pub, "Karabakh refugees arrive in Goris as the corridor opens",
		"Thousands of refugees from Nagorno-Karabakh reached the Armenian town of Goris on Sunday after the Lachin corridor opened.")
	feeds["tass"] = storyFeed("TASS", "https://tass.example/8", pub.Add(time.Hour), "Karabakh refugees arrive in Goris as the corridor opens, TASS",
		"Thousands of refugees from Nagorno-Karabakh reached the Armenian town of Goris on Sunday after the Lachin corridor opened.")
	feeds["solo"] = storyFeed("Solo", "https://solo.example/9", pub.Add(2*time.Hour), "Karabakh: Azerbaijan and Armenia meet for talks in Brussels",
		"The leaders of Azerbaijan and Armenia met in Brussels on Monday for talks hosted by the president of the European Council.")
	store, url := serveStories(t, feeds)
	opts := &StoryOptions{Prefer: []string{"afp", "reuters", "late", "tass"}, PreferWait: 30 * time.Minute}
	t0 := time.Date(2023, 9, 19, 9, 0, 0, 0, time.UTC)
	poll := func(at time.Time, sources ...string) *Aggregator {
		t.Helper()
		if sources[0] == "other" { // before the topic preferred sources
			return pollStoriesAt(t, store, url, &StoryOptions{}, at, sources...)
		}
		return pollStoriesAt(t, store, url, opts, at, sources...)
	}
	poll(t0, "other")
	poll(t0, "bbc", "armenpress")
	poll(t0.Add(10*time.Minute), "dw")
	poll(t0.Add(20*time.Minute), "afp")
	poll(t0.Add(5*time.Minute), "late")  // other's story does not wait
	poll(t0.Add(40*time.Minute), "tass") // armenpress's story is released first
	a := poll(t0.Add(50*time.Minute), "reuters", "solo")

	type lw struct{ lead, waits bool }
	got := map[string]lw{}
	var bbc string
	err := store.Scan(func(it *storage.Item) bool {
		m, _ := it.MatchIn("nk")
		got[it.Link] = lw{m.Lead, m.Waits}
		if it.Link == "https://bbc.example/2" {
			bbc = it.ID
		}
		return true
	})
	if err != nil {
		t.Fatal(err)
	}
	for link, want := range map[string]lw{
		"https://bbc.example/2": {false, true}, "https://dw.example/3": {false, true}, "https://afp.example/1": {true, false},
		"https://reuters.example/5": {}, "https://other.example/4": {}, "https://late.example/6": {},
		"https://armenpress.example/7": {true, true}, "https://tass.example/8": {}, "https://solo.example/9": {false, true},
	} {
		if got[link] != want {
			t.Errorf("%s leads its story, waits: %v, want %v", link, got[link], want)
		}
	}
	// Only solo's story still waits, until t0 + 50m + 30m; then the release
	// stores solo's item as its lead.
	if due, next := a.stories.due(t0.Add(79 * time.Minute)); len(due) != 0 || !next.Equal(t0.Add(80*time.Minute)) {
		t.Errorf("before the wait ends: release of %v, next at %s", due, next)
	}
	var changed []string
	a.opts.OnChange = func(topics []string) { changed = append(changed, topics...) }
	a.now = func() time.Time { return t0.Add(80 * time.Minute) }
	if next := a.releaseDue(); !next.IsZero() || strings.Join(changed, ",") != "nk" {
		t.Errorf("after the wait: next release at %s, changed %v", next, changed)
	}
	if solo, err := store.ItemByLink("https://solo.example/9"); err != nil || !solo.Topics[0].Lead {
		t.Errorf("solo's item after its wait: %+v, %v", solo, err)
	}

	in, err := NewInspector(store, []Topic{{ID: "nk", Any: []string{"Karabakh"}, Stories: opts}})
	if err != nil {
		t.Fatal(err)
	}
	res, err := in.Explain("nk", []string{"https://bbc.example/2", "https://afp.example/1", "https://reuters.example/5"}, 0, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range res {
		if s := e.Story; s == nil || s.First.ID != bbc || s.Lead == nil || s.Lead.Link != "https://afp.example/1" {
			t.Errorf("%s: story %+v", e.Item.Link, s)
		}
	}
}

// TestReleaseLoopReleasesWaitingStories: a story that starts while Run's
// release loop runs wakes it, and when the story's wait ends the loop
// stores its first item as the lead and reports the topic changed.
func TestReleaseLoopReleasesWaitingStories(t *testing.T) {
	store, url := serveStories(t, wireCopies(time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)))
	const wait = 300 * time.Millisecond
	a := newStoryAggregator(t, store, url, &StoryOptions{Prefer: []string{"afp"}, PreferWait: wait}, "bbc")
	a.now = time.Now
	changed := make(chan []string, 4)
	a.opts.OnChange = func(topics []string) { changed <- topics }
	if _, err := a.SyncStories(); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { a.releaseLoop(ctx); close(done) }()
	defer func() { cancel(); <-done }()

	start := time.Now()
	for _, r := range a.PollAll(context.Background()) {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
	}
	if topics := <-changed; strings.Join(topics, ",") != "nk" { // by the poll
		t.Errorf("the poll changed %v", topics)
	}
	select {
	case topics := <-changed:
		if strings.Join(topics, ",") != "nk" {
			t.Errorf("changed %v", topics)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no change reported")
	}
	if took := time.Since(start); took < wait {
		t.Errorf("released after %s, before the wait of %s", took, wait)
	}
	bbc, err := store.ItemByLink("https://bbc.example/2")
	if err != nil || !bbc.Topics[0].Lead || !bbc.Topics[0].Waits {
		t.Errorf("bbc's item after the wait: %+v, %v", bbc, err)
	}
}

// TestSyncStoriesLeadsOnlyNewStories: a change of keywords brings afp's
// copy into a topic that prefers afp after bbc's story was released for
// bbc's item: filing history joins afp's copy to the story without
// letting it lead, so the story's entry stays bbc's.
func TestSyncStoriesLeadsOnlyNewStories(t *testing.T) {
	store, url := serveStories(t, wireCopies(time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)))
	t0 := time.Date(2023, 9, 19, 9, 0, 0, 0, time.UTC)
	run := func(at time.Time, keyword string, sources ...string) {
		t.Helper()
		var srcs []Source
		for _, s := range sources {
			srcs = append(srcs, Source{Name: s, URL: url + "/" + s})
		}
		a, err := New(store, NewHTTPClient(5*time.Second, 1, loopback()), slog.New(slog.DiscardHandler), Options{Concurrency: 1, MaxBody: 1 << 20, Sources: srcs,
			Topics: []Topic{{ID: "nk", Any: []string{keyword}, Stories: &StoryOptions{Prefer: []string{"afp"}, PreferWait: 30 * time.Minute}}}})
		if err != nil {
			t.Fatal(err)
		}
		a.now = func() time.Time { return at }
		if _, err := a.SyncTopics(); err != nil {
			t.Fatal(err)
		}
		if _, err := a.SyncStories(); err != nil {
			t.Fatal(err)
		}
		for _, r := range a.PollAll(context.Background()) {
			if r.Err != nil {
				t.Fatal(r.Err)
			}
		}
	}
	run(t0, "military", "bbc")                     // bbc's title says "military offensive"
	run(t0.Add(10*time.Minute), "military", "afp") // afp's does not: stored outside the topic
	run(t0.Add(3*time.Hour), "Karabakh")           // releases bbc's story, then files afp's copy
	for link, lead := range map[string]bool{"https://bbc.example/2": true, "https://afp.example/1": false} {
		it, err := store.ItemByLink(link)
		if err != nil {
			t.Fatal(err)
		}
		if m, ok := it.MatchIn("nk"); !ok || m.Lead != lead {
			t.Errorf("%s: match %+v, want in the topic, lead %v", link, m, lead)
		}
	}
}

// TestSettleLeadsEarliestPublished: in a topic that settles stories, a
// new story waits; when the wait ends, its earliest published copy filed
// by then leads it, whichever arrived first, and a copy published
// earlier that arrives after the wait does not take over.
func TestSettleLeadsEarliestPublished(t *testing.T) {
	store, url := serveStories(t, wireCopies(time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)))
	opts := &StoryOptions{Settle: 30 * time.Minute}
	t0 := time.Date(2023, 9, 19, 14, 0, 0, 0, time.UTC)
	// SyncStories releases the waits that have ended.
	pollStoriesAt(t, store, url, opts, t0, "dw")                      // published 13:00: starts the story, which waits
	pollStoriesAt(t, store, url, opts, t0.Add(10*time.Minute), "bbc") // published 10:00: joins it
	pollStoriesAt(t, store, url, opts, t0.Add(40*time.Minute), "afp") // published 08:00, after the wait: bbc's copy led it at the start of this poll
	type lw struct{ lead, waits bool }
	for link, want := range map[string]lw{
		"https://dw.example/3": {false, true}, "https://bbc.example/2": {true, true}, "https://afp.example/1": {},
	} {
		it, err := store.ItemByLink(link)
		if err != nil {
			t.Fatal(err)
		}
		if m, _ := it.MatchIn("nk"); (lw{m.Lead, m.Waits}) != want {
			t.Errorf("%s leads its story, waits: %v, want %v", link, lw{m.Lead, m.Waits}, want)
		}
	}
}

// TestSettleFilesHistory: turning on a topic that settles stories files
// the stored copies into stories, and a story whose wait ended before
// then is led by its earliest published copy, whichever arrived first.
func TestSettleFilesHistory(t *testing.T) {
	store, url := serveStories(t, wireCopies(time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)))
	t0 := time.Date(2023, 9, 19, 14, 0, 0, 0, time.UTC)
	pollStoriesAt(t, store, url, nil, t0, "dw") // not collapsing; dw's copy arrives first
	pollStoriesAt(t, store, url, nil, t0.Add(5*time.Minute), "bbc")
	pollStoriesAt(t, store, url, nil, t0.Add(10*time.Minute), "afp")
	pollStoriesAt(t, store, url, &StoryOptions{Settle: 30 * time.Minute}, t0.Add(3*time.Hour))
	for link, lead := range map[string]bool{"https://dw.example/3": false, "https://bbc.example/2": false, "https://afp.example/1": true} {
		it, err := store.ItemByLink(link)
		if err != nil {
			t.Fatal(err)
		}
		if m, ok := it.MatchIn("nk"); !ok || m.Story == "" || m.Lead != lead {
			t.Errorf("%s: match %+v, want in a story, lead %v", link, m, lead)
		}
	}
}

// pollStoriesAt syncs the stories of an aggregator of sources whose clock
// says at, and polls them.
func pollStoriesAt(t *testing.T, store *storage.Store, url string, opts *StoryOptions, at time.Time, sources ...string) *Aggregator {
	t.Helper()
	a := newStoryAggregator(t, store, url, opts, sources...)
	a.now = func() time.Time { return at }
	if _, err := a.SyncStories(); err != nil {
		t.Fatal(err)
	}
	for _, r := range a.PollAll(context.Background()) {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
	}
	return a
}
