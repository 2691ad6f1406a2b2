package feeds

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/internal/feedcheck"
	"github.com/feedsieve/feedsieve/storage"
)

// Every field of an item is written by whoever runs its source feed. The
// items here put hostile links and text in every place a feed item has,
// and the tests check each format as a reader would take it
// (hostile_check_test.go).

// unsafeLinks are links no published feed may carry.
var unsafeLinks = []string{
	"javascript:alert(1)",
	" JaVaScRiPt:alert(1)\n",
	"java\tscript:alert(1)",
	"\x01javascript:alert(1)",
	"\u202ejavascript:alert(1)",
	"javascript&#58;alert(1)",
	"vbscript:msgbox(1)",
	"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
	"DATA:text/html,<script>alert(1)</script>",
	"//evil.example/x",
	"/relative/path",
	"https:evil.example",
	"https://user:pass@evil.example/",
	"file:///etc/passwd",
	"https://evil.example/a\x00b",
}

// hostileTexts are titles, names and categories meant to become markup,
// break the document, or turn the reader's text around.
var hostileTexts = []string{
	`<img src=x onerror=alert(1)>`,
	`<script>alert(1)</script>`,
	`"><svg onload=alert(1)>`,
	`]]><script>alert(1)</script><![CDATA[`,
	"bell\x07 nul\x00 esc\x1b del\x7f c1\u0085 bad\xff\xfe bytes\uFFFE",
	"\u202egnp.exe\u202c override, \u2067isolate",
	strings.Repeat("long ", 20000),
}

// xssTitle is the title of an item with nothing else: what Atom once
// published as HTML.
const xssTitle = `<img src=x onerror=alert(1)>`

// hostileItems returns an item with only a title, one with only a title
// and a summary, and one per unsafe link, which has it in every place a
// link goes and hostile text in every place text goes.
func hostileItems() []*storage.Item {
	pub := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	items := []*storage.Item{
		{ID: "bare", Title: xssTitle, Published: pub, Updated: pub},
		{ID: "summary", Title: `<b onmouseover=alert(1)>bold</b>`, Summary: `<p onclick="alert(1)">s</p><script>alert(1)</script>`, Published: pub, Updated: pub},
	}
	for i, link := range unsafeLinks {
		text := hostileTexts[i%len(hostileTexts)]
		items = append(items, &storage.Item{
			ID: fmt.Sprintf("link-%d", i), Link: link, Title: text,
			Summary: `<a href="` + link + `">summary</a>` + text,
			Content: `<p>content <a href="` + link + `">link</a><img src="` + link + `" srcset="` + link + ` 2x">` +
				`<a href="&#106;avascript:alert(1)">entity</a><a href="jav&#x09;ascript:alert(1)">tab</a>` +
				`<iframe src="` + link + `"></iframe><form action="` + link + `"><button formaction="` + link + `">b</button></form>` +
				`<svg onload=alert(1)></svg><div style="background:url(` + link + `)">d</div>]]>` + text + "\x01\xff</p>",
			Categories: hostileTexts,
			Authors:    []storage.Person{{Name: text, Email: link, URI: link}, {Name: "<i>second</i>", URI: link}},
			Feed:       storage.FeedInfo{Title: text, Link: link, ID: link, Language: text},
			Published:  pub.Add(-time.Duration(i) * time.Minute), Updated: pub,
		})
	}
	return items
}

func TestHostileItems(t *testing.T) {
	topic := Topic{ID: "hostile", Title: "Hostile", Description: "Everything an attacker can write", MaxItems: 50}
	site := NewSite("https://feeds.example", "test")
	items := hostileItems()
	for _, format := range Formats {
		t.Run(format, func(t *testing.T) {
			body := render(t, format, topic, items, site)
			if format == "json" {
				checkJSONFeed(t, body)
			} else {
				checkXMLFeed(t, body)
				lower := strings.ToLower(string(body))
				for _, bad := range []string{"<script", "<svg", "javascript:", "vbscript:", "data:text"} {
					if strings.Contains(lower, bad) {
						t.Errorf("%s output holds %s", format, bad)
					}
				}
			}
			switch format {
			case "atom":
				feedcheck.Atom(t, body)
				feedcheck.Feedparser(t, format, body, len(items))
				feedcheck.Readers(t, body, len(items))
				checkAtomBare(t, body, len(items))
			case "rss":
				feedcheck.Feedparser(t, format, body, len(items))
				feedcheck.Readers(t, body, len(items))
				checkRSSBare(t, body, len(items))
			case "json":
				checkJSONBare(t, body, len(items))
			}
		})
	}
}

// checkAtomBare: every item keeps its entry; the entry with only a title
// carries it as text content, and one with only a summary carries the
// sanitized summary as HTML content.
func checkAtomBare(t *testing.T, body []byte, n int) {
	t.Helper()
	var doc struct {
		Entries []struct {
			Title   string `xml:"title"`
			Content struct {
				Type string `xml:"type,attr"`
				Text string `xml:",chardata"`
			} `xml:"content"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal(body, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Entries) != n {
		t.Fatalf("%d entries, want %d: an unsafe link must not cost the entry", len(doc.Entries), n)
	}
	if c := doc.Entries[0].Content; doc.Entries[0].Title != xssTitle || c.Type != "text" || c.Text != xssTitle {
		t.Errorf("entry with a title only: title %q, content %+v; want the title as text content", doc.Entries[0].Title, c)
	}
	if c := doc.Entries[1].Content; c.Type != "html" || c.Text != "<p>s</p>" {
		t.Errorf("entry with a summary only: content %+v; want the sanitized summary", c)
	}
}

func checkRSSBare(t *testing.T, body []byte, n int) {
	t.Helper()
	var doc struct {
		Items []struct {
			Title       string   `xml:"title"`
			Link        []string `xml:"link"`
			Description string   `xml:"description"`
		} `xml:"channel>item"`
	}
	if err := xml.Unmarshal(body, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Items) != n {
		t.Fatalf("%d items, want %d", len(doc.Items), n)
	}
	if it := doc.Items[0]; it.Title != xssTitle || it.Description != "" || len(it.Link) != 0 {
		t.Errorf("item with a title only: %+v", it)
	}
	for _, it := range doc.Items {
		if len(it.Link) != 0 {
			t.Errorf("item %q has a link %q, and every link was unsafe", short(it.Title), it.Link)
		}
	}
}

func checkJSONBare(t *testing.T, body []byte, n int) {
	t.Helper()
	var doc struct {
		Items []struct {
			Title       string  `json:"title"`
			URL         *string `json:"url"`
			ContentHTML *string `json:"content_html"`
			ContentText *string `json:"content_text"`
		} `json:"items"`
	}
	if err := json.Unmarshal(body, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Items) != n {
		t.Fatalf("%d items, want %d", len(doc.Items), n)
	}
	if it := doc.Items[0]; it.ContentHTML != nil || it.ContentText == nil || *it.ContentText != xssTitle {
		t.Errorf("item with a title only: content_html %v, content_text %v; want the title as content_text", it.ContentHTML, it.ContentText)
	}
	for _, it := range doc.Items {
		if it.URL != nil {
			t.Errorf("item %q has url %q, and every link was unsafe", short(it.Title), *it.URL)
		}
	}
}
