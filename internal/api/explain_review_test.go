package api

// Faults a review of explain found (the session of 2026-12-06): each
// test failed before its mend, and its comment tells the fault.

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/internal/config"
	"github.com/feedsieve/feedsieve/storage"
)

// storyHandler is the API over a database holding feeds polled (each
// source in turn) from a loopback server: topic nk collapses stories,
// topic plain does not; both take items about Karabakh.
func storyHandler(t *testing.T, feeds map[string]string, order ...string) (*Handler, *storage.Store) {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, feeds[strings.TrimPrefix(r.URL.Path, "/")])
	}))
	t.Cleanup(srv.Close)
	store, err := storage.Open(storage.Options{Path: filepath.Join(t.TempDir(), "api.db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	var yaml strings.Builder
	yaml.WriteString("server: {base_url: \"https://feeds.example\"}\nsources:\n")
	for _, s := range order {
		fmt.Fprintf(&yaml, "  - {name: %s, url: \"%s/%s\"}\n", s, srv.URL, s)
	}
	yaml.WriteString("topics:\n  - {id: nk, title: NK, any: [Karabakh], collapse: stories}\n  - {id: plain, title: Plain, any: [Karabakh]}\n")
	cfg, err := config.Parse("api.yaml", "test", []byte(yaml.String()))
	if err != nil {
		t.Fatal(err)
	}
	allow := []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8"), netip.MustParsePrefix("::1/128")}
	for _, s := range cfg.Aggregator.Sources {
		a, err := aggregator.New(store, aggregator.NewHTTPClient(5*time.Second, 1, allow), slog.New(slog.DiscardHandler),
			aggregator.Options{Concurrency: 1, MaxBody: 1 << 20, Sources: []aggregator.Source{s}, Topics: cfg.Aggregator.Topics})
		if err != nil {
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
	in, err := aggregator.NewInspector(store, cfg.Aggregator.Topics)
	if err != nil {
		t.Fatal(err)
	}
	return New(Deps{Store: store, Config: cfg, Inspect: in}, slog.New(slog.DiscardHandler)), store
}

func rssItems(outlet string, items ...[4]string) string { // link, published, title, summary
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0"?><rss version="2.0"><channel><title>%s</title><language>en</language>`, outlet)
	for i, it := range items {
		fmt.Fprintf(&b, "<item><title>%s</title><link>%s</link><guid>%s#%d</guid><pubDate>%s</pubDate><description>%s</description></item>", it[2], it[0], it[0], i, it[1], it[3])
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

var pub = time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)

func wireFeeds() map[string]string {
	at := func(h int) string { return pub.Add(time.Duration(h) * time.Hour).Format(time.RFC1123Z) }
	return map[string]string{
		"afp": rssItems("AFP", [4]string{"https://afp.example/1", at(0), "Azerbaijan launches offensive in Nagorno-Karabakh",
			"Azerbaijan said on Tuesday it had launched anti-terrorist measures in the region after six people were killed by mines."}),
		"bbc": rssItems("BBC", [4]string{"https://bbc.example/2", at(2), "Azerbaijan launches military offensive in Nagorno-Karabakh",
			"BAKU (AP) — Azerbaijan said on Tuesday it had launched anti-terrorist measures in the region after six people were killed by mines."}),
		// a page's link: two notes of one page, told apart by their GUIDs
		"page": rssItems("Page",
			[4]string{"https://page.example/live", at(3), "Karabakh live: refugees reach Goris", "Refugees from Karabakh reached Goris on Wednesday."},
			[4]string{"https://page.example/live", at(4), "Karabakh live: fuel depot blast near Stepanakert", "A blast at a fuel depot near Stepanakert killed dozens."}),
	}
}

func get(t *testing.T, h http.Handler, path string) (int, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	body, _ := io.ReadAll(rec.Result().Body)
	return rec.Code, string(body)
}

// TestExplainReviewExplainBadInput: the explain API's answers to requests it
// cannot answer as asked.
func TestExplainReviewExplainBadInput(t *testing.T) {
	h, store := storyHandler(t, wireFeeds(), "afp", "bbc", "page")
	q := url.QueryEscape
	res, err := store.Query(context.Background(), storage.ItemQuery{Limit: 10, Match: func(it *storage.Item) bool { return it.Link == "https://page.example/live" }})
	if err != nil || len(res) != 2 {
		t.Fatalf("setup: %d items stored with the page's link, %v; want 2", len(res), err)
	}
	for _, tt := range []struct {
		name, path string
		status     int
		want       []string // in the error
	}{
		// with= where it means nothing is silently dropped
		{"with in a topic that does not collapse stories", "/api/topics/plain/explain?item=" + q("https://bbc.example/2") + "&with=" + q("https://afp.example/1"),
			400, []string{"plain", "stories"}},
		// an item compared with itself is "one story" with itself
		{"the same item twice", "/api/topics/nk/explain?item=" + q("https://bbc.example/2") + "&with=" + q("https://bbc.example/2"),
			400, []string{"https://bbc.example/2"}},
		// the error does not say that it is the with= item that is missing
		{"unknown with", "/api/topics/nk/explain?item=" + q("https://bbc.example/2") + "&with=" + q("https://afp.example/9"),
			404, []string{"with", "https://afp.example/9"}},
		{"bad with", "/api/topics/nk/explain?item=" + q("https://bbc.example/2") + "&with=zzz",
			400, []string{"with", "zzz"}},
		// each item's story is explained from its window: n is bounded too
		{"n over the bound in a topic that collapses stories", "/api/topics/nk/explain?n=101", 400, []string{"101", "100"}},
		// two items are stored with this link (a live page's notes): the
		// error says why none is found by it, and to give an id
		{"a link several items have", "/api/topics/nk/explain?item=" + q("https://page.example/live"),
			404, []string{"https://page.example/live", "page's", "id"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			status, body := get(t, h, tt.path)
			var e struct{ Error string }
			json.Unmarshal([]byte(body), &e)
			ok := status == tt.status && e.Error != ""
			for _, w := range tt.want {
				msg := e.Error
				if w == "with" { // naming the parameter, not "item with link"
					msg = strings.ReplaceAll(msg, "item with link", "")
				}
				ok = ok && strings.Contains(msg, w)
			}
			if !ok {
				if len(body) > 300 {
					body = body[:300] + "…"
				}
				t.Errorf("GET %s: %d %s\nwant %d, an error naming %q", tt.path, status, body, tt.status, tt.want)
			}
		})
	}
}

// TestExplainReviewExplainIgnoresCancel: the explain handler neither takes the
// request's context nor a deadline (dry runs and listings do): a request
// whose client is gone still explains all its n items, each rescanning
// the story window. Its allocations should fall to almost nothing; they
// are those of the full request.
func TestExplainReviewExplainIgnoresCancel(t *testing.T) {
	const k = 200
	var first, copies [][4]string
	for i := range k / 2 {
		title := fmt.Sprintf("Karabakh report %d on village W%dx number %d", i, i, i*7+3)
		summary := fmt.Sprintf("Item w%dy of the series about Q%dz in Karabakh.", i, i)
		first = append(first, [4]string{fmt.Sprintf("https://many.example/%d", i), pub.Add(time.Duration(i) * time.Minute).Format(time.RFC1123Z), title, summary})
		copies = append(copies, [4]string{fmt.Sprintf("https://copy.example/%d", i), pub.Add(time.Duration(i)*time.Minute + 10*time.Second).Format(time.RFC1123Z), title, summary})
	}
	h, _ := storyHandler(t, map[string]string{"many": rssItems("Many", first...), "copy": rssItems("Copy", copies...)}, "many", "copy")
	path := fmt.Sprintf("/api/topics/nk/explain?n=%d", aggregator.MaxExplainItems)
	serve := func(ctx context.Context) int {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil).WithContext(ctx))
		return rec.Code
	}
	if code := serve(context.Background()); code != 200 {
		t.Fatalf("setup: %d", code)
	}
	full := testing.AllocsPerRun(2, func() { serve(context.Background()) })
	gone, cancel := context.WithCancel(context.Background())
	cancel()
	canceled := testing.AllocsPerRun(2, func() { serve(gone) })
	t.Logf("allocations: %.0f for the request, %.0f for it with its client gone", full, canceled)
	if canceled > full/10 {
		t.Errorf("a request whose client is gone still does the work of a full one (%.0f allocations of %.0f): explain takes no context, and no deadline bounds it", canceled, full)
	}
}
