package aggregator

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

func newTestAggregator(t testing.TB, srcs []Source, maxBody int64) (*Aggregator, *storage.Store) {
	t.Helper()
	store, err := storage.Open(storage.Options{Path: filepath.Join(t.TempDir(), "a.db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	a, err := New(store, NewHTTPClient(5*time.Second, 4, loopback()), slog.New(slog.DiscardHandler), Options{
		Concurrency: 4, MaxBody: maxBody, UserAgent: "feedsieve-test", Sources: srcs,
		Topics: []Topic{{ID: "nk", Any: []string{"Karabakh*", "Карабах*"}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return a, store
}

func TestPollConditionalGetAndUpdate(t *testing.T) {
	var body atomic.Value
	body.Store(string(fixture(t, "rss2-en.xml")))
	var conditional atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("User-Agent") != "feedsieve-test" {
			t.Errorf("user agent %q", r.Header.Get("User-Agent"))
		}
		b := body.Load().(string)
		etag := `"` + strings.Repeat("x", len(b)%7+1) + `"`
		if r.Header.Get("If-None-Match") != "" {
			conditional.Add(1)
		}
		w.Header().Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		io.WriteString(w, b)
	}))
	defer srv.Close()
	src := Source{Name: "en", URL: srv.URL + "/feed"}
	a, store := newTestAggregator(t, []Source{src}, 1<<20)

	r := a.Poll(context.Background(), src)
	if r.Err != nil || r.New != 5 {
		t.Fatalf("first poll: %+v", r)
	}
	r = a.Poll(context.Background(), src)
	if r.Err != nil || !r.NotModified || conditional.Load() != 1 {
		t.Fatalf("second poll should be a 304: %+v", r)
	}
	// An edit at the source updates the item and files it into the topic.
	body.Store(strings.Replace(body.Load().(string), "Rain expected over London", "Rain expected over Karabakh", 1))
	r = a.Poll(context.Background(), src)
	if r.Err != nil || r.New != 0 || r.Updated != 1 {
		t.Fatalf("poll after edit: %+v", r)
	}
	items, _ := store.Newest("nk", 10)
	var titles []string
	for _, it := range items {
		titles = append(titles, it.Title)
	}
	if !strings.Contains(strings.Join(titles, "|"), "Rain expected over Karabakh") {
		t.Errorf("edited item not in topic: %v", titles)
	}
	// The relative link was resolved against the response URL.
	var all []*storage.Item
	store.Scan(func(it *storage.Item) bool { all = append(all, it); return true })
	if !strings.Contains(strings.Join(linksOf(all), " "), srv.URL+"/en/3") {
		t.Errorf("relative link not resolved: %v", linksOf(all))
	}
	st, _ := store.SourceState("en")
	if st.Failures != 0 || st.Status != 304 && st.Status != 200 || st.ETag == "" {
		t.Errorf("source state: %+v", st)
	}
}

func linksOf(items []*storage.Item) []string {
	var out []string
	for _, it := range items {
		out = append(out, it.Link)
	}
	return out
}

func TestPollFailuresKeepItems(t *testing.T) {
	feed := fixture(t, "rss2-en.xml")
	var mode atomic.Value
	mode.Store("ok")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch mode.Load().(string) {
		case "ok":
			w.Write(feed)
		case "500":
			http.Error(w, "boom", 500)
		case "html":
			io.WriteString(w, "<html><body>maintenance</body></html>")
		case "huge":
			w.Header().Set("Content-Encoding", "gzip")
			gz := gzip.NewWriter(w)
			gz.Write(bytes.Repeat([]byte(" "), 4<<20)) // a small gzip bomb: 4 MiB of spaces
			gz.Close()
		case "truncated": // cut off before the first item is complete
			w.Write(feed[:bytes.Index(feed, []byte("</item>"))])
		}
	}))
	defer srv.Close()
	src := Source{Name: "s", URL: srv.URL}
	a, store := newTestAggregator(t, []Source{src}, 1<<20)
	if r := a.Poll(context.Background(), src); r.Err != nil {
		t.Fatal(r.Err)
	}
	for _, tt := range []struct{ mode, want string }{
		{"500", "HTTP 500 Internal Server Error"},
		{"html", "got an HTML page, not a feed"},
		{"huge", "response body exceeds max_body"},
		{"truncated", "parse RSS"},
	} {
		mode.Store(tt.mode)
		r := a.Poll(context.Background(), src)
		if r.Err == nil || !strings.Contains(r.Err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.mode, r.Err, tt.want)
		}
		if n, _ := store.Count(); n != 5 {
			t.Errorf("%s: %d items stored, want the 5 from before", tt.mode, n)
		}
	}
	st, _ := store.SourceState("s")
	if st.Failures != 4 || !strings.Contains(st.Error, "parse RSS") {
		t.Errorf("state after failures: %+v", st)
	}
	mode.Store("ok")
	if r := a.Poll(context.Background(), src); r.Err != nil {
		t.Fatal(r.Err)
	}
	if st, _ = store.SourceState("s"); st.Failures != 0 || st.Error != "" {
		t.Errorf("state after recovery: %+v", st)
	}
}

func TestPollRefusedConnection(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL
	srv.Close()
	src := Source{Name: "down", URL: url}
	a, _ := newTestAggregator(t, []Source{src}, 1<<20)
	r := a.Poll(context.Background(), src)
	if r.Err == nil || !strings.Contains(r.Err.Error(), "connection refused") {
		t.Fatalf("got %v", r.Err)
	}
	var se *StatusError
	if errors.As(r.Err, &se) {
		t.Error("a refused connection is not an HTTP status")
	}
	// Its log line has no status, rather than status=0.
	var logs bytes.Buffer
	a.log = slog.New(slog.NewTextHandler(&logs, nil))
	a.Poll(context.Background(), src)
	if line := logs.String(); !strings.Contains(line, `msg="poll failed" source=down duration=`) || strings.Contains(line, "status=") {
		t.Errorf("log of a refused poll: %s", line)
	}
}

// TestPruneReportsChange checks that expiring items re-renders feeds: the
// pruned items' topics are unknown, so every topic is reported.
func TestPruneReportsChange(t *testing.T) {
	store, err := storage.Open(storage.Options{Path: filepath.Join(t.TempDir(), "p.db"), Retention: 24 * time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	var reported [][]string
	a, err := New(store, http.DefaultClient, slog.New(slog.DiscardHandler), Options{
		Topics:   []Topic{{ID: "nk", Any: []string{"Karabakh"}}, {ID: "all"}},
		OnChange: func(topics []string) { reported = append(reported, topics) },
	})
	if err != nil {
		t.Fatal(err)
	}
	old := time.Now().UTC().Add(-72 * time.Hour)
	if _, err := store.Apply(storage.Batch{Source: "s", Now: old, Entries: []storage.Entry{
		{Key: "k", Item: storage.Item{Title: "Karabakh", Published: old}},
	}}, a.matcher.Classify); err != nil {
		t.Fatal(err)
	}
	a.prune()
	if len(reported) != 1 || strings.Join(reported[0], ",") != "nk,all" {
		t.Fatalf("after pruning one item, changes reported: %q", reported)
	}
	a.prune()
	if len(reported) != 1 {
		t.Fatalf("a prune that removed nothing reported a change: %q", reported)
	}
}

// TestFailedWriteKeepsValidators: when a poll's items cannot be stored,
// the source's state must keep the old ETag, or the next poll would get a
// 304 for items that were never stored. (An empty topic id, which bbolt
// refuses as a bucket name, makes the items' write fail while the state's
// own write succeeds.)
func TestFailedWriteKeepsValidators(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"v2"`)
		if r.Header.Get("If-None-Match") == `"v2"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Write(fixture(t, "rss2-en.xml"))
	}))
	defer srv.Close()
	src := Source{Name: "en", URL: srv.URL + "/feed"}
	store, err := storage.Open(storage.Options{Path: filepath.Join(t.TempDir(), "a.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	a, err := New(store, NewHTTPClient(5*time.Second, 1, loopback()), slog.New(slog.DiscardHandler), Options{
		Sources: []Source{src}, MaxBody: 1 << 20,
		Topics: []Topic{{ID: ""}}, // no keywords: every item, under a topic bbolt cannot make a bucket for
	})
	if err != nil {
		t.Fatal(err)
	}
	if res := a.Poll(context.Background(), src); res.Err == nil {
		t.Fatal("the poll stored items under an impossible topic")
	}
	st, err := store.SourceState("en")
	if err != nil {
		t.Fatal(err)
	}
	if st.ETag != "" || st.Failures != 1 {
		t.Errorf("after a failed write the state has ETag %q and %d failures; want no ETag and 1 failure", st.ETag, st.Failures)
	}
	if res := a.Poll(context.Background(), src); res.NotModified {
		t.Error("the next poll was a 304: its items would never be stored")
	}
}

// TestPollSameBodyIsNotParsed: a server answering 200 with the same bytes
// and no validators costs no parse and no write; the feed's ttl still
// holds; other bytes are parsed as ever.
func TestPollSameBodyIsNotParsed(t *testing.T) {
	var body atomic.Value
	body.Store(`<rss version="2.0"><channel><title>t</title><ttl>90</ttl><item><title>Karabakh</title><guid>1</guid></item></channel></rss>`)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, body.Load().(string))
	}))
	defer srv.Close()
	src := Source{Name: "same", URL: srv.URL}
	a, store := newTestAggregator(t, []Source{src}, 1<<20)
	first := a.Poll(context.Background(), src)
	if first.Err != nil || first.New != 1 || first.NotModified {
		t.Fatalf("first poll: %+v", first)
	}
	again := a.Poll(context.Background(), src)
	if again.Err != nil || !again.NotModified || again.Status != 200 || again.Items != 0 || again.Result != (storage.Result{}) {
		t.Errorf("the same bytes again: %+v", again)
	}
	if wait := time.Until(again.NextPoll); wait < 80*time.Minute {
		t.Errorf("next poll in %s after the same bytes, want the feed's ttl of 90m", wait)
	}
	body.Store(`<rss version="2.0"><channel><title>t</title><item><title>Karabakh</title><guid>1</guid></item><item><title>Karabakh 2</title><guid>2</guid></item></channel></rss>`)
	if changed := a.Poll(context.Background(), src); changed.Err != nil || changed.NotModified || changed.New != 1 {
		t.Errorf("other bytes: %+v", changed)
	}
	if n, _ := store.Count(); n != 2 {
		t.Errorf("%d items stored, want 2", n)
	}
}
