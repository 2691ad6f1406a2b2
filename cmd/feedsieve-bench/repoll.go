package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/storage"
)

// repollOptions size a re-poll comparison.
type repollOptions struct {
	sources     int
	concurrency int
}

var defaultRepoll = repollOptions{sources: 10000, concurrency: 16}

func cmdRepoll(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("repoll", flag.ContinueOnError)
	fs.SetOutput(stderr)
	o := defaultRepoll
	fs.IntVar(&o.sources, "sources", o.sources, "sources, all answering 304")
	fs.IntVar(&o.concurrency, "concurrency", o.concurrency, "requests in flight, for both sides")
	rounds := fs.Int("rounds", 5, "rounds, each one cycle of both (order alternating); medians are reported")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of feedsieve's first cycle to `file`")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if err := benchRepoll(stdout, o, *rounds, *cpuProfile); err != nil {
		fmt.Fprintln(stderr, "feedsieve-bench repoll:", err)
		return 1
	}
	return 0
}

func benchRepoll(out io.Writer, o repollOptions, rounds int, cpuProfile string) error {
	dir, err := os.MkdirTemp("", "feedsieve-bench")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	fx, err := newRepollFixture(filepath.Join(dir, "repoll.db"), o)
	if err != nil {
		return err
	}
	defer fx.Close()
	var prof *profile
	if cpuProfile != "" {
		if prof, err = newProfile(cpuProfile); err != nil {
			return err
		}
		defer prof.Close()
	}
	fmt.Fprintf(out, "%d sources answering 304, %d requests in flight\n", o.sources, o.concurrency)
	fmt.Fprintf(out, "%5s %12s %12s %7s\n", "round", "bare", "feedsieve", "ratio")
	var ratios, bares, fss []float64
	for r := range rounds {
		bare, fs, err := fx.round(r%2 == 1, prof)
		if err != nil {
			return err
		}
		ratio := fs.Seconds() / bare.Seconds()
		bares, fss, ratios = append(bares, bare.Seconds()), append(fss, fs.Seconds()), append(ratios, ratio)
		fmt.Fprintf(out, "%5d %11.3fs %11.3fs %7.3f\n", r+1, bare.Seconds(), fs.Seconds(), ratio)
	}
	fmt.Fprintf(out, "%5s %11.3fs %11.3fs %7.3f   (target ratio ≤ 1.3)\n", "median", median(bares), median(fss), median(ratios))
	return nil
}

// repollUserAgent is the User-Agent of both sides, whose requests are
// the same bytes.
const repollUserAgent = "feedsieve-bench"

// repollFixture is a farm of feeds polled once by feedsieve, so that its
// database holds every feed's ETag, and a bare client with the same pool.
type repollFixture struct {
	o     repollOptions
	farm  *farm
	store *storage.Store
	agg   *aggregator.Aggregator
	bare  *http.Client
}

func newRepollFixture(path string, o repollOptions) (*repollFixture, error) {
	f, err := newFarm(o.sources, 3, 300) // small feeds: only their validators matter here
	if err != nil {
		return nil, err
	}
	store, err := storage.Open(storage.Options{Path: path})
	if err != nil {
		f.Close()
		return nil, err
	}
	fx := &repollFixture{o: o, farm: f, store: store}
	sources := make([]aggregator.Source, o.sources)
	for i := range sources {
		sources[i] = aggregator.Source{Name: fmt.Sprintf("outlet-%d", i), URL: f.feedURL(i)}
	}
	fx.agg, err = aggregator.New(store, aggregator.NewHTTPClient(time.Minute, o.concurrency, f.allow()), slog.New(slog.DiscardHandler), aggregator.Options{
		Interval: time.Hour, Timeout: time.Minute, MaxBody: 1 << 20, UserAgent: repollUserAgent,
		Concurrency: o.concurrency, PerHost: o.concurrency, // the farm is one host
		Sources: sources, Topics: benchTopics(20, 30),
	})
	if err == nil {
		err = checkPolls(fx.agg.PollAll(context.Background()), false)
	}
	if err != nil {
		fx.Close()
		return nil, fmt.Errorf("first poll: %w", err)
	}
	fx.bare = &http.Client{Transport: &http.Transport{MaxIdleConns: 4 * o.concurrency, MaxIdleConnsPerHost: o.concurrency}}
	return fx, nil
}

func (fx *repollFixture) Close() {
	fx.store.Close()
	fx.farm.Close()
}

// round runs one cycle of each side, in the order given, and returns
// their times. feedsieve's cycle includes writing the sources' states.
func (fx *repollFixture) round(feedsieveFirst bool, prof *profile) (bare, fs time.Duration, err error) {
	steps := []func() error{
		func() (err error) {
			bare, err = fx.bareCycle()
			return err
		},
		func() error {
			prof.start()
			defer prof.stop()
			start := time.Now()
			if err := checkPolls(fx.agg.PollAll(context.Background()), true); err != nil {
				return err
			}
			err := fx.store.Flush()
			fs = time.Since(start)
			return err
		},
	}
	if feedsieveFirst {
		steps[0], steps[1] = steps[1], steps[0]
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return 0, 0, err
		}
	}
	return bare, fs, nil
}

// bareCycle is the baseline: the same conditional requests from a plain
// net/http client, concurrency at a time.
func (fx *repollFixture) bareCycle() (time.Duration, error) {
	var next atomic.Int64
	var wg sync.WaitGroup
	errs := make(chan error, fx.o.concurrency)
	start := time.Now()
	for range fx.o.concurrency {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < fx.o.sources; i = int(next.Add(1) - 1) {
				if err := fx.conditionalGet(i); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	close(errs)
	if err := <-errs; err != nil {
		return 0, err
	}
	return elapsed, nil
}

func (fx *repollFixture) conditionalGet(i int) error {
	req, err := http.NewRequest(http.MethodGet, fx.farm.feedURL(i), nil)
	if err != nil {
		return err
	}
	req.Header.Set("User-Agent", repollUserAgent)
	req.Header.Set("Accept", aggregator.Accept)
	req.Header.Set("If-None-Match", fx.farm.etags[i])
	resp, err := fx.bare.Do(req)
	if err != nil {
		return err
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotModified {
		return &statusError{req.URL.String(), resp.StatusCode, http.StatusNotModified}
	}
	return nil
}

// checkPolls fails on any failed poll, and on any poll that fetched a
// feed when notModified says every one should have answered 304.
func checkPolls(results []aggregator.PollResult, notModified bool) error {
	for _, r := range results {
		if r.Err != nil {
			return r.Err
		}
		if r.NotModified != notModified {
			want := map[bool]string{true: "304", false: "a feed"}[notModified]
			return fmt.Errorf("source %s: status %d, want %s", r.Source, r.Status, want)
		}
	}
	return nil
}
