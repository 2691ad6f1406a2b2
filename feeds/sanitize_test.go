package feeds

import (
	"net/url"
	"strings"
	"testing"

	"github.com/feedsieve/feedsieve/storage"
)

func TestSanitize(t *testing.T) {
	base, _ := url.Parse("https://news.example/world/story.html")
	s := newSanitizer()
	tests := []struct {
		name, in string
		base     *url.URL
		want     string
	}{
		{"kept", `<p>Shelling near <b>Stepanakert</b>.</p>`, base, `<p>Shelling near <b>Stepanakert</b>.</p>`},
		{"script and its text", `a<script>alert(1)</script>b`, base, `ab`},
		{"style", `<style>p{color:red}</style><p style="color:red">x</p>`, base, `<p>x</p>`},
		{"event handler", `<p onclick="steal()" onmouseover="x()">x</p>`, base, `<p>x</p>`},
		{"javascript URL", `<a href="javascript:alert(1)">x</a>`, base, `x`},
		{"javascript URL with case and spaces", `<a href=" JaVaScRiPt:alert(1)">x</a>`, base, `x`},
		{"data URL", `<img src="data:image/png;base64,AAAA">`, base, ``},
		{"relative href", `<a href="../europe/">Europe</a>`, base, `<a href="https://news.example/europe/" rel="nofollow">Europe</a>`},
		{"root-relative src", `<img src="/img/map.png" alt="map">`, base, `<img src="https://news.example/img/map.png" alt="map">`},
		{"protocol-relative src", `<img src="//cdn.example/a.jpg">`, base, `<img src="https://cdn.example/a.jpg">`},
		{"fragment", `<a href="#part2">2</a>`, base, `<a href="https://news.example/world/story.html#part2" rel="nofollow">2</a>`},
		{"absolute stays", `<a href="http://other.example/x?a=1&amp;b=2">x</a>`, base, `<a href="http://other.example/x?a=1&amp;b=2" rel="nofollow">x</a>`},
		{"relative without a base is dropped", `<a href="/x">x</a><img src="y.png">`, nil, `x`},
		{"iframe", `<iframe src="https://evil.example/"></iframe>ok`, base, `ok`},
		{"entities and text untouched", `Tom &amp; Jerry &lt;3 — «Ղարաբաղ»`, base, `Tom &amp; Jerry &lt;3 — «Ղարաբաղ»`},
		{"unclosed tag", `<p>open <b>bold`, base, `<p>open <b>bold`},
		{"comment dropped", `a<!-- <script>x</script> -->b`, base, `ab`},
		{"javascript as decimal entity", `<a href="&#106;avascript:alert(1)">x</a>`, base, `x`},
		{"javascript as hex entities", `<a href="&#x6A;&#x61;vascript&colon;alert(1)">x</a>`, base, `x`},
		{"javascript with an encoded tab", `<a href="jav&#x09;ascript:alert(1)">x</a>`, base, `x`},
		{"javascript with a padded tab", `<a href="java&#0000009;script:alert(1)">x</a>`, base, `x`},
		{"javascript with a newline", "<a href=\"java\nscript:alert(1)\">x</a>", base, `x`},
		{"javascript after a control character", "<a href=\"\x01javascript:alert(1)\">x</a>", base, `x`},
		{"javascript img src", `<img src="JaVaScRiPt:alert(1)">`, base, ``},
		{"vbscript URL", `<a href="vbscript:msgbox(1)">x</a>`, base, `x`},
		{"data URL link", `<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>`, base, `x`},
		{"https without slashes", `<a href="https:evil.example">x</a>`, base, `x`},
		{"user name in URL", `<a href="https://news.example@evil.example/">x</a>`, base, `x`},
		{"upper-case https", `<a href="HTTPS://other.example/">x</a>`, base, `<a href="https://other.example/" rel="nofollow">x</a>`},
		{"mailto", `<a href="mailto:desk@news.example">m</a>`, base, `<a href="mailto:desk@news.example" rel="nofollow">m</a>`},
		{"svg onload", `<svg onload="alert(1)"><circle r="1"/></svg>ok`, base, `ok`},
		{"style url", `<div style="background:url(javascript:alert(1))">d</div>`, base, `<div>d</div>`},
		{"form and formaction", `<form action="javascript:x"><button formaction="javascript:x">b</button></form>`, base, `b`},
		{"object, embed, base, meta", `<object data="javascript:x"></object><embed src="javascript:x"><base href="javascript:x//"><meta http-equiv="refresh" content="0;url=javascript:x">ok`, base, `ok`},
		{"noscript breakout", `<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>`, base, `<img src="https://news.example/world/x">&#34;&gt;`},
		{"CDATA end", `a]]>b`, base, `a]]&gt;b`},
		{"control characters and invalid UTF-8", "a\x01b\x7fc\xff", base, "abc\uFFFD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := s.html(tt.in, tt.base); got != tt.want {
				t.Errorf("html(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSanitizeItemBase(t *testing.T) {
	s := newSanitizer()
	it := &storage.Item{
		Summary: `<a href="a">a</a>`, Content: `<img src="b.png">`,
		Feed: storage.FeedInfo{Link: "https://site.example/news/"},
	}
	got := s.item(it)
	if !strings.Contains(got.Summary, `href="https://site.example/news/a"`) || !strings.Contains(got.Content, `src="https://site.example/news/b.png"`) {
		t.Errorf("without an item link, URLs resolve against the feed's site: %q %q", got.Summary, got.Content)
	}
	if it.Summary != `<a href="a">a</a>` {
		t.Error("sanitizing changed the stored item")
	}
	it.Link = "https://site.example/2023/story"
	if got := s.item(it); !strings.Contains(got.Summary, `href="https://site.example/2023/a"`) {
		t.Errorf("the item link is the base: %q", got.Summary)
	}
}

func TestAbsolutizeSrcset(t *testing.T) {
	base, _ := url.Parse("https://news.example/a/b")
	got := absolutize(`<img srcset="x.png 1x, /y.png 2x" src=z.png>`, base)
	want := `<img srcset="https://news.example/a/x.png 1x, https://news.example/y.png 2x" src="https://news.example/a/z.png">`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// FuzzSanitize: whatever HTML comes in, what goes out passes the checks
// a reader's page would need (hostile_check_test.go).
func FuzzSanitize(f *testing.F) {
	for _, s := range []string{
		`<a href="javascript:alert(1)">x</a>`, `<img src=x onerror=alert(1)>`, `<svg onload=alert(1)>`,
		`<a href="&#106;avascript:x">`, `<noscript><p title="</noscript><img src=x onerror=alert(1)>">`,
		`<img srcset="a.png 1x, javascript:x 2x">`, `<a href="//evil.example/">`, "a\x01]]>\xff",
	} {
		f.Add(s)
	}
	base, _ := url.Parse("https://news.example/world/story.html")
	s := newSanitizer()
	f.Fuzz(func(t *testing.T, in string) {
		checkHTML(t, "sanitized", s.html(in, base))
	})
}
