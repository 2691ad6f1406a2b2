package aggregator

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// TestPollLeadsByPreferredSource polls copies of wire reports in a topic
// that prefers some sources, each poll after a restart: the first
// preferred copy filed within the wait leads its story and keeps leading
// it; other copies, a preferred one after it or one past the wait lead
// nothing, nor does one of a story that started before the topic
// preferred sources; a story without a lead is held until its first
// item's arrival plus the wait and LeadGrace; explain names the lead.
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
	store, url := serveStories(t, feeds)
	opts := &StoryOptions{Prefer: []string{"afp", "reuters", "late", "tass"}, PreferWait: 30 * time.Minute}
	t0 := time.Date(2023, 9, 19, 9, 0, 0, 0, time.UTC)
	poll := func(at time.Time, sources ...string) *Aggregator {
		t.Helper()
		a := newStoryAggregator(t, store, url, opts, sources...)
		if sources[0] == "other" { // before the topic preferred sources
			a = newStoryAggregator(t, store, url, &StoryOptions{}, sources...)
		}
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
	poll(t0, "other")
	poll(t0, "bbc", "armenpress")
	poll(t0.Add(10*time.Minute), "dw")
	poll(t0.Add(20*time.Minute), "afp")
	poll(t0.Add(5*time.Minute), "late")  // other's story does not wait
	poll(t0.Add(40*time.Minute), "tass") // past the wait of armenpress's story
	a := poll(t0.Add(25*time.Minute), "reuters")

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
		"https://bbc.example/2": {false, true}, "https://dw.example/3": {}, "https://afp.example/1": {true, false},
		"https://reuters.example/5": {}, "https://other.example/4": {}, "https://late.example/6": {},
		"https://armenpress.example/7": {false, true}, "https://tass.example/8": {},
	} {
		if got[link] != want {
			t.Errorf("%s leads its story, waits: %v, want %v", link, got[link], want)
		}
	}
	// Only armenpress's story waits: held until t0 + 30m + LeadGrace.
	if topics, next := a.stories.due(t0.Add(30 * time.Minute)); len(topics) != 0 || !next.Equal(t0.Add(30*time.Minute+LeadGrace)) {
		t.Errorf("before the hold ends: release of %v, next at %s", topics, next)
	}
	if topics, next := a.stories.due(t0.Add(time.Hour)); strings.Join(topics, ",") != "nk" || !next.IsZero() {
		t.Errorf("after the hold: release of %v, next at %s", topics, next)
	}

	in, err := NewInspector(store, []Topic{{ID: "nk", Any: []string{"Karabakh"}, Stories: opts}})
	if err != nil {
		t.Fatal(err)
	}
	res, err := in.Explain("nk", []string{"https://bbc.example/2", "https://afp.example/1", "https://reuters.example/5"}, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range res {
		if s := e.Story; s == nil || s.First.ID != bbc || s.Lead == nil || s.Lead.Link != "https://afp.example/1" {
			t.Errorf("%s: story %+v", e.Item.Link, s)
		}
	}
}

// TestReleaseLoopReportsHeldStories: Run's release loop reports a topic
// changed when a held story's hold ends, at once for one that ended
// before it started and on time for one added while it runs.
func TestReleaseLoopReportsHeldStories(t *testing.T) {
	a := &Aggregator{stories: newStoryFiler([]Topic{{ID: "nk", Stories: &StoryOptions{Prefer: []string{"afp"}}}}), now: time.Now}
	changed := make(chan []string, 4)
	a.opts.OnChange = func(topics []string) { changed <- topics }
	x := a.stories.index
	x.mu.Lock()
	x.hold(time.Now().Add(-time.Minute), 0)
	x.mu.Unlock()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { a.releaseLoop(ctx); close(done) }()
	defer func() { cancel(); <-done }()
	wait := func(what string) time.Time {
		t.Helper()
		select {
		case topics := <-changed:
			if strings.Join(topics, ",") != "nk" {
				t.Errorf("%s: changed %v", what, topics)
			}
			return time.Now()
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: no change reported", what)
		}
		return time.Time{}
	}
	wait("a hold past")
	at := time.Now().Add(200 * time.Millisecond)
	x.mu.Lock()
	x.hold(at, 0)
	x.mu.Unlock()
	if got := wait("a hold added"); got.Before(at) {
		t.Errorf("reported %s before the hold ended", at.Sub(got))
	}
}
