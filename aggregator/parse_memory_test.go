package aggregator

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// allocated returns the bytes allocated while f ran (TotalAlloc, which
// counts garbage too: a bound on it bounds the peak).
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// hugeFeeds are feeds of 200,000 tiny items, 5 to 9 MiB each.
func hugeFeeds() map[string]string {
	const n = 200_000
	var rss, atom, js strings.Builder
	rss.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>`)
	atom.WriteString(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>`)
	js.WriteString(`{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[`)
	for i := range n {
		fmt.Fprintf(&rss, "<item><title>x</title><guid>%d</guid></item>", i)
		fmt.Fprintf(&atom, "<entry><id>%d</id><title>x</title></entry>", i)
		if i > 0 {
			js.WriteByte(',')
		}
		fmt.Fprintf(&js, `{"id":"%d","title":"x"}`, i)
	}
	rss.WriteString("</channel></rss>")
	atom.WriteString("</feed>")
	js.WriteString("]}")
	return map[string]string{"rss": rss.String(), "atom": atom.String(), "json": js.String()}
}

// TestParseFeedMemoryBoundedByCap parses feeds of 200,000 items: with the
// items past the parse window cut before gofeed sees them, parsing
// allocates about 17 MiB in all; building every item took 383 MiB (RSS),
// 576 MiB (Atom) and 222 MiB (JSON Feed).
func TestParseFeedMemoryBoundedByCap(t *testing.T) {
	const bound = 64 << 20
	for name, body := range hugeFeeds() {
		t.Run(name, func(t *testing.T) {
			b := []byte(body)
			var f *ParsedFeed
			var err error
			n := allocated(func() { f, err = ParseFeed(b, "", 0) })
			if err != nil {
				t.Fatal(err)
			}
			if len(f.Items) != DefaultMaxItemsPerFeed || f.Dropped != 200_000-DefaultMaxItemsPerFeed {
				t.Errorf("%d items kept, %d dropped", len(f.Items), f.Dropped)
			}
			t.Logf("parsing %.1f MiB allocated %.1f MiB", float64(len(b))/(1<<20), float64(n)/(1<<20))
			if n > bound {
				t.Errorf("parsing %.1f MiB allocated %.1f MiB, want under %d MiB", float64(len(b))/(1<<20), float64(n)/(1<<20), bound>>20)
			}
		})
	}
}

// TestParseFeedRefusesDeepNesting feeds 100,000 nested levels, which cost
// gofeed 459 MiB and seconds: they are refused before it parses, within
// a few allocations.
func TestParseFeedRefusesDeepNesting(t *testing.T) {
	const levels = 100_000
	deep := func(open, close string) string { return strings.Repeat(open, levels) + strings.Repeat(close, levels) }
	tests := []struct{ name, body, want string }{
		{"rss item", `<rss version="2.0"><channel><item>` + deep("<a>", "</a>") + `</item></channel></rss>`, "parse RSS: XML elements nested too deep"},
		{"rss extension", `<rss xmlns:x="urn:x"><channel><x:a>` + deep("<x:a>", "</x:a>") + `</x:a></channel></rss>`, "parse RSS: XML elements nested too deep"},
		{"atom", `<feed xmlns="http://www.w3.org/2005/Atom"><entry>` + deep("<b>", "</b>") + `</entry></feed>`, "parse Atom: XML elements nested too deep"},
		{"json", `{"version":"1","items":[{"x":` + deep("[", "]") + `}]}`, "parse JSON Feed: JSON nested too deep"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := []byte(tt.body)
			var err error
			n := allocated(func() { _, err = ParseFeed(b, "", 0) })
			if !errors.Is(err, ErrTooDeep) || !strings.HasPrefix(err.Error(), tt.want) {
				t.Fatalf("got %v, want %s", err, tt.want)
			}
			t.Logf("refusing %.1f MiB allocated %.2f MiB", float64(len(b))/(1<<20), float64(n)/(1<<20))
			if n > 1<<20 {
				t.Errorf("refusing allocated %.1f MiB, want under 1 MiB", float64(n)/(1<<20))
			}
		})
	}
}

// TestParseFeedMemoryFloods parses feeds of one item flooded with what
// gofeed builds a structure for: shapeXML's budget of elements outside
// text fields, its caps on attributes and on the markup of a text field,
// and shapeJSON's cap on arrays bound what is parsed to less than half
// of what it allocated without them (before, measured with the caps
// raised out of reach).
func TestParseFeedMemoryFloods(t *testing.T) {
	item := func(s string) string {
		return `<rss version="2.0" xmlns:x="urn:x" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>t</title><item><title>x</title>` +
			s + `</item></channel></rss>`
	}
	var attrs, tags strings.Builder
	for i := range 400_000 {
		fmt.Fprintf(&attrs, ` a%d=""`, i)
		if i > 0 {
			tags.WriteByte(',')
		}
		fmt.Fprintf(&tags, `"%d","%d"`, i, i)
	}
	tests := []struct {
		name, body string
		before     int // MiB allocated without the caps
	}{
		{"extension children", item("<x:a>" + strings.Repeat("<x:b>c</x:b>", 400_000) + "</x:a>"), 391},
		{"dublin core", item(strings.Repeat("<dc:subject>c</dc:subject>", 400_000)), 441},
		{"categories", item(strings.Repeat("<category>c</category>", 400_000)), 332},
		{"attributes", item("<x:a" + attrs.String() + "/>"), 166},
		{"atom links", `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id>` + strings.Repeat(`<link href="x"/>`, 400_000) + `</entry></feed>`, 415},
		{"xhtml", `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">` +
			strings.Repeat("<p>hello <b>world</b></p>", 330_000) + `</div></content></entry></feed>`, 340},
		{"json tags", `{"version":"1","items":[{"id":"1","tags":[` + tags.String() + `]}]}`, 89},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := []byte(tt.body)
			var f *ParsedFeed
			var err error
			n := allocated(func() { f, err = ParseFeed(b, "", 0) })
			if err != nil || len(f.Items) != 1 {
				t.Fatalf("%v, %v", f, err)
			}
			t.Logf("parsing %.1f MiB allocated %.1f MiB (%d MiB without the caps)", float64(len(b))/(1<<20), float64(n)/(1<<20), tt.before)
			if bound := uint64(tt.before/2) << 20; n > bound {
				t.Errorf("parsing %.1f MiB allocated %.1f MiB, want under %d MiB", float64(len(b))/(1<<20), float64(n)/(1<<20), bound>>20)
			}
		})
	}
}
