package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/internal/benchdata"
	"github.com/feedsieve/feedsieve/storage"
)

// storiesOptions size the story grouping comparison: the ingest farm and
// topics, and the items stored before it is polled.
type storiesOptions struct {
	ingestOptions
	stored int // items stored beforehand, from feeds of the same size
	days   int // over which the stored items were published
}

var defaultStories = storiesOptions{
	ingestOptions: ingestOptions{feeds: 500, items: 60, size: 1500, topics: 20, keywords: 30, concurrency: 16},
	stored:        100_000,
	days:          30,
}

func cmdStories(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("stories", flag.ContinueOnError)
	fs.SetOutput(stderr)
	o := defaultStories
	fs.IntVar(&o.feeds, "feeds", o.feeds, "feeds in the farm polled in each round")
	fs.IntVar(&o.items, "items", o.items, "items per feed")
	fs.IntVar(&o.topics, "topics", o.topics, "topics")
	fs.IntVar(&o.stored, "stored", o.stored, "items stored before each round")
	fs.IntVar(&o.days, "days", o.days, "days over which the stored items were published")
	rounds := fs.Int("rounds", 5, "rounds, each polling the farm with and without story grouping (order alternating); medians are reported")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the first poll with story grouping to `file`")
	plainProfile := fs.String("plainprofile", "", "write a CPU profile of the first poll without story grouping to `file`, to compare with -cpuprofile's (go tool pprof -diff_base)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	var profs [2]*profile // without grouping, with
	for i, path := range []string{*plainProfile, *cpuProfile} {
		if path == "" {
			continue
		}
		var err error
		if profs[i], err = newProfile(path); err != nil {
			fmt.Fprintln(stderr, "feedsieve-bench stories:", err)
			return 1
		}
		defer profs[i].Close()
	}
	if err := benchStories(stdout, o, *rounds, profs); err != nil {
		fmt.Fprintln(stderr, "feedsieve-bench stories:", err)
		return 1
	}
	return 0
}

// benchStories measures what grouping stories costs ingestion: a database
// holding o.stored items is copied, and the farm polled into the copy,
// once with every topic collapsing stories and once with none, per round.
func benchStories(out io.Writer, o storiesOptions, rounds int, profs [2]*profile) error {
	dir, err := os.MkdirTemp("", "feedsieve-bench")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	base := filepath.Join(dir, "base.db")
	if err := buildStoriesBase(base, o); err != nil {
		return err
	}
	f, err := newFarmOf(o.feeds, o.items, func(i int) []byte { return benchdata.FeedWithCopies(i, o.items, o.size) })
	if err != nil {
		return err
	}
	defer f.Close()
	fmt.Fprintf(out, "farm: %d feeds × %d items (every twentieth a copy of a report of 5 outlets) polled into a copy of a database of %d items published over %d days; %d topics × %d keywords; GOMAXPROCS %d\n",
		o.feeds, o.items, o.stored, o.days, o.topics, o.keywords, runtime.GOMAXPROCS(0))
	fmt.Fprintf(out, "times of the polls without and with grouping, their ratio and the ratio of their CPU times; the time to\n")
	fmt.Fprintf(out, "reload the stories at start; the new items filed into another item's story; the collector's CPU time\n")
	fmt.Fprintf(out, "in the polls without and with grouping (the runtime's estimate, less its marking on idle processors)\n")
	fmt.Fprintf(out, "%5s %12s %12s %7s %7s %12s %10s %9s %9s\n", "round", "plain", "stories", "ratio", "cpu", "load", "in stories", "gc plain", "gc with")
	var plains, withs, ratios, cpus, loads, gcPlains, gcWiths []float64
	for r := range rounds {
		var plain, with storiesRun
		sides := []func() error{
			func() (err error) { plain, err = pollCopy(base, dir, f, o, false, profs[0]); return err },
			func() (err error) { with, err = pollCopy(base, dir, f, o, true, profs[1]); return err },
		}
		for i := range sides {
			if err := sides[(i+r)%2](); err != nil {
				return err
			}
		}
		ratio, cpu := with.poll.wall.Seconds()/plain.poll.wall.Seconds(), with.poll.cpu.Seconds()/plain.poll.cpu.Seconds()
		plains, withs, ratios, cpus, loads = append(plains, plain.poll.wall.Seconds()), append(withs, with.poll.wall.Seconds()), append(ratios, ratio), append(cpus, cpu), append(loads, with.load.Seconds())
		gcPlains, gcWiths = append(gcPlains, plain.poll.gc.Seconds()), append(gcWiths, with.poll.gc.Seconds())
		fmt.Fprintf(out, "%5d %11.3fs %11.3fs %7.3f %7.3f %11.3fs %10d %8.3fs %8.3fs\n", r+1, plain.poll.wall.Seconds(), with.poll.wall.Seconds(), ratio, cpu, with.load.Seconds(), with.copies, plain.poll.gc.Seconds(), with.poll.gc.Seconds())
	}
	fmt.Fprintf(out, "%5s %11.3fs %11.3fs %7.3f %7.3f %11.3fs %10s %8.3fs %8.3fs   (target ratio ≤ 1.10)\n", "median", median(plains), median(withs), median(ratios), median(cpus), median(loads), "", median(gcPlains), median(gcWiths))
	return nil
}

// storiesTopics are benchTopics, collapsing stories or not.
func storiesTopics(o storiesOptions, stories bool) []aggregator.Topic {
	topics := benchTopics(o.topics, o.keywords)
	if stories {
		for i := range topics {
			topics[i].Stories = &aggregator.StoryOptions{}
		}
	}
	return topics
}

// buildStoriesBase polls, with every topic collapsing stories, feeds of
// the same kind as the farm's but of other outlets and older, into a new
// database at path: o.stored items, the newest three days before the
// farm's, spread over o.days.
func buildStoriesBase(path string, o storiesOptions) error {
	n := (o.stored + o.items - 1) / o.items
	const firstOutlet = 100_000 // apart from the farm's outlets and links
	f, err := newFarmOf(n, o.items, func(i int) []byte {
		newest := benchdata.Epoch.Add(-72*time.Hour - time.Duration(i%max(o.days-3, 1))*24*time.Hour)
		return benchdata.FeedAt(firstOutlet+i, o.items, o.size, newest)
	})
	if err != nil {
		return err
	}
	defer f.Close()
	store, err := storage.Open(storage.Options{Path: path})
	if err != nil {
		return err
	}
	defer store.Close()
	_, err = poll(store, f, "stored", o.ingestOptions, storiesTopics(o, true))
	return err
}

// storiesRun is one poll of the farm into a copy of the base.
type storiesRun struct {
	load   time.Duration // aggregator.New and SyncStories, which loads the stories
	poll   span          // PollAll
	copies int           // new items filed as a copy of an earlier one
}

func pollCopy(base, dir string, f *farm, o storiesOptions, stories bool, prof *profile) (storiesRun, error) {
	path := filepath.Join(dir, "round.db")
	if err := copyFile(base, path); err != nil {
		return storiesRun{}, err
	}
	defer os.Remove(path)
	store, err := storage.Open(storage.Options{Path: path})
	if err != nil {
		return storiesRun{}, err
	}
	defer store.Close()
	var run storiesRun
	start := time.Now()
	agg, err := newBenchAggregator(store, f, "outlet", o.ingestOptions, storiesTopics(o, stories))
	if err == nil {
		_, err = agg.SyncStories() // loads the stories
	}
	if err != nil {
		return storiesRun{}, err
	}
	run.load = time.Since(start)
	prof.start()
	polling := startSpan()
	err = checkIngest(agg.PollAll(context.Background()), len(f.feeds)*f.items)
	run.poll = polling.end()
	prof.stop()
	if err != nil {
		return storiesRun{}, err
	}
	if stories {
		run.copies, err = countCopies(store, o)
	}
	return run, err
}

// poll polls every feed of f once into store.
func poll(store *storage.Store, f *farm, name string, o ingestOptions, topics []aggregator.Topic) (*aggregator.Aggregator, error) {
	agg, err := newBenchAggregator(store, f, name, o, topics)
	if err == nil {
		_, err = agg.SyncStories() // as serve does before polling
	}
	if err != nil {
		return nil, err
	}
	return agg, checkIngest(agg.PollAll(context.Background()), len(f.feeds)*f.items)
}

func newBenchAggregator(store *storage.Store, f *farm, name string, o ingestOptions, topics []aggregator.Topic) (*aggregator.Aggregator, error) {
	sources := make([]aggregator.Source, len(f.feeds))
	for i := range sources {
		sources[i] = aggregator.Source{Name: fmt.Sprintf("%s-%d", name, i), URL: f.feedURL(i)}
	}
	return aggregator.New(store, aggregator.NewHTTPClient(time.Minute, o.concurrency, f.allow()), slog.New(slog.DiscardHandler), aggregator.Options{
		Interval: time.Hour, Timeout: time.Minute, MaxBody: 32 << 20, UserAgent: "feedsieve-bench",
		Concurrency: o.concurrency, PerHost: o.concurrency, // the farm is one host
		Sources: sources, Topics: topics,
	})
}

// checkIngest fails on a failed poll, or when the polls fetched other than
// want items.
func checkIngest(results []aggregator.PollResult, want int) error {
	items := 0
	for _, r := range results {
		if r.Err != nil {
			return r.Err
		}
		items += r.Items
	}
	if items != want {
		return fmt.Errorf("fetched %d items, want %d", items, want)
	}
	return nil
}

// countCopies counts the items of the farm's days that joined another
// item's story, in any topic.
func countCopies(store *storage.Store, o storiesOptions) (int, error) {
	n := 0
	oldest := benchdata.Epoch.Add(-time.Duration(o.items) * time.Hour)
	err := store.Scan(func(it *storage.Item) bool {
		if it.Published.Before(oldest) {
			return false
		}
		for _, m := range it.Topics {
			if m.Story != "" && m.Story != it.ID {
				n++
				break
			}
		}
		return true
	})
	return n, err
}

func copyFile(from, to string) error {
	src, err := os.Open(from)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := os.Create(to)
	if err != nil {
		return err
	}
	_, err = io.Copy(dst, src)
	return errors.Join(err, dst.Close())
}
