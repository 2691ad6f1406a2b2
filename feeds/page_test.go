package feeds

import (
	"bytes"
	"encoding/xml"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// TestTopicPage: a topic's page shows the entries of its feeds, newest
// first, with their text shortened and a link to the rest; it is rendered
// once per change and served with ETag, gzip and 304; entries' markup
// cannot break out of it.
func TestTopicPage(t *testing.T) {
	f := newFixture(t, Options{})
	f.add(3, true)
	t0 := time.Date(2026, 11, 20, 13, 0, 0, 0, time.UTC)
	zh := storage.Item{
		Title: `<script>alert(1)</script> 纳戈尔诺-卡拉巴赫`, Link: "https://zh.example/1", NormLink: "https://zh.example/1", Language: "zh",
		Summary:   `<h1>Lead</h1><p><img src="https://zh.example/a.jpg"> text <img src="https://zh.example/b.jpg" alt="b"></p><script>x()</script>`,
		Published: t0, Feed: storage.FeedInfo{Title: "Planet CN"},
		// delivered by an aggregator: the page names who published it
		Origin: storage.FeedInfo{Title: "Xinhua (test)", ID: "https://xinhua.example/feed"},
	}
	inNK := func(*storage.Item) []storage.Match { return []storage.Match{{Topic: "nk"}} }
	if _, err := f.store.Apply(storage.Batch{Source: "zh", Now: t0, Entries: []storage.Entry{{Key: zh.Link, Item: zh}}}, inNK); err != nil {
		t.Fatal(err)
	}
	f.server.Changed([]string{"nk"})

	resp, body := f.do("GET", "/topics/nk")
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != pageContentType || resp.Header.Get("Content-Security-Policy") != pageCSP {
		t.Fatalf("status %d, headers %v", resp.StatusCode, resp.Header)
	}
	page := string(body)
	for _, want := range []string{
		`<h1>Nagorno-Karabakh</h1>`, `<p>Every item</p>`, `The newest 50 entries, as in the feeds`,
		`<link rel="alternate" type="application/atom+xml" title="Nagorno-Karabakh" href="https://feeds.example/feeds/nk.atom">`,
		`<link rel="alternate" type="application/feed+json" title="Nagorno-Karabakh (JSON Feed)" href="https://feeds.example/feeds/nk.json">`,
		`<a href="https://feeds.example/feeds/nk.rss" type="application/rss+xml">RSS`,
		`<article class="entry" lang="zh">`,
		`<h2><a href="https://zh.example/1">&lt;script&gt;alert(1)&lt;/script&gt; 纳戈尔诺-卡拉巴赫</a></h2>`,
		`<p class="meta">Xinhua (test) · <time datetime="2026-11-20T13:00:00Z">2026-11-20 13:00 UTC</time></p>`,
		`<div class="body"><p>Lead</p><p><img src="https://zh.example/a.jpg" alt=""/> text </p></div>`,
		`<h2><a href="https://news.example/3">Story 3</a></h2>`,
		`<p><a href="https://news.example/3">Read more<span class="sr">: Story 3</span></a> at src</p>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("topic page lacks %s", want)
		}
	}
	if strings.Contains(page, "<script") || strings.Contains(page, "b.jpg") {
		t.Errorf("the page has a script, or a second image of one entry:\n%s", page)
	}
	// The same entries as the feed, in the same order.
	_, atom := f.do("GET", "/feeds/nk.atom")
	var feed struct {
		Entries []struct {
			Title string `xml:"title"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal(atom, &feed); err != nil {
		t.Fatal(err)
	}
	var feedTitles, pageTitles []string
	for _, e := range feed.Entries {
		feedTitles = append(feedTitles, e.Title)
	}
	for _, part := range strings.Split(page, "<h2>")[1:] {
		title, _, _ := strings.Cut(part, "</h2>")
		if i := strings.Index(title, `">`); i >= 0 {
			title = strings.TrimSuffix(title[i+2:], "</a>")
		}
		pageTitles = append(pageTitles, strings.ReplaceAll(strings.ReplaceAll(title, "&lt;", "<"), "&gt;", ">"))
	}
	if !slices.Equal(feedTitles, pageTitles) {
		t.Errorf("page entries %q, feed entries %q", pageTitles, feedTitles)
	}

	// Cached: the same bytes until a change, 304 and gzip.
	etag := resp.Header.Get("ETag")
	if resp, _ := f.do("GET", "/topics/nk", "If-None-Match", etag); resp.StatusCode != 304 {
		t.Errorf("If-None-Match of the current page: %d, want 304", resp.StatusCode)
	}
	if resp, zbody := f.do("GET", "/topics/nk", "Accept-Encoding", "gzip"); resp.Header.Get("Content-Encoding") != "gzip" || !bytes.Equal(gunzip(t, zbody), body) {
		t.Errorf("gzip: Content-Encoding %q", resp.Header.Get("Content-Encoding"))
	}
	first, _ := f.server.Page("nk")
	if again, _ := f.server.Page("nk"); again != first {
		t.Error("the page was rendered again without a change")
	}
	f.add(1, true)
	if resp, body := f.do("GET", "/topics/nk"); resp.Header.Get("ETag") == etag || !strings.Contains(string(body), "Story 4") {
		t.Errorf("after a change: ETag %s (was %s), page lacks the new entry", resp.Header.Get("ETag"), etag)
	}
	for path, want := range map[string]int{"/topics/nope": 404, "/topics/": 404, "/topics/nk/x": 404} {
		if resp, _ := f.do("GET", path); resp.StatusCode != want {
			t.Errorf("GET %s: %d, want %d", path, resp.StatusCode, want)
		}
	}
	if resp, _ := f.do("POST", "/topics/nk"); resp.StatusCode != 405 {
		t.Errorf("POST /topics/nk: %d, want 405", resp.StatusCode)
	}
}

// TestStoriesOnTopicPage: a story's entry names its other outlets below
// its shortened text.
func TestStoriesOnTopicPage(t *testing.T) {
	f := newFixture(t, Options{Topics: []Topic{{ID: "nk", Title: "NK", MaxItems: 10, MaxAge: time.Minute, Stories: true, StoryWindow: 48 * time.Hour}}})
	t0 := time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)
	afp := putStory(t, f.store, storage.Item{Title: "Offensive (AFP)", Link: "https://afp.example/1", Content: "<p>The whole report.</p>", Published: t0, FirstSeen: t0, Feed: storage.FeedInfo{Title: "AFP"}}, "afp", storage.Match{})
	putStory(t, f.store, storage.Item{Title: "Offensive (DW)", Link: "https://dw.example/3", Published: t0.Add(time.Hour), FirstSeen: t0, Feed: storage.FeedInfo{Title: "DW"}}, "dw", storage.Match{Story: afp})
	_, body := f.do("GET", "/topics/nk")
	page := string(body)
	for _, want := range []string{
		`The newest 10 stories (each reported once, with the other outlets that had it)`,
		`<div class="body">Offensive (AFP).</div>`, `Read more<span class="sr">: Offensive (AFP)</span>`,
		`<p>Also reported by: DW: <a href="https://dw.example/3" rel="nofollow">Offensive (DW)</a>.</p>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("topic page lacks %s:\n%s", want, page)
		}
	}
	if strings.Contains(page, "<h2>Offensive (DW)") {
		t.Error("a copy has an entry of its own")
	}
}

func TestExcerpt(t *testing.T) {
	for _, tt := range []struct {
		name, in, want string
		cut            bool
	}{
		{"short", "<p>A <b>b</b>.</p>", "<p>A <b>b</b>.</p>", false},
		{"cut at a word", "<p>one two three four</p><p>five</p>", "<p>one two…</p>", true},
		{"closes what it keeps", "<div><ul><li>one two three four</li><li>more</li></ul></div>", "<div><ul><li>one two…</li></ul></div>", true},
		{"blank rest is not a cut", "<p>0123456789</p>\n", "<p>0123456789</p>", false},
		{"no space: cut at the limit", "纳戈尔诺卡拉巴赫地区据报道", "纳戈尔诺卡拉巴赫地区…", true},
		{"headings become paragraphs", "<h2>Head</h2>", "<p>Head</p>", false},
		{"one image, with alt", `<img src="https://a.example/1.png"><img src="https://a.example/2.png" alt="x">`, `<img src="https://a.example/1.png" alt=""/>`, true},
		{"alt kept", `<img src="https://a.example/1.png" alt="Map">`, `<img src="https://a.example/1.png" alt="Map"/>`, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, cut := excerpt(tt.in, 10, true)
			if got != tt.want || cut != tt.cut {
				t.Errorf("excerpt(%q) = %q, %v; want %q, %v", tt.in, got, cut, tt.want, tt.cut)
			}
		})
	}
}

// TestFeedStylesheet: Atom and RSS name the stylesheet, which the server
// serves as XSLT with ETag; JSON Feed does not.
func TestFeedStylesheet(t *testing.T) {
	f := newFixture(t, Options{})
	f.add(1, true)
	for format, want := range map[string]bool{"atom": true, "rss": true, "json": false} {
		_, body := f.do("GET", "/feeds/nk."+format)
		pi := xml.Header + `<?xml-stylesheet type="text/xsl" href="../feed.xsl"?>` + "\n"
		if got := bytes.HasPrefix(body, []byte(pi)); got != want {
			t.Errorf("%s starts with the stylesheet: %v, want %v:\n%.200s", format, got, want, body)
		}
	}
	// A browser gets them as XML, which it applies the stylesheet to.
	for format, want := range map[string]string{"atom": "application/xml; charset=utf-8", "rss": "application/xml; charset=utf-8", "json": ContentType("json")} {
		resp, _ := f.do("GET", "/feeds/nk."+format, "Sec-Fetch-Dest", "document")
		if got := resp.Header.Get("Content-Type"); got != want {
			t.Errorf("a browser gets %s as %q, want %q", format, got, want)
		}
	}
	resp, body := f.do("GET", "/feed.xsl")
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != xslContentType || !bytes.Equal(body, feedXSL) || resp.Header.Get("ETag") == "" {
		t.Fatalf("GET /feed.xsl: %d, headers %v", resp.StatusCode, resp.Header)
	}
	var sheet struct {
		XMLName xml.Name
		Version string `xml:"version,attr"`
	}
	if err := xml.Unmarshal(body, &sheet); err != nil || sheet.XMLName.Local != "stylesheet" || sheet.Version != "1.0" {
		t.Errorf("feed.xsl is not an XSLT 1.0 stylesheet: %v %+v", err, sheet)
	}
}

// TestTopicPagePictures: an entry shows its picture, else its first image
// enclosure, in place of the images in its text; unsafe URLs show nothing.
func TestTopicPagePictures(t *testing.T) {
	f := newFixture(t, Options{})
	t0 := time.Date(2026, 11, 20, 13, 0, 0, 0, time.UTC)
	var entries []storage.Entry
	for i, it := range []storage.Item{
		{Title: "Image", Image: "https://pic.example/p.jpg", Summary: `<p><img src="https://pic.example/inline.jpg"> text</p>`},
		{Title: "Enclosure", Enclosures: []storage.Enclosure{{URL: "https://pic.example/a.mp3", Type: "audio/mpeg"}, {URL: "https://pic.example/e.png", Type: "image/png"}}},
		{Title: "Unsafe", Image: "javascript:alert(1)"},
	} {
		it.Link = "https://news.example/pic/" + it.Title
		it.NormLink, it.Published = it.Link, t0.Add(-time.Duration(i)*time.Minute)
		entries = append(entries, storage.Entry{Key: it.Link, Item: it})
	}
	inNK := func(*storage.Item) []storage.Match { return []storage.Match{{Topic: "nk"}} }
	if _, err := f.store.Apply(storage.Batch{Source: "pics", Now: t0, Entries: entries}, inNK); err != nil {
		t.Fatal(err)
	}
	f.server.Changed([]string{"nk"})
	_, body := f.do("GET", "/topics/nk")
	page := string(body)
	for _, want := range []string{
		`<img class="picture" src="https://pic.example/p.jpg" alt="" loading="lazy">`,
		`<div class="body"><p> text</p></div>`,
		`<img class="picture" src="https://pic.example/e.png" alt="" loading="lazy">`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("topic page lacks %s", want)
		}
	}
	if n := strings.Count(page, "<img"); n != 2 || strings.Contains(page, "javascript:") {
		t.Errorf("%d images, want 2, and no javascript: URL:\n%s", n, page)
	}
}
