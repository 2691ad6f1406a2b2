package aggregator

import (
	"fmt"
	"strings"
	"testing"
)

// TestShapeXMLBudget checks what shapeXML cuts past its budget of elements
// outside text fields (4,096 for a small window) and what it leaves: the
// markup inside text fields of items and of the feed, in their own
// namespace.
func TestShapeXMLBudget(t *testing.T) {
	const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><id>1</id>`
	many := func(n int, s string) string { return strings.Repeat(s, n) }
	var items strings.Builder
	for i := range 300 {
		fmt.Fprintf(&items, "<item><title>%d</title>%s</item>", i, many(30, "<category>c</category>"))
	}
	tests := []struct {
		name, doc string
		keep      int
		kept      string // counted in the result
		want      int    // its count
		cut       int
	}{
		{"extension flood in an item", `<rss xmlns:x="urn:x"><channel><item><title>a</title><x:a>` + many(10_000, "<x:b/>") + `</x:a></item></channel></rss>`,
			1, "<x:b/>", 4096 - 5, 0},
		{"categories of the channel", `<rss><channel>` + many(10_000, "<category>c</category>") + `</channel></rss>`,
			1, "<category>", 4096 - 2, 0},
		{"xhtml content", atom + `<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">` + many(10_000, "<p/>") + `</div></content></entry></feed>`,
			1, "<p/>", 10_000, 0},
		{"atom 0.3 summary", `<feed xmlns="http://purl.org/atom/ns#"><entry><summary mode="xml">` + many(10_000, "<p/>") + `</summary></entry></feed>`,
			1, "<p/>", 10_000, 0},
		{"rss description", `<rss><channel><description>` + many(10_000, "<br/>") + `</description></channel></rss>`,
			1, "<br/>", 10_000, 0},
		{"content in another namespace", atom + `<content xmlns="urn:x">` + many(10_000, "<p/>") + `</content></entry></feed>`,
			1, "<p/>", 4096 - 5, 0},
		{"prefixed content", atom + `<a:content xmlns:a="http://www.w3.org/2005/Atom">` + many(10_000, "<p/>") + `</a:content></entry></feed>`,
			1, "<p/>", 4096 - 5, 0},
		{"description inside an extension", `<rss xmlns:x="urn:x"><channel><item><x:a><description>` + many(10_000, "<br/>") + `</description></x:a></item></channel></rss>`,
			1, "<br/>", 4096 - 5, 0},
		// Items of 32 elements each: 127 fit whole, the 128th in part.
		{"items past the budget", `<rss><channel>` + items.String() + `</channel></rss>`, 200, "<item>", 128, 300 - 128},
		{"xhtml past a MiB", atom + `<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">` + many(300_000, "<p>x</p>") + `</div></content>` +
			`<summary type="xhtml">` + many(10, "<p>y</p>") + `</summary></entry></feed>`,
			1, "<p>", (maxTextFieldMarkup-len(`<div xmlns="http://www.w3.org/1999/xhtml">`))/8 + 1 + 10, 0},
		{"an element with too many attributes", `<rss><channel><item><title a="1"` + many(300, ` b=""`) + `/></item><item` + many(257, ` c=""`) + `/></channel></rss>`,
			5, "<title", 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, cut, err := shapeXML([]byte(tt.doc), tt.keep)
			if err != nil {
				t.Fatal(err)
			}
			if n := strings.Count(string(got), tt.kept); n != tt.want || cut != tt.cut {
				t.Errorf("%d %s kept, %d items cut; want %d, %d", n, tt.kept, cut, tt.want, tt.cut)
			}
			if _, _, err := decoderElements(got); err != nil {
				t.Errorf("the cut document does not decode: %v", err)
			}
		})
	}
}
