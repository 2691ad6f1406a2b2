package benchdata

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"math/rand/v2"
	"strconv"
	"time"
)

// Epoch is when the newest benchmark item was published.
var Epoch = time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)

// Feed is the i-th feed of a benchmark farm: n items of about size bytes
// of HTML each, newest first, an hour apart. Every fourth feed is Atom, the
// others RSS 2.0 with content:encoded. Every twentieth item is a wire
// story whose link the four neighbouring feeds share, as syndicated news
// is picked up by a few outlets.
func Feed(i, n, size int) []byte { return FeedAt(i, n, size, Epoch) }

// FeedAt is Feed with its newest item published at newest.
func FeedAt(i, n, size int, newest time.Time) []byte { return feed(i, n, size, newest, false) }

// FeedWithCopies is Feed, but every twentieth item from the fourteenth on
// is a copy of a wire report that the four neighbouring feeds republish
// too, each under its own link and with its outlet named in the title:
// news that story grouping, not the link, finds to be one.
func FeedWithCopies(i, n, size int) []byte { return feed(i, n, size, Epoch, true) }

func feed(i, n, size int, newest time.Time, copies bool) []byte {
	rng := rand.New(rand.NewPCG(uint64(i), 7))
	var b bytes.Buffer
	atom := IsAtom(i)
	site := fmt.Sprintf("https://outlet%d.example", i)
	writeHead(&b, i, site, newest)
	for j := range n {
		a := NewArticle(rng, size)
		link := fmt.Sprintf("%s/news/%d", site, j)
		if j%20 == 7 {
			link = fmt.Sprintf("https://wire.example/story/%d-%d", i/5, j)
		}
		if copies && j%20 == 13 {
			a = NewArticle(rand.New(rand.NewPCG(uint64(i/5), uint64(j))), size)
			a.Title += fmt.Sprintf(" | Outlet %d", i)
		}
		writeItem(&b, atom, a, link, site, strconv.Itoa(j), newest.Add(-time.Duration(j)*time.Hour))
	}
	writeFoot(&b, atom)
	return b.Bytes()
}

// FeedWindow is the i-th feed of a farm whose outlets keep publishing: its
// n newest items are those numbered first to first+n-1, item m published
// m hours before Epoch, each the same whichever window it is in (its text
// depends on i and m only). FeedWindow(i, n, size, first-1) is the same
// feed one item later: one new item, the oldest gone.
func FeedWindow(i, n, size, first int) []byte {
	var b bytes.Buffer
	atom := IsAtom(i)
	site := fmt.Sprintf("https://outlet%d.example", i)
	newest := Epoch.Add(-time.Duration(first) * time.Hour)
	writeHead(&b, i, site, newest)
	for m := first; m < first+n; m++ {
		a := NewArticle(rand.New(rand.NewPCG(uint64(i), uint64(m)+1<<40)), size)
		key := "m" + strconv.Itoa(m)
		writeItem(&b, atom, a, site+"/news/"+key, site, key, Epoch.Add(-time.Duration(m)*time.Hour))
	}
	writeFoot(&b, atom)
	return b.Bytes()
}

// writeHead starts the i-th feed, Atom or RSS.
func writeHead(b *bytes.Buffer, i int, site string, newest time.Time) {
	if IsAtom(i) {
		fmt.Fprintf(b, `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Outlet %d</title><id>%s/</id>
<link href="%s/"/><updated>%s</updated>
`, i, site, site, newest.Format(time.RFC3339))
		return
	}
	fmt.Fprintf(b, `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Outlet %d</title><link>%s/</link><description>News from outlet %d</description>
`, i, site, i)
}

// writeItem writes an item of a feed at site, its id made of key.
func writeItem(b *bytes.Buffer, atom bool, a Article, link, site, key string, published time.Time) {
	if atom {
		writeAtomEntry(b, a, link, site+"/id/"+key, published)
	} else {
		writeRSSItem(b, a, link, site+":"+key, published)
	}
}

func writeFoot(b *bytes.Buffer, atom bool) {
	if atom {
		b.WriteString("</feed>\n")
	} else {
		b.WriteString("</channel></rss>\n")
	}
}

// IsAtom reports whether Feed(i, …) is Atom rather than RSS.
func IsAtom(i int) bool { return i%4 == 3 }

func writeRSSItem(b *bytes.Buffer, a Article, link, guid string, published time.Time) {
	b.WriteString("<item><title>")
	xml.EscapeText(b, []byte(a.Title))
	fmt.Fprintf(b, "</title><link>%s</link><guid isPermaLink=\"false\">%s</guid><pubDate>%s</pubDate>\n<description>",
		link, guid, published.Format(time.RFC1123Z))
	xml.EscapeText(b, []byte(a.Summary))
	b.WriteString("</description><category>World</category>\n<content:encoded>")
	xml.EscapeText(b, []byte(a.HTML))
	b.WriteString("</content:encoded></item>\n")
}

func writeAtomEntry(b *bytes.Buffer, a Article, link, id string, published time.Time) {
	b.WriteString("<entry><title>")
	xml.EscapeText(b, []byte(a.Title))
	fmt.Fprintf(b, "</title><link href=\"%s\"/><id>%s</id><published>%s</published><updated>%s</updated>\n<summary>",
		link, id, published.Format(time.RFC3339), published.Format(time.RFC3339))
	xml.EscapeText(b, []byte(a.Summary))
	b.WriteString("</summary><category term=\"World\"/>\n<content type=\"html\">")
	xml.EscapeText(b, []byte(a.HTML))
	b.WriteString("</content></entry>\n")
}
