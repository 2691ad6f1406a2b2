package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// historyOptions size a history run.
type historyOptions struct {
	items, sources, size int // stored items of about size bytes, from sources
	topics, keywords     int // topics × keywords per topic
	queries              int // newest-50 queries timed
	writers              int // goroutines storing batches
	dir                  string
	keep                 bool
	cpuProfile           string // of the topic backfill
	buildProfile         string // of the build
}

var defaultHistory = historyOptions{
	items: 1_000_000, sources: 500, size: 1500, topics: 20, keywords: 30, queries: 10_000,
	writers: runtime.GOMAXPROCS(0) + 2,
}

func cmdHistory(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("history", flag.ContinueOnError)
	fs.SetOutput(stderr)
	o := defaultHistory
	fs.IntVar(&o.items, "items", o.items, "items stored")
	fs.IntVar(&o.sources, "sources", o.sources, "sources the items come from")
	fs.IntVar(&o.size, "size", o.size, "bytes of HTML per item, about")
	fs.IntVar(&o.topics, "topics", o.topics, "topics")
	fs.IntVar(&o.keywords, "keywords", o.keywords, "keywords per topic")
	fs.IntVar(&o.queries, "queries", o.queries, "newest-50 queries timed")
	fs.IntVar(&o.writers, "writers", o.writers, "goroutines storing batches (storage groups their writes)")
	fs.StringVar(&o.dir, "dir", "", "put the database in `directory` (default a temporary one, removed afterwards)")
	fs.BoolVar(&o.keep, "keep", false, "keep the database afterwards")
	fs.StringVar(&o.cpuProfile, "cpuprofile", "", "write a CPU profile of the topic backfill to `file`")
	fs.StringVar(&o.buildProfile, "buildprofile", "", "write a CPU profile of the build to `file`")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if err := o.validate(); err != nil {
		fmt.Fprintln(stderr, "feedsieve-bench history:", err)
		return 2
	}
	if err := benchHistory(stdout, o); err != nil {
		fmt.Fprintln(stderr, "feedsieve-bench history:", err)
		return 1
	}
	return 0
}

func (o historyOptions) validate() error {
	switch {
	case o.sources < 1 || o.topics < 1 || o.keywords < 1 || o.queries < 1 || o.writers < 1 || o.size < 0:
		return errors.New("-sources, -topics, -keywords, -queries and -writers must be positive")
	case o.items < 10*o.sources:
		return fmt.Errorf("-items %d: want at least 10 per source (-sources %d), so that a tenth can be pruned", o.items, o.sources)
	}
	return nil
}

// benchHistory runs the history steps on a database in o.dir or a
// temporary directory, and removes it afterwards unless o.keep.
func benchHistory(out io.Writer, o historyOptions) error {
	dir, err := historyDir(o)
	if err != nil {
		return err
	}
	path := filepath.Join(dir, "history.db")
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("%s exists: history builds a fresh database", path)
	}
	defer func() {
		if o.keep {
			fmt.Fprintln(out, "database kept:", path)
			return
		}
		os.Remove(path)
		if o.dir == "" {
			os.RemoveAll(dir)
		}
	}()
	_, err = runHistory(out, path, o)
	return err
}

func historyDir(o historyOptions) (string, error) {
	if o.dir == "" {
		return os.MkdirTemp("", "feedsieve-history")
	}
	return o.dir, os.MkdirAll(o.dir, 0o750)
}

// runHistory builds a database of o.items items at path, then measures it
// step by step, printing each step's figures and a summary.
func runHistory(out io.Writer, path string, o historyOptions) (*historyReport, error) {
	fmt.Fprintf(out, "history: %d items of ~%d bytes from %d sources over one year; %d topics × %d keywords; GOMAXPROCS %d; %s\n",
		o.items, o.size, o.sources, o.topics, o.keywords, runtime.GOMAXPROCS(0), path)
	r := &historyReport{opts: o}
	if err := r.build(out, path); err != nil {
		return nil, err
	}
	store, err := r.openReady(out, path)
	if err != nil {
		return nil, err
	}
	defer store.Close()
	for _, step := range []func(io.Writer, *storage.Store) error{r.latency, r.prune, r.backfill} {
		if err := step(out, store); err != nil {
			return nil, err
		}
	}
	r.summary(out)
	return r, nil
}

// historyReport holds the figures of a history run as its steps measure them.
type historyReport struct {
	opts historyOptions

	stored    int // items the build stored
	buildTook time.Duration
	fileSize  int64
	written   uint64     // bytes the process wrote during the build, from /proc/self/io
	heap      memFigures // after the build, with the store open

	open, ready time.Duration // storage.Open; rendering every topic's Atom feed
	feedEntries int           // fewest entries in a rendered feed

	newest    latencies // Newest(topic, 50)
	newestLen int       // fewest items a query returned
	stats     time.Duration

	pruned, afterPrune int
	pruneTook          time.Duration

	refiled, newTopic int // items that changed topics; items in the new topic
	backfillTook      time.Duration
}

// The targets of issue 8.
const (
	targetNewestP99 = 5 * time.Millisecond
	targetBackfill  = 50_000 // items/s
	targetHeap      = 256 << 20
)

// summary prints every figure with its target and whether it was met.
func (r *historyReport) summary(out io.Writer) {
	o := r.opts
	pruneShare := float64(r.pruned) / float64(r.stored)
	rows := [][4]string{
		{"database size per item", fmt.Sprintf("%s B (file %s)", thousands(r.fileSize/int64(r.stored)), inMiB(uint64(r.fileSize))), "", ""},
		{"build", fmt.Sprintf("%s items/s, %.1f× the file written", rate(r.stored, r.buildTook), float64(r.written)/float64(r.fileSize)), "", ""},
		{"Go heap after ingest", "HeapInuse " + inMiB(r.heap.heapInuse) + ", HeapAlloc " + inMiB(r.heap.heapAlloc), "< 256 MiB", verdict(r.heap.heapInuse < targetHeap)},
		{"RSS after ingest", fmt.Sprintf("%s (anon %s, file %s)", inMiB(r.heap.rss), inMiB(r.heap.rssAnon), inMiB(r.heap.rssFile)), "", ""},
		{"open + first-ready", fmt.Sprintf("%s + %s = %s", ms(r.open), ms(r.ready), ms(r.open+r.ready)), "", ""},
		{"newest-50 p50 / p99 / max", fmt.Sprintf("%s / %s / %s", ms(r.newest.p50), ms(r.newest.p99), ms(r.newest.max)), "p99 < 5 ms", verdict(r.newest.p99 < targetNewestP99)},
		{"TopicStats, every topic", ms(r.stats), "", ""},
		{"retention prune", fmt.Sprintf("%s items (%.1f%%) in %s, %s items/s", thousands(int64(r.pruned)), 100*pruneShare, secs(r.pruneTook), rate(r.pruned, r.pruneTook)), "10% removed", verdict(r.pruned == o.items/10)},
		{"topic backfill", fmt.Sprintf("%s items/s (%s items in %s)", rate(r.afterPrune, r.backfillTook), thousands(int64(r.afterPrune)), secs(r.backfillTook)), "≥ 50,000 items/s", verdict(float64(r.afterPrune)/r.backfillTook.Seconds() >= targetBackfill)},
		{"new topic", thousands(int64(r.newTopic)) + " items", "> 0", verdict(r.newTopic > 0)},
	}
	fmt.Fprintf(out, "\n%-26s %-50s %-17s %s\n", "summary", "figure", "target", "")
	for _, row := range rows {
		fmt.Fprintf(out, "%-26s %-50s %-17s %s\n", row[0], row[1], row[2], row[3])
	}
}

func verdict(ok bool) string {
	if ok {
		return "ok"
	}
	return "FAIL"
}

func rate(n int, d time.Duration) string { return thousands(int64(float64(n) / d.Seconds())) }

func ms(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d)/float64(time.Millisecond)) }

func secs(d time.Duration) string { return fmt.Sprintf("%.2f s", d.Seconds()) }

func inMiB(n uint64) string { return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20)) }

// thousands writes n with commas between groups of three digits.
func thousands(n int64) string {
	if n < 0 {
		return "-" + thousands(-n)
	}
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
