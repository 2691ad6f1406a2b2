package main

import (
	"path/filepath"
	"testing"
)

// TestIngestHarness runs both sides of the ingest comparison on a small
// farm: gofeed must parse every item, and feedsieve must fetch and store
// every one (ingestAll checks the stored count against the polls).
func TestIngestHarness(t *testing.T) {
	o := ingestOptions{feeds: 12, items: 5, size: 1500, topics: 20, keywords: 30, concurrency: 4}
	f, err := newFarm(o.feeds, o.items, o.size)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if n, _, err := parseAll(f.feeds, 2); err != nil || n != o.feeds*o.items {
		t.Fatalf("gofeed parsed %d items (%v), want %d", n, err, o.feeds*o.items)
	}
	if n, _, err := ingestAll(f, filepath.Join(t.TempDir(), "x.db"), o); err != nil || n != o.feeds*o.items {
		t.Fatalf("ingested %d items (%v), want %d", n, err, o.feeds*o.items)
	}
}

// BenchmarkIngest is the ingest target at full size: one poll of 2,000
// feeds × 60 items through feedsieve's whole path, against gofeed parsing
// the same bytes on all cores and on one, side by side in every iteration
// (order rotating). ratio-all and ratio-one are feedsieve's items/s over
// gofeed's (target ≥ 0.6). Run it with -benchtime 1x -count 6: one
// iteration takes about half a minute.
func BenchmarkIngest(b *testing.B) {
	o := defaultIngest
	f, err := newFarm(o.feeds, o.items, o.size)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	dir := b.TempDir()
	var sum round
	for i := 0; b.Loop(); i++ {
		rd, err := ingestRound(f, dir, o, i, nil)
		if err != nil {
			b.Fatal(err)
		}
		sum.items += rd.items
		sum.parseAll, sum.parseOne, sum.ingest = sum.parseAll.add(rd.parseAll), sum.parseOne.add(rd.parseOne), sum.ingest.add(rd.ingest)
	}
	n := float64(sum.items)
	b.ReportMetric(n/sum.ingest.wall.Seconds(), "ingested-items/s")
	b.ReportMetric(sum.parseAll.wall.Seconds()/sum.ingest.wall.Seconds(), "ratio-all")
	b.ReportMetric(sum.parseOne.wall.Seconds()/sum.ingest.wall.Seconds(), "ratio-one")
	b.ReportMetric(sum.ingest.cores(), "ingest-cores")
}
