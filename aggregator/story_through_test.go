package aggregator

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"html"
	"log/slog"
	"maps"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// The evaluation corpora polled as the daemon polls them: each outlet's
// items served as an RSS feed on loopback, growing stage by stage, and
// each stage one round of polls (PollAll, as `feedsieve poll` runs it)
// into a real database, whose polls finish in an order the server's
// random delays shuffle.

// corpusFeeds serves a corpus's items as feeds, one per source, in the
// language of its first item; an item in another language says so with
// its own dc:language, as a feed of several languages does. The feeds
// hold the items of the stages up to the one set.
type corpusFeeds struct {
	feeds map[string][]evalItem
	lang  map[string]string
	stage atomic.Int32
	mu    sync.Mutex
	rng   *rand.Rand // the delays before answering
}

func newCorpusFeeds(items []evalItem) *corpusFeeds {
	c := &corpusFeeds{feeds: map[string][]evalItem{}, lang: map[string]string{}}
	for _, it := range items {
		if _, ok := c.lang[it.Source]; !ok {
			c.lang[it.Source] = it.Lang
		}
		c.feeds[it.Source] = append(c.feeds[it.Source], it)
	}
	return c
}

func (c *corpusFeeds) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(r.URL.Path, "/")
	c.mu.Lock()
	delay := time.Duration(c.rng.IntN(20)) * time.Millisecond
	c.mu.Unlock()
	time.Sleep(delay)
	var b bytes.Buffer
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>%s</title><link>https://%s.example/</link><language>%s</language>`, html.EscapeString(name), html.EscapeString(name), c.lang[name])
	for _, it := range c.feeds[name] {
		if it.Stage > int(c.stage.Load()) {
			continue
		}
		var own string
		if it.Lang != c.lang[name] {
			own = "<dc:language>" + html.EscapeString(it.Lang) + "</dc:language>"
		}
		// the guid names the item: copies of one link are items of their own, as in the corpus
		fmt.Fprintf(&b, "<item><title>%s</title><link>%s</link><guid isPermaLink=\"false\">%s</guid><pubDate>%s</pubDate><description>%s</description>%s</item>\n",
			html.EscapeString(it.Title), html.EscapeString(it.Link), html.EscapeString(it.ID), it.Published.Format(time.RFC1123Z), html.EscapeString(it.Summary), own)
	}
	b.WriteString("</channel></rss>")
	w.Header().Set("Content-Type", "application/rss+xml")
	w.Write(b.Bytes())
}

func (c *corpusFeeds) sources(url string) []Source {
	var out []Source
	for name := range c.feeds {
		out = append(out, Source{Name: name, URL: url + "/" + name})
	}
	slices.SortFunc(out, func(a, b Source) int { return cmp.Compare(a.Name, b.Name) })
	return out
}

// pollCorpus polls the corpus's feeds in their three stages into a new
// database, the server's delays drawn from seed, and returns each
// item's story by corpus id. The clock of each stage is its newest item's
// time. Each stage is one PollAll, or with serve one turn of Run: the
// first as every source falls due at its start, the others as Refresh
// asks for every source.
func pollCorpus(t *testing.T, items []evalItem, seed uint64, serve bool) map[string]string {
	t.Helper()
	c := newCorpusFeeds(items)
	c.rng = rand.New(rand.NewPCG(seed, seed))
	srv := httptest.NewServer(c)
	defer srv.Close()
	store, err := storage.Open(storage.Options{Path: filepath.Join(t.TempDir(), "stories.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	sources := c.sources(srv.URL)
	c.rng.Shuffle(len(sources), func(i, j int) { sources[i], sources[j] = sources[j], sources[i] }) // polled in this order
	polled := make(chan PollResult, len(sources))
	a, err := New(store, NewHTTPClient(5*time.Second, 8, loopback()), slog.New(slog.DiscardHandler),
		Options{Concurrency: 8, MaxBody: 4 << 20, Interval: time.Hour, Sources: sources, Topics: []Topic{{ID: "t", Stories: &StoryOptions{}}},
			OnPolled: func(r PollResult) {
				if serve {
					polled <- r
				}
			}})
	if err != nil {
		t.Fatal(err)
	}
	var clock atomic.Int64
	a.now = func() time.Time { return time.Unix(0, clock.Load()).UTC() }
	ctx, stop := context.WithCancel(context.Background())
	running := make(chan struct{}) // closed once Run has returned, or at once without serve
	if !serve {
		close(running)
	}
	defer func() { stop(); <-running }()
	for stage := 1; stage <= 3; stage++ {
		var now time.Time
		for _, it := range items {
			if it.Stage <= stage && it.Published.After(now) {
				now = it.Published
			}
		}
		clock.Store(now.UnixNano())
		c.stage.Store(int32(stage))
		var results []PollResult
		switch {
		case !serve:
			results = a.PollAll(ctx)
		case stage == 1:
			go func() { a.Run(ctx); close(running) }()
			fallthrough
		default:
			if stage > 1 {
				if _, err := a.Refresh(nil); err != nil {
					t.Fatal(err)
				}
			}
			for range sources {
				select {
				case r := <-polled:
					results = append(results, r)
				case <-time.After(time.Minute):
					t.Fatalf("stage %d: %d of %d sources polled after a minute", stage, len(results), len(sources))
				}
			}
		}
		for _, r := range results {
			if r.Err != nil {
				t.Fatal(r.Err)
			}
		}
	}
	story, byLink := map[string]string{}, map[string]string{}
	err = store.ScanTopic("t", func(it *storage.Item) bool {
		story[it.GUID], byLink[it.NormLink] = it.StoryIn("t"), it.StoryIn("t")
		return true
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range items {
		if _, ok := story[it.ID]; !ok { // another delivery of its link was stored first
			s, ok := byLink[NormalizeLink(it.Link)]
			if !ok {
				t.Fatalf("%s: not stored in the topic", it.ID)
			}
			story[it.ID] = s
		}
	}
	return story
}

// groupedOtherwise reports the items that a and b, stories by item,
// group differently: those whose story holds other items in a than in b.
func groupedOtherwise(items []evalItem, a, b map[string]string) []string {
	members := func(stories map[string]string, id string) []string {
		var out []string
		for _, it := range items {
			if stories[it.ID] == stories[id] {
				out = append(out, it.ID)
			}
		}
		return out
	}
	var differ []string
	for _, it := range items {
		if !slices.Equal(members(a, it.ID), members(b, it.ID)) {
			differ = append(differ, it.ID)
		}
	}
	return differ
}

// TestStoryEvaluationThroughPolls polls four corpora through the
// daemon's path, ten times or three, the sources queued in another order
// and answering after other delays each time, so that the polls of a
// stage finish in another order: the stories are the same every time,
// ids and all, and group the items as the evaluation's filing does
// (fileEvalCorpus, which files each stage as one batch). Before a round
// of polls was filed as one batch, tuning11.json scored 0.856 in
// precision this way against 0.975 in the evaluation, and tuning17.json
// 0.717 against 0.865, and some orders gave other stories than others.
// tuning18.json is in the running example's languages, Armenian and
// Azerbaijani among them.
func TestStoryEvaluationThroughPolls(t *testing.T) {
	if testing.Short() {
		t.Skip("polls four corpora nineteen times")
	}
	for _, tc := range []struct {
		name   string
		orders uint64
	}{{"tuning.json", 10}, {"tuning11.json", 3}, {"tuning17.json", 3}, {"tuning18.json", 3}} {
		name := tc.name
		t.Run(name, func(t *testing.T) {
			items := loadEvalCorpus(t, name)
			want := fileEvalCorpus(items, 1)
			var first map[string]string
			for seed := uint64(1); seed <= tc.orders; seed++ {
				got := pollCorpus(t, items, seed, false)
				if seed == 1 {
					first = got
					t.Logf("%s through polls: %s", name, scoreEval(items, got))
					if d := groupedOtherwise(items, want, got); len(d) > 0 {
						t.Errorf("%d items grouped otherwise than by the evaluation's filing, such as %v", len(d), d[:min(len(d), 5)])
					}
					continue
				}
				if !maps.Equal(first, got) {
					t.Errorf("order %d: other stories than order 1 (%d items grouped otherwise)", seed, len(groupedOtherwise(items, first, got)))
				}
			}
		})
	}
}

// TestStoryEvaluationThroughServe polls a corpus as serve does (Run),
// three times, the sources queued in another order and answering after
// other delays each time: each stage's polls, due at once, are one
// round, and the stories are those of PollAll's rounds and of the
// evaluation's filing.
func TestStoryEvaluationThroughServe(t *testing.T) {
	if testing.Short() {
		t.Skip("polls a corpus three times")
	}
	items := loadEvalCorpus(t, "tuning11.json")
	want := fileEvalCorpus(items, 1)
	var first map[string]string
	for seed := uint64(1); seed <= 3; seed++ {
		got := pollCorpus(t, items, seed, true)
		if d := groupedOtherwise(items, want, got); len(d) > 0 {
			t.Errorf("order %d: %d items grouped otherwise than by the evaluation's filing, such as %v", seed, len(d), d[:min(len(d), 5)])
		}
		if first != nil && !maps.Equal(first, got) {
			t.Errorf("order %d: other stories than order 1", seed)
		}
		first = got
	}
}
