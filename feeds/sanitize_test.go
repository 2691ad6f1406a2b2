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
