package daemon

import (
	"io"
	"log/slog"
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
