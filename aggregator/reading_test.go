package aggregator

import (
	"context"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

const smallRSS = `<rss version="2.0"><channel><title>t</title><item><title>Новости Karabakh</title></item></channel></rss>`

func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestParseFeedEncodings(t *testing.T) {
	decl := func(enc string) string { return `<?xml version="1.0" encoding="` + enc + `"?>` }
	le, be := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
	leNoBOM := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	tests := []struct {
		name        string
		body        []byte
		contentType string
		want        string // the item's title, or the error's start
	}{
		{"UTF-16 LE with BOM", encode(t, le, decl("utf-16")+smallRSS), "", "Новости Karabakh"},
		{"UTF-16 BE with BOM, no declaration", encode(t, be, smallRSS), "", "Новости Karabakh"},
		{"UTF-16 LE declared, no BOM", encode(t, leNoBOM, decl("UTF-16")+smallRSS), "", "Новости Karabakh"},
		{"UTF-16 JSON Feed", encode(t, le, `{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","title":"Новости Karabakh"}]}`), "", "Новости Karabakh"},
		{"UTF-16 declared on 8-bit bytes", []byte(decl("utf-16") + smallRSS), "", "Новости Karabakh"},
		{"UTF-16 in HTTP for 8-bit bytes", []byte(smallRSS), "text/xml; charset=utf-16", "Новости Karabakh"},
		{"UTF-32", []byte("\xff\xfe\x00\x00<\x00\x00\x00"), "", "document is in UTF-32, which is not supported"},
		{"charset in single quotes", []byte(smallRSS), "application/rss+xml; charset='utf-8'", "Новости Karabakh"},
		{"charset in double quotes", encode(t, charmap.Windows1251, smallRSS), `text/xml; charset="windows-1251"`, "Новости Karabakh"},
		{"unknown HTTP charset, UTF-8 bytes", []byte(smallRSS), "text/xml; charset=x-bogus", "Новости Karabakh"},
		{"unknown HTTP charset, 8-bit bytes", []byte(strings.Replace(smallRSS, "Новости", "Caf\xe9", 1)), "text/xml; charset=x-bogus", "Café Karabakh"},
		{"unknown HTTP charset loses to the declaration", encode(t, charmap.Windows1251, decl("windows-1251")+smallRSS), "text/xml; charset=x-bogus", "Новости Karabakh"},
		{"unknown declared encoding, HTTP charset known", encode(t, charmap.KOI8R, decl("x-bogus")+smallRSS), "text/xml; charset=koi8-r", "Новости Karabakh"},
		{"unknown declared encoding, 8-bit bytes", []byte(decl("x-bogus") + strings.Replace(smallRSS, "Новости", "Caf\xe9", 1)), "", "Café Karabakh"},
		{"unknown declared encoding, UTF-8 bytes", []byte(decl("x-bogus") + smallRSS), "", "Новости Karabakh"},
		{"UTF-8 byte order mark beats the declaration", []byte("\xef\xbb\xbf" + decl("windows-1251") + smallRSS), "", "Новости Karabakh"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := ParseFeed(tt.body, tt.contentType, 0)
			got := ""
			switch {
			case err != nil:
				got = err.Error()
			case len(f.Items) == 1:
				got = f.Items[0].Title
			}
			if !strings.HasPrefix(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParseJSONFeedKeepsWellFormedFields(t *testing.T) {
	body := `{"version":"https://jsonfeed.org/version/1.1","title":"J","authors":{"name":"not a list"},
"items":[
 {"id":1,"title":"Karabakh one","tags":"not a list","authors":{"name":"A"}},
 {"id":"2","title":["not","a","string"],"content_text":"Karabakh two","tags":["x",3,{"y":1},"y"]},
 "not an object",
 {"id":"3","title":"Karabakh three","date_published":42,"attachments":{"url":"x"}}
]}`
	f, err := ParseFeed([]byte(body), "application/feed+json", 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range f.Items {
		got = append(got, it.GUID+"|"+it.Title+"|"+strings.Join(it.Categories, ","))
	}
	want := "1|Karabakh one||2||x,3,y|3|Karabakh three|"
	if strings.Join(got, "|") != want {
		t.Errorf("items %q, want %q", strings.Join(got, "|"), want)
	}
}

func TestRSSItemLinks(t *testing.T) {
	tests := []struct{ name, item, want string }{
		{"link", `<link>https://a.example/1</link><guid>https://a.example/guid</guid>`, "https://a.example/1"},
		{"permalink guid", `<guid>https://a.example/guid</guid>`, "https://a.example/guid"},
		{"guid not a permalink", `<guid isPermaLink="false">https://a.example/guid</guid>`, ""},
		{"guid not a web URL", `<guid>tag:a.example,2024:1</guid>`, ""},
		{"atom:link alternate", `<atom:link rel="self" href="https://a.example/self"/><atom:link rel="alternate" href="https://a.example/alt"/><guid>https://a.example/guid</guid>`, "https://a.example/alt"},
		{"atom:link without rel", `<atom:link href="https://a.example/alt"/>`, "https://a.example/alt"},
		{"feedburner:origLink", `<link>https://feeds.feedburner.example/~r/x/1</link><feedburner:origLink>https://a.example/orig</feedburner:origLink>`, "https://a.example/orig"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"><channel><title>t</title><item><title>x</title>` + tt.item + `</item></channel></rss>`
			f, err := ParseFeed([]byte(doc), "", 0)
			if err != nil {
				t.Fatal(err)
			}
			es := toEntries(f.Feed, "https://a.example/feed", time.Now())
			if len(es) != 1 || es[0].Item.Link != tt.want {
				t.Errorf("link %q, want %q", es[0].Item.Link, tt.want)
			}
		})
	}
}

// TestMediaAndCategoriesAreSearched: an item with only Media RSS title and
// description, and Atom categories whose term or label only says
// Karabakh, are filed into the topic.
func TestMediaAndCategoriesAreSearched(t *testing.T) {
	tests := []struct{ name, doc, title, summary string }{
		{"media:group", `<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>v</title>
<item><guid isPermaLink="false">v1</guid><media:group><media:title>Video &lt;one&gt;</media:title>
<media:description>Footage from Karabakh &amp; around</media:description></media:group></item></channel></rss>`,
			"Video <one>", "Footage from Karabakh &amp; around"},
		{"media at item level", `<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>v</title>
<item><guid isPermaLink="false">v1</guid><title>Own title</title><media:title>Not used</media:title>
<media:description>Karabakh clip</media:description></item></channel></rss>`,
			"Own title", "Karabakh clip"},
		{"Atom category term", `<feed xmlns="http://www.w3.org/2005/Atom"><title>a</title><id>urn:a</id>
<entry><id>urn:a:1</id><title>Region news</title><updated>2024-01-01T00:00:00Z</updated>
<category term="karabakh" label="Caucasus"/></entry></feed>`, "Region news", ""},
		{"Atom category label", `<feed xmlns="http://www.w3.org/2005/Atom"><title>a</title><id>urn:a</id>
<entry><id>urn:a:1</id><title>Region news</title><updated>2024-01-01T00:00:00Z</updated>
<category term="c-17" label="Karabakh"/></entry></feed>`, "Region news", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := serveBytes(t, tt.doc)
			src := Source{Name: "media", URL: srv.URL + "/feed"}
			a, store := newTestAggregator(t, []Source{src}, 1<<20)
			if r := a.Poll(context.Background(), src); r.Err != nil || r.New != 1 {
				t.Fatalf("poll: %+v", r)
			}
			items, err := store.Newest("nk", 10)
			if err != nil || len(items) != 1 {
				t.Fatalf("the item was not filed into the topic: %d items, %v", len(items), err)
			}
			if items[0].Title != tt.title || items[0].Summary != tt.summary {
				t.Errorf("title %q, summary %q; want %q, %q", items[0].Title, items[0].Summary, tt.title, tt.summary)
			}
		})
	}
}

// TestParseFeedEncodingWarnings: an encoding passed over is read past, and
// the warning names it; a document without trouble has no warning.
func TestParseFeedEncodingWarnings(t *testing.T) {
	decl := `<?xml version="1.0" encoding="x-bogus"?>`
	tests := []struct {
		body, contentType, want string
	}{
		{smallRSS, "text/xml; charset=utf-8", ""},
		{decl + smallRSS, "", `unknown encoding "x-bogus" in the XML declaration: read as UTF-8`},
		{smallRSS, "text/xml; charset=x-other", `unknown charset "x-other" in the Content-Type: read as UTF-8`},
		{decl + "<rss version=\"2.0\"><channel><title>Caf\xe9</title></channel></rss>", "text/xml; charset=x-other",
			`unknown encoding "x-bogus" in the XML declaration; unknown charset "x-other" in the Content-Type: read as Windows-1252`},
		{"\xef\xbb\xbf<?xml version=\"1.0\" encoding=\"koi8-r\"?>" + smallRSS, "", `the XML declaration says "koi8-r", but a UTF-8 byte order mark starts the document: read as UTF-8`},
	}
	for _, tt := range tests {
		f, err := ParseFeed([]byte(tt.body), tt.contentType, 0)
		if err != nil {
			t.Fatal(err)
		}
		if f.Warning != tt.want {
			t.Errorf("%.60q: warning %q, want %q", tt.body, f.Warning, tt.want)
		}
	}
}

// TestLooseDates: RSS dates written loosely keep their time.
func TestLooseDates(t *testing.T) {
	want := time.Date(2024, 3, 2, 9, 15, 0, 0, time.UTC)
	for _, s := range []string{
		"2 Mar 2024 09:15 +0000", "sat, 02 mar 2024 09:15:00 gmt", "Saturday, 2 March 2024 9:15 GMT",
		"Sat, 02 Mar 24 04:15:00 EST", "March 2 2024 10:15:00 +0100", "2 Mar 2024 09:15:00",
	} {
		if got, ok := looseDate(s); !ok || !got.Equal(want) {
			t.Errorf("%q: %v, %v", s, got, ok)
		}
	}
	// dates written in the language of a site's CMS
	for s, want := range map[string]time.Time{
		"Do, 05 Dez 2026 10:00:00 +0100":        time.Date(2026, 12, 5, 9, 0, 0, 0, time.UTC),
		"jeu., 05 déc. 2026 10:00:00 +0100":     time.Date(2026, 12, 5, 9, 0, 0, 0, time.UTC),
		"Пт, 04 дек 2026 10:00:00 +0300":        time.Date(2026, 12, 4, 7, 0, 0, 0, time.UTC),
		"4 декабря 2026 10:00 +0300":            time.Date(2026, 12, 4, 7, 0, 0, 0, time.UTC),
		"mar, 01 dic 2026 10:00:00 +0100":       time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC), // "mar": Spanish Tuesday
		"sob, 05 gru 2026 10:00:00 +0100":       time.Date(2026, 12, 5, 9, 0, 0, 0, time.UTC),
		"Mo, 2 März 2026 08:00 +0100":           time.Date(2026, 3, 2, 7, 0, 0, 0, time.UTC),
		"ons, 2 okt 2026 10:00:00 +0200":        time.Date(2026, 10, 2, 8, 0, 0, 0, time.UTC),
		"tir, 5 mai 2026 10:00:00 +0200":        time.Date(2026, 5, 5, 8, 0, 0, 0, time.UTC),
		"ven, 10 ago 2026 10:00:00 +0200":       time.Date(2026, 8, 10, 8, 0, 0, 0, time.UTC),
		"Κυρ, 11 Ιούλ 2004 12:00:00 EST":        time.Date(2004, 7, 11, 17, 0, 0, 0, time.UTC),
		"Wed, 31 Dec 2003 10:14:55 +0900 (JST)": time.Date(2003, 12, 31, 1, 14, 55, 0, time.UTC),
		"2003/12/31 10:14:55 +0900":             time.Date(2003, 12, 31, 1, 14, 55, 0, time.UTC),
		"2003/12/31 10:14":                      time.Date(2003, 12, 31, 10, 14, 0, 0, time.UTC),
		"2003-12-31 10:14 +0900":                time.Date(2003, 12, 31, 1, 14, 0, 0, time.UTC),
		// Korean blog platforms' dates, in Korea's time
		"2004-05-25 오후 11:23:17":          time.Date(2004, 5, 25, 14, 23, 17, 0, time.UTC),
		"2004-05-25 오전 12:03:17":          time.Date(2004, 5, 24, 15, 3, 17, 0, time.UTC),
		"2004년 05월 28일  01:31:15":         time.Date(2004, 5, 27, 16, 31, 15, 0, time.UTC),
		"Fri, 2006/09/15 08:19:53 EDT":    time.Date(2006, 9, 15, 12, 19, 53, 0, time.UTC),
		"2003-12-31T10:14":                time.Date(2003, 12, 31, 10, 14, 0, 0, time.UTC),
		"20031231T101455Z":                time.Date(2003, 12, 31, 10, 14, 55, 0, time.UTC),
		"Do, 5. Dez 2026 10:00:00 +0100":  time.Date(2026, 12, 5, 9, 0, 0, 0, time.UTC),
		"ΣΑΒ, 01 ΜΑΪ 2004 12:00:00 +0300": time.Date(2004, 5, 1, 9, 0, 0, 0, time.UTC),
	} {
		if got, ok := looseDate(s); !ok || !got.Equal(want) {
			t.Errorf("%q: %v, %v; want %v", s, got, ok, want)
		}
	}
	for _, s := range []string{"", "sometime last week", "31 Feb 2024 10:00 GMT", "2 Mar 2024 09:15 +0000 extra words here", "Do, 05 Dezz 2026 10:00:00 +0100",
		"Wed, 31 Dec 2003 10:14:55 (JST)", "31 Dec 2003 10:14 (Tokyo)", // a zone's name alone is no zone
		"2004-05-25 오후 13:23:17", "2004년 05월 28일"} {
		if got, ok := looseDate(s); ok {
			t.Errorf("%q read as %v", s, got)
		}
	}
}

// TestLocalDatesPolled: an RSS item dated in its CMS's language keeps
// its date through parsing.
func TestLocalDatesPolled(t *testing.T) {
	doc := `<rss version="2.0"><channel><title>t</title><language>de</language>
		<item><title>a</title><guid>1</guid><pubDate>Do, 03 Dez 2026 10:00:00 +0100</pubDate></item></channel></rss>`
	f, err := ParseFeed([]byte(doc), "", 0)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 12, 5, 12, 0, 0, 0, time.UTC)
	if got, want := toEntries(f.Feed, "https://x.example/feed", now)[0].Item.Published, time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("published %v, want %v", got, want)
	}
}

// TestExpandEntities: a document's own plain-text entities are expanded;
// nested ones, markup in values and expansions bigger than the document
// are not.
func TestExpandEntities(t *testing.T) {
	doctype := func(decls string) string { return `<?xml version="1.0"?><!DOCTYPE rss [` + decls + `]><rss>` }
	tests := []struct{ doc, want string }{
		{doctype(`<!ENTITY site "Zoo">`) + `&site; &site;</rss>`, doctype(`<!ENTITY site "Zoo">`) + `Zoo Zoo</rss>`},
		{doctype(`<!ENTITY a "x"><!ENTITY b "&a;&a;">`) + `&b;</rss>`, doctype(`<!ENTITY a "x"><!ENTITY b "&a;&a;">`) + `&b;</rss>`},
		{doctype(`<!ENTITY m "<b>x</b>">`) + `&m;</rss>`, doctype(`<!ENTITY m "<b>x</b>">`) + `&m;</rss>`},
		{doctype(`<!ENTITY big "`+strings.Repeat("y", 100)+`">`) + strings.Repeat("&big;", 10) + `</rss>`, ""},
		{`<rss>&site;</rss>`, ""},
	}
	for _, tt := range tests {
		if tt.want == "" {
			tt.want = tt.doc
		}
		if got := string(expandEntities([]byte(tt.doc))); got != tt.want {
			t.Errorf("%.80q:\n got %q\nwant %q", tt.doc, got, tt.want)
		}
	}
}

// TestAtomTitleFromMedia: an Atom entry without a title takes its
// media:title as HTML-escaped text once, not twice (it was stored as
// "Fish &amp; chips" when entries were taken to have text titles).
func TestAtomTitleFromMedia(t *testing.T) {
	doc := `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"><title>t</title><id>urn:t</id><updated>2024-01-01T00:00:00Z</updated>
<entry><id>urn:a</id><updated>2024-01-01T00:00:00Z</updated><media:group><media:title>Fish &amp; chips &lt;live&gt;</media:title></media:group></entry>
<entry><title>Vector&lt;T&gt; &amp; co</title><id>urn:b</id><updated>2024-01-01T00:00:00Z</updated></entry></feed>`
	f, err := ParseFeed([]byte(doc), "", 0)
	if err != nil {
		t.Fatal(err)
	}
	entries := toEntries(f.Feed, "http://x.example/", time.Now())
	if len(entries) != 2 || entries[0].Item.Title != "Fish & chips <live>" || entries[1].Item.Title != "Vector<T> & co" {
		t.Errorf("titles %q, %q", entries[0].Item.Title, entries[1].Item.Title)
	}
}
