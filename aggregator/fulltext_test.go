package aggregator

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// articleFarm is a news site on loopback: a summary-only feed of its
// newest items, each linking to an article page (testdata/fulltext)
// whose body mentions Nagorno-Karabakh in its third paragraph for even
// items only, while every page's menu, sidebar and footer mention
// Karabakh. /news/broken fails, and robots.txt keeps feedsieve out of
// /private/.
type articleFarm struct {
	srv   *httptest.Server
	items atomic.Int32 // items in the feed, the newest first
	extra []string     // more article paths in the feed
	mu    sync.Mutex
	hits  map[string]int
	pages map[string]string // article pages by item number
}

func newArticleFarm(t testing.TB, items int, extra ...string) *articleFarm {
	t.Helper()
	page, err := os.ReadFile(filepath.Join("testdata", "fulltext", "article.html"))
	if err != nil {
		t.Fatal(err)
	}
	f := &articleFarm{extra: extra, hits: map[string]int{}, pages: map[string]string{}}
	f.items.Store(int32(items))
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		f.hits[r.URL.Path]++
		f.mu.Unlock()
		switch p := r.URL.Path; {
		case p == "/feed":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, f.feed())
		case p == "/robots.txt":
			fmt.Fprint(w, "# robots\nUser-agent: GPTBot\nDisallow: /\n\nUser-agent: *\nDisallow: /private/\nAllow: /news/\n")
		case p == "/news/broken":
			http.Error(w, "oops", http.StatusInternalServerError)
		case strings.HasPrefix(p, "/news/"):
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			body := f.page(string(page), strings.TrimPrefix(p, "/news/"))
			w.Header().Set("Content-Length", strconv.Itoa(len(body)))
			io.WriteString(w, body)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(f.srv.Close)
	return f
}

// page is the article page of item n, rendered once: a site serves its
// articles from a cache, and the benchmark measures feedsieve, not the
// farm's templating.
func (f *articleFarm) page(template, n string) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	if page, ok := f.pages[n]; ok {
		return page
	}
	body := "The future of the border commission was raised by both sides, as was the fate of the prisoners."
	if n[len(n)-1]%2 == 0 {
		body = "The status of Nagorno-Karabakh, and of the people who left it in 2023, was raised by both sides."
	}
	page := strings.NewReplacer("{{TITLE}}", "Talks resume in Geneva, day "+n, "{{SUMMARY}}", "Delegations met again on day "+n+".", "{{BODY}}", body).Replace(template)
	f.pages[n] = page
	return page
}

func (f *articleFarm) feed() string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Caucasus Daily</title><link>` + f.srv.URL + `/</link>`)
	paths := f.extra
	for i := int(f.items.Load()) - 1; i >= 0; i-- {
		paths = append(paths, fmt.Sprintf("/news/%d", i))
	}
	for _, p := range paths {
		fmt.Fprintf(&b, `<item><title>Talks resume %s</title><link>%s%s</link><guid>%s</guid><description>Delegations met again.</description></item>`, p, f.srv.URL, p, p)
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

func (f *articleFarm) hitsOf(path string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.hits[path]
}

func topicTitles(t *testing.T, store *storage.Store) map[string]bool {
	t.Helper()
	items, err := store.Newest("nk", 100)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, it := range items {
		out[it.Title] = true
	}
	return out
}

// TestFullTextMatch: a summary-only feed whose articles mention the
// keyword only in their body lands in the topic with full text, matched
// in the field article, and not without it; the menus and sidebars that
// mention it on every page do not count; each article is fetched once; a
// failing page and one robots.txt forbids are counted and their items
// kept.
func TestFullTextMatch(t *testing.T) {
	farm := newArticleFarm(t, 4, "/news/broken", "/private/1")
	full := Source{Name: "full", URL: farm.srv.URL + "/feed", FullText: FullTextMatch}
	a, store := newTestAggregator(t, []Source{full}, 1<<20)
	r := a.Poll(context.Background(), full)
	if r.Err != nil || r.New != 6 || r.Articles.Fetched != 4 || r.Articles.Failed != 2 {
		t.Fatalf("first poll: %+v", r)
	}
	if !strings.Contains(r.Articles.Err.Error(), "/news/broken: HTTP 500") {
		t.Errorf("first article error: %v", r.Articles.Err)
	}
	if st, err := store.SourceState("full"); err != nil || st.ArticlesFetched != 4 || st.ArticleFailures != 2 {
		t.Errorf("the source's state counts %d articles fetched, %d failed (%v); want 4 and 2", st.ArticlesFetched, st.ArticleFailures, err)
	}
	want := map[string]bool{"Talks resume /news/0": true, "Talks resume /news/2": true}
	if got := topicTitles(t, store); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("topic holds %v, want %v", got, want)
	}
	if n := farm.hitsOf("/private/1"); n != 0 {
		t.Errorf("the page robots.txt forbids was fetched %d times", n)
	}
	it, err := store.ItemByLink(NormalizeLink(farm.srv.URL + "/news/2"))
	if err != nil {
		t.Fatal(err)
	}
	m, _ := NewMatcher([]Topic{{ID: "nk", Any: []string{"Karabakh*"}}})
	if e, _ := m.Explain(it, "nk"); e.Reason != `any keyword "Karabakh*" found in article` {
		t.Errorf("explain: %s", e.Reason)
	}
	if strings.Contains(it.Article, "Most read") || strings.Contains(it.Article, "All rights reserved") {
		t.Errorf("the article kept the page's sidebar or footer:\n%s", it.Article)
	}

	farm.items.Store(5) // one new item: only its article is fetched
	r = a.Poll(context.Background(), full)
	if r.Err != nil || r.New != 1 || r.Articles.Fetched != 1 || r.Articles.Failed != 0 {
		t.Fatalf("second poll: %+v", r)
	}
	if st, _ := store.SourceState("full"); st.ArticlesFetched != 1 || st.ArticleFailures != 0 {
		t.Errorf("after the second poll the state counts %d fetched, %d failed; want 1 and 0", st.ArticlesFetched, st.ArticleFailures)
	}
	for _, p := range []string{"/news/0", "/news/3", "/news/4", "/news/broken", "/robots.txt"} {
		if n := farm.hitsOf(p); n != 1 {
			t.Errorf("%s fetched %d times, want once", p, n)
		}
	}

	plain := Source{Name: "plain", URL: farm.srv.URL + "/feed"}
	b, plainStore := newTestAggregator(t, []Source{plain}, 1<<20)
	if r := b.Poll(context.Background(), plain); r.Err != nil || r.New != 7 || r.Articles.Fetched+r.Articles.Failed != 0 {
		t.Fatalf("poll without full text: %+v", r)
	}
	if got := topicTitles(t, plainStore); len(got) != 0 {
		t.Errorf("without full text the topic holds %v", got)
	}
}

func TestRobots(t *testing.T) {
	text := "User-agent: *\nDisallow: /private/\nDisallow: /*.pdf$\nAllow: /private/open\n\nUser-agent: Googlebot\nDisallow: /\n"
	rules := parseRobots(text, robotsAgent)
	for path, want := range map[string]bool{
		"/news/1": true, "/private/x": false, "/private/open/1": true, "/doc.pdf": false, "/doc.pdf?x=1": true, "/": true,
	} {
		if got := robotsAllow(rules, path); got != want {
			t.Errorf("%s: allowed %v, want %v", path, got, want)
		}
	}
	own := parseRobots("User-agent: *\nDisallow: /\n\nUser-agent: FeedSieve\nDisallow:\n", robotsAgent)
	if !robotsAllow(own, "/news/1") {
		t.Error("a group for feedsieve that allows everything is not used")
	}
}

// TestFullTextOnlyWhenItCounts: with full_text: match, no article is
// fetched when no topic that takes the source searches the article.
func TestFullTextOnlyWhenItCounts(t *testing.T) {
	farm := newArticleFarm(t, 2)
	src := Source{Name: "full", URL: farm.srv.URL + "/feed", FullText: FullTextMatch}
	store, err := storage.Open(storage.Options{Path: filepath.Join(t.TempDir(), "a.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	a, err := New(store, NewHTTPClient(5*time.Second, 4, loopback()), slog.New(slog.DiscardHandler), Options{Concurrency: 4, MaxBody: 1 << 20, Sources: []Source{src},
		Topics: []Topic{{ID: "titles", Any: []string{"Karabakh"}, Fields: []string{"title"}}, {ID: "other", Any: []string{"Karabakh"}, Sources: []string{"another"}}}})
	if err != nil {
		t.Fatal(err)
	}
	if r := a.Poll(context.Background(), src); r.Err != nil || r.New != 2 || r.Articles != (ArticleStats{}) || farm.hitsOf("/news/0") != 0 {
		t.Fatalf("poll: %+v, /news/0 asked %d times", r, farm.hitsOf("/news/0"))
	}
}

// TestFullTextStoppedPoll: a poll stopped (shutdown, reload) while it
// fetches articles stores nothing, so that the next poll fetches them
// rather than storing the items without their articles for good.
func TestFullTextStoppedPoll(t *testing.T) {
	asked := make(chan struct{}, 10)
	unblock := make(chan struct{})
	page := `<html><body><article><p>` + strings.Repeat("Nagorno-Karabakh talks went on through the night. ", 20) + `</p></article></body></html>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed":
			fmt.Fprint(w, rssFeed(`<item><title>Talks</title><link>`+"http://"+r.Host+`/a</link></item>`))
		case "/a":
			asked <- struct{}{}
			<-unblock
			fmt.Fprint(w, page)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	src := Source{Name: "full", URL: srv.URL + "/feed", FullText: FullTextMatch}
	a, store := newTestAggregator(t, []Source{src}, 1<<20)
	ctx, cancel := context.WithCancel(context.Background())
	go func() { <-asked; cancel() }()
	if r := a.Poll(ctx, src); !r.Cancelled || r.New != 0 {
		t.Fatalf("stopped poll: %+v", r)
	}
	if n := countItems(t, store, "full"); n != 0 {
		t.Fatalf("%d items stored by the stopped poll", n)
	}
	close(unblock) // the stopped poll's request, and the next one, get the page
	if r := a.Poll(context.Background(), src); r.Err != nil || r.New != 1 || r.Articles.Fetched != 1 {
		t.Fatalf("next poll: %+v", r)
	}
	if got := topicTitles(t, store); !got["Talks"] {
		t.Errorf("the item is not filed by its article: %v", got)
	}
}

// TestFullTextCredentialsAndDialGuard: an article on the feed's own
// server gets the source's headers and credentials, one on another host
// gets neither, and one on a network poll.allow_networks does not allow is
// never asked.
func TestFullTextCredentialsAndDialGuard(t *testing.T) {
	article := `<html><body><article><p>` + strings.Repeat("Nagorno-Karabakh talks went on through the night. ", 20) + `</p></article></body></html>`
	var leaked atomic.Int32
	other, _ := listen(t, "127.0.0.2:0", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, _, ok := r.BasicAuth(); ok || r.Header.Get("X-Api-Key") != "" {
			leaked.Add(1)
		}
		fmt.Fprint(w, article)
	}))
	refused, refusedHits := listen(t, "127.0.0.3:0", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, article) }))
	var srv *httptest.Server
	srv, _ = listen(t, "127.0.0.1:0", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if user, _, _ := r.BasicAuth(); user != "alice" || r.Header.Get("X-Api-Key") != "K3Y" {
			http.Error(w, "who are you", http.StatusUnauthorized)
			return
		}
		if r.URL.Path == "/feed" {
			fmt.Fprint(w, rssFeed(`<item><title>Own</title><link>`+srv.URL+`/own</link></item><item><title>Other</title><link>`+other.URL+`/b</link></item><item><title>Refused</title><link>`+refused.URL+`/c</link></item>`))
			return
		}
		fmt.Fprint(w, article)
	}))
	src := Source{Name: "s", URL: srv.URL + "/feed", Username: "alice", Password: "pa55", Headers: map[string]string{"X-Api-Key": "K3Y"}, FullText: FullTextMatch}
	store, err := storage.Open(storage.Options{Path: filepath.Join(t.TempDir(), "a.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	a, err := New(store, NewHTTPClient(5*time.Second, 4, prefixes("127.0.0.1/32", "127.0.0.2/32")), slog.New(slog.DiscardHandler), Options{
		Concurrency: 4, MaxBody: 1 << 20, Sources: []Source{src}, Topics: []Topic{{ID: "nk", Any: []string{"Karabakh*"}}}})
	if err != nil {
		t.Fatal(err)
	}
	r := a.Poll(context.Background(), src)
	if r.Err != nil || r.New != 3 || r.Articles.Fetched != 2 || r.Articles.Failed != 1 || !strings.Contains(r.Articles.Err.Error(), "refused") {
		t.Fatalf("poll: %+v", r)
	}
	if leaked.Load() != 0 || refusedHits.Load() != 0 {
		t.Errorf("the other host got the credentials %d times; the refused one was asked %d times", leaked.Load(), refusedHits.Load())
	}
	if got := topicTitles(t, store); !got["Own"] || !got["Other"] || got["Refused"] {
		t.Errorf("topic: %v", got)
	}
}

// FuzzExtractArticle: no page makes extraction fail other than with an
// error, and what it keeps is bounded.
func FuzzExtractArticle(f *testing.F) {
	page, err := os.ReadFile(filepath.Join("testdata", "fulltext", "article.html"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(page), "text/html; charset=utf-8")
	f.Add("<html><body><article><p>"+strings.Repeat("Karabakh ", 200)+"</p></article></body></html>", "text/html; charset=windows-1251")
	f.Add("<table><tr><td><div><p>x</td></div></table><svg><p>", "")
	f.Fuzz(func(t *testing.T, body, ctype string) {
		text, err := extractArticle(&Response{Body: []byte(body), ContentType: ctype, URL: "https://news.example/a"})
		if err == nil && len(text) > maxArticleBytes {
			t.Errorf("kept %d bytes", len(text))
		}
	})
}

// TestFullTextItemsWithoutLinks: an item without a web link has no page
// to fetch, and is not counted as a failure.
func TestFullTextItemsWithoutLinks(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, rssFeed(`<item><title>No link</title><guid isPermaLink="false">1</guid></item><item><title>Mail</title><link>mailto:desk@news.example</link></item>`))
	}))
	defer srv.Close()
	src := Source{Name: "s", URL: srv.URL + "/feed", FullText: FullTextMatch}
	a, _ := newTestAggregator(t, []Source{src}, 1<<20)
	if r := a.Poll(context.Background(), src); r.Err != nil || r.New != 2 || r.Articles != (ArticleStats{}) {
		t.Fatalf("poll: %+v", r)
	}
}

// TestFullTextOneExtractionPerCore: the workers fetch pages in parallel,
// but extract at most one per core at once.
func TestFullTextOneExtractionPerCore(t *testing.T) {
	cores := runtime.GOMAXPROCS(0)
	if cores >= 4 {
		t.Skipf("%d cores: the test's 4 workers never need to wait", cores)
	}
	farm := newArticleFarm(t, 12)
	src := Source{Name: "full", URL: farm.srv.URL + "/feed", FullText: FullTextMatch}
	a, _ := newTestAggregator(t, []Source{src}, 1<<20)
	var running, most atomic.Int32
	a.articles.extract = func(resp *Response) (string, error) {
		n := running.Add(1)
		defer running.Add(-1)
		for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
		}
		time.Sleep(2 * time.Millisecond)
		return extractArticle(resp)
	}
	if r := a.Poll(context.Background(), src); r.Err != nil || r.Articles.Fetched != 12 {
		t.Fatalf("poll: %+v", r)
	}
	if m := most.Load(); m > int32(cores) || m == 0 {
		t.Errorf("%d extractions at once on %d cores", m, cores)
	}
}
