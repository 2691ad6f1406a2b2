package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"time"
)

// scaleOptions size a measurement of the daemon with many sources.
type scaleOptions struct {
	daemonRuns
	hosts int           // loopback addresses the farm's feeds are spread over
	idle  time.Duration // how long the ready daemon is watched while nothing is due
}

// Targets of issue 25 for 100,000 sources.
const (
	targetRSS     = 512 << 20
	targetReady   = 3 * time.Minute
	targetPollCPU = 150 * time.Microsecond
)

func cmdScale(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("scale", flag.ContinueOnError)
	fs.SetOutput(stderr)
	o := scaleOptions{}
	parsed := o.flags(fs, "1000,10000,30000,100000", 15*time.Minute, 5*time.Minute, "poll.interval of the daemons")
	fs.IntVar(&o.hosts, "hosts", 1, "loopback addresses (127.0.0.1, .2, …) the farm's feeds are spread over, each a domain of its own")
	fs.DurationVar(&o.idle, "idle", 15*time.Second, "how long the CPU of the ready daemon is measured while no source is due")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	err := parsed()
	if err == nil && o.hosts < 1 {
		err = errors.New("-hosts must be at least 1")
	}
	if err != nil {
		fmt.Fprintln(stderr, "feedsieve-bench scale:", err)
		return 2
	}
	if _, err := benchScale(stdout, o); err != nil {
		fmt.Fprintln(stderr, "feedsieve-bench scale:", err)
		return 1
	}
	return 0
}

// scaleSample is what one daemon showed: from its start until every
// source was polled once, then while idle.
type scaleSample struct {
	ready       time.Duration // from start to /readyz 200
	startCPU    time.Duration // CPU before the first poll: config, database, listeners
	pollCPU     time.Duration // CPU per poll from the first poll until ready
	idleCPU     time.Duration // CPU per second while no source is due
	rss, peak   float64       // resident memory after the idle time, and its peak
	heap, stack float64       // HeapAlloc and StackInuse after a GC
	goroutines  float64
}

// scaleRow is the medians for one number of sources, and the ranges of
// the main figures.
type scaleRow struct {
	n int
	scaleSample
	ranges string
}

// scaleRanges describes the spread of the figures with targets over rounds.
func scaleRanges(ss []scaleSample) string {
	span := func(get func(scaleSample) float64, format func(float64) string) string {
		v := valuesBy(ss, get)
		return format(slices.Min(v)) + "–" + format(slices.Max(v))
	}
	sec := func(x float64) string { return seconds(time.Duration(x)) }
	ms := func(x float64) string { return millis(time.Duration(x), 3) }
	return "ranges: ready " + span(func(s scaleSample) float64 { return float64(s.ready) }, sec) +
		" s, peak RSS " + span(func(s scaleSample) float64 { return s.peak }, mib) +
		" MiB, CPU/poll " + span(func(s scaleSample) float64 { return float64(s.pollCPU) }, ms) + " ms"
}

// benchScale runs the daemon with each number of sources of a farm that
// answers 304 and prints what it cost.
func benchScale(out io.Writer, o scaleOptions) ([]scaleRow, error) {
	files, err := raiseFileLimit()
	if err != nil {
		return nil, fmt.Errorf("raise the limit of open files: %w", err)
	}
	dir, err := os.MkdirTemp("", "feedsieve-bench-scale")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	bin, err := o.feedsieve(dir)
	if err != nil {
		return nil, err
	}
	f, err := newNotModifiedFarm(slices.Max(o.counts), o.hosts)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fmt.Fprintf(out, "feedsieve serve with N sources of a loopback farm answering 304 on %d host(s); poll.interval %s, concurrency 16, per_host 16;\n"+
		"medians of %d daemons; GOMAXPROCS %d, open files %d; RSS after %s idle; heap and stack after a GC\n",
		o.hosts, o.interval, o.rounds, runtime.GOMAXPROCS(0), files, o.idle)
	const columns = "%7s %8s %8s %8s %8s %8s %6s %9s %8s %9s %9s %9s\n"
	fmt.Fprintf(out, columns, "", "ready", "RSS", "peak RSS", "heap", "stacks", "gorou-", "CPU/poll", "start", "idle CPU", "RSS/1k", "heap+stk")
	fmt.Fprintf(out, columns, "N", "s", "MiB", "MiB", "MiB", "MiB", "tines", "ms", "CPU s", "ms/s/1k", "src MiB", "/1k KiB")
	var rows []scaleRow
	for _, n := range o.counts {
		var samples []scaleSample
		for r := range o.rounds {
			s, err := measureScale(bin, dir, f, n, o)
			if err != nil {
				return nil, fmt.Errorf("%d sources, round %d: %w", n, r+1, err)
			}
			samples = append(samples, s)
		}
		row := scaleRow{n: n, scaleSample: medianScale(samples), ranges: scaleRanges(samples)}
		rows = append(rows, row)
		k := float64(n) / 1000
		fmt.Fprintf(out, columns, strconv.Itoa(n), seconds(row.ready), mib(row.rss), mib(row.peak), mib(row.heap), mib(row.stack),
			strconv.FormatFloat(row.goroutines, 'f', 0, 64), millis(row.pollCPU, 3), seconds(row.startCPU),
			millis(time.Duration(float64(row.idleCPU)/k), 3), mib(row.rss/k), strconv.FormatFloat((row.heap+row.stack)/k/1024, 'f', 0, 64))
		if o.rounds > 1 {
			fmt.Fprintf(out, "%7s %s\n", "", row.ranges)
		}
	}
	last := rows[len(rows)-1]
	if len(rows) > 1 {
		first := rows[0]
		per := func(a, b float64) float64 { return (b - a) / float64(last.n-first.n) * 1000 / 1024 }
		fmt.Fprintf(out, "growth per 1,000 sources from %d to %d: RSS %.0f KiB, peak RSS %.0f KiB, heap %.0f KiB, stacks %.1f KiB\n",
			first.n, last.n, per(first.rss, last.rss), per(first.peak, last.peak), per(first.heap, last.heap), per(first.stack, last.stack))
	}
	fmt.Fprintf(out, "at %d sources (targets for 100,000): peak RSS %s MiB (≤ %d), ready %ss (≤ %.0f), CPU per 304 poll %s ms (≤ %s)\n",
		last.n, mib(last.peak), targetRSS>>20, seconds(last.ready), targetReady.Seconds(), millis(last.pollCPU, 3), millis(targetPollCPU, 2))
	return rows, nil
}

// measureScale starts the daemon with the farm's first n feeds as
// sources on a fresh database, waits until every one was polled, watches
// it idle, reads its memory and stops it.
func measureScale(bin, parent string, f *notModifiedFarm, n int, o scaleOptions) (s scaleSample, err error) {
	f.reset()
	err = withDaemon(bin, parent, sourcesConfig(f.feedURL, n, o.interval), func(d *daemonProc) error {
		s, err = d.watchScale(f, n, o)
		return err
	})
	return s, err
}

// watchScale measures a started daemon; see measureScale.
func (d *daemonProc) watchScale(f *notModifiedFarm, n int, o scaleOptions) (scaleSample, error) {
	var s scaleSample
	pid := d.cmd.Process.Pid
	var atFirst procStats
	var pollsAtFirst int64
	if err := d.waitReady(o.timeout, func() error {
		if pollsAtFirst > 0 || f.total.Load() == 0 {
			return nil
		}
		var err error
		atFirst, err = readProc(pid)
		pollsAtFirst = f.total.Load()
		return err
	}); err != nil {
		return s, err
	}
	s.ready = time.Since(d.started)
	atReady, err := readProc(pid)
	if err != nil {
		return s, err
	}
	polls := f.total.Load()
	if missing := f.unpolled(n); missing > 0 {
		return s, fmt.Errorf("ready, but %d of %d sources were never polled", missing, n)
	}
	s.startCPU = atFirst.cpu
	s.pollCPU = (atReady.cpu - atFirst.cpu) / time.Duration(max(polls-pollsAtFirst, 1))
	time.Sleep(o.idle)
	atEnd, err := readProc(pid)
	if err != nil {
		return s, err
	}
	if extra := f.total.Load() - polls; extra > 0 {
		return s, fmt.Errorf("%d polls while no source was due: raise -interval above the time to ready", extra)
	}
	s.idleCPU = time.Duration(float64(atEnd.cpu-atReady.cpu) / o.idle.Seconds())
	s.rss, s.peak = atEnd.rss, atEnd.peak
	stats, err := d.memStats()
	if err != nil {
		return s, err
	}
	s.heap, s.stack = stats["HeapAlloc"], stats["Stack"]
	if o.heapProfile != "" {
		if err := d.saveHeapProfile(o.heapProfile); err != nil {
			return s, err
		}
	}
	s.goroutines, err = d.goroutines()
	return s, err
}

// waitReady polls /readyz until it answers 200, calling each (if not nil)
// between tries.
func (d *daemonProc) waitReady(timeout time.Duration, each func() error) error {
	for deadline := d.started.Add(timeout); ; time.Sleep(20 * time.Millisecond) {
		if status, _, err := d.get("/readyz"); err == nil && status == 200 {
			return nil
		}
		if each != nil {
			if err := each(); err != nil {
				return err
			}
		}
		select {
		case err := <-d.exited:
			d.exited <- err
			return fmt.Errorf("feedsieve serve exited before it was ready: %v", err)
		default:
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("/readyz not 200 within %s", timeout)
		}
	}
}

var goroutineTotal = regexp.MustCompile(`^goroutine profile: total (\d+)`)

// goroutines reads how many goroutines run from the goroutine profile,
// which costs less than /metrics with a series per source.
func (d *daemonProc) goroutines() (float64, error) {
	body, err := d.getOK("/debug/pprof/goroutine?debug=1")
	if err != nil {
		return 0, err
	}
	m := goroutineTotal.FindSubmatch(body)
	if m == nil {
		return 0, errors.New("goroutine profile: no total")
	}
	return strconv.ParseFloat(string(m[1]), 64)
}

func medianScale(ss []scaleSample) scaleSample {
	m := func(get func(scaleSample) float64) float64 { return medianBy(ss, get) }
	d := func(get func(scaleSample) time.Duration) time.Duration {
		return time.Duration(m(func(s scaleSample) float64 { return float64(get(s)) }))
	}
	return scaleSample{
		ready:      d(func(s scaleSample) time.Duration { return s.ready }),
		startCPU:   d(func(s scaleSample) time.Duration { return s.startCPU }),
		pollCPU:    d(func(s scaleSample) time.Duration { return s.pollCPU }),
		idleCPU:    d(func(s scaleSample) time.Duration { return s.idleCPU }),
		rss:        m(func(s scaleSample) float64 { return s.rss }),
		peak:       m(func(s scaleSample) float64 { return s.peak }),
		heap:       m(func(s scaleSample) float64 { return s.heap }),
		stack:      m(func(s scaleSample) float64 { return s.stack }),
		goroutines: m(func(s scaleSample) float64 { return s.goroutines }),
	}
}

func seconds(d time.Duration) string { return strconv.FormatFloat(d.Seconds(), 'f', 1, 64) }

func millis(d time.Duration, prec int) string {
	return strconv.FormatFloat(float64(d)/float64(time.Millisecond), 'f', prec, 64)
}
