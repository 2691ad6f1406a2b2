package aggregator

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"maps"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/feeds"
	"github.com/feedsieve/feedsieve/storage"
)

// renderNK renders topic nk's JSON feed from the store.
func renderNK(store *storage.Store) string {
	srv := feeds.NewServer(store, slog.New(slog.DiscardHandler), feeds.Options{Site: feeds.NewSite("http://feeds.test", "test"),
		Topics: []feeds.Topic{{ID: "nk", Title: "nk", MaxItems: 50, Stories: true, StoryWindow: 48 * time.Hour}}})
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, httptest.NewRequest("GET", "/feeds/nk.json", nil))
	return rec.Body.String()
}

func leadsOf(t *testing.T, store *storage.Store) map[string][2]bool {
	t.Helper()
	out := map[string][2]bool{}
	if err := store.Scan(func(it *storage.Item) bool {
		if m, ok := it.MatchIn("nk"); ok {
			out[it.Link] = [2]bool{m.Lead, m.Waits}
		}
		return true
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestRefilingTakesNoLead: in a topic that prefers afp, bbc's item
// starts a story and afp's copy leads it. A change of keywords takes
// bbc's item out of the topic, and another brings it back: filed again
// from history, it joins the story and takes no lead, and the feed's
// entry stays afp's (a review found a second lead stored, and the entry
// moved to bbc's item).
func TestRefilingTakesNoLead(t *testing.T) {
	pub := time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)
	store, url := serveStories(t, wireCopies(pub))
	opts := &StoryOptions{Prefer: []string{"afp"}, PreferWait: 30 * time.Minute}
	t0 := time.Date(2023, 9, 19, 11, 0, 0, 0, time.UTC)
	run := func(at time.Time, none []string, sources ...string) {
		t.Helper()
		restartAt(t, store, url, at, Topic{ID: "nk", Any: []string{"Karabakh"}, None: none, Stories: opts}, sources...)
	}
	run(t0, nil, "bbc")
	run(t0.Add(10*time.Minute), nil, "afp")
	run(t0.Add(2*time.Hour), nil) // bbc's wait is over, afp leads
	before := renderNK(store)
	t.Logf("before: %v", leadsOf(t, store))
	run(t0.Add(3*time.Hour), []string{"military"}) // bbc's item leaves nk
	t.Logf("bbc out: %v", leadsOf(t, store))
	run(t0.Add(4*time.Hour), nil) // and comes back
	after := leadsOf(t, store)
	t.Logf("bbc back: %v", after)
	if after["https://bbc.example/2"][0] && after["https://afp.example/1"][0] {
		t.Errorf("two leads in one story: bbc %v, afp %v", after["https://bbc.example/2"], after["https://afp.example/1"])
	}
	if b, a := entryURLs(t, before), entryURLs(t, renderNK(store)); strings.Join(b, " ") != strings.Join(a, " ") {
		t.Errorf("the story's entry changed from %v to %v", b, a)
	}
}

// TestPrunedLeadKeepsStoryShown: in a topic that settles stories, the
// lead is the earliest published copy, so retention prunes it first; the
// copies that waited with the story keep Waits and no lead, and the story
// stays in the feed, a copy standing in (a review found it gone for as
// long as its copies were stored, restarts or not).
func TestPrunedLeadKeepsStoryShown(t *testing.T) {
	pub := time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)
	fs := wireCopies(pub)
	fs["early"] = storyFeed("Early", "https://early.example/8", pub.Add(-time.Hour), "Azerbaijan launches offensive in Nagorno-Karabakh region",
		"Azerbaijan said on Tuesday it had launched anti-terrorist measures in the region after six people were killed by mines.")
	store, url := serveStories(t, fs)
	settle := &StoryOptions{Settle: 30 * time.Minute}
	t0 := time.Date(2023, 9, 19, 13, 0, 0, 0, time.UTC)
	pollStoriesAt(t, store, url, settle, t0, "bbc")
	pollStoriesAt(t, store, url, settle, t0.Add(10*time.Minute), "early")
	a := pollStoriesAt(t, store, url, settle, t0.Add(2*time.Hour), "dw") // the wait ended at this start: early's copy leads
	_ = a
	// Newer news in the topic, days later.
	later := pub.Add(5 * 24 * time.Hour)
	fs["solo"] = storyFeed("Solo", "https://solo.example/9", later, "Karabakh: Azerbaijan and Armenia meet for talks in Brussels",
		"The leaders of Azerbaijan and Armenia met in Brussels on Monday for talks hosted by the president of the European Council.")
	pollStoriesAt(t, store, url, settle, later.Add(time.Hour), "solo")
	t.Logf("leads: %v", leadsOf(t, store))
	if body := renderNK(store); !strings.Contains(body, "early.example/8") {
		t.Fatalf("the story is not in the feed:\n%s", body)
	}
	// Retention: 10 days. Prune when early's copy (published an hour
	// before the others) has expired and bbc's and dw's have not.
	store.SetRetention(240 * time.Hour)
	n, err := store.Prune(pub.Add(240*time.Hour + 30*time.Minute))
	if err != nil || n != 1 {
		t.Fatalf("pruned %d, %v; want early's copy", n, err)
	}
	t.Logf("leads after prune: %v", leadsOf(t, store))
	if body := renderNK(store); !strings.Contains(body, "bbc.example/2") && !strings.Contains(body, "dw.example/3") {
		t.Errorf("bbc's and dw's copies are stored, but their story left the feed:\n%s", body[strings.Index(body, `"items"`):])
	}
	// A restart does not mend it: the story is older than the two windows
	// of the topic reloaded.
	pollStoriesAt(t, store, url, settle, pub.Add(240*time.Hour+50*time.Minute)) // another start
	t.Logf("leads after restarts: %v", leadsOf(t, store))
	if body := renderNK(store); !strings.Contains(body, "bbc.example/2") && !strings.Contains(body, "dw.example/3") {
		t.Errorf("after restarts, bbc's and dw's copies are stored, but their story is not in the feed")
	}
}

// entryURLs are the links of a JSON feed's entries.
func entryURLs(t *testing.T, body string) []string {
	t.Helper()
	var f struct {
		Items []struct {
			URL string `json:"url"`
		} `json:"items"`
	}
	if err := json.Unmarshal([]byte(body), &f); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, it := range f.Items {
		out = append(out, it.URL)
	}
	return out
}

func pollAll(t *testing.T, a *Aggregator) {
	t.Helper()
	for _, r := range a.PollAll(t.Context()) {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
	}
}

// TestHistoryWaitsLikeLive: the same three copies, polled into a topic
// that settles stories, or polled before the topic collapsed stories and
// then filed from history, carry the same flags: dw's copy, filed two
// hours after the story started (its 30-minute wait long over), waits
// for nothing either way.
func TestHistoryWaitsLikeLive(t *testing.T) {
	pub := time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)
	fs := wireCopies(pub)
	fs["early"] = storyFeed("Early", "https://early.example/8", pub.Add(-time.Hour), "Azerbaijan launches offensive in Nagorno-Karabakh region",
		"Azerbaijan said on Tuesday it had launched anti-terrorist measures in the region after six people were killed by mines.")
	settle := &StoryOptions{Settle: 30 * time.Minute}
	t0 := time.Date(2023, 9, 19, 13, 0, 0, 0, time.UTC)
	flags := func(opts *StoryOptions, sync time.Time) map[string][2]bool {
		store, url := serveStories(t, fs)
		pollStoriesAt(t, store, url, opts, t0, "bbc")
		pollStoriesAt(t, store, url, opts, t0.Add(10*time.Minute), "early")
		pollStoriesAt(t, store, url, opts, t0.Add(2*time.Hour), "dw")
		pollStoriesAt(t, store, url, settle, sync)
		return leadsOf(t, store)
	}
	live := flags(settle, t0.Add(3*time.Hour))
	history := flags(nil, t0.Add(3*time.Hour))
	t.Logf("live %v", live)
	t.Logf("history %v", history)
	for link, want := range live {
		if history[link] != want {
			t.Errorf("%s: filed from history lead, waits %v; polled %v", link, history[link], want)
		}
	}
}

// TestReloadCountsNamesOnce: copies polled in one round share their
// first seen time. Filed, each copy is entered with its story's first
// item's words (mates), so that the title's names count once per story;
// reloaded, a story's first item is entered before its copies of the
// same time, whatever their ids, and the word counts after a restart are
// those before it.
func TestReloadCountsNamesOnce(t *testing.T) {
	pub := time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)
	store, url := serveStories(t, wireCopies(pub))
	t0 := time.Date(2023, 9, 19, 16, 0, 0, 0, time.UTC)
	a := pollStoriesAt(t, store, url, &StoryOptions{}, t0, "afp", "bbc", "dw", "other")
	snapshot := func(a *Aggregator) (map[string]bool, map[uint32]int32) {
		x := a.stories.index
		x.lock()
		defer x.unlock()
		x.refreshStats(time.Time{})
		first := map[string]bool{}
		for _, e := range x.entries {
			first[e.id] = e.mates == nil
		}
		return first, maps.Clone(x.stats.df)
	}
	liveFirst, liveDF := snapshot(a)
	for _, l := range []string{"https://afp.example/1", "https://bbc.example/2", "https://dw.example/3"} {
		it, _ := store.ItemByLink(l)
		t.Logf("%s %s first seen %s story %s", l, it.ID, it.FirstSeen, it.StoryIn("nk"))
	}
	b := newStoryAggregator(t, store, url, &StoryOptions{})
	b.now = func() time.Time { return t0.Add(time.Minute) }
	if _, err := b.SyncStories(); err != nil {
		t.Fatal(err)
	}
	loadFirst, loadDF := snapshot(b)
	for id, f := range liveFirst {
		if loadFirst[id] != f {
			t.Errorf("%s: counted as a story's first item when filed %v, when reloaded %v", id, f, loadFirst[id])
		}
	}
	diff := 0
	for w, n := range liveDF {
		if loadDF[w] != n {
			diff++
		}
	}
	if diff > 0 {
		t.Errorf("%d words counted otherwise after the restart than before", diff)
	}
}

// TestKeywordsBringEarlierCopyIntoItsStory: bbc's copy is in topic nk
// and stands for its story; afp's report of the same news, polled an hour
// before bbc's, enters the topic when its keywords change, and joins the
// stored story: the topic shows the story once (a review found afp's
// filed before bbc's was entered, a story of its own).
func TestKeywordsBringEarlierCopyIntoItsStory(t *testing.T) {
	pub := time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)
	store, url := serveStories(t, wireCopies(pub))
	t0 := time.Date(2023, 9, 19, 11, 0, 0, 0, time.UTC)
	run := func(at time.Time, any string, sources ...string) {
		t.Helper()
		restartAt(t, store, url, at, Topic{ID: "nk", Any: []string{any}, Stories: &StoryOptions{}}, sources...)
	}
	run(t0, "military", "afp")                // afp's item is not in nk
	run(t0.Add(time.Hour), "military", "bbc") // bbc's is
	run(t0.Add(2*time.Hour), "Karabakh")      // afp's enters nk
	afp, _ := store.ItemByLink("https://afp.example/1")
	bbc, _ := store.ItemByLink("https://bbc.example/2")
	t.Logf("afp %s story %q; bbc %s story %q", afp.ID, afp.StoryIn("nk"), bbc.ID, bbc.StoryIn("nk"))
	if afp.StoryIn("nk") != bbc.StoryIn("nk") {
		t.Errorf("afp's copy and bbc's are two stories: %q and %q", afp.StoryIn("nk"), bbc.StoryIn("nk"))
	}
	if got := entryURLs(t, renderNK(store)); len(got) != 1 {
		t.Errorf("feed entries %v; want one for the story", got)
	}
}

// TestLeadLeavingTopicKeepsStoryShown: in a topic that prefers afp,
// afp's copy leads bbc's story. The topic's sources change and afp's
// copy leaves it: bbc's item, which waited, has no lead, and the story
// stays in the feed, bbc's item standing for it.
func TestLeadLeavingTopicKeepsStoryShown(t *testing.T) {
	pub := time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)
	fs := wireCopies(pub)
	later := pub.Add(5 * 24 * time.Hour)
	fs["solo"] = storyFeed("Solo", "https://solo.example/9", later, "Karabakh: Azerbaijan and Armenia meet for talks in Brussels",
		"The leaders of Azerbaijan and Armenia met in Brussels on Monday for talks hosted by the president of the European Council.")
	store, url := serveStories(t, fs)
	opts := &StoryOptions{Prefer: []string{"afp"}, PreferWait: 30 * time.Minute}
	t0 := time.Date(2023, 9, 19, 11, 0, 0, 0, time.UTC)
	run := func(at time.Time, srcs []string, sources ...string) {
		t.Helper()
		restartAt(t, store, url, at, Topic{ID: "nk", Any: []string{"Karabakh"}, Sources: srcs, Stories: opts}, sources...)
	}
	run(t0, nil, "bbc")
	run(t0.Add(10*time.Minute), nil, "afp")
	run(later.Add(time.Hour), nil, "solo")
	run(later.Add(2*time.Hour), nil)
	before := entryURLs(t, renderNK(store))
	run(later.Add(3*time.Hour), []string{"bbc", "solo"}) // afp's copy leaves nk
	after := entryURLs(t, renderNK(store))
	t.Logf("entries before %v, after %v; flags %v", before, after, leadsOf(t, store))
	if !slices.Contains(after, "https://bbc.example/2") {
		t.Errorf("bbc's item is in nk, but its story is not in the feed: %v", after)
	}
}

// TestCompactionKeepsWaitingStory: while serve runs, the index compacts
// its entries once they double, dropping those published more than two
// windows before the newest; a story of an old-dated item that waits for
// a preferred copy keeps its wait state and is released when the wait
// ends (a review found its state dropped with its entry, and the story
// never released).
func TestCompactionKeepsWaitingStory(t *testing.T) {
	now := time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)
	f := newStoryFiler([]Topic{{ID: "nk", Stories: &StoryOptions{Prefer: []string{"afp"}, PreferWait: time.Hour}}})
	item := func(i int, pub time.Time, src string) *storage.Item {
		id := fmt.Sprintf("%032x", i+1)
		return &storage.Item{ID: id, Source: src, Sources: []string{src}, Title: fmt.Sprintf("Report %d on matter w%dx", i, i), Link: "https://" + src + ".example/" + id,
			NormLink: "https://" + src + ".example/" + id, Published: pub, FirstSeen: now, Language: "en", Topics: []storage.Match{{Topic: "nk"}}}
	}
	old := item(0, now.Add(-5*24*time.Hour), "old")
	f.fileAll([]*storage.Item{old}, now)
	if m := old.Topics[0]; !m.Waits || m.Story != old.ID {
		t.Fatalf("old's item: %+v", m)
	}
	released := func(n int) bool {
		var batch []*storage.Item
		for i := 1; i <= n; i++ {
			batch = append(batch, item(i, now, "afp"))
		}
		f.fileAll(batch, now)
		due, _ := f.due(now.Add(2 * time.Hour))
		for _, l := range due {
			if l.Story == old.ID {
				return true
			}
		}
		return false
	}
	if !released(10) { // control: few items since, no compaction
		t.Fatal("old's story is not released even without a compaction")
	}
	f = newStoryFiler([]Topic{{ID: "nk", Stories: &StoryOptions{Prefer: []string{"afp"}, PreferWait: time.Hour}}})
	old = item(0, now.Add(-5*24*time.Hour), "old")
	f.fileAll([]*storage.Item{old}, now)
	if !released(2*minCompact + 1) {
		t.Errorf("old's story waited an hour for a preferred copy and is not released after a compaction")
	}
}

// restartAt starts feedsieve at at with topic alone: its topics and
// stories synced, as serve does first, then sources polled.
func restartAt(t *testing.T, store *storage.Store, url string, at time.Time, topic Topic, sources ...string) {
	t.Helper()
	a := newTopicsAggregator(t, store, url, []Topic{topic}, sources...)
	a.now = func() time.Time { return at }
	if _, err := a.SyncTopics(); err != nil {
		t.Fatal(err)
	}
	if _, err := a.SyncStories(); err != nil {
		t.Fatal(err)
	}
	if len(sources) > 0 {
		pollAll(t, a)
	}
}

// TestSyncStoriesFilesOnlyChangedTopics: a change of another topic's
// keywords files no history in a topic that collapses stories, whose own
// rules did not change (a review measured 0.6 s and 190 MiB for 30,000
// items, against 0.01 s); a change of its own rules does. bbc's copy is
// stored in the topic without a story by a start that did not collapse
// it, and no sync after, so that what each sync files shows.
func TestSyncStoriesFilesOnlyChangedTopics(t *testing.T) {
	store, url := serveStories(t, wireCopies(time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)))
	at := time.Date(2023, 9, 19, 12, 0, 0, 0, time.UTC)
	nk := Topic{ID: "nk", Any: []string{"Karabakh"}, Stories: &StoryOptions{}}
	other := func(keyword string) Topic { return Topic{ID: "other", Any: []string{keyword}} }
	sync := func(topics ...Topic) {
		t.Helper()
		a := newTopicsAggregator(t, store, url, topics)
		a.now = func() time.Time { return at }
		if _, err := a.SyncTopics(); err != nil {
			t.Fatal(err)
		}
		if _, err := a.SyncStories(); err != nil {
			t.Fatal(err)
		}
	}
	restartAt(t, store, url, at, nk, "afp")
	plain := nk
	plain.Stories = nil
	pollAll(t, newTopicsAggregator(t, store, url, []Topic{plain}, "bbc")) // no sync
	storyOf := func(link string) string {
		t.Helper()
		it, err := store.ItemByLink(link)
		if err != nil || it == nil {
			t.Fatal(link, err)
		}
		return it.StoryIn("nk")
	}
	sync(nk, other("Lachin"))
	if s := storyOf("https://bbc.example/2"); s != "" {
		t.Errorf("another topic's change filed nk's history: bbc's copy is in story %q", s)
	}
	nk.Any = append(nk.Any, "Baku")
	sync(nk, other("Lachin"))
	if s, afp := storyOf("https://bbc.example/2"), storyOf("https://afp.example/1"); s != afp {
		t.Errorf("a change of nk's own rules did not file its history: bbc's copy in story %q, afp's %q", s, afp)
	}
}
