package aggregator

// Faults reviews of hostile feeds' cost and of the session's own mends
// found (the session of 2026-12-06): tests that failed before their
// mends.

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// hostileFeed is an RSS feed of n items about Karabakh, each with its own
// guid, link and words; poll is written in a comment so that each poll's
// body differs (a feed's lastBuildDate does as much).
func hostileFeed(n, poll int, pub time.Time) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0"?><rss version="2.0"><channel><title>H</title><language>en</language><!-- poll %d -->`, poll)
	for i := range n {
		fmt.Fprintf(&b, `<item><title>Karabakh zq%dx convoy wr%dy reaches pass</title><link>https://h.example/%d</link><guid>g%d</guid><pubDate>%s</pubDate><description>Karabakh report kv%dz of the day.</description></item>`,
			i, i, i, i, pub.Format(time.RFC1123Z), i)
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

// A source over its storage quota sends the same 100 items at every
// poll. They are filed into the story index before Commit finds the
// source full; they must leave it, or every poll enters all of them
// again, and their words are counted again and again.
func TestOverQuotaItemsLeaveTheIndex(t *testing.T) {
	const items, polls, quota = 100, 60, 10
	pub := time.Now().UTC().Add(-time.Hour).Truncate(time.Second)
	var poll atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, hostileFeed(items, int(poll.Load()), pub))
	}))
	t.Cleanup(srv.Close)
	store, err := storage.Open(storage.Options{Path: filepath.Join(t.TempDir(), "a.db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	store.SetSourceQuota(quota)
	a := newStoryAggregator(t, store, srv.URL, &StoryOptions{}, "h")
	if _, err := a.SyncStories(); err != nil {
		t.Fatal(err)
	}
	x := a.stories.index
	live := func() (n int) {
		for i := range x.entries {
			if !x.entries[i].gone {
				n++
			}
		}
		return n
	}
	var words int
	for p := range polls {
		poll.Store(int64(p))
		for _, r := range a.PollAll(t.Context()) {
			if r.Err != nil {
				t.Fatal(r.Err)
			}
			if p > 0 && (r.New != 0 || r.OverQuota != items-quota) {
				t.Fatalf("poll %d: new %d, over quota %d", p, r.New, r.OverQuota)
			}
		}
		x.refreshStats(time.Time{})
		if p == 1 {
			words = len(x.stats.df)
		}
		if n := live(); n != quota {
			t.Fatalf("after poll %d: %d entries in stories, want the %d stored", p+1, n, quota)
		}
	}
	if len(x.stats.df) != words {
		t.Errorf("%d words counted after %d polls, %d after the second: the unstored items' words are counted again", len(x.stats.df), polls, words)
	}
	if n := x.size(); n >= minCompact+items {
		t.Errorf("the index holds %d entries after %d polls: those of unstored items are never dropped", n, polls)
	}
}

// letters writes j in letters a-p, so that its words hold no number.
func letters(j int) string {
	syl := []string{"ba", "de", "fi", "go", "hu", "ka", "le", "mo", "nu", "pa", "re", "si", "to", "vu", "wa", "ze"}
	var b strings.Builder
	for range 3 {
		b.WriteString(syl[j%16])
		j /= 16
	}
	return b.String()
}

// bridgeChain is a batch of one feed: m+1 items s_0 … s_m, each its own
// news in its own words, then m items b_{m-1} … b_0, b_j a copy of s_j's
// words under s_{j+1}'s link (a rewrite that links the next report, or a
// feed that reuses links). Each b_j is one story with s_j (its words) and
// s_{j+1} (its link), and bridges their stories; filed in that order, the
// bridges link the stories b_{m-1} first, so that each union hangs the
// chain built so far under an earlier story. bridged false gives b_j a
// link of its own: the same batch without bridges.
func bridgeChain(m int, bridged bool) []storage.Item {
	t0 := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	text := func(j int) (string, string) {
		l := letters(j)
		return fmt.Sprintf("%sk %st %sx", l, l, l), fmt.Sprintf("The %sk %st %sx quelled %sp.", l, l, l, l)
	}
	var out []storage.Item
	for j := 0; j <= m; j++ {
		title, sum := text(j)
		at := t0.Add(time.Duration(j) * time.Second)
		out = append(out, storage.Item{ID: fmt.Sprintf("s%05d", j), Title: title, Summary: sum, NormLink: fmt.Sprintf("https://h.example/s/%d", j),
			Language: "en", Published: at, FirstSeen: at, Sources: []string{"h"}})
	}
	for j := m - 1; j >= 0; j-- {
		title, sum := text(j)
		link := fmt.Sprintf("https://h.example/s/%d", j+1)
		if !bridged {
			link = fmt.Sprintf("https://h.example/b/%d", j)
		}
		at := t0.Add(time.Hour + time.Duration(m-j)*time.Second)
		out = append(out, storage.Item{ID: fmt.Sprintf("b%05d", j), Title: title, Summary: sum, NormLink: link,
			Language: "en", Published: at, FirstSeen: at, Sources: []string{"h"}})
	}
	return out
}

// fileChain files items as one batch into a topic that collapses
// stories.
func fileChain(items []storage.Item) ([]*storage.Item, *storyFiler) {
	batch := make([]*storage.Item, len(items))
	for i := range items {
		it := items[i]
		it.Topics = []storage.Match{{Topic: "t"}}
		batch[i] = &it
	}
	f := newStoryFiler([]Topic{{ID: "t", Stories: &StoryOptions{}}})
	f.fileAll(batch, time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC))
	return batch, f
}

// The chain's batch is one story: every bridge merges.
func TestBridgeChainMerges(t *testing.T) {
	batch, _ := fileChain(bridgeChain(50, true))
	stories := map[string]int{}
	for _, it := range batch {
		stories[it.Topics[0].Story]++
	}
	if len(stories) != 1 {
		t.Errorf("the chain of 50 bridges is %d stories, want 1", len(stories))
	}
	batch, _ = fileChain(bridgeChain(50, false))
	stories = map[string]int{}
	for _, it := range batch {
		stories[it.Topics[0].Story]++
	}
	if len(stories) != 51 {
		t.Errorf("the same items without bridges are %d stories, want 51", len(stories))
	}
}

// BenchmarkBridgeChain files one batch of 2m+1 items whose bridges
// chain their stories (bridged) or not (plain), at m = 1,000 (a round of
// two feeds of 1,000 items) and 4,000 (eight such feeds): µs an item.
func BenchmarkBridgeChain(b *testing.B) {
	for _, bridged := range []bool{false, true} {
		for _, m := range []int{1000, 4000} {
			name := fmt.Sprintf("plain/m=%d", m)
			if bridged {
				name = fmt.Sprintf("bridged/m=%d", m)
			}
			b.Run(name, func(b *testing.B) {
				items := bridgeChain(m, bridged)
				for b.Loop() {
					fileChain(items)
				}
				b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(items)), "µs/item")
			})
		}
	}
}

// Merging a batch's stories that a chain of bridges joins walks each
// link of the union about once, not once per item: the links the finds
// of mergeBatch walk grow with the batch, not its square.
func TestBridgeChainMergesInLinearSteps(t *testing.T) {
	steps := func(m int) int {
		items := bridgeChain(m, true)
		batch := make([]*storage.Item, len(items))
		for i := range items {
			it := items[i]
			it.Topics = []storage.Match{{Topic: "t"}}
			batch[i] = &it
		}
		f := newStoryFiler([]Topic{{ID: "t", Stories: &StoryOptions{}}})
		todo := f.todos(batch)
		sortBatch(todo)
		x := f.index
		u := &storyUnion{parent: map[string]string{}, rank: map[string]int{}}
		filed := make([][]storyFiling, len(todo))
		for i, td := range todo {
			filed[i] = x.addTo(nil, td.id, td.print, td.topics, time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC))
			if filed[i][0].Story == td.id {
				u.rank[td.id] = i
			}
		}
		for _, fs := range filed {
			for _, fl := range fs {
				for _, o := range fl.Others {
					u.union(fl.Story, o)
				}
			}
		}
		n := 0 // the links each of mergeBatch's finds walks, as it comes
		for _, fs := range filed {
			for _, fl := range fs {
				for s := fl.Story; ; n++ {
					p, ok := u.parent[s]
					if !ok || p == s {
						break
					}
					s = p
				}
				u.find(fl.Story)
			}
		}
		return n
	}
	a, b := steps(250), steps(1000)
	t.Logf("links walked by the finds: %d for 501 items, %d for 2001 (×%.1f)", a, b, float64(b)/float64(a))
	if b > 8*2001 {
		t.Errorf("merging a batch of 2001 items walks %d union links (%d for 501): grows with the square of the batch", b, a)
	}
}

// In a topic that prefers afp and dw, a round files bbc's report (first),
// afp's copy, which takes the lead, and dw's copy, filed after it, which
// does not (the story is decided). afp's copy is over its quota and not
// stored: ingest gives its lead back and the story waits again. README:
// "gives its lead back, and the story waits on as if it had not come";
// had it not come, dw's preferred copy would have led. But dw's copy
// stays a mere member, and when the wait ends bbc's non-preferred first
// item leads.
func TestReleasedLeadIsAPreferredCopyFiledMeanwhile(t *testing.T) {
	store, early := overQuotaRound(t, []string{"afp", "dw"}, "bbc", "afp", "dw")
	if want := []string{"https://dw.example/3"}; fmt.Sprint(early) != fmt.Sprint(want) {
		t.Errorf("within the wait, the lead is %v, want %v: dw's copy would have led had afp's not come", early, want)
	}
	dw, err := store.ItemByLink("https://dw.example/3")
	if err != nil {
		t.Fatal(err)
	}
	if m, _ := dw.MatchIn("nk"); m.Story == dw.ID {
		t.Fatalf("setup: dw's copy is a story of its own:%s", describe(t, store))
	}
	leads := leadLinks(t, store)
	if want := []string{"https://dw.example/3"}; fmt.Sprint(leads) != fmt.Sprint(want) {
		t.Errorf("the lead is %v, want dw's preferred copy %v, as if afp's unstored copy had not come; items:%s", leads, want, describe(t, store))
	}
}

// A story whose items are marked waiting but that has no stored lead (its
// lead was pruned, or left the topic) is in the feed once its items
// arrived more than story_window ago (feeds.storyEntry; README "One
// story, one entry"). explain still says it waits: "not in the feed yet".
func TestExplainWaitsNotPastTheWindow(t *testing.T) {
	store := tempStore(t)
	topics := []Topic{{ID: "nk", Any: []string{"Karabakh"}, Stories: &StoryOptions{Prefer: []string{"afp"}, PreferWait: 30 * time.Minute}}}
	arrived := time.Now().UTC().Add(-72 * time.Hour)
	put := func(source, link string, story string) string {
		it := storage.Item{Title: "Azerbaijan launches offensive in Nagorno-Karabakh", Summary: "Karabakh.", Link: link, NormLink: link, Published: arrived}
		classify := func(stored *storage.Item) []storage.Match {
			s := story
			if s == "" {
				s = stored.ID
			}
			return []storage.Match{{Topic: "nk", Story: s, Waits: true}}
		}
		if _, err := store.Apply(storage.Batch{Source: source, Now: arrived, Entries: []storage.Entry{{Key: link, Item: it}}}, classify); err != nil {
			t.Fatal(err)
		}
		got, err := store.ItemByLink(link)
		if err != nil {
			t.Fatal(err)
		}
		return got.ID
	}
	first := put("bbc", "https://bbc.example/2", "")
	put("dw", "https://dw.example/3", first)
	res := explainItems(t, store, topics, "nk", "", "https://dw.example/3")
	if s := res[0].Story; s == nil || s.Waits {
		t.Errorf("explain says the story waits for its lead (not in the feed yet: %+v), but its items arrived %s ago, more than story_window: the feed shows it", s, 72*time.Hour)
	}
}

// explain names, as the copy an item joined a story by, no copy that
// arrived a round's wait after it, though published before it: a copy
// polled later was not there when the item was filed.
func TestExplainNamesNoCopyFiledLater(t *testing.T) {
	pub := time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)
	feeds := wireCopies(pub)
	// q: bbc's report again, from another outlet, published before bbc's
	// but polled a minute after it
	feeds["q"] = storyFeed("Q", "https://q.example/9", pub.Add(time.Hour), "Azerbaijan launches military offensive in Nagorno-Karabakh",
		"BAKU (AP) — Azerbaijan said on Tuesday it had launched anti-terrorist measures in the region after six people were killed by mines.")
	url, _ := serveFeeds(t, feeds)
	store := tempStore(t)
	topics := []Topic{{ID: "nk", Any: []string{"Karabakh"}, Stories: &StoryOptions{}}}
	start := time.Now().UTC()
	for i, s := range []string{"afp", "bbc", "q"} {
		a := newTopicsAggregator(t, store, url, topics, s)
		at := start.Add(time.Duration(i) * time.Minute)
		a.now = func() time.Time { return at }
		if _, err := a.SyncStories(); err != nil {
			t.Fatal(err)
		}
		pollAll(t, a)
	}
	afp, _ := store.ItemByLink("https://afp.example/1")
	bbc, _ := store.ItemByLink("https://bbc.example/2")
	q, _ := store.ItemByLink("https://q.example/9")
	if bbc.StoryIn("nk") != afp.ID || q.StoryIn("nk") != afp.ID || !q.FirstSeen.After(bbc.FirstSeen.Add(roundWait)) {
		t.Fatalf("setup: stories bbc %s q %s (afp %s)", bbc.StoryIn("nk"), q.StoryIn("nk"), afp.ID)
	}
	s := explainItems(t, store, topics, "nk", "", "https://bbc.example/2")[0].Story
	if s.With == nil || s.With.ID != afp.ID {
		t.Errorf("bbc's copy is said to join the story by %+v, which arrived after it; want %s, the only copy filed before it", s.With, afp.Link)
	}
}
