package feeds

import (
	"bytes"
	"encoding/xml"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/feedsieve/feedsieve/storage"
)

func TestIndexPage(t *testing.T) {
	f := newFixture(t, Options{Sources: []Source{
		{Name: "good", URL: "https://good.example/feed"},
		{Name: "broken", URL: "https://broken.example/rss"},
		{Name: "new", URL: "https://new.example/atom"},
		{Name: "moved", URL: "https://old.example/rss"},
		{Name: "gone", URL: "https://gone.example/rss"},
		{Name: "once", URL: "https://once.example/rss"},
		{Name: "hostile", URL: " JavaScript:alert(1)"},
	}})
	f.add(3, true)
	when := time.Date(2026, 11, 20, 12, 30, 0, 0, time.UTC)
	states := map[string]*storage.SourceState{
		"good":   {LastAttempt: when, LastSuccess: when, Status: 200, ItemsSeen: 3, FeedTitle: "Good News", NextPoll: when.Add(15 * time.Minute)},
		"moved":  {LastAttempt: when, LastSuccess: when, Status: 200, MovedTo: "https://new.example/rss"},
		"gone":   {LastAttempt: when, Status: 410, Gone: true, Failures: 1, Error: "HTTP 410 Gone"},
		"broken": {LastAttempt: when, LastSuccess: when.Add(-time.Hour), Failures: 2, Error: lookupError},
		"once":   {LastAttempt: when, Status: 500, Failures: 1, Error: "poll once: HTTP 500 <Internal Server Error>"},
		"hostile": {LastAttempt: when, LastSuccess: when, Status: 200, ItemsSeen: 1, MovedTo: "javascript:alert(1)",
			FeedTitle: "<script>alert(1)</script>\u202eevil\x00"},
	}
	for name, st := range states {
		if err := f.store.PutSourceState(name, st); err != nil {
			t.Fatal(err)
		}
	}
	resp, body := f.do("GET", "/")
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "text/html; charset=utf-8" {
		t.Fatalf("status %d, Content-Type %q", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	page := string(body)
	for _, want := range []string{
		`<h3 id="topic-nk"><a href="https://feeds.example/topics/nk">Nagorno-Karabakh</a></h3>`, `<p>Every item</p>`,
		`<li><a href="https://news.example/3">Story 3</a> <time class="meta" datetime="2026-11-20T12:03:00Z">2026-11-20 12:03 UTC</time></li>`,
		`3 entries stored · last entry <time datetime="2026-11-20T12:03:00Z">2026-11-20 12:03 UTC</time>`,
		`<a href="https://feeds.example/topics/empty">Nothing &lt;yet&gt;</a>`, `0 entries stored · last entry none yet`,
		`<a href="https://feeds.example/feeds/nk.rss" type="application/rss+xml">RSS<span class="sr"> feed of Nagorno-Karabakh</span></a>`,
		`<a href="https://feeds.example/opml">all topics as OPML</a>`,
		`<p>7 sources, 2 failing, 1 gone, 1 not polled yet · <a href="https://feeds.example/sources">each source's state</a></p>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("index page lacks %s", want)
		}
	}
	if n := strings.Count(page, "<li>"); n != 3 {
		t.Errorf("index page has %d headlines, want the 3 of nk", n)
	}
	resp, sources := f.do("GET", "/sources")
	if resp.StatusCode != 200 || resp.Header.Get("Content-Security-Policy") != indexCSP {
		t.Fatalf("sources page: status %d, headers %v", resp.StatusCode, resp.Header)
	}
	for _, want := range []string{
		`<p class="lead">7 sources, 2 failing, 1 gone, 1 not polled yet</p>`,
		`<td class="ok" data-label="Status">ok</td>`, `HTTP 200, 3 items in the feed`, `Good News`,
		`<td class="bad" data-label="Status">failing: 2 polls in a row failed</td>`,
		`<td data-label="Last success"><time datetime="2026-11-20T11:30:00Z">2026-11-20 11:30 UTC</time></td>`,
		`<td class="detail" data-label="Details">last tried <time datetime="2026-11-20T12:30:00Z">2026-11-20 12:30 UTC</time></td>`,
		`<td class="bad" data-label="Status">failing: the last poll failed</td>`,
		`<td class="idle" data-label="Status">not polled yet</td>`,
		`<td data-label="Next poll"><time datetime="2026-11-20T12:45:00Z">2026-11-20 12:45 UTC</time></td>`,
		`moved permanently: update its url in the config`,
		`<td class="bad" data-label="Status">gone</td>`, `HTTP 410 Gone: no longer polled; remove it from the config or change its url`,
		`<td>hostile<br><span class="meta">&lt;script&gt;alert(1)&lt;/script&gt;evil</span></td>`,
	} {
		if !strings.Contains(string(sources), want) {
			t.Errorf("sources page lacks %s", want)
		}
	}
	// The public pages tell no error and show no address a source's
	// server chose.
	for _, page := range []string{page, string(sources)} {
		for _, leak := range []string{"dial tcp", "no such host", "127.0.0.53", "broken.example/rss&#34;", "Internal Server Error", "new.example/rss", "<script", "\u202e", "\x00"} {
			if strings.Contains(page, leak) {
				t.Errorf("a public page shows %q", leak)
			}
		}
		if strings.Contains(strings.ToLower(page), "javascript:") {
			t.Error("a public page has a javascript: link")
		}
	}
	// Autodiscovery: one <link rel="alternate"> in <head> per topic and format.
	doc, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]string{}
	var walk func(*html.Node, bool)
	walk = func(n *html.Node, inHead bool) {
		if n.Type == html.ElementNode && n.Data == "link" && inHead && attr(n, "rel") == "alternate" {
			found[attr(n, "href")] = attr(n, "type")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inHead || (n.Type == html.ElementNode && n.Data == "head"))
		}
	}
	walk(doc, false)
	for _, topic := range []string{"nk", "empty"} {
		for _, format := range Formats {
			url := "https://feeds.example/feeds/" + topic + "." + format
			if typ := found[url]; typ != strings.TrimSuffix(ContentType(format), "; charset=utf-8") {
				t.Errorf("autodiscovery of %s: type %q", url, typ)
			}
		}
	}
	if len(found) != 6 {
		t.Errorf("%d autodiscovery links, want 6: %v", len(found), found)
	}
}

// lookupError is what a failed poll stores when a name does not resolve.
const lookupError = `poll broken: Get "https://broken.example/rss": dial tcp: lookup broken.example on 127.0.0.53:53: no such host`

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func TestOPML(t *testing.T) {
	f := newFixture(t, Options{})
	resp, body := f.do("GET", "/opml")
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != opmlContentType || resp.Header.Get("ETag") == "" {
		t.Fatalf("status %d, headers %v", resp.StatusCode, resp.Header)
	}
	var doc struct {
		Version string `xml:"version,attr"`
		Title   string `xml:"head>title"`
		Outline []struct {
			Text    string `xml:"text,attr"`
			Type    string `xml:"type,attr"`
			XMLURL  string `xml:"xmlUrl,attr"`
			HTMLURL string `xml:"htmlUrl,attr"`
		} `xml:"body>outline"`
	}
	if err := xml.Unmarshal(body, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Version != "2.0" || doc.Title == "" || len(doc.Outline) != 2 {
		t.Fatalf("OPML: %+v", doc)
	}
	o := doc.Outline[1]
	if o.Text != "Nothing <yet>" || o.Type != "rss" || o.XMLURL != "https://feeds.example/feeds/empty.atom" || o.HTMLURL != "https://feeds.example/" {
		t.Errorf("outline: %+v", o)
	}
	if resp, _ := f.do("GET", "/opml", "If-None-Match", resp.Header.Get("ETag")); resp.StatusCode != 304 {
		t.Errorf("conditional OPML request: %d, want 304", resp.StatusCode)
	}
}
