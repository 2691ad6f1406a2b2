package main

import (
	"bytes"
	"fmt"
	"io"
	"log/slog"
	"math"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/feeds"
	"github.com/feedsieve/feedsieve/internal/benchdata"
	"github.com/feedsieve/feedsieve/storage"
)

// newestN is how many items a topic feed holds (the daemon's default
// max_items), and so how many the newest-items query reads.
const newestN = 50

// openReady opens the database and renders every topic's Atom feed with
// the real feed server, as the daemon must before it answers its first
// feed request, and times both.
func (r *historyReport) openReady(out io.Writer, path string) (*storage.Store, error) {
	start := time.Now()
	store, err := storage.Open(storage.Options{Path: path})
	if err != nil {
		return nil, err
	}
	r.open = time.Since(start)
	site := historySite(store, r.opts.topics)
	rendered := make([]*feeds.Rendered, 0, r.opts.topics)
	size := 0
	start = time.Now()
	for _, t := range site.Topics() {
		rd, err := site.Feed(t.ID, "atom")
		if err != nil {
			store.Close()
			return nil, err
		}
		rendered = append(rendered, rd)
	}
	r.ready = time.Since(start)
	r.feedEntries = newestN
	for _, rd := range rendered {
		r.feedEntries = min(r.feedEntries, bytes.Count(rd.Body, []byte("<entry")))
		size += len(rd.Body)
	}
	fmt.Fprintf(out, "3. open + first-ready (page cache warm): open %s, %d Atom feeds rendered in %s (%s, fewest entries %d): %s\n",
		ms(r.open), len(rendered), ms(r.ready), inMiB(uint64(size)), r.feedEntries, ms(r.open+r.ready))
	return store, nil
}

// historySite is the feed server publishing every topic, with the
// daemon's default max_items.
func historySite(store *storage.Store, n int) *feeds.Server {
	topics := make([]feeds.Topic, n)
	for i := range topics {
		topics[i] = feeds.Topic{ID: topicID(i), Title: fmt.Sprintf("Topic %d", i), MaxItems: newestN, MaxAge: 5 * time.Minute}
	}
	return feeds.NewServer(store, slog.New(slog.DiscardHandler), feeds.Options{
		Site: feeds.NewSite("http://127.0.0.1", "bench"), Topics: topics,
	})
}

// latency times Newest(topic, 50) on random topics, and TopicStats of
// every topic, as the index page reads them.
func (r *historyReport) latency(out io.Writer, store *storage.Store) error {
	sizes, err := r.topicSizes(store)
	if err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(3, 50))
	took := make([]time.Duration, r.opts.queries)
	r.newestLen = newestN
	for q := range took {
		t := rng.IntN(r.opts.topics)
		start := time.Now()
		items, err := store.Newest(topicID(t), newestN)
		took[q] = time.Since(start)
		if err != nil {
			return err
		}
		if len(items) != min(newestN, sizes[t]) {
			return fmt.Errorf("newest of %s: %d items, want %d", topicID(t), len(items), min(newestN, sizes[t]))
		}
		r.newestLen = min(r.newestLen, len(items))
	}
	r.newest = percentiles(took)
	fmt.Fprintf(out, "4. newest-50: %d queries over %d topics (%d to %d items each): p50 %s, p99 %s, max %s (target p99 < 5 ms); TopicStats of every topic %s\n",
		len(took), r.opts.topics, slices.Min(sizes), slices.Max(sizes), ms(r.newest.p50), ms(r.newest.p99), ms(r.newest.max), ms(r.stats))
	return nil
}

// topicSizes returns every topic's item count, timing TopicStats.
func (r *historyReport) topicSizes(store *storage.Store) ([]int, error) {
	sizes := make([]int, r.opts.topics)
	start := time.Now()
	for i := range sizes {
		n, _, err := store.TopicStats(topicID(i))
		if err != nil {
			return nil, err
		}
		sizes[i] = n
	}
	r.stats = time.Since(start)
	return sizes, nil
}

// latencies summarize timed calls.
type latencies struct{ p50, p99, max time.Duration }

func percentiles(took []time.Duration) latencies {
	s := slices.Clone(took)
	slices.Sort(s)
	at := func(p float64) time.Duration { return s[max(0, int(math.Ceil(p*float64(len(s))))-1)] }
	return latencies{p50: at(0.50), p99: at(0.99), max: s[len(s)-1]}
}

// prune sets the retention so that the oldest tenth of the items are past
// it at benchdata.Epoch, and prunes them.
func (r *historyReport) prune(out io.Writer, store *storage.Store) error {
	o := r.opts
	step := historySpan / time.Duration(o.items)
	first := o.items - o.items/10 // items first… are the oldest tenth
	cutoff := historyPublished(o, first).Add(step / 2)
	store.SetRetention(benchdata.Epoch.Sub(cutoff))
	start := time.Now()
	n, err := store.Prune(benchdata.Epoch)
	r.pruneTook = time.Since(start)
	if err != nil {
		return err
	}
	after, err := store.Count()
	if err != nil {
		return err
	}
	r.pruned, r.afterPrune = n, after
	if n != o.items/10 || after != r.stored-n {
		return fmt.Errorf("prune removed %d items, leaving %d of %d; want %d removed", n, after, r.stored, o.items/10)
	}
	fmt.Fprintf(out, "5. retention prune: %d items removed (%.1f%%) in %s, %s items/s; %d left\n",
		n, 100*float64(n)/float64(r.stored), secs(r.pruneTook), rate(n, r.pruneTook), after)
	return nil
}

// backfill adds a topic to the configuration and lets the aggregator
// re-file every stored item, as the daemon does when topics change.
func (r *historyReport) backfill(out io.Writer, store *storage.Store) error {
	o := r.opts
	agg, err := aggregator.New(store, aggregator.NewHTTPClient(time.Minute, 1, nil), slog.New(slog.DiscardHandler),
		aggregator.Options{Topics: benchTopics(o.topics+1, o.keywords)})
	if err != nil {
		return err
	}
	prof, err := optionalProfile(o.cpuProfile)
	if err != nil {
		return err
	}
	prof.start()
	start := time.Now()
	r.refiled, err = agg.SyncTopics()
	r.backfillTook = time.Since(start)
	prof.stop()
	if err != nil {
		return err
	}
	if r.newTopic, _, err = store.TopicStats(topicID(o.topics)); err != nil {
		return err
	}
	if r.refiled != r.newTopic {
		return fmt.Errorf("backfill changed %d items, but the new topic holds %d", r.refiled, r.newTopic)
	}
	fmt.Fprintf(out, "6. topic backfill: %d items re-filed in %s, %s items/s (target ≥ 50,000); the new topic got %d items\n",
		r.afterPrune, secs(r.backfillTook), rate(r.afterPrune, r.backfillTook), r.newTopic)
	return nil
}
