package aggregator

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"strings"
	"testing"
	"time"
)

// normalFeeds are an RSS 2.0 feed and a JSON Feed of about 1 MiB each,
// as news sites write them: 300 items with a few namespaces, categories,
// an escaped HTML description and the article as HTML content.
func normalFeeds() (rss, jsonFeed []byte) {
	para := strings.Repeat("Forces advanced on the town at dawn, officials said, as talks stalled again. ", 8)
	content := strings.Repeat("<p>"+para+"</p>\n", 4)
	var r bytes.Buffer
	r.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"` +
		` xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"><channel>
<title>World</title><link>https://news.example/world</link><description>World news</description><language>en</language>
<atom:link href="https://news.example/world.xml" rel="self" type="application/rss+xml"/>
`)
	type item struct {
		ID        string   `json:"id"`
		URL       string   `json:"url"`
		Title     string   `json:"title"`
		Summary   string   `json:"summary"`
		HTML      string   `json:"content_html"`
		Published string   `json:"date_published"`
		Tags      []string `json:"tags"`
	}
	var items []item
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range 300 {
		link := fmt.Sprintf("https://news.example/world/%d-talks-stall", i)
		date := t0.Add(-time.Duration(i) * time.Hour)
		fmt.Fprintf(&r, "<item><title>Talks stall as forces advance, day %d</title><link>%s</link><guid isPermaLink=\"true\">%s</guid>\n"+
			"<pubDate>%s</pubDate><dc:creator>Staff</dc:creator><category>World</category><category>Conflict</category>\n"+
			"<media:thumbnail url=\"%s.jpg\" width=\"240\" height=\"160\"/><description>", i, link, link, date.Format(time.RFC1123Z), link)
		xml.EscapeText(&r, []byte("<p>"+para+"</p>"))
		fmt.Fprintf(&r, "</description>\n<content:encoded><![CDATA[%s]]></content:encoded></item>\n", content)
		items = append(items, item{link, link, fmt.Sprintf("Talks stall as forces advance, day %d", i), para, content,
			date.Format(time.RFC3339), []string{"World", "Conflict"}})
	}
	r.WriteString("</channel></rss>\n")
	j, err := json.Marshal(map[string]any{"version": "https://jsonfeed.org/version/1.1", "title": "World", "items": items})
	if err != nil {
		panic(err)
	}
	return r.Bytes(), j
}

// BenchmarkShapeXML compares the checks ParseFeed makes before gofeed
// parses a feed (dropControlBytes and shapeXML, or shapeJSON) with
// gofeed parsing it, on normal feeds of about 1 MiB. The ratio
// sub-benchmarks time both on each iteration and report check/parse.
func BenchmarkShapeXML(b *testing.B) {
	rss, js := normalFeeds()
	for _, f := range []struct {
		name   string
		body   []byte
		format string
		check  func([]byte) error
	}{
		{"rss", rss, formatRSS, func(body []byte) error { _, _, err := shapeXML(dropControlBytes(body), 4000); return err }},
		{"json", js, formatJSON, func(body []byte) error { _, _, err := shapeJSON(body, 4000); return err }},
	} {
		if err := f.check(f.body); err != nil {
			b.Fatal(err)
		}
		b.Run(f.name+"/check", func(b *testing.B) {
			b.SetBytes(int64(len(f.body)))
			b.ReportAllocs()
			for b.Loop() {
				f.check(f.body)
			}
		})
		b.Run(f.name+"/parse", func(b *testing.B) {
			b.SetBytes(int64(len(f.body)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := parseFormat(f.format, f.body, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(f.name+"/ratio", func(b *testing.B) {
			var check, parse time.Duration
			for b.Loop() {
				t0 := time.Now()
				f.check(f.body)
				t1 := time.Now()
				parseFormat(f.format, f.body, nil)
				check += t1.Sub(t0)
				parse += time.Since(t1)
			}
			b.ReportMetric(float64(check)/float64(parse), "check/parse")
		})
	}
}
