package aggregator

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/feedsieve/feedsieve/internal/benchdata"
	"github.com/feedsieve/feedsieve/storage"
)

// benchFeed is an RSS 2.0 feed of one realistic item: the Danish seed
// article as HTML content, its lead as the description, two categories.
func benchFeed(b *testing.B) []byte {
	seed, err := os.ReadFile(filepath.Join("..", "..", "shared", "testdata", "seed-da-nagorno-karabakh.txt"))
	if err != nil {
		b.Fatalf("seed article (../shared must be beside the repository): %v", err)
	}
	lead, body, _ := strings.Cut(string(seed), "\n")
	var html strings.Builder
	for _, p := range strings.Split(strings.TrimSpace(body), "\n\n") {
		html.WriteString("<p>" + p + "</p>\n")
	}
	var f bytes.Buffer
	f.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Udland</title><link>https://dk.example/</link><description>Udenrigsnyheder</description><language>da</language>
<item><title>Rusland opfordrer til at stoppe blodbadet i Nagorno-Karabakh</title>
<link>https://dk.example/udland/rusland-opfordrer</link><guid isPermaLink="false">urn:dk:udland:1</guid>
<pubDate>Tue, 19 Sep 2023 15:00:00 +0200</pubDate><category>Udland</category><category>Konflikter</category>
<description>`)
	xml.EscapeText(&f, []byte(strings.TrimSpace(lead)))
	f.WriteString("</description>\n<content:encoded>")
	xml.EscapeText(&f, []byte(html.String()))
	f.WriteString("</content:encoded></item></channel></rss>\n")
	return f.Bytes()
}

// benchTopics returns n topics of k keywords each (see benchdata).
func benchTopics(n, k int) []Topic {
	topics := make([]Topic, n)
	for i := range topics {
		anyOf, noneOf := benchdata.TopicKeywords(i, k)
		topics[i] = Topic{ID: fmt.Sprintf("topic-%d", i), Any: anyOf, None: noneOf}
	}
	return topics
}

// BenchmarkMatchVsParse compares matching an item against 20 topics of 30
// keywords with gofeed parsing the same item, in one run. The ratio
// sub-benchmark times both on each iteration, side by side, and reports
// match/parse: the target is at most 0.20.
func BenchmarkMatchVsParse(b *testing.B) {
	feed := benchFeed(b)
	topics := benchTopics(20, 30)
	m, err := NewMatcher(topics)
	if err != nil {
		b.Fatal(err)
	}
	parser := gofeed.NewParser()
	parsed, err := parser.Parse(bytes.NewReader(feed))
	if err != nil {
		b.Fatal(err)
	}
	item := &toEntries(parsed, "https://dk.example/udland.xml", time.Now())[0].Item
	item.Sources = []string{"dr-udland"}
	if len(m.Classify(item)) == 0 {
		b.Fatal("the benchmark item should match some topics")
	}
	b.Run("parse", func(b *testing.B) {
		b.SetBytes(int64(len(feed)))
		for b.Loop() {
			if _, err := parser.Parse(bytes.NewReader(feed)); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("match", func(b *testing.B) {
		for b.Loop() {
			m.Classify(item)
		}
	})
	b.Run("ratio", func(b *testing.B) {
		var parse, match time.Duration
		var sink []storage.Match
		for b.Loop() {
			t0 := time.Now()
			if _, err := parser.Parse(bytes.NewReader(feed)); err != nil {
				b.Fatal(err)
			}
			t1 := time.Now()
			sink = m.Classify(item)
			match += time.Since(t1)
			parse += t1.Sub(t0)
		}
		_ = sink
		b.ReportMetric(float64(match)/float64(parse), "match/parse")
		b.ReportMetric(float64(b.N)/match.Seconds(), "matched_items/s")
		b.ReportMetric(float64(b.N)/parse.Seconds(), "parsed_items/s")
	})
}

// BenchmarkMatchStages splits matching the benchmark item's content into
// its stages, to see where the time goes.
func BenchmarkMatchStages(b *testing.B) {
	parsed, err := gofeed.NewParser().Parse(bytes.NewReader(benchFeed(b)))
	if err != nil {
		b.Fatal(err)
	}
	content := toEntries(parsed, "https://dk.example/udland.xml", time.Now())[0].Item.Content
	text := HTMLText(content)
	folded := Fold(text)
	toks := tokenize(folded, false)
	m, err := NewMatcher(benchTopics(20, 30))
	if err != nil {
		b.Fatal(err)
	}
	b.Run("html", func(b *testing.B) {
		for b.Loop() {
			HTMLText(content)
		}
	})
	b.Run("fold", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			Fold(text)
		}
	})
	b.Run("tokenize", func(b *testing.B) {
		for b.Loop() {
			tokenize(folded, false)
		}
	})
	b.Run("scan", func(b *testing.B) {
		hits := make([]uint8, len(m.phrases))
		for b.Loop() {
			clear(hits)
			m.scanSegment(toks, 1, hits)
		}
	})
}
