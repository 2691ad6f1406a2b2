package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestPollSaysWhatWasNotStored: items older than storage.retention and
// items over a source's storage.source_quota, and items of a response past
// poll.max_items_per_feed, are counted in poll's line
// and status (and /api/sources), not left unsaid.
func TestPollSaysWhatWasNotStored(t *testing.T) {
	recent := time.Now().UTC().Add(-time.Hour).Format(time.RFC1123Z)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<rss version="2.0"><channel><title>t</title>`)
		for i, date := range map[string][]string{
			"/old":   {"Mon, 02 Jan 2006 15:04:05 +0000", "Tue, 03 Jan 2006 15:04:05 +0000", recent},
			"/flood": {recent, recent, recent},
			"/many":  {recent, recent, recent, recent},
		}[r.URL.Path] {
			fmt.Fprintf(w, `<item><title>Karabakh %d</title><guid>%s-%d</guid><pubDate>%s</pubDate></item>`, i, r.URL.Path, i, date)
		}
		fmt.Fprint(w, `</channel></rss>`)
	}))
	defer srv.Close()
	cfg := filepath.Join(t.TempDir(), "config.yaml")
	saveFile(t, cfg, fmt.Sprintf("storage: {path: data/test.db, retention: 720h, source_quota: 1}\npoll: {max_items_per_feed: 3, %s}\nsources:\n  - {name: old, url: %q}\n  - {name: flood, url: %q}\n  - {name: many, url: %q}\ntopics: [{id: nk, any: [Karabakh]}]\n",
		loopbackOnly, srv.URL+"/old", srv.URL+"/flood", srv.URL+"/many"))
	out := runOK(t, "poll", "-config", cfg)
	for _, want := range []string{
		"old: status 200, 3 items, 1 new, 0 updated, 2 older than storage.retention (720h0m0s) not stored",
		"flood: status 200, 3 items, 1 new, 0 updated, 2 not stored: the source has storage.source_quota (1) items",
		"many: status 200, 3 items, 1 new, 0 updated, 1 past poll.max_items_per_feed (3) not taken, 2 not stored: the source has storage.source_quota (1) items",
	} {
		if !strings.Contains(out, want+"\n") {
			t.Errorf("poll's output lacks %q:\n%s", want, out)
		}
	}
	status := runOK(t, "status", "-config", cfg)
	for _, want := range []string{
		"old: the last poll did not store 2 items older than storage.retention, 0 over storage.source_quota and 0 past poll.max_items_per_feed",
		"flood: the last poll did not store 0 items older than storage.retention, 2 over storage.source_quota and 0 past poll.max_items_per_feed",
		"many: the last poll did not store 0 items older than storage.retention, 2 over storage.source_quota and 1 past poll.max_items_per_feed",
	} {
		if !strings.Contains(status, want+"\n") {
			t.Errorf("status lacks %q:\n%s", want, status)
		}
	}
	if js := runOK(t, "status", "-config", cfg, "-json"); !strings.Contains(js, `"expired": 2`) || !strings.Contains(js, `"over_quota": 2`) {
		t.Errorf("status -json lacks the counts:\n%s", js)
	}
}
