package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/internal/benchdata"
	"github.com/feedsieve/feedsieve/storage"
)

// The steady state of a deployment: feeds whose servers answer every poll
// with the whole feed (no validators), most of the time unchanged, else
// with one new item of 60. steady measures both cycles of feedsieve
// against gofeed merely parsing the same bodies on all cores.

var defaultSteady = defaultIngest

func cmdSteady(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("steady", flag.ContinueOnError)
	fs.SetOutput(stderr)
	o := defaultSteady
	o.flags(fs)
	rounds := fs.Int("rounds", 5, "rounds, each one unchanged and one changed cycle with their baselines; medians are reported")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of feedsieve's changed cycles to `file`")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if err := benchSteady(stdout, o, *rounds, *cpuProfile); err != nil {
		fmt.Fprintln(stderr, "feedsieve-bench steady:", err)
		return 1
	}
	return 0
}

// windowFeeds are the farm's feeds with their newest item numbered first.
func windowFeeds(o ingestOptions, first int) [][]byte {
	feeds := make([][]byte, o.feeds)
	for i := range feeds {
		feeds[i] = benchdata.FeedWindow(i, o.items, o.size, first)
	}
	return feeds
}

func benchSteady(out io.Writer, o ingestOptions, rounds int, cpuProfile string) error {
	dir, err := os.MkdirTemp("", "feedsieve-bench")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	f, err := newFarmOf(o.feeds, o.items, func(i int) []byte { return benchdata.FeedWindow(i, o.items, o.size, 0) })
	if err != nil {
		return err
	}
	defer f.Close()
	f.replace(f.feeds) // served without validators from now on
	store, err := storage.Open(storage.Options{Path: filepath.Join(dir, "steady.db")})
	if err != nil {
		return err
	}
	defer store.Close()
	agg, err := newBenchAggregator(store, f, "outlet", o, benchTopics(o.topics, o.keywords))
	if err != nil {
		return err
	}
	if err := checkIngest(agg.PollAll(context.Background()), o.feeds*o.items); err != nil { // the state before the rounds
		return err
	}
	var prof *profile
	if cpuProfile != "" {
		if prof, err = newProfile(cpuProfile); err != nil {
			return err
		}
		defer prof.Close()
	}
	fmt.Fprintf(out, "farm: %d feeds × %d items, %.1f MB, no validators; %d polls in flight; GOMAXPROCS %d\n",
		o.feeds, o.items, float64(f.bytes())/1e6, o.concurrency, runtime.GOMAXPROCS(0))
	fmt.Fprintf(out, "ratios of feedsieve's cycle to gofeed parsing the same bodies on all cores, in wall time and in CPU time\n")
	fmt.Fprintf(out, "%5s %10s %10s %10s %10s %10s %10s\n", "round", "parse s", "same s", "same/wall", "same/cpu", "new/wall", "new/cpu")
	var sameWall, sameCPU, newWall, newCPU []float64
	for r := range rounds {
		parse, err := parseSpan(f.feeds)
		if err != nil {
			return err
		}
		same, err := steadyCycle(agg.PollAll, 0)
		if err != nil {
			return err
		}
		f.replace(windowFeeds(o, -(r + 1))) // one new item in every feed
		changedParse, err := parseSpan(f.feeds)
		if err != nil {
			return err
		}
		prof.start()
		changed, err := steadyCycle(agg.PollAll, o.feeds)
		prof.stop()
		if err != nil {
			return err
		}
		sw, sc := same.wall.Seconds()/parse.wall.Seconds(), same.cpu.Seconds()/parse.cpu.Seconds()
		nw, nc := changed.wall.Seconds()/changedParse.wall.Seconds(), changed.cpu.Seconds()/changedParse.cpu.Seconds()
		sameWall, sameCPU, newWall, newCPU = append(sameWall, sw), append(sameCPU, sc), append(newWall, nw), append(newCPU, nc)
		fmt.Fprintf(out, "%5d %10.3f %10.3f %10.3f %10.3f %10.3f %10.3f\n", r+1, parse.wall.Seconds(), same.wall.Seconds(), sw, sc, nw, nc)
	}
	fmt.Fprintf(out, "%5s %10s %10s %10.3f %10.3f %10.3f %10.3f   (targets: same ≤ 0.2, new ≤ 1.15 in CPU)\n", "median", "", "",
		median(sameWall), median(sameCPU), median(newWall), median(newCPU))
	return nil
}

// parseSpan is the baseline: gofeed parsing the bodies on all cores.
func parseSpan(feeds [][]byte) (span, error) {
	_, s, err := parseAll(feeds, runtime.GOMAXPROCS(0))
	return s, err
}

// steadyCycle polls every feed once and checks that wantNew items were
// new and none updated.
func steadyCycle(pollAll func(context.Context) []aggregator.PollResult, wantNew int) (span, error) {
	start := startSpan()
	results := pollAll(context.Background())
	s := start.end()
	news := 0
	for _, r := range results {
		if r.Err != nil {
			return span{}, r.Err
		}
		if r.Updated != 0 {
			return span{}, fmt.Errorf("%s: %d items updated, want none", r.Source, r.Updated)
		}
		news += r.New
	}
	if news != wantNew {
		return span{}, fmt.Errorf("%d new items, want %d", news, wantNew)
	}
	return s, nil
}
