package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/feedsieve/feedsieve/internal/api"
)

// newsSite serves the discovery test pages of aggregator/testdata and an
// RSS feed under /rss/ and /news/rss/, and at every path ending in /feed/.
func newsSite(t *testing.T) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	pages := map[string]string{"/news/": "news-front.html", "/blog/": "blog-wordpress.html", "/static/": "static-none.html"}
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if name, ok := pages[r.URL.Path]; ok {
			b, err := os.ReadFile(filepath.Join("..", "..", "aggregator", "testdata", "discover", name))
			if err != nil {
				t.Error(err)
			}
			w.Write(b)
			return
		}
		if p := r.URL.Path; strings.HasPrefix(p, "/rss/") || strings.HasPrefix(p, "/news/rss/") || strings.HasSuffix(p, "/feed/") {
			fmt.Fprintf(w, `<rss version="2.0"><channel><title>Feed %s</title><item><title>Karabakh</title><guid>1</guid></item></channel></rss>`, p)
			return
		}
		http.NotFound(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, &hits
}

// TestSourcesAddDiscovers: sources add with a web page's URL adds the
// page's feed; with several, it lists them and adds the one picked; a
// page with none adds nothing; a private address is not looked at unless
// poll.allow_networks allows it.
func TestSourcesAddDiscovers(t *testing.T) {
	srv, hits := newsSite(t)
	tests := []struct {
		name  string
		args  []string
		code  int
		out   string // in stdout or stderr
		added string // the URL added, "" for none
		guard bool   // without poll.allow_networks
	}{
		{"several listed", []string{"news", srv.URL + "/news/"}, 1, "feedsieve sources add: " + srv.URL + "/news/ has 4 feeds; choose one with -pick N:\n" +
			"  1  " + srv.URL + "/rss/top.xml  Caucasus Daily – Top stories\n  2  " + srv.URL + "/news/rss/world.xml  Caucasus Daily – World\n" +
			"  3  http://feeds.news.example/all.atom  Caucasus Daily (Atom)\n  4  " + srv.URL + "/feed.json  JSON Feed\n", "", false},
		{"one picked", []string{"-pick", "2", "world", srv.URL + "/news/"}, 0, "added source world (" + srv.URL + "/news/rss/world.xml)", srv.URL + "/news/rss/world.xml", false},
		{"pick out of range", []string{"-pick", "5", "world", srv.URL + "/news/"}, 1, "pick 5: " + srv.URL + "/news/ has 4 feeds", "", false},
		{"the one feed", []string{"blog", srv.URL + "/blog/"}, 0, "added source blog", srv.URL + "/feed/", false},
		{"a feed as it is", []string{"feed", srv.URL + "/blog/feed/"}, 0, "added source feed", srv.URL + "/blog/feed/", false},
		{"none", []string{"static", srv.URL + "/static/"}, 1, "no feed found at " + srv.URL + "/static/: the page names none", "", false},
		{"private address", []string{"blog", srv.URL + "/blog/"}, 0, "cannot look at " + srv.URL + "/blog/, adding it as given", srv.URL + "/blog/", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			poll := loopbackOnly
			if tt.guard {
				poll = "timeout: 5s"
			}
			path := filepath.Join(t.TempDir(), "config.yaml")
			saveFile(t, path, "poll:\n  "+poll+"\nsources:\n  - {name: other, url: \"https://x.test/feed\"}\n")
			before := hits.Load()
			code, stdout, stderr := runIn(append([]string{"sources", "add", "-config", path}, tt.args...)...)
			if code != tt.code || !strings.Contains(stdout+stderr, tt.out) {
				t.Fatalf("exit %d, want %d with %q\nstdout: %s\nstderr: %s", code, tt.code, tt.out, stdout, stderr)
			}
			got, _ := os.ReadFile(path)
			added := regexp.MustCompile(`url: "?` + regexp.QuoteMeta(tt.added) + `"?\n`).Match(got)
			if tt.added != "" && !added || tt.added == "" && strings.Count(string(got), "name:") != 1 {
				t.Errorf("config after the command:\n%s\nwant %q added", got, tt.added)
			}
			if tt.guard && hits.Load() != before {
				t.Errorf("the private address was asked %d times", hits.Load()-before)
			}
		})
	}
}

// TestOPMLImportDiscovers: an OPML outline that names only a site gets
// the site's first feed; one whose site has none is skipped, saying why.
func TestOPMLImportDiscovers(t *testing.T) {
	srv, _ := newsSite(t)
	dir := t.TempDir()
	cfg := filepath.Join(dir, "config.yaml")
	saveFile(t, cfg, "poll:\n  "+loopbackOnly+"\nsources: []\n")
	opml := filepath.Join(dir, "sites.opml")
	saveFile(t, opml, `<?xml version="1.0"?><opml version="2.0"><body><outline text="Sites">
<outline text="Caucasus Daily" htmlUrl="`+srv.URL+`/news/"/>
<outline text="Ministry" htmlUrl="`+srv.URL+`/static/"/>
<outline text="Blog" type="rss" xmlUrl="`+srv.URL+`/blog/feed/" htmlUrl="`+srv.URL+`/blog/"/>
</outline></body></opml>`)
	out := runOK(t, "opml", "import", "-config", cfg, opml)
	for _, want := range []string{
		"site " + srv.URL + "/news/ has 4 feeds; taking the first, " + srv.URL + "/rss/top.xml\n",
		"add  caucasus-daily: " + srv.URL + "/rss/top.xml (folder \"Sites\")\n",
		`skip "Ministry": no feed found at ` + srv.URL + "/static/",
		"add  blog: " + srv.URL + "/blog/feed/ (folder \"Sites\")\n",
		"added 2 of 3 feeds",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("opml import output lacks %q:\n%s", want, out)
		}
	}
}

// TestAPIDiscover: the running daemon finds a page's feeds on its
// operator socket: 200 with the feeds, 422 for a page without, 400 for
// what is not an http URL.
func TestAPIDiscover(t *testing.T) {
	srv, _ := newsSite(t)
	d := startServe(t, securityConfig(t, ""))
	var found api.DiscoverResponse
	getJSON(t, d, "/api/discover?url="+url.QueryEscape(srv.URL+"/news/"), 200, &found)
	if len(found.Feeds) != 4 || found.Feeds[1].URL != srv.URL+"/news/rss/world.xml" || found.Feeds[1].Title != "Caucasus Daily – World" {
		t.Errorf("found %+v", found)
	}
	for _, tt := range []struct {
		query string
		code  int
		msg   string
	}{
		{"?url=" + url.QueryEscape(srv.URL+"/static/"), 422, "no feed found at " + srv.URL + "/static/"},
		{"?url=" + url.QueryEscape("http://127.0.0.1:1/"), 424, "discover http://127.0.0.1:1/: "},
		{"?url=feeds.example", 400, `parameter url=\"feeds.example\": want an absolute http or https URL`},
	} {
		resp, body := d.operator(t, "/api/discover"+tt.query)
		if resp.StatusCode != tt.code || !strings.Contains(string(body), tt.msg) {
			t.Errorf("%s: %d %s, want %d with %s", tt.query, resp.StatusCode, body, tt.code, tt.msg)
		}
	}
	d.stop(t)
}
