package daemon

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/storage"
)

// TestItemCountersAppearWhenCounted: a poll counts its new items under
// its source, and a counter nothing was counted in is no series (at
// 100,000 sources, five series each at zero were most of the heap).
func TestItemCountersAppearWhenCounted(t *testing.T) {
	m := newMetrics(newStoredItems(nil, nil))
	m.polled(aggregator.PollResult{Source: "dr", Status: 200, Result: storage.Result{New: 2}})
	m.polled(aggregator.PollResult{Source: "quiet", Status: 200, NotModified: true})
	rec := httptest.NewRecorder()
	m.handler(slog.New(slog.DiscardHandler)).ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	body, _ := io.ReadAll(rec.Body)
	text := string(body)
	if !strings.Contains(text, `feedsieve_items_written_total{kind="new",source="dr"} 2`) {
		t.Errorf("no count of dr's new items in:\n%s", text)
	}
	for _, absent := range []string{`kind="updated"`, `source="quiet",kind`, `kind="new",source="quiet"`, `reason="expired"`} {
		if strings.Contains(text, absent) {
			t.Errorf("a zero series %s in:\n%s", absent, text)
		}
	}
	if !strings.Contains(text, `feedsieve_polls_total{result="not_modified",source="quiet"} 1`) {
		t.Errorf("the quiet source's poll is not counted:\n%s", text)
	}
}

// TestRequestsCountedByRouteAndCode: requests are counted under their
// route and status, common statuses (kept counters) and others alike.
func TestRequestsCountedByRouteAndCode(t *testing.T) {
	m := newMetrics(newStoredItems(nil, nil))
	h := m.instrument(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feeds/a.atom":
			w.WriteHeader(http.StatusNotModified)
		case "/opml":
			w.WriteHeader(http.StatusTeapot)
		}
	}))
	for _, p := range []string{"/feeds/a.atom", "/feeds/a.atom", "/feeds/b.rss", "/opml", "/topics/x", "/"} {
		h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", p, nil))
	}
	rec := httptest.NewRecorder()
	m.handler(slog.New(slog.DiscardHandler)).ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	text := rec.Body.String()
	for _, want := range []string{
		`feedsieve_http_requests_total{code="304",route="/feeds/"} 2`,
		`feedsieve_http_requests_total{code="200",route="/feeds/"} 1`,
		`feedsieve_http_requests_total{code="418",route="/opml"} 1`,
		`feedsieve_http_requests_total{code="200",route="other"} 1`,
		`feedsieve_http_requests_total{code="200",route="/"} 1`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("no %s in:\n%s", want, text)
		}
	}
}

// BenchmarkInstrument is what counting costs a request to a feed.
func BenchmarkInstrument(b *testing.B) {
	m := newMetrics(newStoredItems(nil, nil))
	h := m.instrument(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNotModified) }))
	w, r := httptest.NewRecorder(), httptest.NewRequest("GET", "/feeds/world.atom", nil)
	for b.Loop() {
		h.ServeHTTP(w, r)
	}
}
