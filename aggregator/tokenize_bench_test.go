package aggregator

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/feedsieve/feedsieve/internal/benchdata"
	"github.com/feedsieve/feedsieve/storage"
)

// BenchmarkClassifyArticles files synthetic multi-script articles (see
// benchdata) into 20 topics of 30 keywords: the matching work of ingest.
func BenchmarkClassifyArticles(b *testing.B) {
	m, err := NewMatcher(benchTopics(20, 30))
	if err != nil {
		b.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var items [64]*storage.Item
	for i := range items {
		a := benchdata.NewArticle(rng, 1500)
		items[i] = &storage.Item{Title: a.Title, Summary: a.Summary, Content: a.HTML, Categories: []string{"World"}}
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		m.Classify(items[i%len(items)])
	}
}

// BenchmarkClassifyScripts classifies a long summary of one language's
// prose into the same topics, per byte: Chinese prose, with its
// fullwidth commas and brackets, against English.
func BenchmarkClassifyScripts(b *testing.B) {
	m, err := NewMatcher(benchTopics(20, 30))
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct{ lang, text string }{
		{"zh", "据新华社报道，纳戈尔诺-卡拉巴赫（卡拉巴赫）地区的局势仍然紧张：亚美尼亚和阿塞拜疆代表在布鲁塞尔举行会谈。"},
		{"en", "According to reports, the situation in the Nagorno-Karabakh region remains tense: representatives met in Brussels."},
	} {
		it := &storage.Item{Title: "x", Summary: strings.Repeat(c.text, 40)}
		b.Run(c.lang, func(b *testing.B) {
			for b.Loop() {
				m.Classify(it)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(it.Summary)), "ns/byte")
		})
	}
}

// BenchmarkFoldTitles folds a title as written, and opened by an emoji:
// a rune of a block no table holds sends the whole title through the
// normalizers (foldSlow).
func BenchmarkFoldTitles(b *testing.B) {
	for name, title := range map[string]string{
		"plain": "LIVE: Karabakh convoy reaches the corridor after talks in Brussels",
		"emoji": "🔴 LIVE: Karabakh convoy reaches the corridor after talks in Brussels",
		"vs16":  "⚡️ LIVE: Karabakh convoy reaches the corridor after talks in Brussels",
	} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				Fold(title)
			}
		})
	}
}
