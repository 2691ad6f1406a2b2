package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/mmcdole/gofeed"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/internal/benchdata"
	"github.com/feedsieve/feedsieve/storage"
)

// ingestOptions size an ingest comparison.
type ingestOptions struct {
	feeds, items, size int // the farm: feeds × items of about size bytes
	topics, keywords   int // topics × keywords per topic
	concurrency        int // polls in flight
}

// flags lets the command line set the options.
func (o *ingestOptions) flags(fs *flag.FlagSet) {
	fs.IntVar(&o.feeds, "feeds", o.feeds, "feeds in the farm")
	fs.IntVar(&o.items, "items", o.items, "items per feed")
	fs.IntVar(&o.size, "size", o.size, "bytes of HTML per item, about")
	fs.IntVar(&o.topics, "topics", o.topics, "topics")
	fs.IntVar(&o.keywords, "keywords", o.keywords, "keywords per topic")
	fs.IntVar(&o.concurrency, "concurrency", o.concurrency, "polls in flight")
}

var defaultIngest = ingestOptions{feeds: 2000, items: 60, size: 1500, topics: 20, keywords: 30, concurrency: 16}

func cmdIngest(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	o := defaultIngest
	o.flags(fs)
	rounds := fs.Int("rounds", 5, "rounds, each parsing and ingesting once (order alternating); medians are reported")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the ingest runs (not the parse baseline) to `file`")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if err := benchIngest(stdout, o, *rounds, *cpuProfile); err != nil {
		fmt.Fprintln(stderr, "feedsieve-bench ingest:", err)
		return 1
	}
	return 0
}

func benchIngest(out io.Writer, o ingestOptions, rounds int, cpuProfile string) error {
	dir, err := os.MkdirTemp("", "feedsieve-bench")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	f, err := newFarm(o.feeds, o.items, o.size)
	if err != nil {
		return err
	}
	defer f.Close()
	fmt.Fprintf(out, "farm: %d feeds × %d items, %.1f MB; %d topics × %d keywords; %d polls in flight; GOMAXPROCS %d\n",
		o.feeds, o.items, float64(f.bytes())/1e6, o.topics, o.keywords, o.concurrency, runtime.GOMAXPROCS(0))
	var prof *profile
	if cpuProfile != "" {
		if prof, err = newProfile(cpuProfile); err != nil {
			return err
		}
		defer prof.Close()
	}
	fmt.Fprintf(out, "items/s: gofeed parsing on all cores and on one, feedsieve ingesting; ratios of feedsieve to each;\n")
	fmt.Fprintf(out, "cores: the process's CPU time per second while gofeed parses on all cores, and while feedsieve ingests\n")
	fmt.Fprintf(out, "%5s %12s %12s %12s %9s %9s %6s %6s\n", "round", "parse (all)", "parse (one)", "ingest", "ratio/all", "ratio/one", "cores", "cores")
	var all, one, ingest, ratioAll, ratioOne, coresAll, coresIngest []float64
	for r := range rounds {
		rd, err := ingestRound(f, dir, o, r, prof)
		if err != nil {
			return err
		}
		n := float64(rd.items)
		a, p1, in := n/rd.parseAll.wall.Seconds(), n/rd.parseOne.wall.Seconds(), n/rd.ingest.wall.Seconds()
		all, one, ingest = append(all, a), append(one, p1), append(ingest, in)
		ratioAll, ratioOne = append(ratioAll, in/a), append(ratioOne, in/p1)
		coresAll, coresIngest = append(coresAll, rd.parseAll.cores()), append(coresIngest, rd.ingest.cores())
		fmt.Fprintf(out, "%5d %12.0f %12.0f %12.0f %9.3f %9.3f %6.2f %6.2f\n", r+1, a, p1, in, in/a, in/p1,
			rd.parseAll.cores(), rd.ingest.cores())
	}
	fmt.Fprintf(out, "%5s %12.0f %12.0f %12.0f %9.3f %9.3f %6.2f %6.2f   (target ratio ≥ 0.6)\n", "median",
		median(all), median(one), median(ingest), median(ratioAll), median(ratioOne), median(coresAll), median(coresIngest))
	return nil
}

// round is one round of the ingest comparison: the items of the farm and
// how long gofeed took to parse them on all cores and on one, and
// feedsieve to ingest them.
type round struct {
	items                      int
	parseAll, parseOne, ingest span
}

// ingestRound runs the three sides of round r, in an order that rotates
// from round to round.
func ingestRound(f *farm, dir string, o ingestOptions, r int, prof *profile) (rd round, err error) {
	steps := []func() error{
		func() (err error) {
			rd.items, rd.parseAll, err = parseAll(f.feeds, runtime.GOMAXPROCS(0))
			return err
		},
		func() (err error) {
			_, rd.parseOne, err = parseAll(f.feeds, 1)
			return err
		},
		func() (err error) {
			prof.start()
			defer prof.stop()
			_, rd.ingest, err = ingestAll(f, filepath.Join(dir, "ingest.db"), o)
			return err
		},
	}
	for i := range steps {
		if err := steps[(i+r)%len(steps)](); err != nil {
			return round{}, err
		}
	}
	return rd, nil
}

// parseAll is the baseline: gofeed's universal parser on every feed's
// bytes, on the given number of goroutines. It returns the items parsed
// and the time taken.
func parseAll(feeds [][]byte, workers int) (int, span, error) {
	var next, items atomic.Int64
	errs := make(chan error, 1)
	var wg sync.WaitGroup
	start := startSpan()
	for range workers {
		wg.Go(func() {
			p := gofeed.NewParser()
			for i := int(next.Add(1) - 1); i < len(feeds); i = int(next.Add(1) - 1) {
				feed, err := p.Parse(bytes.NewReader(feeds[i]))
				if err != nil {
					select {
					case errs <- fmt.Errorf("gofeed: feed %d: %w", i, err):
					default:
					}
					return
				}
				items.Add(int64(len(feed.Items)))
			}
		})
	}
	wg.Wait()
	elapsed := start.end()
	select {
	case err := <-errs:
		return 0, span{}, err
	default:
	}
	return int(items.Load()), elapsed, nil
}

// ingestAll polls every feed of the farm once into a fresh database at
// path through feedsieve's whole path: conditional fetch, parse, entries,
// dedup, topic matching and storage. It returns the items fetched and
// the time PollAll took, and removes the database afterwards.
func ingestAll(f *farm, path string, o ingestOptions) (int, span, error) {
	store, err := storage.Open(storage.Options{Path: path})
	if err != nil {
		return 0, span{}, err
	}
	defer os.Remove(path)
	defer store.Close()
	agg, err := newBenchAggregator(store, f, "outlet", o, benchTopics(o.topics, o.keywords))
	if err != nil {
		return 0, span{}, err
	}
	start := startSpan()
	results := agg.PollAll(context.Background())
	elapsed := start.end()
	items, stored := 0, 0
	for _, r := range results {
		if r.Err != nil {
			return 0, span{}, r.Err
		}
		items += r.Items
		stored += r.New
	}
	if items != len(f.feeds)*f.items {
		return 0, span{}, fmt.Errorf("fetched %d items, want %d", items, len(f.feeds)*f.items)
	}
	if n, err := store.Count(); err != nil || n != stored {
		return 0, span{}, errors.Join(err, fmt.Errorf("%d items stored, polls reported %d new", n, stored))
	}
	return items, elapsed, nil
}

// benchTopics are n topics of k keywords each from benchdata.
func benchTopics(n, k int) []aggregator.Topic {
	topics := make([]aggregator.Topic, n)
	for i := range topics {
		anyOf, noneOf := benchdata.TopicKeywords(i, k)
		topics[i] = aggregator.Topic{ID: topicID(i), Any: anyOf, None: noneOf}
	}
	return topics
}

// topicID is the id of the i-th of benchTopics.
func topicID(i int) string { return "topic-" + strconv.Itoa(i) }

// profile is a CPU profile that records only between start and stop,
// across several runs.
type profile struct {
	f *os.File
}

func newProfile(path string) (*profile, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	return &profile{f: f}, nil
}

// start begins recording; a nil profile does nothing. Go's CPU profiler
// writes one profile per StartCPUProfile, so only the first run of a
// harness is recorded.
func (p *profile) start() {
	if p != nil && p.f != nil {
		pprof.StartCPUProfile(p.f)
	}
}

func (p *profile) stop() {
	if p != nil && p.f != nil {
		pprof.StopCPUProfile()
		p.f.Close()
		p.f = nil
	}
}

// Close ends recording if it is still going.
func (p *profile) Close() { p.stop() }
