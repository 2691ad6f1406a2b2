package aggregator

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// TestPollFilesStories polls three outlets that republish one wire story,
// one of them after a restart, and an outlet with another story: in a
// topic that collapses stories, the first copy stands for the story, the
// other copies join it, before and after the restart, and the other story
// stands alone. A topic without collapsing files no stories.
func TestPollFilesStories(t *testing.T) {
	pub := time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)
	feeds := wireCopies(pub)
	var mu sync.Mutex
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, feeds[strings.TrimPrefix(r.URL.Path, "/")])
	}))
	defer srv.Close()
	path := filepath.Join(t.TempDir(), "a.db")
	topics := []Topic{{ID: "nk", Any: []string{"Karabakh"}, Stories: &StoryOptions{}}, {ID: "all", Any: []string{"Karabakh"}}}
	run := func(sources ...string) {
		t.Helper()
		store, err := storage.Open(storage.Options{Path: path})
		if err != nil {
			t.Fatal(err)
		}
		defer store.Close()
		var srcs []Source
		for _, s := range sources {
			srcs = append(srcs, Source{Name: s, URL: srv.URL + "/" + s})
		}
		a, err := New(store, NewHTTPClient(5*time.Second, 1, loopback()), slog.New(slog.DiscardHandler), Options{Concurrency: 1, MaxBody: 1 << 20, Sources: srcs, Topics: topics})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := a.SyncStories(); err != nil { // loads the stories stored before
			t.Fatal(err)
		}
		for _, r := range a.PollAll(context.Background()) {
			if r.Err != nil {
				t.Fatal(r.Err)
			}
		}
	}
	run("afp")
	run("other", "bbc")
	run("dw")

	store, err := storage.Open(storage.Options{Path: path, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	byLink := func(link string) *storage.Item {
		it, err := store.ItemByLink(link)
		if err != nil {
			t.Fatal(err)
		}
		return it
	}
	afp := byLink("https://afp.example/1")
	for link, want := range map[string]string{
		"https://afp.example/1":   afp.ID,
		"https://bbc.example/2":   afp.ID,
		"https://dw.example/3":    afp.ID,
		"https://other.example/4": byLink("https://other.example/4").ID,
	} {
		it := byLink(link)
		if got := it.StoryIn("nk"); got != want {
			t.Errorf("%s: story %q, want %q", link, got, want)
		}
		if got := it.StoryIn("all"); got != "" {
			t.Errorf("%s: story %q in a topic that does not collapse", link, got)
		}
	}

	// explain names the story and the copy each item was found alike.
	in, err := NewInspector(store, topics)
	if err != nil {
		t.Fatal(err)
	}
	res, err := in.Explain("nk", []string{"https://afp.example/1", "https://bbc.example/2", "https://dw.example/3"}, 0, "")
	if err != nil {
		t.Fatal(err)
	}
	if s := res[0].Story; s == nil || s.First.ID != afp.ID || s.With != nil {
		t.Errorf("the story's first item: %+v", s)
	}
	for _, e := range res[1:] {
		s := e.Story
		if s == nil || s.First.ID != afp.ID || s.First.Title == "" || s.With == nil || !s.Verdict.Same || s.Verdict.Similarity < DefaultStoryThreshold || !strings.Contains(s.Verdict.Reason, fmt.Sprintf("similar (at least %.2f)", DefaultStoryThreshold)) {
			t.Errorf("%s: story %+v", e.Item.Link, s)
		}
		if s != nil && s.Verdict != nil && (len(s.Verdict.Shared) == 0 || !strings.Contains(s.Verdict.Reason, "rarest words shared: ")) {
			t.Errorf("%s: the verdict shows no evidence: %+v", e.Item.Link, s.Verdict)
		}
	}
	if s := res[1].Story; s != nil && s.With != nil && s.With.ID != afp.ID {
		t.Errorf("bbc's copy was grouped with %s, the only earlier copy is afp's", s.With.ID)
	}
	// -with compares any two items, whatever their stories.
	pair, err := in.Explain("nk", []string{"https://dw.example/3", "https://other.example/4"}, 0, "https://bbc.example/2")
	if err != nil {
		t.Fatal(err)
	}
	if s := pair[0].Story; s == nil || s.With == nil || s.With.Link != "https://bbc.example/2" || !s.Verdict.Same || len(s.Verdict.Shared) == 0 {
		t.Errorf("dw's copy with bbc's: %+v", s)
	}
	if s := pair[1].Story; s == nil || s.With == nil || s.Verdict.Same || s.Verdict.Reason == "" {
		t.Errorf("other news with bbc's copy: %+v", s)
	}
	if _, err := in.Explain("nk", []string{"https://dw.example/3"}, 0, "https://nosuch.example/1"); err == nil {
		t.Error("an unknown item to compare with: no error")
	}
	all, err := in.Explain("all", []string{"https://bbc.example/2"}, 0, "")
	if err != nil || all[0].Story != nil {
		t.Errorf("a topic that does not collapse: %+v, %v", all, err)
	}
}

func storyFeed(outlet, link string, pub time.Time, title, summary string) string {
	return fmt.Sprintf(`<?xml version="1.0"?><rss version="2.0"><channel><title>%s</title><language>en</language>
<item><title>%s</title><link>%s</link><guid>%s</guid><pubDate>%s</pubDate><description>%s</description></item>
</channel></rss>`, outlet, title, link, link, pub.Format(time.RFC1123Z), summary)
}

// TestSyncStoriesFilesHistory polls copies of a report while the topic
// does not collapse stories, then turns collapsing on: SyncStories files
// the stored items into stories in order of arrival, once.
func TestSyncStoriesFilesHistory(t *testing.T) {
	pub := time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)
	feeds := wireCopies(pub)
	dw := feeds["dw"]
	delete(feeds, "dw") // published later
	url, publish := serveFeeds(t, feeds)
	store := tempStore(t)
	open := func(stories *StoryOptions, sources ...string) *Aggregator {
		t.Helper()
		return newStoryAggregator(t, store, url, stories, sources...)
	}
	for _, s := range []string{"afp", "other", "bbc"} {
		for _, r := range open(nil, s).PollAll(context.Background()) {
			if r.Err != nil {
				t.Fatal(r.Err)
			}
		}
	}
	if n, err := open(nil).SyncStories(); n != 0 || err != nil {
		t.Fatalf("without collapsing: %d, %v", n, err)
	}
	a := open(&StoryOptions{})
	if n, err := a.SyncStories(); n != 1 || err != nil {
		t.Fatalf("history filed: %d copies, %v; want 1", n, err)
	}
	story := func(link string) (string, string) {
		it, err := store.ItemByLink(link)
		if err != nil {
			t.Fatal(err)
		}
		return it.ID, it.StoryIn("nk")
	}
	afp, afpStory := story("https://afp.example/1")
	other, otherStory := story("https://other.example/4")
	if _, bbcStory := story("https://bbc.example/2"); afpStory != afp || bbcStory != afp || otherStory != other {
		t.Errorf("stories: afp %s, bbc %s, other %s; want afp's own for the first two", afpStory, bbcStory, otherStory)
	}
	if n, err := a.SyncStories(); n != 0 || err != nil {
		t.Errorf("a second sync: %d, %v; want nothing to do", n, err)
	}
	// The live index has the history: a later copy joins afp's story.
	publish("dw", dw)
	later := open(&StoryOptions{}, "dw")
	if _, err := later.SyncStories(); err != nil { // as serve does before polling: loads the stories
		t.Fatal(err)
	}
	for _, r := range later.PollAll(context.Background()) {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
	}
	if _, dwStory := story("https://dw.example/3"); dwStory != afp {
		t.Errorf("a copy polled after the sync joined %q, want %s", dwStory, afp)
	}
}

// wireCopies are the feeds of three outlets republishing one report, an
// hour or more apart, and of one outlet with another story.
func wireCopies(pub time.Time) map[string]string {
	return map[string]string{
		"afp": storyFeed("AFP", "https://afp.example/1", pub, "Azerbaijan launches offensive in Nagorno-Karabakh",
			"Azerbaijan said on Tuesday it had launched anti-terrorist measures in the region after six people were killed by mines."),
		"bbc": storyFeed("BBC", "https://bbc.example/2", pub.Add(2*time.Hour), "Azerbaijan launches military offensive in Nagorno-Karabakh",
			"BAKU (AP) — Azerbaijan said on Tuesday it had launched anti-terrorist measures in the region after six people were killed by mines."),
		"dw": storyFeed("DW", "https://dw.example/3", pub.Add(5*time.Hour), "Azerbaijan launches offensive in Nagorno-Karabakh - DW",
			"Azerbaijan said on Tuesday it had launched “anti-terrorist” measures in the region after six people were killed by mines."),
		"other": storyFeed("Other", "https://other.example/4", pub.Add(time.Hour), "Karabakh Armenians queue for bread in Stepanakert",
			"Long queues formed outside bakeries in Stepanakert as the blockade of the Lachin corridor entered its ninth month."),
	}
}

// TestSyncStoriesKeepsStoredStories turns collapsing on, off and on again
// with a stricter similarity: items keep the stories they have, and an
// item polled meanwhile joins the story of the stored copy it is like,
// not a story of that copy's own.
func TestSyncStoriesKeepsStoredStories(t *testing.T) {
	pub := time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)
	feeds := wireCopies(pub)
	// q is bbc's report again, from another outlet: a near-exact copy.
	feeds["q"] = storyFeed("Q", "https://q.example/9", pub.Add(3*time.Hour), "Azerbaijan launches military offensive in Nagorno-Karabakh",
		"BAKU (AP) — Azerbaijan said on Tuesday it had launched anti-terrorist measures in the region after six people were killed by mines.")
	store, url := serveStories(t, feeds)
	step := func(stories *StoryOptions, sources ...string) {
		t.Helper()
		a := newStoryAggregator(t, store, url, stories, sources...)
		if _, err := a.SyncStories(); err != nil {
			t.Fatal(err)
		}
		for _, r := range a.PollAll(context.Background()) {
			if r.Err != nil {
				t.Fatal(r.Err)
			}
		}
	}
	step(&StoryOptions{}, "afp")
	step(&StoryOptions{}, "bbc") // joins afp's story
	step(nil, "q")               // collapsing off: no story
	step(&StoryOptions{Threshold: 0.95})
	story := func(link string) string {
		it, err := store.ItemByLink(link)
		if err != nil {
			t.Fatal(err)
		}
		return it.StoryIn("nk")
	}
	afp := story("https://afp.example/1")
	if bbc, q := story("https://bbc.example/2"), story("https://q.example/9"); bbc != afp || q != afp {
		t.Errorf("stories: afp %s, bbc %s, q %s; want afp's for all", afp, bbc, q)
	}
}

// newStoryAggregator polls the given feeds of the server at url, one at a
// time, into topic nk, which takes items about Karabakh and collapses
// stories when stories is set.
func newStoryAggregator(t *testing.T, store *storage.Store, url string, stories *StoryOptions, sources ...string) *Aggregator {
	t.Helper()
	return newTopicsAggregator(t, store, url, []Topic{{ID: "nk", Any: []string{"Karabakh"}, Stories: stories}}, sources...)
}

// newTopicsAggregator is an aggregator of topics polling, one at a time,
// the feeds named sources at url.
func newTopicsAggregator(t *testing.T, store *storage.Store, url string, topics []Topic, sources ...string) *Aggregator {
	t.Helper()
	var srcs []Source
	for _, s := range sources {
		srcs = append(srcs, Source{Name: s, URL: url + "/" + s})
	}
	a, err := New(store, NewHTTPClient(5*time.Second, 1, loopback()), slog.New(slog.DiscardHandler), Options{Concurrency: 1, MaxBody: 1 << 20, Sources: srcs,
		Topics: topics})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestSyncStoriesAfterRuleChange: a change of keywords brings stored
// copies into a topic that collapses stories; SyncTopics files them into
// the topic, and SyncStories into one story.
func TestSyncStoriesAfterRuleChange(t *testing.T) {
	feeds := wireCopies(time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC))
	store, url := serveStories(t, feeds)
	sync := func(keyword string, sources ...string) *Aggregator {
		t.Helper()
		var srcs []Source
		for _, s := range sources {
			srcs = append(srcs, Source{Name: s, URL: url + "/" + s})
		}
		a, err := New(store, NewHTTPClient(5*time.Second, 1, loopback()), slog.New(slog.DiscardHandler), Options{Concurrency: 1, MaxBody: 1 << 20, Sources: srcs,
			Topics: []Topic{{ID: "nk", Any: []string{keyword}, Stories: &StoryOptions{}}}})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := a.SyncTopics(); err != nil {
			t.Fatal(err)
		}
		if _, err := a.SyncStories(); err != nil {
			t.Fatal(err)
		}
		return a
	}
	for _, s := range []string{"afp", "bbc"} {
		for _, r := range sync("Stepanakert", s).PollAll(context.Background()) { // neither is in the topic
			if r.Err != nil {
				t.Fatal(r.Err)
			}
		}
	}
	sync("Azerbaijan")
	afp, err := store.ItemByLink("https://afp.example/1")
	if err != nil {
		t.Fatal(err)
	}
	bbc, err := store.ItemByLink("https://bbc.example/2")
	if err != nil {
		t.Fatal(err)
	}
	if a, b := afp.StoryIn("nk"), bbc.StoryIn("nk"); a != afp.ID || b != afp.ID {
		t.Errorf("after the rule change: afp's story %q, bbc's %q; want %s for both", a, b, afp.ID)
	}
}

// serveStories serves feeds (not changed afterwards) on loopback and
// opens a store, both closed when the test ends.
func serveStories(t *testing.T, feeds map[string]string) (*storage.Store, string) {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, feeds[strings.TrimPrefix(r.URL.Path, "/")])
	}))
	t.Cleanup(srv.Close)
	store, err := storage.Open(storage.Options{Path: filepath.Join(t.TempDir(), "a.db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	return store, srv.URL
}

// TestExplainFollowUpThroughReprint: explain -with says why a follow-up
// the next day is no copy of the story's reprint it is alike with: the
// hours since the story's first item.
func TestExplainFollowUpThroughReprint(t *testing.T) {
	t0 := time.Date(2026, 7, 6, 6, 0, 0, 0, time.UTC)
	feeds := map[string]string{
		"wire": storyFeed("Wire", "https://wire.example/1", t0, "Ferry Loch Seil with 180 aboard runs aground off Mull near Craignure",
			"The Hebridean Isles ferry Loch Seil ran aground off Mull near Craignure on Monday with 180 passengers aboard; lifeboats took them ashore, the coastguard said."),
		"gazette": storyFeed("Gazette", "https://gazette.example/2", t0.Add(25*time.Hour), "Regional round-up",
			"The Hebridean Isles ferry Loch Seil, which ran aground off Mull near Craignure with 180 passengers aboard, was refloated; lifeboats had taken them ashore, the coastguard said."),
		"harbour": storyFeed("Harbour", "https://harbour.example/3", t0.Add(31*time.Hour), "Autopilot fault caused Mull ferry grounding, investigators say",
			"Investigators said an autopilot fault made the Hebridean Isles ferry Loch Seil veer onto rocks off Mull near Craignure; the operator withdrew a sister ship."),
	}
	// other ferry news of the days, which the words are weighed among
	var local strings.Builder
	for i, news := range []string{
		"Winter timetable for the Oban ferry to Lismore|The council published the winter timetable of the Lismore ferry from Oban.",
		"New electric ferry for the Cumbrae crossing|A battery-powered ferry will serve the Largs to Cumbrae crossing from spring.",
		"Islay ferry fares to rise in April|Fares on the Kennacraig to Islay ferry will rise by four percent in April.",
		"Ferry union ballots staff over pay|The union representing ferry crews in the Clyde opened a ballot over a pay offer.",
		"Skye bridge and ferry traffic at record high|Traffic to Skye by bridge and ferry reached a record in the summer.",
	} {
		title, summary, _ := strings.Cut(news, "|")
		local.WriteString(fmt.Sprintf("<item><title>%s</title><link>https://local.example/%d</link><guid>https://local.example/%d</guid><pubDate>%s</pubDate><description>%s</description></item>",
			title, i, i, t0.Add(time.Duration(5*i)*time.Hour).Format(time.RFC1123Z), summary))
	}
	feeds["local"] = `<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title><language>en</language>` + local.String() + `</channel></rss>`
	url, _ := serveFeeds(t, feeds)
	store := tempStore(t)
	topics := []Topic{{ID: "isles", Any: []string{"ferry"}, Stories: &StoryOptions{}}}
	pollEach(t, store, url, topics, "local", "wire", "gazette", "harbour") // in order of publication
	res := explainItems(t, store, topics, "isles", "", "https://gazette.example/2", "https://harbour.example/3")
	wire := res[0].Story.First.ID
	if s := res[0].Story; s == nil || s.With == nil || s.With.Link != "https://wire.example/1" {
		t.Fatalf("the reprint's story: %+v", s)
	}
	if s := res[1].Story; s == nil || s.First.ID == wire {
		t.Errorf("the follow-up joined the wire's story: %+v", s)
	}
	pair := explainItems(t, store, topics, "isles", "https://gazette.example/2", "https://harbour.example/3")
	if v := pair[0].Story.Verdict; v.Same || !strings.Contains(v.Reason, "a follow-up") || !strings.Contains(v.Reason, wire) {
		t.Errorf("the follow-up with the reprint: %+v", v)
	}
}

// serveFeeds serves feeds by name on loopback until the test ends, and
// returns its address and a function that publishes a feed anew.
func serveFeeds(t *testing.T, feeds map[string]string) (url string, publish func(name, feed string)) {
	t.Helper()
	var mu sync.Mutex
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		fmt.Fprint(w, feeds[strings.TrimPrefix(r.URL.Path, "/")])
	}))
	t.Cleanup(srv.Close)
	return srv.URL, func(name, feed string) {
		mu.Lock()
		defer mu.Unlock()
		feeds[name] = feed
	}
}

// pollEach polls each of the sources in turn, each with an aggregator of
// its own that loads the stories stored before it.
func pollEach(t *testing.T, store *storage.Store, url string, topics []Topic, sources ...string) {
	t.Helper()
	for _, s := range sources {
		a := newTopicsAggregator(t, store, url, topics, s)
		if _, err := a.SyncStories(); err != nil {
			t.Fatal(err)
		}
		for _, r := range a.PollAll(context.Background()) {
			if r.Err != nil {
				t.Fatal(r.Err)
			}
		}
	}
}

// explainItems explains the items of refs in topic, each with the item
// with when it is not "".
func explainItems(t *testing.T, store *storage.Store, topics []Topic, topic, with string, refs ...string) []ItemExplanation {
	t.Helper()
	in, err := NewInspector(store, topics)
	if err != nil {
		t.Fatal(err)
	}
	res, err := in.Explain(topic, refs, 0, with)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// tempStore is a store in a new file of the test's, closed when it ends.
func tempStore(t *testing.T) *storage.Store {
	t.Helper()
	store, err := storage.Open(storage.Options{Path: filepath.Join(t.TempDir(), "a.db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	return store
}
