package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/feedsieve/feedsieve/internal/api"
)

// TestDaemonSurvivesBadSources runs serve against sources that fail in
// different ways beside one that gains items on every poll: the daemon
// stays up, the good source keeps updating, and each bad source's status
// on the index page names its problem.
func TestDaemonSurvivesBadSources(t *testing.T) {
	churn := churningServer(t)
	bad := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/html":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, "<!DOCTYPE html><html><body>Moved to our app!</body></html>")
		case "/500":
			http.Error(w, "boom", 500)
		case "/truncated":
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>cut</title><item><title>half`)
		case "/empty":
		case "/null-item":
			fmt.Fprint(w, `{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[null]}`)
		}
	}))
	defer bad.Close()
	dir := t.TempDir()
	cfg := filepath.Join(dir, "config.yaml")
	config := fmt.Sprintf(`server:
  listen: "%s"
storage:
  retention: "0"
poll:
  interval: "1s"
  per_host: 8
  allow_networks: ["127.0.0.0/8", "::1/128"] # the test servers
sources:
  - {name: good, url: "%s/good"}
  - {name: html, url: "%s/html"}
  - {name: status-500, url: "%s/500"}
  - {name: truncated, url: "%s/truncated"}
  - {name: empty, url: "%s/empty"}
  - {name: null-item, url: "%s/null-item"}
  - {name: refused, url: "http://127.0.0.1:1/feed"}
topics:
  - {id: all}
`, freeAddr(t), churn.URL, bad.URL, bad.URL, bad.URL, bad.URL, bad.URL)
	if err := os.WriteFile(cfg, []byte(config), 0o644); err != nil {
		t.Fatal(err)
	}
	d := startServe(t, cfg)
	entries := regexp.MustCompile(`(\d+) entries stored`)
	stored := func() int {
		_, body := get(t, d.url+"/")
		m := entries.FindSubmatch(body)
		if m == nil {
			return 0
		}
		n, _ := strconv.Atoi(string(m[1]))
		return n
	}
	waitFor(t, "the good source's first poll", func() bool { return stored() >= 400 })
	first := stored()
	waitFor(t, "the good source's next poll", func() bool { return stored() > first })
	select {
	case err := <-d.done:
		t.Fatalf("the daemon exited: %v", err)
	default:
	}
	// The operator API tells why each bad source fails; the public page
	// only that it fails, never the error.
	var sources api.SourcesResponse
	getJSON(t, d, "/api/sources", 200, &sources)
	errs := map[string]api.SourceStatus{}
	for _, s := range sources.Sources {
		errs[s.Name] = s
	}
	_, page := get(t, d.url+"/sources")
	for name, want := range map[string]string{
		"html":       "got an HTML page, not a feed",
		"status-500": "HTTP 500 Internal Server Error",
		"truncated":  "parse RSS",
		"empty":      "empty response body, not a feed",
		"refused":    "connection refused",
	} {
		if s := errs[name]; s.Status != "failing" || !strings.Contains(s.Error, want) {
			t.Errorf("the API's status of %s lacks %q: %+v", name, want, s)
		}
		row := sourceRow(string(page), name)
		if !strings.Contains(row, `class="bad"`) || strings.Contains(row, want) {
			t.Errorf("the public sources page's row of %s is not failing, or shows %q:\n%s", name, want, row)
		}
	}
	if s := errs["null-item"]; s.Status != "ok" {
		t.Errorf("a JSON Feed with a null item should be read: %+v", s)
	}
	d.stop(t)
}

// sourceRow returns the sources page's table row of a source.
func sourceRow(page, name string) string {
	i := strings.Index(page, ">"+name+"</a>")
	if i < 0 {
		return ""
	}
	end := strings.Index(page[i:], "</tr>")
	if end < 0 {
		return page[i:]
	}
	return page[i : i+end]
}
