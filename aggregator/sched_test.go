package aggregator

import (
	"context"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// TestPollHeap checks the heap against a sorted list through random
// pushes, pops and moves: pops come out in time order, and every
// source's position is where its entry is.
func TestPollHeap(t *testing.T) {
	const sources = 200
	rng := rand.New(rand.NewPCG(1, 2))
	h := newPollHeap(sources)
	want := map[int32]int64{}
	for step := range 5000 {
		src := int32(rng.IntN(sources))
		at := rng.Int64N(1000)
		switch _, in := want[src]; {
		case !in:
			h.push(src, at)
			want[src] = at
		case rng.IntN(2) == 0:
			h.move(src, at)
			want[src] = at
		default:
			e := h.pop()
			if min := slices.Min(valuesOf(want)); e.at != min || want[e.src] != e.at {
				t.Fatalf("step %d: popped %+v, want the earliest time %d", step, e, min)
			}
			delete(want, e.src)
		}
		if h.len() != len(want) {
			t.Fatalf("step %d: %d entries, want %d", step, h.len(), len(want))
		}
		for s := range int32(sources) {
			_, in := want[s]
			if h.has(s) != in || in && h.entries[h.pos[s]].src != s {
				t.Fatalf("step %d: source %d at position %d, in heap %v", step, s, h.pos[s], in)
			}
		}
	}
}

func valuesOf(m map[int32]int64) []int64 {
	var v []int64
	for _, x := range m {
		v = append(v, x)
	}
	return v
}

// TestHostQueues: due sources are handed out within the global and
// per-domain slots, domains taking turns, and a freed slot lets the next
// source of its domain go.
func TestHostQueues(t *testing.T) {
	var sources []Source
	for _, u := range []string{"http://a.example.com/1", "http://a.example.com/2", "http://b.example.com/3", "http://other.org/4", "http://www.example.com/5"} {
		sources = append(sources, Source{URL: u})
	}
	q := newHostQueues(newLimits(3, 2, sources))
	for i := range sources {
		q.add(int32(i))
	}
	var got []int32
	for src, ok := q.take(); ok; src, ok = q.take() {
		got = append(got, src)
	}
	// example.com's turn to its 2 slots, then other.org; the 3 slots are held.
	if want := []int32{0, 1, 3}; !slices.Equal(got, want) || q.room() != 0 {
		t.Fatalf("took %v (room %d), want %v and no room", got, q.room(), want)
	}
	q.free(3) // a slot, but example.com has 2 in flight
	if src, ok := q.take(); ok {
		t.Fatalf("took %d past the per-domain limit", src)
	}
	q.free(0)
	for _, want := range []int32{2, 4} {
		if src, ok := q.take(); !ok || src != want {
			t.Fatalf("took %d, %v; want %d", src, ok, want)
		}
		q.free(want)
	}
	if q.room() != 0 || q.canTake() {
		t.Errorf("queues not empty: room %d", q.room())
	}
}

// TestHostTurns: a domain with many due sources starts hostTurn polls in
// a row, then the next domain has its turn.
func TestHostTurns(t *testing.T) {
	var sources []Source
	for i := range 2*hostTurn + 1 {
		sources = append(sources, Source{URL: fmt.Sprint("http://a.example/", i)})
	}
	sources = append(sources, Source{URL: "http://b.example/1"}, Source{URL: "http://b.example/2"})
	q := newHostQueues(newLimits(100, 100, sources))
	for i := range sources {
		q.add(int32(i))
	}
	var hosts []string
	for src, ok := q.take(); ok; src, ok = q.take() {
		hosts = append(hosts, strings.Split(sources[src].URL, "/")[2])
	}
	want := slices.Repeat([]string{"a.example"}, hostTurn)
	want = append(want, "b.example", "b.example")
	want = append(want, slices.Repeat([]string{"a.example"}, hostTurn+1)...)
	if !slices.Equal(hosts, want) {
		t.Errorf("domains in the order %v, want %v", hosts, want)
	}
}

// notModifiedServer answers 304 to everything and counts requests per path.
func notModifiedServer(t *testing.T) *countingServer {
	c := &countingServer{hits: map[string]int{}}
	c.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c.mu.Lock()
		c.hits[r.URL.Path]++
		c.mu.Unlock()
		w.WriteHeader(http.StatusNotModified)
	}))
	t.Cleanup(c.Close)
	return c
}

// TestRunHasNoGoroutinePerSource polls 2,000 new sources with Run: each
// is polled once, and the goroutines never come near one per source.
func TestRunHasNoGoroutinePerSource(t *testing.T) {
	srv := notModifiedServer(t)
	var sources []Source
	for i := range 2000 {
		sources = append(sources, Source{Name: fmt.Sprint(i), URL: fmt.Sprintf("%s/%d", srv.URL, i)})
	}
	a := newRunAggregator(t, sources, 4, 4)
	before := runtime.NumGoroutine()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { a.Run(ctx); close(done) }()
	peak := 0
	waitUntil(t, func() bool {
		peak = max(peak, runtime.NumGoroutine()-before)
		select {
		case <-a.Ready():
			return true
		default:
			return false
		}
	})
	cancel()
	<-done
	// Workers (at most 17 per slot), the scheduler, prune and release
	// loops, and the client's and server's connection goroutines.
	if limit := 4*(1+pendingPerSlot) + 3 + 3*8; peak > limit {
		t.Errorf("%d goroutines at the peak of polling 2,000 sources, want at most %d", peak, limit)
	}
	for i := range sources {
		if n := srv.count(fmt.Sprintf("/%d", i)); n != 1 {
			t.Fatalf("source %d polled %d times, want once", i, n)
		}
	}
}

// TestRunDomainsDoNotWaitForEachOther: 20 sources of a domain whose
// requests hang hold its 2 slots, and the rest of them wait; a source of
// another domain is polled meanwhile, when it is due and when refreshed,
// and Run's end cancels the hanging polls without reporting them.
func TestRunDomainsDoNotWaitForEachOther(t *testing.T) {
	release := make(chan struct{})
	load := newHostLoad()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host := load.enter(r)
		defer load.leave(host)
		if host == "127.0.0.1" {
			select {
			case <-release:
			case <-r.Context().Done():
			}
		}
		w.WriteHeader(http.StatusNotModified)
	}))
	defer srv.Close()
	port := srv.URL[strings.LastIndex(srv.URL, ":"):]
	var sources []Source
	for i := range 20 {
		sources = append(sources, Source{Name: fmt.Sprint("slow", i), URL: fmt.Sprintf("http://127.0.0.1%s/%d", port, i)})
	}
	sources = append(sources, Source{Name: "other", URL: "http://localhost" + port + "/other"})
	a := newRunAggregator(t, sources, 8, 2)
	var mu sync.Mutex
	polled := map[string][]error{}
	a.opts.OnPolled = func(r PollResult) {
		mu.Lock()
		defer mu.Unlock()
		polled[r.Source] = append(polled[r.Source], r.Err)
	}
	otherPolls := func() int { mu.Lock(); defer mu.Unlock(); return len(polled["other"]) }
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { a.Run(ctx); close(done) }()
	waitUntil(t, func() bool { hanging, _ := load.now("127.0.0.1"); return hanging == 2 && otherPolls() == 1 })
	if _, err := a.Refresh([]string{"other"}); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, func() bool { return otherPolls() == 2 })
	hanging, peak := load.now("127.0.0.1")
	cancel()
	<-done
	close(release)
	if hanging != 2 || peak != 2 {
		t.Errorf("%d requests of the hanging domain in flight (peak %d), want its 2 slots held", hanging, peak)
	}
	for name, errs := range polled {
		if name != "other" || slices.ContainsFunc(errs, func(err error) bool { return err != nil }) {
			t.Errorf("%s: polls reported with errors %v", name, errs)
		}
	}
}

// hostLoad counts a test server's requests in flight by host, and their
// peak.
type hostLoad struct {
	mu             sync.Mutex
	inFlight, peak map[string]int
}

func newHostLoad() *hostLoad { return &hostLoad{inFlight: map[string]int{}, peak: map[string]int{}} }

// enter counts a request in and returns its host.
func (l *hostLoad) enter(r *http.Request) string {
	host := strings.Split(r.Host, ":")[0]
	l.mu.Lock()
	defer l.mu.Unlock()
	l.inFlight[host]++
	l.peak[host] = max(l.peak[host], l.inFlight[host])
	return host
}

func (l *hostLoad) leave(host string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.inFlight[host]--
}

// now returns a host's requests in flight, and their peak.
func (l *hostLoad) now(host string) (inFlight, peak int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.inFlight[host], l.peak[host]
}

// TestRefreshWhilePolling: a source refreshed while its poll is in
// flight is polled again right after it.
func TestRefreshWhilePolling(t *testing.T) {
	started, release := make(chan struct{}, 2), make(chan struct{})
	var mu sync.Mutex
	requests := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		requests++
		first := requests == 1
		mu.Unlock()
		if first {
			started <- struct{}{}
			<-release
		}
		w.WriteHeader(http.StatusNotModified)
	}))
	defer srv.Close()
	a := newRunAggregator(t, []Source{{Name: "s", URL: srv.URL}}, 1, 1)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { a.Run(ctx); close(done) }()
	<-started
	if res, err := a.Refresh([]string{"s"}); err != nil || len(res.Polling) != 1 {
		t.Fatalf("Refresh: %+v, %v", res, err)
	}
	close(release)
	waitUntil(t, func() bool { mu.Lock(); defer mu.Unlock(); return requests == 2 })
	cancel()
	<-done
}

// newRunAggregator is an aggregator for Run on a fresh database, with an
// hour's interval: each source is polled once unless woken.
func newRunAggregator(t *testing.T, sources []Source, concurrency, perHost int) *Aggregator {
	t.Helper()
	store, err := storage.Open(storage.Options{Path: filepath.Join(t.TempDir(), "run.db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	a, err := New(store, NewHTTPClient(5*time.Second, concurrency, loopback()), slog.New(slog.DiscardHandler), Options{
		Interval: time.Hour, Concurrency: concurrency, PerHost: perHost, MaxBody: 1 << 20, Sources: sources,
	})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestPollAllCancelled: when ctx ends, PollAll returns every source's
// result in order, the polls in flight and those still queued Cancelled.
func TestPollAllCancelled(t *testing.T) {
	load := newHostLoad()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer load.leave(load.enter(r))
		<-r.Context().Done()
	}))
	defer srv.Close()
	var sources []Source
	for i := range 10 {
		sources = append(sources, Source{Name: fmt.Sprint(i), URL: fmt.Sprintf("%s/%d", srv.URL, i)})
	}
	a := newRunAggregator(t, sources, 4, 2)
	ctx, cancel := context.WithCancel(context.Background())
	go func() { // waitUntil may not fail the test from here
		for n, _ := load.now("127.0.0.1"); n < 2; n, _ = load.now("127.0.0.1") {
			time.Sleep(5 * time.Millisecond)
		}
		cancel()
	}()
	results := a.PollAll(ctx)
	if len(results) != len(sources) {
		t.Fatalf("%d results, want %d", len(results), len(sources))
	}
	for i, r := range results {
		if r.Source != sources[i].Name || !r.Cancelled || r.Err == nil {
			t.Errorf("result %d: %+v, want %s cancelled", i, r, sources[i].Name)
		}
	}
	if _, peak := load.now("127.0.0.1"); peak != 2 {
		t.Errorf("peak in flight %d, want the 2 of the domain", peak)
	}
}
