package aggregator

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestStripPage(t *testing.T) {
	for _, tc := range []struct {
		name, page, want string
		tags             int
	}{
		{"script and style", `<p>a<script>if (a<b) x("</p>")</script>b<STYLE type="text/css">p{}</Style >c</p>`, `<p>abc</p>`, 1},
		{"json-ld kept", `<script type="application/ld+json">{"headline":"<b>"}</script><p>a</p>`, `<script type="application/ld+json">{"headline":"<b>"}</script><p>a</p>`, 2},
		{"comments", `a<!-- <script> -->b<!-->c<!--->d<!--e`, `abcd`, 0},
		{"nested svg", `<svg viewBox="0 0 1 1"><svg><text>a</text></svg><text>b</text></svg>c<svg/>d<svg><use/></svg>e`, `cde`, 0},
		{"template", `<template><p>x</p></template><p>y</p>`, `<p>y</p>`, 1},
		{"markup in an attribute value", `<a title="<script>" href='x>'>y</a><script>z</script>`, `<a title="<script>" href='x>'>y</a>`, 1},
		{"markup in raw text", `<title>On <script> and <!-- --></title><textarea><svg></textarea><noscript><style></noscript>`, `<title>On <script> and <!-- --></title><textarea><svg></textarea><noscript><style></noscript>`, 3},
		{"names that only begin alike", `<scripts>a</scripts><svgx>b</svgx><styled>`, `<scripts>a</scripts><svgx>b</svgx><styled>`, 3},
		{"end tags that only begin alike", `<script>a = "</scripts>"; b = "<svg>"</script ><svg><g></svgs></svg>c`, `c`, 0},
		{"plaintext", `<plaintext><script>x</script>`, `<plaintext><script>x</script>`, 1},
		{"unclosed script", `<p>a</p><script>never closed <p>b</p>`, `<p>a</p>`, 1},
		{"not a tag", `a < b <3 <>c</p>`, `a < b <3 <>c</p>`, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, tags := stripPage([]byte(tc.page))
			if string(got) != tc.want || tags != tc.tags {
				t.Errorf("stripPage(%q) = %q, %d tags; want %q, %d", tc.page, got, tags, tc.want, tc.tags)
			}
		})
	}
}

// TestStripPageKeepsTheArticle: scripts, styles, SVG icons and comments
// around and inside the article change nothing of what is extracted.
func TestStripPageKeepsTheArticle(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("testdata", "fulltext", "article.html"))
	if err != nil {
		t.Fatal(err)
	}
	noisy := strings.NewReplacer(
		"</head>", `<style>.story p{margin:0}</style><script src="/a.js"></script><script>var s = "</div>";</script></head>`,
		`<a class="logo" href="/">`, `<a class="logo" href="/"><svg width="20"><path d="M0 0h20"/></svg>`,
		`<div class="story-body">`, `<div class="story-body"><!-- ad slot --><script>ads.push({slot: "<p>"})</script>`,
		"</body>", `<template id="t"><p>Karabakh</p></template><script>track()</script></body>`,
	).Replace(string(page))
	want, err := extractArticle(&Response{Body: page, ContentType: "text/html", URL: "https://news.example/a"})
	if err != nil {
		t.Fatal(err)
	}
	got, err := extractArticle(&Response{Body: []byte(noisy), ContentType: "text/html", URL: "https://news.example/a"})
	if err != nil || got != want {
		t.Errorf("with scripts, styles and icons the article is\n%s (%v)\nwant\n%s", got, err, want)
	}
}

// FuzzStripPage: stripping only removes bytes, whatever the page.
func FuzzStripPage(f *testing.F) {
	for _, s := range []string{`<p>a<script>x</script>b<!--c-->`, `<svg><svg></svg>`, `<title><script></title>`, `<a b='>'<style>`, `<!-->`, `<scripts></script >`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, page string) {
		out, tags := stripPage([]byte(page))
		if len(out) > len(page) || tags > strings.Count(page, "<") {
			t.Errorf("stripPage(%q) = %q, %d tags", page, out, tags)
		}
	})
}
