package configedit

import (
	"bytes"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"
)

func TestParseOPML(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Outline
	}{{
		name: "nested folders, title before text",
		in: `<?xml version="1.0" encoding="UTF-8"?>
<!-- exported -->
<opml version="2.0">
  <head><title>My feeds</title></head>
  <body>
    <outline text="News" title="News">
      <outline type="rss" text="DR text" title="DR Udland" xmlUrl="https://www.dr.dk/feed" htmlUrl="https://www.dr.dk/"/>
      <outline text="World">
        <outline type="rss" text="BBC World" xmlUrl="https://feeds.bbci.co.uk/news/world/rss.xml"/>
      </outline>
    </outline>
    <outline type="rss" text="Top level" xmlUrl=" https://top.example/feed "/>
  </body>
</opml>`,
		want: []Outline{
			{Title: "DR Udland", XMLURL: "https://www.dr.dk/feed", HTMLURL: "https://www.dr.dk/", Folder: "News"},
			{Title: "BBC World", XMLURL: "https://feeds.bbci.co.uk/news/world/rss.xml", Folder: "News / World"},
			{Title: "Top level", XMLURL: "https://top.example/feed"},
		},
	}, {
		name: "folders at several depths",
		in: `<opml version="2.0"><body>
<outline title="Tech" text="ignored">
  <outline text="  Go
     and Rust ">
    <outline text="Deep"><outline text="A" xmlUrl="https://a.example/"/></outline>
    <outline text="B" xmlUrl="https://b.example/"/>
  </outline>
  <outline text="C" xmlUrl="https://c.example/"/>
  <outline>
    <outline text="D, in a folder without a name" xmlUrl="https://d.example/"/>
  </outline>
  <outline text="E, a feed with outlines in it" xmlUrl="https://e.example/">
    <outline text="F" xmlUrl="https://f.example/"/>
  </outline>
  <outline text="Empty folder"/>
  <outline text="G" xmlUrl="https://g.example/"/>
</outline>
<outline text="H" xmlUrl="https://h.example/"/>
<outline text="Медиа"><outline text="I" xmlUrl="https://i.example/"/></outline>
</body></opml>`,
		want: []Outline{
			{Title: "A", XMLURL: "https://a.example/", Folder: "Tech / Go and Rust / Deep"},
			{Title: "B", XMLURL: "https://b.example/", Folder: "Tech / Go and Rust"},
			{Title: "C", XMLURL: "https://c.example/", Folder: "Tech"},
			{Title: "D, in a folder without a name", XMLURL: "https://d.example/", Folder: "Tech"},
			{Title: "E, a feed with outlines in it", XMLURL: "https://e.example/", Folder: "Tech"},
			{Title: "F", XMLURL: "https://f.example/", Folder: "Tech"},
			{Title: "G", XMLURL: "https://g.example/", Folder: "Tech"},
			{Title: "H", XMLURL: "https://h.example/"},
			{Title: "I", XMLURL: "https://i.example/", Folder: "Медиа"},
		},
	}, {
		name: "attribute names in any case",
		in: `<opml version="1.0"><body>
<outline TEXT="A" xmlurl="https://a.example/" HTMLURL="https://a.example/home"/>
<outline Title="B" XMLURL="https://b.example/"/>
</body></opml>`,
		want: []Outline{
			{Title: "A", XMLURL: "https://a.example/", HTMLURL: "https://a.example/home"},
			{Title: "B", XMLURL: "https://b.example/"},
		},
	}, {
		name: "entities, HTML entities and an empty xmlUrl",
		in: `<opml version="2.0"><body>
<outline text="Caf&eacute; &amp; Co &#8211; News" xmlUrl="https://c.example/?a=1&amp;b=2"/>
<outline text="Empty" xmlUrl=""/>
</body></opml>`,
		want: []Outline{{Title: "Café & Co – News", XMLURL: "https://c.example/?a=1&b=2"}},
	}, {
		name: "feed: URLs",
		in: `<opml version="2.0"><body>
<outline text="A" xmlUrl="feed://a.example/rss"/>
<outline text="B" xmlUrl="feed:https://b.example/atom"/>
<outline text="C" xmlUrl="FEED:HTTP://c.example/"/>
<outline text="D" xmlUrl="feed:ftp://d.example/"/>
</body></opml>`,
		want: []Outline{
			{Title: "A", XMLURL: "http://a.example/rss"},
			{Title: "B", XMLURL: "https://b.example/atom"},
			{Title: "C", XMLURL: "http://c.example/"},
			{Title: "D", XMLURL: "feed:ftp://d.example/"},
		},
	}, {
		name: "outline outside the body",
		in:   `<opml><head><outline text="x" xmlUrl="https://head.example/"/></head><body/></opml>`,
	}, {
		name: "no feeds",
		in:   "\ufeff<opml version=\"2.0\"><head/><body><outline text=\"empty folder\"/></body></opml>",
	}, {
		name: "ISO-8859-1",
		in:   "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><opml><body><outline text=\"Tagesschau f\xfcr alle\" xmlUrl=\"https://t.example/\"/></body></opml>",
		want: []Outline{{Title: "Tagesschau für alle", XMLURL: "https://t.example/"}},
	}, {
		name: "nothing read after the root element",
		in:   `<opml><body><outline text="A" xmlUrl="https://a.example/"/></body></opml><not-closed>`,
		want: []Outline{{Title: "A", XMLURL: "https://a.example/"}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseOPML(strings.NewReader(tt.in))
			if err != nil {
				t.Fatalf("ParseOPML: %v", err)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestFeedURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"feed://example.org/rss.xml", "http://example.org/rss.xml"},
		{"FEED://Example.org/Path?q=1", "http://Example.org/Path?q=1"},
		{"Feed://user@example.org:8080/", "http://user@example.org:8080/"},
		{"feed:https://example.org/atom", "https://example.org/atom"},
		{"feed:http://example.org/rss", "http://example.org/rss"},
		{"FEED:HTTPS://example.org/a", "https://example.org/a"},
		{"feed:Http://example.org/a", "http://example.org/a"},
		{"https://example.org/feed", "https://example.org/feed"},
		{"http://feed.example.org/", "http://feed.example.org/"},
		// Not feed: URLs of http or https: left to be refused.
		{"feed:ftp://example.org/rss", "feed:ftp://example.org/rss"},
		{"feed:example.org/rss", "feed:example.org/rss"},
		{"feed:", "feed:"},
		{"feed", "feed"},
		{"feeds://example.org/", "feeds://example.org/"},
		{"ftp://example.org/rss", "ftp://example.org/rss"},
		{"feed:feed://example.org/", "feed:feed://example.org/"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := feedURL(tt.in); got != tt.want {
				t.Errorf("feedURL(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if again := feedURL(feedURL(tt.in)); again != tt.want {
				t.Errorf("feedURL twice = %q, want %q", again, tt.want)
			}
		})
	}
}

func TestParseOPMLErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", "opml: not an XML document: no element found"},
		{"text", "https://example.org/feed\n", "opml: not an XML document: text before the first element"},
		{"JSON", `{"feeds": []}`, "opml: not an XML document: text before the first element"},
		{"broken XML", "<opml><body></opml>", "opml: XML syntax error on line 1: element <body> closed by </opml>"},
		{"cut off", "<opml><body><outline", "opml: XML syntax error on line 1: unexpected EOF"},
		{"unclosed root", "<opml><body/>", "opml: XML syntax error on line 1: unexpected EOF"},
		{"RSS instead of OPML", `<rss version="2.0"><channel/></rss>`, "opml: the root element is <rss>, not <opml>"},
		{"no body", `<opml version="2.0"><head><title>x</title></head></opml>`, "opml: no <body> element"},
		{"body not under the root", `<opml><head><body/></head></opml>`, "opml: no <body> element"},
		{"unknown encoding", `<?xml version="1.0" encoding="windows-1251"?><opml/>`,
			`opml: xml: opening charset "windows-1251": unsupported encoding "windows-1251", convert the file to UTF-8`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseOPML(strings.NewReader(tt.in))
			if err == nil || err.Error() != tt.want {
				t.Fatalf("ParseOPML = %q, %v; want error %q", got, err, tt.want)
			}
		})
	}
}

func TestParseOPMLSizeLimit(t *testing.T) {
	doc := `<opml><body><outline text="A" xmlUrl="https://a.example/"/></body></opml>`
	padded := func(n int) io.Reader {
		return strings.NewReader(doc + strings.Repeat(" ", n-len(doc)))
	}
	if got, err := ParseOPML(padded(maxOPMLSize)); err != nil || len(got) != 1 {
		t.Errorf("ParseOPML(16 MiB) = %q, %v; want 1 outline", got, err)
	}
	// The limit holds even for a document that ends past it.
	big := `<opml><body><outline text="` + strings.Repeat("x", maxOPMLSize) + `" xmlUrl="https://a.example/"/></body></opml>`
	if _, err := ParseOPML(strings.NewReader(big)); !errors.Is(err, ErrOPMLTooLarge) {
		t.Errorf("ParseOPML(over 16 MiB) = %v, want ErrOPMLTooLarge", err)
	}
	if _, err := parseOPML(strings.NewReader(doc), int64(len(doc)-1)); err == nil || err.Error() != "opml: the file is larger than 16 MiB" {
		t.Errorf("parseOPML one byte over the limit = %v, want ErrOPMLTooLarge", err)
	}
	if _, err := parseOPML(strings.NewReader(doc), int64(len(doc))); err != nil {
		t.Errorf("parseOPML at the limit: %v", err)
	}
}

func TestWriteOPML(t *testing.T) {
	var buf bytes.Buffer
	err := WriteOPML(&buf, "feedsieve <sources>", []Outline{
		{Title: `A & "B" <c>`, XMLURL: "https://a.example/?x=1&y=2", HTMLURL: "https://a.example/"},
		{XMLURL: "https://untitled.example/feed"},
	})
	if err != nil {
		t.Fatal(err)
	}
	want := `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head>
    <title>feedsieve &lt;sources&gt;</title>
  </head>
  <body>
    <outline type="rss" text="A &amp; &#34;B&#34; &lt;c&gt;" title="A &amp; &#34;B&#34; &lt;c&gt;" xmlUrl="https://a.example/?x=1&amp;y=2" htmlUrl="https://a.example/"></outline>
    <outline type="rss" text="https://untitled.example/feed" xmlUrl="https://untitled.example/feed"></outline>
  </body>
</opml>
`
	if buf.String() != want {
		t.Errorf("got\n%s\nwant\n%s", buf.String(), want)
	}
}

func TestWriteOPMLEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteOPML(&buf, "", nil); err != nil {
		t.Fatal(err)
	}
	if got, err := ParseOPML(&buf); err != nil || len(got) != 0 {
		t.Errorf("ParseOPML(WriteOPML(nil)) = %q, %v; want no outlines", got, err)
	}
}

func TestWriteOPMLError(t *testing.T) {
	err := WriteOPML(failingWriter{}, "x", nil)
	if err == nil || err.Error() != "opml: write: disk full" {
		t.Errorf("WriteOPML = %v, want opml: write: disk full", err)
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestOPMLRoundTrip(t *testing.T) {
	in := []Outline{
		{Title: "Plain", XMLURL: "https://a.example/feed", HTMLURL: "https://a.example/"},
		{Title: `Quotes "'" & <tags> ]]>`, XMLURL: "https://b.example/rss?x=1&y=<2>"},
		{Title: "Ærø Avis – nyheder 日本", XMLURL: "https://c.example/ø"},
		{Title: "tab\tand\nnewline", XMLURL: "https://d.example/"},
	}
	var buf bytes.Buffer
	if err := WriteOPML(&buf, "round trip", in); err != nil {
		t.Fatal(err)
	}
	got, err := ParseOPML(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, in) {
		t.Errorf("got %q\nwant %q", got, in)
	}
}

func FuzzParseOPML(f *testing.F) {
	f.Add(`<opml><body><outline text="A" xmlUrl="https://a.example/"><outline xmlurl="b"/></outline></body></opml>`)
	f.Add(`<?xml version="1.0" encoding="latin1"?><opml><body/></opml>`)
	f.Fuzz(func(t *testing.T, in string) {
		got, err := ParseOPML(strings.NewReader(in))
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := WriteOPML(&buf, "fuzz", got); err != nil {
			t.Fatal(err)
		}
		again, err := ParseOPML(&buf)
		if err != nil {
			t.Fatalf("ParseOPML(WriteOPML(%q)): %v", got, err)
		}
		if len(again) != len(got) {
			t.Fatalf("%d outlines after a round trip, want %d", len(again), len(got))
		}
		for i := range got {
			if again[i].XMLURL != got[i].XMLURL || again[i].HTMLURL != got[i].HTMLURL {
				t.Errorf("outline %d: %q after a round trip, want %q", i, again[i], got[i])
			}
		}
	})
}
