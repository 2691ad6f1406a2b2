package main

import (
	"encoding/xml"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
)

// opmlFeeds are the feeds the OPML test imports: what each says its title
// and site are.
var opmlFeeds = map[string]string{
	"/meduza.xml": `<rss version="2.0"><channel><title>Медуза — Новости</title><link>https://meduza.example/</link>` +
		`<item><title>Новости</title><link>https://meduza.example/1</link></item></channel></rss>`,
	"/nikkei.atom": `<feed xmlns="http://www.w3.org/2005/Atom"><title>日本経済新聞</title><id>urn:x:nikkei</id>` +
		`<link rel="alternate" href="https://nikkei.example/"/><updated>2026-01-01T00:00:00Z</updated></feed>`,
	"/private.xml": `<rss version="2.0"><channel><title>Private &amp; Co</title><link>https://reader:hunter2@private.example/home</link></channel></rss>`,
	"/bare.xml":    `<rss version="2.0"><channel><title></title><link>javascript:alert(1)</link></channel></rss>`,
}

// TestOPMLEndToEnd imports a feed reader's OPML file with folders into a
// config with the real binary, polls the feeds, and exports the sources:
// before the first poll with their names, after it with their feeds'
// titles and sites, the same with the daemon stopped and while it runs,
// and never with a URL's user name or password.
func TestOPMLEndToEnd(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, ok := opmlFeeds[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/xml; charset=utf-8")
		fmt.Fprint(w, body)
	}))
	defer srv.Close()
	host := strings.TrimPrefix(srv.URL, "http://")

	dir := t.TempDir()
	cfg := filepath.Join(dir, "config.yaml")
	saveFile(t, cfg, fmt.Sprintf(`server:
  listen: %q
storage:
  path: data/test.db
poll:
  %s
# The feeds
sources:
  - name: bare
    url: %s/bare.xml
topics:
  - id: russian
    title: Existing
    sources: [bare]
`, freeAddr(t), loopbackOnly, srv.URL))
	opml := filepath.Join(dir, "reader.opml")
	saveFile(t, opml, fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0"><head><title>Reader</title></head><body>
  <outline text="Russian"><outline text="Медуза — Новости" type="rss" xmlUrl="feed://%[1]s/meduza.xml"/></outline>
  <outline text="Japan">
    <outline text="Business"><outline text="日本経済新聞" xmlUrl="FEED:http://%[1]s/nikkei.atom"/></outline>
  </outline>
  <outline text="Private" xmlUrl="http://reader:hunter2@%[1]s/private.xml"/>
</body></opml>`, host))

	out := runOK(t, "opml", "import", "-config", cfg, "-topics", opml)
	for _, want := range []string{
		"add  meduza-novosti: http://" + host + "/meduza.xml (folder \"Russian\")\n",
		"add  ri-ben-jing-ji-xin-wen: http://" + host + "/nikkei.atom (folder \"Japan / Business\")\n",
		"add  private: http://reader:hunter2@" + host + "/private.xml\n",
		"topic russian-2 (\"Russian\"): meduza-novosti\n",
		"topic japan-business (\"Japan / Business\"): ri-ben-jing-ji-xin-wen\n",
		"added 3 of 3 feeds and 2 topics\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("import output lacks %q:\n%s", want, out)
		}
	}
	if out := runOK(t, "check", "-config", cfg); !strings.Contains(out, "ok (4 sources, 3 topics)") {
		t.Fatalf("check after the import: %s", out)
	}

	// No database yet: the names, as the config has them.
	checkExport(t, runOK(t, "opml", "export", "-config", cfg), []exported{
		{"bare", srv.URL + "/bare.xml", ""},
		{"meduza-novosti", srv.URL + "/meduza.xml", ""},
		{"ri-ben-jing-ji-xin-wen", srv.URL + "/nikkei.atom", ""},
		{"private", srv.URL + "/private.xml", ""},
	})

	runOK(t, "poll", "-config", cfg)
	polled := []exported{
		{"bare", srv.URL + "/bare.xml", ""}, // no title, and an unsafe link
		{"Медуза — Новости", srv.URL + "/meduza.xml", "https://meduza.example/"},
		{"日本経済新聞", srv.URL + "/nikkei.atom", "https://nikkei.example/"},
		{"Private & Co", srv.URL + "/private.xml", "https://private.example/home"},
	}
	stopped := runOK(t, "opml", "export", "-config", cfg)
	checkExport(t, stopped, polled)

	d := startServe(t, cfg)
	if running := runOK(t, "opml", "export", "-config", cfg); running != stopped {
		t.Errorf("export while the daemon runs:\n%s\nwant what it wrote with the daemon stopped:\n%s", running, stopped)
	}
	d.stop(t)
}

// exported is an outline that opml export should write.
type exported struct{ title, xmlURL, htmlURL string }

// checkExport checks an exported OPML document's outlines and that it
// holds no password.
func checkExport(t *testing.T, doc string, want []exported) {
	t.Helper()
	var got struct {
		Outlines []struct {
			Text    string `xml:"text,attr"`
			Title   string `xml:"title,attr"`
			XMLURL  string `xml:"xmlUrl,attr"`
			HTMLURL string `xml:"htmlUrl,attr"`
		} `xml:"body>outline"`
	}
	if err := xml.Unmarshal([]byte(doc), &got); err != nil {
		t.Fatalf("export is not XML: %v\n%s", err, doc)
	}
	if strings.Contains(doc, "hunter2") || strings.Contains(doc, "reader@") {
		t.Errorf("export holds a URL's user name or password:\n%s", doc)
	}
	if len(got.Outlines) != len(want) {
		t.Fatalf("export has %d outlines, want %d:\n%s", len(got.Outlines), len(want), doc)
	}
	for i, o := range got.Outlines {
		if w := want[i]; o.Text != w.title || o.Title != w.title || o.XMLURL != w.xmlURL || o.HTMLURL != w.htmlURL {
			t.Errorf("outline %d: text %q, title %q, xmlUrl %q, htmlUrl %q; want %q, %q, %q", i, o.Text, o.Title, o.XMLURL, o.HTMLURL, w.title, w.xmlURL, w.htmlURL)
		}
	}
}
