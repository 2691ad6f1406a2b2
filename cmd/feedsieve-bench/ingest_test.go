package main

import (
	"path/filepath"
	"testing"
	"time"
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
	if n, _, err := parseAll(f.feeds); err != nil || n != o.feeds*o.items {
		t.Fatalf("gofeed parsed %d items (%v), want %d", n, err, o.feeds*o.items)
	}
	if n, _, err := ingestAll(f, filepath.Join(t.TempDir(), "x.db"), o); err != nil || n != o.feeds*o.items {
		t.Fatalf("ingested %d items (%v), want %d", n, err, o.feeds*o.items)
	}
}

// BenchmarkIngest is the ingest target at full size: one poll of 2,000
// feeds × 60 items through feedsieve's whole path, against gofeed parsing
// the same bytes on all cores, side by side in every iteration (order
// alternating). ratio is feedsieve's items/s over gofeed's (target ≥ 0.6).
// Run it with -benchtime 1x -count 6: one iteration takes tens of seconds.
func BenchmarkIngest(b *testing.B) {
	o := defaultIngest
	f, err := newFarm(o.feeds, o.items, o.size)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	dir := b.TempDir()
	var parse, ingest time.Duration
	items := 0
	for i := 0; b.Loop(); i++ {
		n, pd, id, err := ingestRound(f, dir, o, i%2 == 1, nil)
		if err != nil {
			b.Fatal(err)
		}
		items, parse, ingest = items+n, parse+pd, ingest+id
	}
	b.ReportMetric(float64(items)/parse.Seconds(), "parsed-items/s")
	b.ReportMetric(float64(items)/ingest.Seconds(), "ingested-items/s")
	b.ReportMetric(parse.Seconds()/ingest.Seconds(), "ratio")
}
