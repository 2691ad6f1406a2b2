package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// TestFullTextEndToEnd: a summary-only source with full_text: match,
// polled twice by the real binary: the first poll fetches the articles
// and says how many failed, the items whose article mentions the keyword
// land in the topic and explain names the field article; the second poll
// fetches nothing.
func TestFullTextEndToEnd(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("..", "..", "aggregator", "testdata", "fulltext", "article.html"))
	if err != nil {
		t.Fatal(err)
	}
	var articles atomic.Int32
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed":
			fmt.Fprintf(w, `<rss version="2.0"><channel><title>Caucasus Daily</title>
<item><title>Talks resume</title><link>%[1]s/news/1</link><description>Delegations met again.</description></item>
<item><title>Border commission meets</title><link>%[1]s/news/2</link><description>Experts met.</description></item>
<item><title>Gone page</title><link>%[1]s/news/gone</link><description>Nothing.</description></item>
</channel></rss>`, srv.URL)
		case "/news/1", "/news/2":
			articles.Add(1)
			body := "The border commission's work was raised by both sides."
			if r.URL.Path == "/news/1" {
				body = "The status of Nagorno-Karabakh was raised by both sides."
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, strings.NewReplacer("{{TITLE}}", "Talks", "{{SUMMARY}}", "Delegations met again.", "{{BODY}}", body).Replace(string(page)))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	cfg := filepath.Join(t.TempDir(), "config.yaml")
	saveFile(t, cfg, fmt.Sprintf("storage:\n  path: data/test.db\n  retention: \"0\"\npoll:\n  %s\nsources:\n  - {name: daily, url: %q, full_text: match}\ntopics:\n  - {id: nk, any: [\"Karabakh*\"]}\n", loopbackOnly, srv.URL+"/feed"))

	out := runOK(t, "poll", "-config", cfg)
	if want := "daily: status 200, 3 items, 3 new, 0 updated, 2 articles fetched, 1 failed (article " + srv.URL + "/news/gone: HTTP 404 Not Found)\n"; out != want {
		t.Errorf("first poll:\n%s\nwant\n%s", out, want)
	}
	explain := runOK(t, "explain", "-config", cfg, "-topic", "nk", "-item", srv.URL+"/news/1")
	if !strings.Contains(explain, `in topic: any keyword "Karabakh*" found in article`) {
		t.Errorf("explain:\n%s", explain)
	}
	items := runOK(t, "items", "-config", cfg, "-topic", "nk")
	if !strings.Contains(items, "Talks resume") || strings.Contains(items, "Border commission") {
		t.Errorf("topic nk:\n%s", items)
	}
	if out := runOK(t, "poll", "-config", cfg); out != "daily: status 200, not modified\n" || articles.Load() != 2 {
		t.Errorf("second poll fetched %d articles in all, want 2:\n%s", articles.Load(), out)
	}
	// match keeps the feed's text in the published feed; publish carries
	// the article instead, once the config says so.
	const inArticle = "Trade officials, who joined the delegations on the second day"
	if atom := runOK(t, "export", "-config", cfg, "-topic", "nk"); strings.Contains(atom, inArticle) || !strings.Contains(atom, "Delegations met again.") {
		t.Errorf("with full_text: match the feed shows the article, or lacks the summary:\n%s", atom)
	}
	rewriteConfig(t, cfg, "full_text: match", "full_text: publish")
	if atom := runOK(t, "export", "-config", cfg, "-topic", "nk"); !strings.Contains(atom, inArticle) || strings.Contains(atom, "Most read") {
		t.Errorf("with full_text: publish the feed lacks the article, or shows the page's sidebar:\n%s", atom)
	}
}
