package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/internal/feedcheck"
)

// recordingHub is a loopback WebSub hub that records publish pings.
type recordingHub struct {
	*httptest.Server
	mu    sync.Mutex
	pings []string
}

func newRecordingHub(t *testing.T) *recordingHub {
	h := &recordingHub{}
	h.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		if r.PostForm.Get("hub.mode") != "publish" {
			t.Errorf("hub got %s %q", r.Method, r.PostForm)
		}
		h.mu.Lock()
		h.pings = append(h.pings, r.PostForm.Get("hub.url"))
		h.mu.Unlock()
		w.WriteHeader(http.StatusNoContent)
	}))
	t.Cleanup(h.Close)
	return h
}

func (h *recordingHub) got() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	p := slices.Clone(h.pings)
	slices.Sort(p)
	return p
}

// waitFor polls cond until it holds or the deadline passes.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestPublishing runs the daemon with a WebSub hub and a static
// directory: the first poll is announced to the hub and written out, every
// format validates, and a restart changes nothing and announces nothing.
func TestPublishing(t *testing.T) {
	srv := feedServer(t)
	defer srv.Close()
	hub := newRecordingHub(t)
	cfg := writeConfig(t, srv.URL)
	appendConfig(t, cfg, "publish:\n  dir: public\n  base_url: https://static.test/news/\n")
	rewriteConfig(t, cfg, `  base_url: "http://feeds.test"`, `  base_url: "http://feeds.test"`+"\n  websub_hub: \""+hub.URL+"/\"")
	// A short interval keeps the start-up spread of first polls short.
	rewriteConfig(t, cfg, `  timeout: "10s"`, `  timeout: "10s"`+"\n  interval: \"10s\"")
	public := filepath.Join(filepath.Dir(cfg), "public")

	d := startServe(t, cfg)
	want := []string{
		"http://feeds.test/feeds/nagorno-karabakh.atom", "http://feeds.test/feeds/nagorno-karabakh.json", "http://feeds.test/feeds/nagorno-karabakh.rss",
		"https://static.test/news/nagorno-karabakh.atom", "https://static.test/news/nagorno-karabakh.json", "https://static.test/news/nagorno-karabakh.rss",
	}
	waitFor(t, "every source polled into the feed", func() bool {
		_, body := get(t, d.url+"/feeds/nagorno-karabakh.atom")
		return strings.Count(string(body), "<entry") == len(wantTitles)
	})
	waitFor(t, "hub pings for every feed URL", func() bool { return slices.Equal(slices.Compact(hub.got()), want) })
	time.Sleep(3 * time.Second) // let a publication round in progress finish
	pinged := len(hub.got())

	served := map[string][]byte{}
	for _, format := range []string{"atom", "rss", "json"} {
		resp, body := get(t, d.url+"/feeds/nagorno-karabakh."+format)
		if resp.StatusCode != 200 {
			t.Fatalf("GET %s: %s", format, resp.Status)
		}
		served[format] = body
		static, err := os.ReadFile(filepath.Join(public, "nagorno-karabakh."+format))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(static), "https://static.test/news/nagorno-karabakh."+format) {
			t.Errorf("static %s lacks its self link", format)
		}
		for _, b := range [][]byte{body, static} {
			if !strings.Contains(string(b), hub.URL+"/") {
				t.Errorf("%s feed does not name the hub", format)
			}
			switch format {
			case "atom":
				feedcheck.Atom(t, b)
				feedcheck.Feedparser(t, format, b, len(wantTitles))
			case "rss":
				feedcheck.Feedparser(t, format, b, len(wantTitles))
			case "json":
				checkJSONFeed(t, b, len(wantTitles))
			}
		}
	}
	for _, name := range []string{"index.html", "opml.xml", "sources.html", "feed.xsl", "nagorno-karabakh.html"} {
		if _, err := os.Stat(filepath.Join(public, name)); err != nil {
			t.Error(err)
		}
	}
	if resp, body := get(t, d.url+"/opml"); resp.StatusCode != 200 || !strings.Contains(string(body), `xmlUrl="http://feeds.test/feeds/nagorno-karabakh.atom"`) {
		t.Errorf("GET /opml: %s\n%s", resp.Status, body)
	}
	if resp, body := get(t, d.url+"/sources"); resp.StatusCode != 200 || !strings.Contains(string(body), `<td class="ok" data-label="Status">ok</td>`) {
		t.Errorf("GET /sources: %s\n%s", resp.Status, body)
	}
	d.stop(t)

	// A restart re-polls (all 304), changes nothing and pings nothing.
	d = startServe(t, cfg)
	time.Sleep(3 * time.Second) // longer than the publisher's settle time
	for format, before := range served {
		if _, body := get(t, d.url+"/feeds/nagorno-karabakh."+format); string(body) != string(before) {
			t.Errorf("%s feed changed across a restart", format)
		}
	}
	d.stop(t)
	if got := hub.got(); len(got) != pinged {
		t.Errorf("the restart pinged the hub: %d pings in all, %d before it: %q", len(got), pinged, got)
	}
}

func appendConfig(t *testing.T, path, text string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString(text); err != nil {
		t.Fatal(err)
	}
}

// checkJSONFeed checks what JSON Feed 1.1 requires of a document.
func checkJSONFeed(t *testing.T, body []byte, entries int) {
	t.Helper()
	var f struct {
		Version string `json:"version"`
		Title   string `json:"title"`
		FeedURL string `json:"feed_url"`
		Items   []struct {
			ID          string  `json:"id"`
			ContentHTML *string `json:"content_html"`
			ContentText *string `json:"content_text"`
			Published   string  `json:"date_published"`
		} `json:"items"`
	}
	if err := json.Unmarshal(body, &f); err != nil {
		t.Fatalf("JSON Feed: %v", err)
	}
	if f.Version != "https://jsonfeed.org/version/1.1" || f.Title == "" || f.FeedURL == "" || len(f.Items) != entries {
		t.Errorf("JSON Feed: version %q, title %q, feed_url %q, %d items", f.Version, f.Title, f.FeedURL, len(f.Items))
	}
	for _, it := range f.Items {
		if _, err := time.Parse(time.RFC3339, it.Published); err != nil || it.ID == "" || (it.ContentHTML == nil && it.ContentText == nil) {
			t.Errorf("JSON Feed item %+v", it)
		}
	}
}
