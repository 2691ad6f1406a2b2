package aggregator

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// testGrace stands in for MinRateGrace, so that the tests need not wait
// five seconds; their request timeout is 5 s.
const testGrace = 200 * time.Millisecond

func newRateAggregator(t *testing.T, srcs []Source, minRate int64, concurrency int) (*Aggregator, *storage.Store) {
	t.Helper()
	store, err := storage.Open(storage.Options{Path: filepath.Join(t.TempDir(), "a.db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	a, err := New(store, NewHTTPClient(5*time.Second, concurrency, loopback()), slog.New(slog.DiscardHandler), Options{
		Concurrency: concurrency, PerHost: len(srcs), MaxBody: 1 << 20, MinRate: minRate, Sources: srcs,
	})
	if err != nil {
		t.Fatal(err)
	}
	a.fetcher.grace = testGrace
	return a, store
}

// pace writes body in pieces of n bytes, every gap, until it is all out
// or the client hangs up.
func pace(w http.ResponseWriter, r *http.Request, body []byte, n int, gap time.Duration) {
	for len(body) > 0 {
		k := min(n, len(body))
		w.Write(body[:k])
		w.(http.Flusher).Flush()
		body = body[k:]
		select {
		case <-time.After(gap):
		case <-r.Context().Done():
			return
		}
	}
}

// stall waits until the client hangs up, or 10 s.
func stall(r *http.Request) {
	select {
	case <-time.After(10 * time.Second):
	case <-r.Context().Done():
	}
}

func TestMinRate(t *testing.T) {
	feed := fixture(t, "rss2-en.xml")
	slowMessage := regexp.MustCompile(`read body: response arrived at \d+ B/s, under poll.min_rate 1024 B/s`)
	for _, tt := range []struct {
		name    string
		minRate int64
		serve   http.HandlerFunc
		tls     bool   // served over HTTP/2
		cut     bool   // abandoned as too slow
		err     string // else the error, "" for a poll that stores the feed
	}{
		{name: "trickle", minRate: 1024, cut: true, serve: func(w http.ResponseWriter, r *http.Request) {
			pace(w, r, feed, 1, 100*time.Millisecond)
		}},
		// HTTP/2 reports a cancelled request as such, not with its cause.
		{name: "trickle over HTTP/2", minRate: 1024, tls: true, cut: true, serve: func(w http.ResponseWriter, r *http.Request) {
			if r.ProtoMajor != 2 {
				http.Error(w, "not HTTP/2", http.StatusBadRequest)
				return
			}
			pace(w, r, feed, 1, 100*time.Millisecond)
		}},
		{name: "silence", minRate: 1024, cut: true, serve: func(w http.ResponseWriter, r *http.Request) {
			w.Write(feed[:100])
			w.(http.Flusher).Flush()
			stall(r)
		}},
		// 400 bytes are enough for the first check; the one after, when
		// the average would fall under 1024 B/s, cuts it.
		{name: "burst, then silence", minRate: 1024, cut: true, serve: func(w http.ResponseWriter, r *http.Request) {
			w.Write(feed[:400])
			w.(http.Flusher).Flush()
			stall(r)
		}},
		{name: "error page trickling", minRate: 1024, err: "HTTP 500 Internal Server Error", serve: func(w http.ResponseWriter, r *http.Request) {
			w.WriteHeader(http.StatusInternalServerError)
			pace(w, r, make([]byte, 1000), 1, 100*time.Millisecond)
		}},
		{name: "fast", minRate: 1024, serve: func(w http.ResponseWriter, r *http.Request) { w.Write(feed) }},
		// About 4 KB/s for half a second: longer than the grace, faster
		// than the minimum.
		{name: "steady, longer than the grace", minRate: 1024, serve: func(w http.ResponseWriter, r *http.Request) {
			pace(w, r, feed, 200, 50*time.Millisecond)
		}},
		{name: "no minimum", minRate: 0, serve: func(w http.ResponseWriter, r *http.Request) {
			w.Write(feed[:100])
			w.(http.Flusher).Flush()
			time.Sleep(3 * testGrace)
			w.Write(feed[100:])
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewUnstartedServer(tt.serve)
			if tt.tls {
				srv.EnableHTTP2 = true
				srv.StartTLS()
			} else {
				srv.Start()
			}
			defer srv.Close()
			src := Source{Name: "s", URL: srv.URL}
			a, store := newRateAggregator(t, []Source{src}, tt.minRate, 1)
			if tt.tls {
				a.fetcher.client.Transport.(*http.Transport).TLSClientConfig = srv.Client().Transport.(*http.Transport).TLSClientConfig
			}
			start := time.Now()
			res := a.Poll(context.Background(), src)
			took := time.Since(start)
			n, _ := store.Count()
			var slow *SlowError
			switch {
			case tt.cut:
				if !errors.As(res.Err, &slow) || slow.MinRate != 1024 || !slowMessage.MatchString(res.Err.Error()) {
					t.Fatalf("error %v, want the response cut as too slow", res.Err)
				}
				if took > 1500*time.Millisecond {
					t.Errorf("cut after %s, want well before the 5 s timeout", took)
				}
			case tt.err != "":
				if res.Err == nil || res.Err.Error() != "poll s: "+tt.err || took > 1500*time.Millisecond {
					t.Errorf("error %v after %s, want %q well before the 5 s timeout", res.Err, took, tt.err)
				}
			case res.Err != nil || n != 5:
				t.Errorf("error %v, %d items stored; want the feed's 5", res.Err, n)
			}
		})
	}
}

// TestMinRateFreesSlots: with two poll slots both held by sources that
// trickle, a healthy source waits only as long as the trickles take to be
// cut, not for the request timeout.
func TestMinRateFreesSlots(t *testing.T) {
	feed := fixture(t, "rss2-en.xml")
	started := make(chan struct{}, 2)
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		started <- struct{}{}
		pace(w, r, feed, 1, 100*time.Millisecond)
	}))
	defer slow.Close()
	healthy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write(feed) }))
	defer healthy.Close()
	srcs := []Source{{Name: "slow1", URL: slow.URL + "/1"}, {Name: "slow2", URL: slow.URL + "/2"}, {Name: "healthy", URL: healthy.URL}}
	a, _ := newRateAggregator(t, srcs, 1024, 2)
	ctx := context.Background()
	pollInSlot := func(i int) PollResult { // as Run's workers do
		release, _ := a.limits.acquire(ctx, i)
		return a.pollSlot(ctx, srcs[i], release)
	}
	done := make(chan PollResult, 2)
	for i := range 2 {
		go func() { done <- pollInSlot(i) }()
	}
	for range 2 {
		select {
		case <-started:
		case <-time.After(5 * time.Second):
			t.Fatal("the trickling sources were not polled")
		}
	}
	start := time.Now()
	res := pollInSlot(2)
	if took := time.Since(start); res.Err != nil || res.New != 5 || took > 1500*time.Millisecond {
		t.Errorf("healthy source: error %v, %d new items, after %s; want its 5 items well before the 5 s timeout", res.Err, res.New, took)
	}
	for range 2 {
		if r := <-done; !errors.As(r.Err, new(*SlowError)) {
			t.Errorf("%s: error %v, want it cut as too slow", r.Source, r.Err)
		}
	}
}
