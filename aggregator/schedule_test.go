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
	"sync/atomic"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

var now0 = time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)

func TestFreshFor(t *testing.T) {
	tests := []struct {
		header http.Header
		want   time.Duration
	}{
		{http.Header{}, 0},
		{http.Header{"Cache-Control": {"public, max-age=3600"}}, time.Hour},
		{http.Header{"Cache-Control": {"max-age=\"60\", must-revalidate"}}, time.Minute},
		{http.Header{"Cache-Control": {"no-cache, max-age=3600"}}, 0},
		{http.Header{"Cache-Control": {"no-store"}}, 0},
		{http.Header{"Cache-Control": {"max-age=-5"}}, 0},
		{http.Header{"Cache-Control": {"max-age=99999999999999"}}, 10 * 365 * 24 * time.Hour},
		{http.Header{"Expires": {"Tue, 24 Nov 2026 14:00:00 GMT"}, "Date": {"Tue, 24 Nov 2026 13:00:00 GMT"}}, time.Hour},
		{http.Header{"Expires": {"Tue, 24 Nov 2026 14:00:00 GMT"}}, 2 * time.Hour},
		{http.Header{"Expires": {"0"}}, 0},
		{http.Header{"Expires": {"Tue, 24 Nov 2026 10:00:00 GMT"}}, 0},
		{http.Header{"Cache-Control": {"max-age=60"}, "Expires": {"Tue, 24 Nov 2026 14:00:00 GMT"}}, time.Minute},
	}
	for _, tt := range tests {
		if got := freshFor(tt.header, now0); got != tt.want {
			t.Errorf("freshFor(%v) = %v, want %v", tt.header, got, tt.want)
		}
	}
}

func TestRetryAfterAndTTL(t *testing.T) {
	for v, want := range map[string]time.Duration{
		"": 0, "120": 2 * time.Minute, "0": 0, "-3": 0, "soon": 0,
		"Tue, 24 Nov 2026 12:30:00 GMT": 30 * time.Minute, "Tue, 24 Nov 2026 11:00:00 GMT": 0,
	} {
		if got := retryAfter(http.Header{"Retry-After": {v}}, now0); got != want {
			t.Errorf("retryAfter(%q) = %v, want %v", v, got, want)
		}
	}
	for v, want := range map[string]time.Duration{"": 0, "60": time.Hour, " 15 ": 15 * time.Minute, "x": 0, "-1": 0} {
		if got := rssTTL(v); got != want {
			t.Errorf("rssTTL(%q) = %v, want %v", v, got, want)
		}
	}
}

func TestNextPoll(t *testing.T) {
	a := &Aggregator{opts: Options{Interval: 15 * time.Minute, MaxInterval: 24 * time.Hour, MaxBackoff: 6 * time.Hour}}
	src := Source{Name: "s"}
	tests := []struct {
		name           string
		failures       int
		status         int
		hint, retry    time.Duration
		atLeast, below time.Duration
	}{
		{"success: interval ±10%", 0, 200, 0, 0, 13*time.Minute + 30*time.Second, 16*time.Minute + 30*time.Second},
		{"short max-age changes nothing", 0, 200, time.Minute, 0, 13*time.Minute + 30*time.Second, 16*time.Minute + 30*time.Second},
		{"max-age longer than the interval", 0, 304, 2 * time.Hour, 0, 2 * time.Hour, 2*time.Hour + 1},
		{"max-age capped", 0, 200, 10 * 24 * time.Hour, 0, 24 * time.Hour, 24*time.Hour + 1},
		{"429 Retry-After", 1, 429, 0, 2 * time.Minute, 2 * time.Minute, 2*time.Minute + 1},
		{"503 Retry-After capped", 3, 503, 0, 48 * time.Hour, 24 * time.Hour, 24*time.Hour + 1},
		{"429 without Retry-After backs off", 1, 429, 0, 0, 13*time.Minute + 30*time.Second, 16*time.Minute + 30*time.Second},
		{"second failure", 2, 500, 0, 0, 27 * time.Minute, 33 * time.Minute},
		{"fourth failure", 4, 0, 0, 0, 108 * time.Minute, 132 * time.Minute},
		{"backoff capped", 12, 500, 0, 0, 324 * time.Minute, 396 * time.Minute},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for range 20 { // jitter is random: every draw must be in range
				got := a.nextPoll(src, tt.failures, tt.status, tt.hint, tt.retry, now0).Sub(now0)
				if got < tt.atLeast || got >= tt.below {
					t.Fatalf("next poll in %v, want [%v, %v)", got, tt.atLeast, tt.below)
				}
			}
		})
	}
	if got := backoff(12*time.Hour, 3, 6*time.Hour); got != 12*time.Hour {
		t.Errorf("backoff below the interval: %v", got)
	}
}

// redirectServer serves an RSS feed at /feed and redirects, fails or
// vanishes at the other paths.
func redirectServer(t *testing.T) *httptest.Server {
	body := fixture(t, "rss2-en.xml")
	mux := http.NewServeMux()
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "max-age=7200")
		w.Write(body)
	})
	mux.Handle("/moved", http.RedirectHandler("/feed", http.StatusMovedPermanently))
	mux.Handle("/moved-twice", http.RedirectHandler("/moved", http.StatusPermanentRedirect))
	mux.Handle("/temporary", http.RedirectHandler("/feed", http.StatusFound))
	mux.Handle("/mixed", http.RedirectHandler("/temporary", http.StatusMovedPermanently))
	mux.Handle("/loop-a", http.RedirectHandler("/loop-b", http.StatusMovedPermanently))
	mux.Handle("/loop-b", http.RedirectHandler("/loop-a", http.StatusMovedPermanently))
	mux.HandleFunc("/far/{n}", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscan(r.PathValue("n"), &n)
		http.Redirect(w, r, fmt.Sprintf("/far/%d", n+1), http.StatusMovedPermanently)
	})
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "gone", http.StatusGone) })
	mux.HandleFunc("/busy", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "120")
		http.Error(w, "slow down", http.StatusTooManyRequests)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestPollRedirectsGoneAndRetryAfter(t *testing.T) {
	srv := redirectServer(t)
	tests := []struct {
		path    string
		movedTo string // "" for none
		gone    bool
		err     string // in the error, "" for success
		next    time.Duration
	}{
		{"/feed", "", false, "", 2 * time.Hour},
		{"/moved", "/feed", false, "", 2 * time.Hour},
		{"/moved-twice", "/feed", false, "", 2 * time.Hour},
		{"/temporary", "", false, "", 2 * time.Hour},
		{"/mixed", "", false, "", 2 * time.Hour},
		{"/loop-a", "", false, "redirect loop at " + srv.URL + "/loop-a", time.Minute},
		{"/far/0", "", false, "more than 5 redirects", time.Minute},
		{"/gone", "", true, "HTTP 410 Gone", time.Minute},
		{"/busy", "", false, "HTTP 429 Too Many Requests (retry after 2m0s)", 2 * time.Minute},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			src := Source{Name: "s", URL: srv.URL + tt.path}
			a, store := newTestAggregator(t, []Source{src}, 1<<20)
			a.opts.Interval = time.Minute
			res := a.Poll(context.Background(), src)
			if tt.err == "" && res.Err != nil || tt.err != "" && (res.Err == nil || !strings.Contains(res.Err.Error(), tt.err)) {
				t.Fatalf("error %v, want %q", res.Err, tt.err)
			}
			want := ""
			if tt.movedTo != "" {
				want = srv.URL + tt.movedTo
			}
			st, _ := store.SourceState("s")
			if res.MovedTo != want || st.MovedTo != want || res.Gone != tt.gone || st.Gone != tt.gone {
				t.Errorf("moved to %q (stored %q), gone %v (stored %v); want %q, %v", res.MovedTo, st.MovedTo, res.Gone, st.Gone, want, tt.gone)
			}
			if wait := st.NextPoll.Sub(st.LastAttempt); wait < tt.next*9/10 || wait > tt.next*11/10 {
				t.Errorf("next poll in %v, want about %v", wait, tt.next)
			}
		})
	}
}

// countingServer serves the RSS fixture and counts requests per path.
type countingServer struct {
	*httptest.Server
	mu   sync.Mutex
	hits map[string]int
}

func newCountingServer(t *testing.T) *countingServer {
	body := fixture(t, "rss2-en.xml")
	c := &countingServer{hits: map[string]int{}}
	c.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c.mu.Lock()
		c.hits[r.URL.Path]++
		c.mu.Unlock()
		w.Write(body)
	}))
	t.Cleanup(c.Close)
	return c
}

func (c *countingServer) count(path string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hits[path]
}

// TestRunPollsOnlyWhatIsDue shows that a restart does not re-poll a source
// whose next poll is ahead, polls a new source, one whose URL changed and
// one that was failing (its backoff is not waited out, unless the server
// asked with 429 or 503), and leaves a gone source alone.
func TestRunPollsOnlyWhatIsDue(t *testing.T) {
	srv := newCountingServer(t)
	later := time.Now().Add(time.Hour)
	store := storeWithStates(t, map[string]storage.SourceState{
		"not-due":     {URL: srv.URL + "/not-due", NextPoll: later},
		"was-due":     {URL: srv.URL + "/was-due", NextPoll: time.Now().Add(-time.Minute)},
		"url-changed": {URL: srv.URL + "/old-url", NextPoll: later},
		"gone":        {URL: srv.URL + "/gone", Gone: true},
		"was-failing": {URL: srv.URL + "/was-failing", NextPoll: later, Failures: 3},
		"asked-wait":  {URL: srv.URL + "/asked-wait", NextPoll: later, Failures: 1, Status: 429},
	})
	var sources []Source
	for _, name := range []string{"not-due", "was-due", "url-changed", "gone", "new", "was-failing", "asked-wait"} {
		sources = append(sources, Source{Name: name, URL: srv.URL + "/" + name})
	}
	a, err := New(store, http.DefaultClient, slog.New(slog.DiscardHandler), Options{
		Interval: 2 * time.Second, Concurrency: 4, MaxBody: 1 << 20, Sources: sources,
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 1500*time.Millisecond)
	defer cancel()
	a.Run(ctx)
	for path, want := range map[string]int{"/not-due": 0, "/was-due": 1, "/url-changed": 1, "/gone": 0, "/new": 1, "/was-failing": 1, "/asked-wait": 0} {
		if got := srv.count(path); got != want {
			t.Errorf("%s polled %d times, want %d", path, got, want)
		}
	}
	st, _ := store.SourceState("url-changed")
	if st.URL != srv.URL+"/url-changed" || !st.NextPoll.After(time.Now()) {
		t.Errorf("state after a URL change: %+v", st)
	}
}

// TestPerHostLimit polls 6 feeds of one host and 2 of another with
// per_host 2 and concurrency 8: never more than 2 requests in flight to a
// host, and both hosts at once.
func TestPerHostLimit(t *testing.T) {
	body := fixture(t, "rss2-en.xml")
	load := newHostLoad()
	var total, peakTotal atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host := load.enter(r)
		n := total.Add(1)
		for p := peakTotal.Load(); n > p && !peakTotal.CompareAndSwap(p, n); p = peakTotal.Load() {
		}
		time.Sleep(150 * time.Millisecond)
		total.Add(-1)
		load.leave(host)
		w.Write(body)
	}))
	defer srv.Close()
	port := srv.URL[strings.LastIndex(srv.URL, ":"):]
	var sources []Source
	for i := range 6 {
		sources = append(sources, Source{Name: fmt.Sprintf("a%d", i), URL: fmt.Sprintf("http://127.0.0.1%s/%d", port, i)})
	}
	for i := range 2 {
		sources = append(sources, Source{Name: fmt.Sprintf("b%d", i), URL: fmt.Sprintf("http://localhost%s/%d", port, i)})
	}
	a, _ := newTestAggregator(t, sources, 1<<20)
	a.limits = newLimits(8, 2, sources)
	for _, r := range a.PollAll(context.Background()) {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
	}
	_, peakA := load.now("127.0.0.1")
	_, peakB := load.now("localhost")
	if peakA != 2 || peakB != 2 || peakTotal.Load() < 3 {
		t.Errorf("peak in flight: %d and %d, total %d; want 2 per host and more than 2 in all", peakA, peakB, peakTotal.Load())
	}
}

func TestHostKey(t *testing.T) {
	for in, want := range map[string]string{
		"https://feeds.bbci.co.uk/news/rss.xml": "bbci.co.uk",
		"https://www.bbc.co.uk/x":               "bbc.co.uk",
		"https://news.example.com/a":            "example.com",
		"http://127.0.0.1:8080/feed":            "127.0.0.1",
		"http://[::1]:8080/feed":                "::1",
		"http://localhost/feed":                 "localhost",
		"https://user.github.io/feed.xml":       "user.github.io",
	} {
		if got := hostKey(in); got != want {
			t.Errorf("hostKey(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestRefresh: Refresh polls the named sources at once, whatever their
// next turn, and forgets their failures; others wait their turn, gone
// sources are not polled, unknown names are an error.
func TestRefresh(t *testing.T) {
	srv := newCountingServer(t)
	later := time.Now().Add(time.Hour)
	states := map[string]storage.SourceState{
		"backing-off": {Failures: 4, LastAttempt: time.Now()},
		"waiting":     {},
		"gone":        {Gone: true},
	}
	var sources []Source
	for name, st := range states {
		st.URL, st.NextPoll = srv.URL+"/"+name, later
		states[name] = st
		sources = append(sources, Source{Name: name, URL: st.URL})
	}
	store := storeWithStates(t, states)
	a, err := New(store, http.DefaultClient, slog.New(slog.DiscardHandler), Options{Interval: time.Hour, Concurrency: 4, MaxBody: 1 << 20, Sources: sources})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { a.Run(ctx); close(done) }()
	// Restarted failing sources are polled at once: wait for that first.
	waitUntil(t, func() bool { return srv.count("/backing-off") == 1 })
	if _, err := a.Refresh([]string{"waiting", "nope", "other"}); err == nil || err.Error() != "unknown source: nope, other" {
		t.Errorf("Refresh of unknown sources: %v", err)
	}
	res, err := a.Refresh(nil)
	if err != nil || strings.Join(res.Gone, ",") != "gone" || len(res.Polling) != 2 {
		t.Fatalf("Refresh of every source: %+v, %v", res, err)
	}
	waitUntil(t, func() bool { return srv.count("/backing-off") == 2 && srv.count("/waiting") == 1 })
	cancel()
	<-done
	if n := srv.count("/gone"); n != 0 {
		t.Errorf("the gone source was polled %d times", n)
	}
	if st, _ := store.SourceState("backing-off"); st.Failures != 0 || !st.NextPoll.After(time.Now().Add(30*time.Minute)) {
		t.Errorf("state after the refresh: %+v", st)
	}
}

// waitUntil polls cond for up to 10 s.
func waitUntil(t *testing.T, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); !cond(); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("timed out")
		}
	}
}

// storeWithStates opens a database holding the given source states.
func storeWithStates(t *testing.T, states map[string]storage.SourceState) *storage.Store {
	t.Helper()
	store, err := storage.Open(storage.Options{Path: filepath.Join(t.TempDir(), "r.db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	for name, st := range states {
		if err := store.PutSourceState(name, &st); err != nil {
			t.Fatal(err)
		}
	}
	return store
}
