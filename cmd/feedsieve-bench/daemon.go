package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"syscall"
	"time"

	"github.com/feedsieve/feedsieve/internal/freeport"
)

// daemonRuns are the options of the commands that start the daemon once
// per number of sources and round.
type daemonRuns struct {
	counts      []int         // sources configured, one daemon per count and round
	rounds      int           // daemons per count; medians are reported
	interval    time.Duration // poll.interval; a tenth of it, at most 5 s, spreads the first polls
	timeout     time.Duration // for one daemon to become ready
	binary      string        // a built feedsieve; "" builds one from the module
	heapProfile string        // where to save the largest daemon's heap profile; "" for none
}

// flags declares the options on fs, with the given defaults; the function
// it returns checks them once fs is parsed.
func (r *daemonRuns) flags(fs *flag.FlagSet, counts string, interval, timeout time.Duration, intervalUsage string) func() error {
	c := fs.String("counts", counts, "comma-separated numbers of sources to configure")
	fs.IntVar(&r.rounds, "rounds", 3, "daemons started per number of sources; medians are reported")
	fs.DurationVar(&r.interval, "interval", interval, intervalUsage)
	fs.DurationVar(&r.timeout, "timeout", timeout, "time one daemon may take to become ready")
	fs.StringVar(&r.binary, "binary", "", "feedsieve binary to measure (default: go build ./cmd/feedsieve in the module)")
	fs.StringVar(&r.heapProfile, "heapprofile", "", "save the heap profile of the last daemon with the most sources to `file`")
	return func() error {
		var err error
		if r.counts, err = parseCounts(*c); err != nil {
			return fmt.Errorf("-counts: %w", err)
		}
		if r.rounds < 1 {
			return errors.New("-rounds must be at least 1")
		}
		return nil
	}
}

// feedsieve is the binary to run: -binary, or one built into dir.
func (r *daemonRuns) feedsieve(dir string) (string, error) {
	if r.binary != "" {
		return r.binary, nil
	}
	return buildFeedsieve(dir)
}

// daemonProc is a running feedsieve serve.
type daemonProc struct {
	cmd     *exec.Cmd
	url     string
	log     string
	started time.Time
	exited  chan error
	client  *http.Client
}

// startDaemon starts feedsieve serve in dir, with its log there, on the
// config made for a free loopback address.
func startDaemon(bin, dir string, config func(addr string) []byte) (*daemonProc, error) {
	addr, err := freeport.Addr()
	if err != nil {
		return nil, err
	}
	cfg := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(cfg, config(addr), 0o644); err != nil {
		return nil, err
	}
	d := &daemonProc{cmd: exec.Command(bin, "serve", "-config", cfg), url: "http://" + addr, log: filepath.Join(dir, "feedsieve.log"),
		exited: make(chan error, 1), client: &http.Client{Timeout: time.Minute}}
	logFile, err := os.Create(d.log)
	if err != nil {
		return nil, err
	}
	defer logFile.Close()
	d.cmd.Stdout, d.cmd.Stderr = logFile, logFile
	d.started = time.Now()
	if err := d.cmd.Start(); err != nil {
		return nil, err
	}
	go func() { d.exited <- d.cmd.Wait() }()
	return d, nil
}

// measure waits for /readyz, then reads the MemStats of the heap profile
// after a GC and the goroutines and polls from /metrics.
func (d *daemonProc) measure(n int, timeout time.Duration, heapProfile string) (memSample, error) {
	var s memSample
	if err := d.waitReady(timeout, nil); err != nil {
		return s, err
	}
	s.ready = time.Since(d.started)
	stats, err := d.memStats()
	if err != nil {
		return s, err
	}
	s.heapAlloc, s.heapInuse, s.stackInuse, s.sys = stats["HeapAlloc"], stats["HeapInuse"], stats["Stack"], stats["Sys"]
	if heapProfile != "" {
		if err := d.saveHeapProfile(heapProfile); err != nil {
			return s, err
		}
	}
	ok, goroutines, err := d.scrape()
	if err == nil && ok != n {
		err = fmt.Errorf("%d of %d sources polled ok", ok, n)
	}
	s.goroutines = goroutines
	return s, err
}

// stop sends SIGTERM and waits for a clean exit.
func (d *daemonProc) stop() error {
	d.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-d.exited:
		if err != nil {
			return fmt.Errorf("feedsieve serve after SIGTERM: %w", err)
		}
		return nil
	case <-time.After(15 * time.Second):
		d.cmd.Process.Kill()
		<-d.exited
		return errors.New("feedsieve serve did not stop within 15 s of SIGTERM; killed")
	}
}

// logTail is the end of the daemon's log, for error messages.
func (d *daemonProc) logTail() string {
	b, _ := os.ReadFile(d.log)
	if len(b) > 4000 {
		b = b[len(b)-4000:]
	}
	return string(b)
}

// memStatLine is a line of the runtime.MemStats in a text heap profile:
// "# HeapAlloc = 123", or "# Stack = 45 / 67" (StackInuse / StackSys).
var memStatLine = regexp.MustCompile(`(?m)^# (\w+) = (\d+)(?: / \d+)?$`)

// memStats reads the runtime.MemStats that the text heap profile ends
// with, after a garbage collection, by their names there.
func (d *daemonProc) memStats() (map[string]float64, error) {
	body, err := d.getOK("/debug/pprof/heap?gc=1&debug=1")
	if err != nil {
		return nil, err
	}
	stats := map[string]float64{}
	for _, m := range memStatLine.FindAllSubmatch(body, -1) {
		v, _ := strconv.ParseFloat(string(m[2]), 64)
		stats[string(m[1])] = v
	}
	for _, k := range []string{"HeapAlloc", "HeapInuse", "Stack", "Sys"} {
		if stats[k] == 0 {
			return nil, fmt.Errorf("heap profile: no %s in its MemStats", k)
		}
	}
	return stats, nil
}

func (d *daemonProc) saveHeapProfile(path string) error {
	body, err := d.getOK("/debug/pprof/heap?gc=1")
	if err != nil {
		return err
	}
	return os.WriteFile(path, body, 0o644)
}

var (
	goroutinesLine = regexp.MustCompile(`(?m)^go_goroutines (\S+)$`)
	pollsOKLine    = regexp.MustCompile(`(?m)^feedsieve_polls_total\{result="ok",source="[^"]*"\} (\S+)$`)
)

// scrape reads from /metrics how many polls succeeded and how many
// goroutines are running.
func (d *daemonProc) scrape() (polledOK int, goroutines float64, err error) {
	body, err := d.getOK("/metrics")
	if err != nil {
		return 0, 0, err
	}
	m := goroutinesLine.FindSubmatch(body)
	if m == nil {
		return 0, 0, errors.New("/metrics has no go_goroutines")
	}
	goroutines, err = strconv.ParseFloat(string(m[1]), 64)
	for _, p := range pollsOKLine.FindAllSubmatch(body, -1) {
		v, _ := strconv.ParseFloat(string(p[1]), 64)
		polledOK += int(v)
	}
	return polledOK, goroutines, err
}

// get asks the daemon for path and returns the status and the body.
func (d *daemonProc) get(path string) (int, []byte, error) {
	resp, err := d.client.Get(d.url + path)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	return resp.StatusCode, body, err
}

// getOK is get, with any status but 200 an error.
func (d *daemonProc) getOK(path string) ([]byte, error) {
	status, body, err := d.get(path)
	if err == nil && status != http.StatusOK {
		err = &statusError{url: d.url + path, got: status, want: http.StatusOK}
	}
	return body, err
}
