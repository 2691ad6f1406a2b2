package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"regexp"
	"testing"
)

// TestReindexCommand: feedsieve reindex re-files a database that poll
// filled, with the config's rules (a review found it crashing on any
// config: its aggregator has no HTTP client, and making its fetcher read
// the client's timeout dereferenced nil).
func TestReindexCommand(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Refugees leave Karabakh</title><link>https://x.example`+r.URL.Path+`</link><pubDate>Tue, 19 Sep 2023 08:00:00 +0000</pubDate></item></channel></rss>`)
	}))
	defer srv.Close()
	cfg := writeConfig(t, srv.URL)
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"poll", "-config", cfg}, &stdout, &stderr); code != 0 {
		t.Fatalf("poll: %d\n%s", code, stderr.String())
	}
	stdout.Reset()
	stderr.Reset()
	if code := run(context.Background(), []string{"reindex", "-config", cfg}, &stdout, &stderr); code != 0 {
		t.Fatalf("reindex: %d\n%s", code, stderr.String())
	}
	if out := stdout.String(); !regexp.MustCompile(`re-filed [1-9][0-9]* items`).MatchString(out) {
		t.Errorf("reindex does not say it re-filed the polled items:\n%s", out)
	}
}
