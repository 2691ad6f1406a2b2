package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"
)

// sourcesOptions size a memory-per-source measurement.
type sourcesOptions struct {
	daemonRuns
	items, size int // each farm feed: items of about size bytes
}

func cmdSources(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("sources", flag.ContinueOnError)
	fs.SetOutput(stderr)
	o := sourcesOptions{}
	parsed := o.flags(fs, "1,1000,5000,10000", time.Hour, 10*time.Minute,
		"poll.interval of the daemons: longer than a measurement, so that each source is polled once")
	fs.IntVar(&o.items, "items", 5, "items per feed")
	fs.IntVar(&o.size, "size", 500, "bytes of HTML per item, about")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if err := parsed(); err != nil {
		fmt.Fprintln(stderr, "feedsieve-bench sources:", err)
		return 2
	}
	if _, err := benchSources(stdout, o); err != nil {
		fmt.Fprintln(stderr, "feedsieve-bench sources:", err)
		return 1
	}
	return 0
}

// parseCounts parses "1,1000,5000" into distinct positive counts, sorted.
func parseCounts(s string) ([]int, error) {
	var counts []int
	for f := range strings.SplitSeq(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			return nil, fmt.Errorf("%q is not a positive whole number", f)
		}
		counts = append(counts, n)
	}
	slices.Sort(counts)
	return slices.Compact(counts), nil
}

// memSample is what one daemon reported once every source had its first poll.
type memSample struct {
	heapAlloc, heapInuse, stackInuse, sys float64 // bytes, after a GC
	goroutines                            float64
	ready                                 time.Duration // from start to /readyz 200
}

// sourcesRow holds the medians for one number of sources, and the growth
// per 1,000 sources over the smallest number (NaN in that row itself).
type sourcesRow struct {
	n int
	memSample
	heapPer1k, stackPer1k float64 // bytes
}

// benchSources runs the real daemon with each number of sources, polling a
// loopback farm, and prints its memory once ready.
func benchSources(out io.Writer, o sourcesOptions) ([]sourcesRow, error) {
	dir, err := os.MkdirTemp("", "feedsieve-bench-sources")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	bin, err := o.feedsieve(dir)
	if err != nil {
		return nil, err
	}
	f, err := newFarm(slices.Max(o.counts), o.items, o.size)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fmt.Fprintf(out, "feedsieve serve with N sources on a loopback farm (%d items of ~%d B per feed), 1 topic, poll.concurrency 16;\n"+
		"poll.interval %s (first polls spread over %s); memory after a GC once /readyz is 200; medians of %d rounds; GOMAXPROCS %d\n",
		o.items, o.size, o.interval, min(o.interval/10, 5*time.Second), o.rounds, runtime.GOMAXPROCS(0))
	const columns = "%8s %10s %10s %10s %8s %10s %8s %11s %11s\n"
	fmt.Fprintf(out, columns, "", "HeapAlloc", "HeapInuse", "StackInuse", "Sys", "", "time to", "heap per", "stack per")
	fmt.Fprintf(out, columns, "N", "MiB", "MiB", "MiB", "MiB", "goroutines", "ready", "1k src MiB", "1k src MiB")
	var rows []sourcesRow
	for _, n := range o.counts {
		row, err := measureCount(bin, dir, f, n, o)
		if err != nil {
			return nil, err
		}
		row.heapPer1k, row.stackPer1k = math.NaN(), math.NaN()
		if len(rows) > 0 {
			base := rows[0]
			row.heapPer1k = (row.heapAlloc - base.heapAlloc) / float64(n-base.n) * 1000
			row.stackPer1k = (row.stackInuse - base.stackInuse) / float64(n-base.n) * 1000
		}
		rows = append(rows, row)
		fmt.Fprintf(out, columns, strconv.Itoa(n), mib(row.heapAlloc), mib(row.heapInuse), mib(row.stackInuse), mib(row.sys),
			strconv.FormatFloat(row.goroutines, 'f', 0, 64), fmt.Sprintf("%.1fs", row.ready.Seconds()), mib(row.heapPer1k), mib(row.stackPer1k))
	}
	if last := rows[len(rows)-1]; len(rows) > 1 {
		fmt.Fprintf(out, "per source, from %d to %d sources: heap %.1f KiB, stack %.1f KiB\n",
			rows[0].n, last.n, last.heapPer1k/1000/1024, last.stackPer1k/1000/1024)
	}
	return rows, nil
}

// measureCount runs o.rounds daemons with n sources and returns the
// medians; the last one with the most sources saves its heap profile.
func measureCount(bin, dir string, f *farm, n int, o sourcesOptions) (sourcesRow, error) {
	var samples []memSample
	for r := range o.rounds {
		profile := ""
		if n == slices.Max(o.counts) && r == o.rounds-1 {
			profile = o.heapProfile
		}
		s, err := measureSources(bin, dir, f, n, o, profile)
		if err != nil {
			return sourcesRow{}, fmt.Errorf("%d sources, round %d: %w", n, r+1, err)
		}
		samples = append(samples, s)
	}
	return sourcesRow{n: n, memSample: medianSample(samples)}, nil
}

func mib(b float64) string {
	if math.IsNaN(b) {
		return "-"
	}
	return strconv.FormatFloat(b/(1<<20), 'f', 2, 64)
}

func medianSample(ss []memSample) memSample {
	m := func(get func(memSample) float64) float64 { return medianBy(ss, get) }
	return memSample{
		heapAlloc:  m(func(s memSample) float64 { return s.heapAlloc }),
		heapInuse:  m(func(s memSample) float64 { return s.heapInuse }),
		stackInuse: m(func(s memSample) float64 { return s.stackInuse }),
		sys:        m(func(s memSample) float64 { return s.sys }),
		goroutines: m(func(s memSample) float64 { return s.goroutines }),
		ready:      time.Duration(m(func(s memSample) float64 { return float64(s.ready) })),
	}
}

// medianBy is the median of a measure of samples.
func medianBy[S any](ss []S, get func(S) float64) float64 { return median(valuesBy(ss, get)) }

// valuesBy is a measure of each sample.
func valuesBy[S any](ss []S, get func(S) float64) []float64 {
	v := make([]float64, len(ss))
	for i, s := range ss {
		v[i] = get(s)
	}
	return v
}

// buildFeedsieve builds the daemon from the module the working directory
// is in, into dir.
func buildFeedsieve(dir string) (string, error) {
	gomod, err := exec.Command("go", "env", "GOMOD").Output()
	root := filepath.Dir(strings.TrimSpace(string(gomod)))
	if err != nil || root == "." || strings.TrimSpace(string(gomod)) == os.DevNull {
		return "", fmt.Errorf("not inside the feedsieve module (go env GOMOD: %q, %v): run from its tree or pass -binary", gomod, err)
	}
	bin := filepath.Join(dir, "feedsieve")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/feedsieve")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build ./cmd/feedsieve in %s: %v\n%s", root, err, out)
	}
	return bin, nil
}

// measureSources starts the daemon with the farm's first n feeds as
// sources on a fresh database, waits until it is ready, reads its memory
// and stops it with SIGTERM.
func measureSources(bin, parent string, f *farm, n int, o sourcesOptions, heapProfile string) (s memSample, err error) {
	err = withDaemon(bin, parent, sourcesConfig(f.feedURL, n, o.interval), func(d *daemonProc) error {
		s, err = d.measure(n, o.timeout, heapProfile)
		return err
	})
	return s, err
}

// portTries is how many times a daemon (feedsieve serve, nginx) is
// started, each time on another free port, when the port it was given was
// taken before it could bind it (by a test of another package running
// beside it).
const portTries = 3

// onFreePort calls start until it succeeds, fails otherwise than on a
// port taken ("address already in use", in the error or in the log it
// holds), or has been tried portTries times.
func onFreePort[T any](start func() (T, error)) (T, error) {
	for try := 1; ; try++ {
		v, err := start()
		if err == nil || try == portTries || !strings.Contains(strings.ToLower(err.Error()), "address already in use") {
			return v, err
		}
	}
}

// withDaemon starts the daemon on a fresh database in a directory of its
// own under parent, calls measure and stops the daemon with SIGTERM. Its
// log ends the error, if any.
func withDaemon(bin, parent string, config func(addr string) []byte, measure func(*daemonProc) error) error {
	_, err := onFreePort(func() (struct{}, error) {
		return struct{}{}, daemonOnce(bin, parent, config, measure)
	})
	return err
}

// daemonOnce is one try of withDaemon.
func daemonOnce(bin, parent string, config func(addr string) []byte, measure func(*daemonProc) error) error {
	dir, err := os.MkdirTemp(parent, "daemon")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	d, err := startDaemon(bin, dir, config)
	if err != nil {
		return err
	}
	if err = errors.Join(measure(d), d.stop()); err != nil {
		return fmt.Errorf("%w\nlog of feedsieve serve:\n%s", err, d.logTail())
	}
	return nil
}

// sourcesConfig returns a config whose operator endpoints are on addr, with
// a farm's first n feeds as sources.
func sourcesConfig(feedURL func(i int) string, n int, interval time.Duration) func(addr string) []byte {
	return func(addr string) []byte {
		var b bytes.Buffer
		// The harness reads /readyz, /metrics and profiles: the operator endpoints
		// of admin_listen. The public listener takes any free port.
		fmt.Fprintf(&b, "server:\n  listen: \"127.0.0.1:0\"\n  admin_listen: %q\n  pprof: true\nstorage:\n  path: \"feedsieve.db\"\n  retention: \"0\"\n", addr)
		fmt.Fprintf(&b, "poll:\n  interval: %q\n  concurrency: 16\n  per_host: 16 # the farm is one host, or a few\n  allow_networks: [\"127.0.0.0/8\"] # on loopback\n", interval)
		b.WriteString("log:\n  level: warn\nsources:\n")
		for i := range n {
			fmt.Fprintf(&b, "  - {name: \"outlet-%d\", url: %q}\n", i, feedURL(i))
		}
		b.WriteString("topics:\n  - {id: \"all\", title: \"Every item\"}\n")
		return b.Bytes()
	}
}
