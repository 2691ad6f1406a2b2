//go:build unix

package storage

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/internal/benchdata"
)

// BenchmarkCommit measures the write transactions of an ingest, apart
// from parsing and filing: 500 sources × 60 new items of about 1,500
// bytes, as feedsieve-bench ingest delivers them (an hour apart, the
// same 60 publication times in every source), prepared beforehand and
// committed by several goroutines at once so that commits are shared:
// more writers make larger groups. It reports the time, the CPU time of
// the process and the pages written per item; each iteration starts from
// an empty database.
func BenchmarkCommit(b *testing.B) {
	const sources, perSource = 500, 60
	batches := make([]Batch, sources)
	for i := range batches {
		batches[i] = commitBenchBatch(i, perSource)
	}
	classify := func(it *Item) []Match {
		n := len(it.Link)
		ms := []Match{{Topic: benchTopicID(n % 20), Hits: []Hit{{Keyword: "Karabakh", Field: "content"}}}}
		if n%3 == 0 {
			ms = append(ms, Match{Topic: benchTopicID((n + 7) % 20), Hits: []Hit{{Keyword: "Armenia*", Field: "title"}}})
		}
		return ms
	}
	for _, workers := range []int{4, 16, 64} {
		b.Run(fmt.Sprintf("writers=%d", workers), func(b *testing.B) {
			benchCommit(b, batches, classify, workers)
		})
	}
}

func benchCommit(b *testing.B, batches []Batch, classify Classifier, workers int) {
	var pages, items int64
	var elapsed, cpu time.Duration
	for i := 0; b.Loop(); i++ {
		s, err := Open(Options{Path: filepath.Join(b.TempDir(), fmt.Sprintf("commit%d.db", i))})
		if err != nil {
			b.Fatal(err)
		}
		prepared := make([]*Prepared, len(batches))
		for j, bt := range batches {
			if prepared[j], err = s.Prepare(bt, classify); err != nil {
				b.Fatal(err)
			}
		}
		before := writes(s)
		start, cpu0 := time.Now(), cpuTime(b)
		commitAll(b, s, prepared, workers)
		elapsed += time.Since(start)
		cpu += cpuTime(b) - cpu0
		pages += writes(s) - before
		for _, bt := range batches {
			items += int64(len(bt.Entries))
		}
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(elapsed.Nanoseconds())/float64(items), "ns/item")
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(items), "cpu-ns/item")
	b.ReportMetric(float64(pages)/float64(items), "pages/item")
}

func commitAll(b *testing.B, s *Store, prepared []*Prepared, workers int) {
	var wg sync.WaitGroup
	next := make(chan *Prepared)
	for range workers {
		wg.Go(func() {
			for p := range next {
				if res, err := s.Commit(p); err != nil || res.New != len(p.entries) {
					b.Errorf("commit: %+v, %v", res, err)
				}
			}
		})
	}
	for _, p := range prepared {
		next <- p
	}
	close(next)
	wg.Wait()
}

// commitBenchBatch is the poll of source i: n new items, newest first,
// an hour apart.
func commitBenchBatch(i, n int) Batch {
	rng := rand.New(rand.NewPCG(uint64(i), 9))
	source := fmt.Sprintf("outlet%d", i)
	bt := Batch{Source: source, Now: benchdata.Epoch}
	for j := range n {
		a := benchdata.NewArticle(rng, 1500)
		link := fmt.Sprintf("https://%s.example/news/%d", source, j)
		pub := benchdata.Epoch.Add(-time.Duration(j) * time.Hour)
		bt.Entries = append(bt.Entries, Entry{Key: "guid:" + link, Item: Item{
			GUID: link, Link: link, NormLink: link,
			Title: a.Title, Summary: a.Summary, Content: a.HTML, Categories: []string{"World"}, Language: "en",
			Feed:      FeedInfo{Title: source, Link: "https://" + source + ".example/"},
			Published: pub, Updated: pub,
		}})
	}
	return bt
}

// writes is how many pages the store's transactions have written.
func writes(s *Store) int64 {
	st := s.db.Stats()
	return st.TxStats.GetWrite()
}

// cpuTime is the user and system CPU time the process has used.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
