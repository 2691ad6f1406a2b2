package feeds

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// TestIndexCached: many requests for the index page make one rendering,
// served with ETag, gzip and 304; a new source state stays out of the
// page until a poll or a topic change is reported, or indexRefresh has
// passed.
func TestIndexCached(t *testing.T) {
	f := newFixture(t, Options{Sources: []Source{{Name: "src", URL: "https://src.example/feed"}}})
	clock := time.Date(2026, 11, 20, 13, 0, 0, 0, time.UTC)
	var clockMu sync.Mutex
	f.server.cache.now = func() time.Time { clockMu.Lock(); defer clockMu.Unlock(); return clock }
	advance := func(d time.Duration) { clockMu.Lock(); clock = clock.Add(d); clockMu.Unlock() }
	f.add(1, true)
	renders := func() int64 { return f.server.indexRenders.Load() }

	first, body := f.do("GET", "/")
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 25 {
				resp, again := f.do("GET", "/")
				if resp.StatusCode != 200 || !bytes.Equal(again, body) {
					t.Errorf("status %d, body differs from the first", resp.StatusCode)
					return
				}
			}
		}()
	}
	wg.Wait()
	if n := renders(); n != 1 {
		t.Fatalf("%d renderings for 201 requests, want 1", n)
	}
	etag := first.Header.Get("ETag")
	checkHeaders(t, first.Header, map[string]string{
		"Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, max-age=0", "Vary": "Accept-Encoding",
		"Content-Security-Policy": indexCSP, "X-Content-Type-Options": "nosniff",
	})
	if resp, _ := f.do("GET", "/", "If-None-Match", etag); resp.StatusCode != 304 {
		t.Errorf("If-None-Match of the current page: %d, want 304", resp.StatusCode)
	}
	if resp, zbody := f.do("GET", "/", "Accept-Encoding", "gzip"); resp.Header.Get("Content-Encoding") != "gzip" || !bytes.Equal(gunzip(t, zbody), body) {
		t.Errorf("gzip: Content-Encoding %q", resp.Header.Get("Content-Encoding"))
	}
	if resp, hbody := f.do("HEAD", "/"); resp.StatusCode != 200 || len(hbody) != 0 || resp.Header.Get("ETag") != etag {
		t.Errorf("HEAD: status %d, %d body bytes, ETag %q", resp.StatusCode, len(hbody), resp.Header.Get("ETag"))
	}

	// A poll stores a state; the page shows it once the poll is reported.
	st := &storage.SourceState{LastAttempt: clock, LastSuccess: clock, Status: 200, ItemsSeen: 7}
	if err := f.store.PutSourceState("src", st); err != nil {
		t.Fatal(err)
	}
	if _, body := f.do("GET", "/"); !strings.Contains(string(body), "from 1 source.") || !strings.Contains(string(body), "1 source, 1 not polled yet") {
		t.Fatal("the page was rendered again without a reported change")
	}
	f.server.Polled()
	if _, body := f.do("GET", "/sources"); !strings.Contains(string(body), "7 items in the feed") {
		t.Errorf("after Polled, the sources page lacks the poll:\n%s", body)
	}
	resp, body := f.do("GET", "/")
	if !strings.Contains(string(body), "1 source, all ok") || resp.Header.Get("ETag") == etag || renders() != 2 {
		t.Fatalf("after Polled: %d renderings, ETag %s (was %s), page:\n%s", renders(), resp.Header.Get("ETag"), etag, body)
	}
	if resp, _ := f.do("GET", "/", "If-None-Match", etag); resp.StatusCode != 200 {
		t.Errorf("If-None-Match of the old page: %d, want 200", resp.StatusCode)
	}

	// New items change the page's counts.
	f.add(1, true)
	if _, body := f.do("GET", "/"); !strings.Contains(string(body), "2 entries stored") || renders() != 3 {
		t.Errorf("after Changed: %d renderings, page lacks the new count", renders())
	}

	// Unreported polls reach the page after indexRefresh.
	st.Failures, st.Error = 1, "poll src: HTTP 500"
	if err := f.store.PutSourceState("src", st); err != nil {
		t.Fatal(err)
	}
	advance(indexRefresh - time.Second)
	if f.do("GET", "/"); renders() != 3 {
		t.Errorf("rendered again before indexRefresh passed")
	}
	advance(time.Second)
	if _, body := f.do("GET", "/"); !strings.Contains(string(body), "1 source, 1 failing") || renders() != 4 {
		t.Errorf("after indexRefresh: %d renderings, page lacks the unreported poll", renders())
	}
}
