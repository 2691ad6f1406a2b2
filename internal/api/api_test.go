package api

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/internal/config"
	"github.com/feedsieve/feedsieve/storage"
)

// newTestHandler is the API over a database holding two items of source
// s, one in topic nk.
func newTestHandler(t *testing.T) *Handler {
	t.Helper()
	store, err := storage.Open(storage.Options{Path: filepath.Join(t.TempDir(), "api.db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	cfg, err := config.Parse("api.yaml", "test", []byte(`
server: {base_url: "https://feeds.example"}
sources:
  - {name: s, url: "https://a.test/feed"}
  - {name: quiet, url: "https://b.test/feed", interval: 1h}
topics:
  - {id: nk, title: Nagorno-Karabakh, any: ["Karabakh*"]}
`))
	if err != nil {
		t.Fatal(err)
	}
	topics := cfg.Aggregator.Topics
	in, err := aggregator.NewInspector(store, topics)
	if err != nil {
		t.Fatal(err)
	}
	m, _ := aggregator.NewMatcher(topics)
	now := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	if _, err := store.Apply(storage.Batch{Source: "s", Now: now, State: &storage.SourceState{
		URL: "https://a.test/feed", LastAttempt: now, Status: 503, Error: "HTTP 503", Failures: 2, MovedTo: "https://a.test/new",
	}, Entries: []storage.Entry{
		{Key: "guid:1", Item: storage.Item{Title: "Karabakh talks", Link: "https://a.test/1", NormLink: "https://a.test/1", Published: now}},
		{Key: "guid:2", Item: storage.Item{Title: "Rain in Gjøvik", Summary: "<p>Wet <b>Wéek</b></p>", Link: "https://a.test/2", NormLink: "https://a.test/2", Published: now.Add(time.Minute)}},
	}}, m.Classify); err != nil {
		t.Fatal(err)
	}
	return New(Deps{Store: store, Config: cfg, Inspect: in}, slog.New(slog.DiscardHandler))
}

func TestAPI(t *testing.T) {
	srv := httptest.NewServer(newTestHandler(t))
	defer srv.Close()

	tests := []struct {
		name, method, path, body string
		status                   int
		want                     string // in the body
	}{
		{"explain newest", "GET", "/api/topics/nk/explain", "", 200, `"reason": "any keyword \"Karabakh*\" found in title"`},
		{"explain by link", "GET", "/api/topics/nk/explain?item=https://a.test/2", "", 200, `"reason": "any keyword \"Karabakh*\" not found in title, summary, content, article, categories"`},
		{"unknown topic", "GET", "/api/topics/x/explain", "", 404, `"error": "unknown topic \"x\""`},
		{"unknown item", "GET", "/api/topics/nk/explain?item=https://a.test/9", "", 404, `"error": "item with link https://a.test/9: not found"`},
		{"bad item", "GET", "/api/topics/nk/explain?item=zzz", "", 400, `neither an item id`},
		{"bad n", "GET", "/api/topics/nk/explain?n=0", "", 400, `"error": "parameter n=\"0\": want a number from 1 to 10000"`},
		{"dry run", "POST", "/api/test-topic", `{"rules":{"id":"nk","any":["Rain"]},"limit":5}`, 200, `"added": 1,
  "removed": 1,`},
		{"dry run bad keyword", "POST", "/api/test-topic", `{"rules":{"any":["--"]}}`, 400, `"error": "topic dry-run: keyword \"--\" has no letters or digits"`},
		{"dry run bad limit", "POST", "/api/test-topic", `{"rules":{},"limit":-1}`, 400, `"error": "limit -1: want 1 to 10000"`},
		{"dry run bad body", "POST", "/api/test-topic", `{"rules":[]}`, 400, `request body: json: cannot unmarshal array`},
		{"dry run by GET", "GET", "/api/test-topic", "", 405, `"error": "method GET not allowed: use POST"`},
		{"sources", "GET", "/api/sources", "", 200, `"name": "s",
      "url": "https://a.test/feed",
      "interval": "15m0s",
      "status": "failing",
      "http_status": 503,
      "last_attempt": "2026-11-01T00:00:00Z",
      "failures": 2,
      "error": "HTTP 503",
      "items_seen": 0,
      "suggested_url": "https://a.test/new"
    },
    {
      "name": "quiet",
      "url": "https://b.test/feed",
      "interval": "1h0m0s",
      "status": "new",
      "failures": 0,
      "items_seen": 0
    }`},
		{"topics", "GET", "/api/topics", "", 200, `"id": "nk",
      "title": "Nagorno-Karabakh",
      "items": 1,
      "newest": "2026-11-01T00:00:00Z",
      "feeds": {
        "atom": "https://feeds.example/feeds/nk.atom",`},
		{"items newest first", "GET", "/api/items?limit=1", "", 200, `"title": "Rain in Gjøvik"`},
		{"items of a topic", "GET", "/api/items?topic=nk", "", 200, `"topics": [
        "nk"
      ]`},
		{"items by folded words", "GET", "/api/items?q=WEEK", "", 200, `"link": "https://a.test/2"`},
		{"items by source", "GET", "/api/items?source=quiet", "", 200, `"items": []`},
		{"items of unknown topic", "GET", "/api/items?topic=x", "", 404, `"error": "unknown topic \"x\""`},
		{"items bad limit", "GET", "/api/items?limit=x", "", 400, `"error": "parameter limit=\"x\": want a number from 1 to 10000"`},
		{"unknown endpoint", "GET", "/api/nothing", "", 404, `"error": "no such API endpoint"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest(tt.method, srv.URL+tt.path, strings.NewReader(tt.body))
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tt.status || !strings.Contains(string(body), tt.want) {
				t.Errorf("%s %s: %s\n%s\nwant %d with %s", tt.method, tt.path, resp.Status, body, tt.status, tt.want)
			}
			if resp.Header.Get("Content-Type") != "application/json" || !json.Valid(body) {
				t.Errorf("not a JSON answer: %q %s", resp.Header.Get("Content-Type"), body)
			}
		})
	}
	// The filters leave out what they should.
	for path, absent := range map[string]string{
		"/api/items?topic=nk":         "https://a.test/2",
		"/api/items?q=WEEK":           "https://a.test/1",
		"/api/items?source=s&q=talks": "https://a.test/2",
	} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if strings.Contains(string(body), absent) || !strings.Contains(string(body), `"link": "https://a.test/`) {
			t.Errorf("GET %s lists %s or nothing:\n%s", path, absent, body)
		}
	}
}

// TestAPIBounds: a request over a bound gets a 4xx naming it.
func TestAPIBounds(t *testing.T) {
	a := newTestHandler(t)
	do := func(method, path, body string) (int, string) {
		rec := httptest.NewRecorder()
		a.ServeHTTP(rec, httptest.NewRequest(method, path, strings.NewReader(body)))
		return rec.Code, rec.Body.String()
	}
	bigBody := `{"rules":{"any":["` + strings.Repeat("x", MaxRequestBody) + `"]}}`
	if code, body := do("POST", "/api/test-topic", bigBody); code != 413 || !strings.Contains(body, `"error": "request body: over 65536 bytes, the most a request may send"`) {
		t.Errorf("a body over the bound: %d %s", code, body)
	}
	for range MaxDryRuns {
		a.dryRuns <- struct{}{}
	}
	if code, body := do("POST", "/api/test-topic", `{"rules":{"any":["x"]}}`); code != 429 || !strings.Contains(body, `"error": "2 dry runs are in progress, the most at once; try again when one has finished"`) {
		t.Errorf("a dry run over the bound: %d %s", code, body)
	}
	for range MaxDryRuns {
		<-a.dryRuns
	}
	if code, body := do("POST", "/api/test-topic", `{"rules":{"any":["x"]}}`); code != 200 {
		t.Errorf("a dry run once the others finished: %d %s", code, body)
	}
	a.deadline = time.Nanosecond
	for _, req := range [][2]string{{"POST", "/api/test-topic"}, {"GET", "/api/items?q=rain"}} {
		if code, body := do(req[0], req[1], `{"rules":{"any":["x"]}}`); code != 400 || !strings.Contains(body, `"error": "the request took longer than 1ns, the most a request may take: narrow it down"`) {
			t.Errorf("%s %s past the deadline: %d %s", req[0], req[1], code, body)
		}
	}
}
