package aggregator

import (
	"math/rand/v2"
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
