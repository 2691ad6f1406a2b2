package aggregator

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/internal/benchdata"
	"github.com/feedsieve/feedsieve/storage"
)

// BenchmarkStoryFiling files batches of 500 new items, every twentieth a
// copy of an earlier one, into an index of 20 topics holding 20,000 items
// of the last two days, each item in one or two of the topics, as
// feedsieve-bench stories files them: what story grouping adds to a
// poll's batch.
func BenchmarkStoryFiling(b *testing.B) {
	f, batch, clock := benchFiler(40)
	b.ReportAllocs()
	b.ResetTimer()
	var cpu time.Duration
	for range b.N {
		b.StopTimer()
		items := batch()
		b.StartTimer()
		before := cpuTime(b)
		f.fileAll(items, clock)
		cpu += cpuTime(b) - before
		clock = clock.Add(10 * time.Second)
	}
	// CPU time moves less than wall time when others share the machine.
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
}

// BenchmarkStoryForget files a batch of 500 items, as BenchmarkStoryFiling
// does, and then forgets, as one poll's write each, three items of each
// of 20 feeds in it: copies merged into another delivery of their link,
// which feedsieve-bench stories has every twentieth item be. Only the
// forgetting is timed: it should not cost the size of the index.
func BenchmarkStoryForget(b *testing.B) { benchForget(b, true) }

// BenchmarkStoryForgetUnfiled is BenchmarkStoryForget with items never
// filed, as most of what a poll of feedsieve-bench stories does not store
// is: nothing is there to find, and finding that should cost no more.
func BenchmarkStoryForgetUnfiled(b *testing.B) { benchForget(b, false) }

// benchForget forgets items feed, feed+100 and feed+200 of each batch,
// for each of 20 feeds, which it files or not.
func benchForget(b *testing.B, filed bool) {
	f, batch, clock := benchFiler(40)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		items, toFile := batch(), []*storage.Item(nil)
		for i, it := range items {
			if filed || i >= 300 || i%100 >= 20 {
				toFile = append(toFile, it)
			}
		}
		f.fileAll(toFile, clock)
		clock = clock.Add(10 * time.Second)
		b.StartTimer()
		for feed := range 20 {
			f.forget([]*storage.Item{items[feed], items[feed+100], items[feed+200]}, clock)
		}
	}
}

// BenchmarkStoryIndexCollect runs the garbage collector over a heap
// holding an index of 30,000 items, as BenchmarkStoryFiling fills it: a
// poll runs the collector several times while the index is in memory,
// and each time it visits what the entries point to. Compare it with
// BenchmarkCollectEmpty's, the same heap without the index.
func BenchmarkStoryIndexCollect(b *testing.B) {
	f, _, _ := benchFiler(60)
	runtime.GC()
	for b.Loop() {
		runtime.GC()
	}
	runtime.KeepAlive(f)
}

// BenchmarkCollectEmpty is BenchmarkStoryIndexCollect's baseline.
func BenchmarkCollectEmpty(b *testing.B) {
	runtime.GC()
	for b.Loop() {
		runtime.GC()
	}
}

// benchFiler returns a filer of 20 topics that has filed batches of 500
// items, 8 s of publication apart, 10 s of filing apart (polls finish
// seconds apart: the word counts are taken again once a minute,
// statsRefresh); the next batch's items; and the time to file them at.
func benchFiler(batches int) (*storyFiler, func() []*storage.Item, time.Time) {
	rng := rand.New(rand.NewPCG(1, 2))
	t0 := benchdata.Epoch
	newItem := func(n int) *storage.Item {
		a := benchdata.NewArticle(rng, 0)
		if n%20 == 0 && n > 0 {
			a.Summary += " " + a.Title // a copy's extra words
		}
		return &storage.Item{ID: fmt.Sprintf("i%d", n), Title: a.Title, Summary: a.Summary, Language: "en",
			NormLink: fmt.Sprintf("https://o%d.example/%d", n%500, n), Published: t0.Add(time.Duration(n) * 8 * time.Second),
			Sources: []string{fmt.Sprintf("s%d", n%500)}, FirstSeen: t0.Add(time.Duration(n) * 8 * time.Second)}
	}
	topics := make([]Topic, 20)
	for i := range topics {
		topics[i] = Topic{ID: fmt.Sprintf("t%d", i), Stories: &StoryOptions{}}
	}
	f := newStoryFiler(topics)
	n := 0
	batch := func() []*storage.Item {
		items := make([]*storage.Item, 500)
		for i := range items {
			items[i] = newItem(n)
			items[i].Topics = []storage.Match{{Topic: topics[n%7].ID}}
			if n%3 == 0 {
				items[i].Topics = append(items[i].Topics, storage.Match{Topic: topics[7+n%13].ID})
			}
			n++
		}
		return items
	}
	clock := t0
	for range batches {
		f.fileAll(batch(), clock)
		clock = clock.Add(10 * time.Second)
	}
	return f, batch, clock
}

// BenchmarkReadStoryWords reads the story words of benchmark articles'
// titles and summaries: what filing an item costs before any comparison.
func BenchmarkReadStoryWords(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	articles := make([]benchdata.Article, 100)
	for i := range articles {
		articles[i] = benchdata.NewArticle(rng, 0)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		a := &articles[i%len(articles)]
		readStoryWords("en", a.Title, a.Summary)
		i++
	}
}

// BenchmarkReadItemWords reads the farm's articles as filing reads an
// item: in no language's tag, so first as English, and again in the
// language their words say when they are not (story_language.go).
func BenchmarkReadItemWords(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	articles := make([]benchdata.Article, 100)
	for i := range articles {
		articles[i] = benchdata.NewArticle(rng, 1500)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		a := &articles[i%len(articles)]
		readItemWords("", a.Title, a.Summary)
		i++
	}
}

// BenchmarkWireTags looks for wire tags in ordinary titles, most with a
// dash or a colon, some in other scripts without: every item's title
// passes through.
func BenchmarkWireTags(b *testing.B) {
	titles := []string{
		"Minister resigns after row over budget - live updates",
		"Bundesregierung: Neue Regeln für Mieter ab Januar",
		"UPDATE 2-Oil prices rise as supply fears mount",
		"Sport: Il Milan vince il derby 2-1",
		"Գորիս–Կապան ճանապարհը փակ է քարաթափման պատճառով",
		"საბურთალოზე მრავალსართულიან კორპუსში ხანძარი გაჩნდა",
		"Quảng Ngãi tan hoang sau bão, cây xanh bật gốc khắp nơi",
		"大阪・西成区で住宅火災、2人死亡",
	}
	i := 0
	for b.Loop() {
		wireTags(titles[i%len(titles)])
		i++
	}
}

// BenchmarkReadItemWordsColdCaches is BenchmarkReadItemWords with the
// caches filled by other work between items, as in a poll, where parsing,
// matching and storing run between two items' filing: 4,096 cache lines
// of a 64 MB buffer written, outside the timer, before each read.
func BenchmarkReadItemWordsColdCaches(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	articles := make([]benchdata.Article, 100)
	for i := range articles {
		articles[i] = benchdata.NewArticle(rng, 1500)
	}
	other := make([]byte, 64<<20)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		b.StopTimer()
		for range 4096 {
			other[rng.IntN(len(other))]++
		}
		b.StartTimer()
		a := &articles[i%len(articles)]
		readItemWords("", a.Title, a.Summary)
		i++
	}
}
