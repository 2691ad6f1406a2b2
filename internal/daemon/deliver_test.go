package daemon

import (
	"context"
	"log/slog"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/storage"
)

// TestDeliveryDuringReloadGoesToNewPipeline: a WebSub delivery that
// arrives while a reload switches pipelines waits for the switch and is
// filed by the new pipeline's aggregator, whose stories were loaded
// before it ran, never by the old one's (a review found a delivery
// stored by the old one in that window missing from the new index: a
// second lead for its story).
func TestDeliveryDuringReloadGoesToNewPipeline(t *testing.T) {
	store, err := storage.Open(storage.Options{Path: filepath.Join(t.TempDir(), "d.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	var byOld, byNew atomic.Int32
	newAgg := func(count *atomic.Int32) *aggregator.Aggregator {
		a, err := aggregator.New(store, aggregator.NewHTTPClient(time.Second, 1, nil), slog.New(slog.DiscardHandler), aggregator.Options{
			Concurrency: 1, MaxBody: 1 << 20, Sources: []aggregator.Source{{Name: "wire", URL: "http://127.0.0.1:1/feed"}},
			OnPolled: func(aggregator.PollResult) { count.Add(1) },
		})
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	d := &Daemon{}
	d.cur.Store(&running{pipeline: &pipeline{agg: newAgg(&byOld)}})
	d.switching.Lock() // a reload has stopped the old pipeline
	body := []byte(`<rss version="2.0"><channel><title>Wire</title><item><title>Azerbaijan launches offensive in Nagorno-Karabakh</title>` +
		`<link>https://wire.example/1</link><pubDate>Tue, 19 Sep 2023 08:00:00 +0000</pubDate></item></channel></rss>`)
	done := make(chan aggregator.PollResult, 1)
	go func() {
		done <- d.deliver(context.Background(), "wire", body, "application/rss+xml", "http://127.0.0.1:1/feed")
	}()
	time.Sleep(50 * time.Millisecond) // the delivery is under way, and waits
	d.cur.Store(&running{pipeline: &pipeline{agg: newAgg(&byNew)}})
	d.switching.Unlock() // the new pipeline runs
	if res := <-done; res.Err != nil || res.New != 1 {
		t.Fatalf("delivery: %+v", res)
	}
	if byOld.Load() != 0 || byNew.Load() != 1 {
		t.Errorf("filed by the old pipeline %d times, by the new one %d; want by the new one only", byOld.Load(), byNew.Load())
	}
}
