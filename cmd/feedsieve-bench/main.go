// Command feedsieve-bench is the load harness for feedsieve's performance
// targets. Each command runs feedsieve's code and a baseline side by side
// on loopback and prints medians and ratios:
//
//   - serve: feedsieve's feed server against a bare net/http handler
//     writing the same bytes, with wrk, for plain, gzip and 304 responses;
//   - ingest: one poll of a farm of feeds through fetch, parse, dedup,
//     topic matching and storage, against gofeed merely parsing the bytes;
//   - repoll: a poll cycle of sources that all answer 304 against a bare
//     net/http client making the same conditional requests;
//   - stories: polls into a database of stored items with every topic
//     grouping stories, against the same polls with none.
//
// sources, scale and history have no baseline: sources runs the real
// daemon with more and more sources and prints its memory, and the growth
// per 1,000 sources; scale does so up to 100,000 sources that all answer
// 304 and adds the CPU and the time until each was polled; history builds a database of a year of news and measures it
// against absolute targets (size per item, open + first-ready, newest-50
// latency, retention prune, topic backfill, Go heap after ingest).
package main

import (
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/feedsieve/feedsieve/feeds"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// commands are the harness's subcommands; each parses its own flags and
// prints its results.
var commands = map[string]func(args []string, stdout, stderr io.Writer) int{
	"serve":   cmdServe,
	"ingest":  cmdIngest,
	"repoll":  cmdRepoll,
	"steady":  cmdSteady,
	"sources": cmdSources,
	"scale":   cmdScale,
	"history": cmdHistory,
	"stories": cmdStories,
}

const usage = `usage: feedsieve-bench COMMAND [flags]

commands comparing feedsieve with a baseline, side by side:
  serve    cached topic feeds vs a bare net/http handler, with wrk
  ingest   one poll of a loopback farm of feeds vs gofeed parsing the same bytes
  repoll   a poll cycle of sources all answering 304 vs a bare net/http client
  steady   poll cycles of feeds served whole without validators, unchanged and
           with one new item of 60, vs gofeed parsing the same bodies
  stories  polls into a database of 100,000 items, with every topic grouping
           stories vs none

and a measurement without a baseline:
  sources  the daemon's memory once ready with 1 to 10,000 sources (heap and
           stack per 1,000 sources), from its heap profile and /metrics
  scale    the daemon with 1,000 to 100,000 sources all answering 304: time until
           each was polled, RSS, heap, stacks, CPU per poll and per 1,000 sources

command measuring against absolute targets:
  history  a database of a year of news (1,000,000 items): size per item, open +
           first-ready, newest-50 latency, retention prune, topic backfill, Go heap

run "feedsieve-bench COMMAND -h" for a command's flags`

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || commands[args[0]] == nil {
		fmt.Fprintln(stderr, usage)
		return 2
	}
	return commands[args[0]](args[1:], stdout, stderr)
}

func cmdServe(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	rounds := fs.Int("rounds", 5, "wrk runs per server and mode; medians are reported")
	duration := fs.Duration("duration", 5*time.Second, "length of each wrk run")
	conns := fs.Int("connections", 32, "wrk connections (fixed, the same for every server)")
	threads := fs.Int("threads", 1, "wrk threads")
	withNginx := fs.Bool("nginx", false, "also serve the same bytes with Debian's nginx (one worker, sendfile, etag, gzip_static)")
	pin := fs.Bool("pin", false, "pin the servers to CPU 0 and wrk to CPU 1 (taskset)")
	printOnly := fs.Bool("print", false, "print the wrk commands and serve until interrupted instead of running wrk")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	o := wrkOptions{rounds: *rounds, duration: *duration, connections: *conns, threads: *threads, nginx: *withNginx, pin: *pin}
	if err := benchServe(stdout, o, *printOnly); err != nil {
		fmt.Fprintln(stderr, "feedsieve-bench serve:", err)
		return 1
	}
	return 0
}

type wrkOptions struct {
	rounds      int
	duration    time.Duration
	connections int
	threads     int
	nginx       bool // compare with nginx too
	pin         bool // servers on CPU 0, wrk on CPU 1
}

// seconds is the length of a wrk run in whole seconds, as wrk takes it.
func (o wrkOptions) seconds() int { return max(1, int(o.duration.Round(time.Second).Seconds())) }

// server is one side of the serving comparison.
type server struct {
	name, url string
	etag      string               // its ETag of the document
	cpu       func() time.Duration // the CPU time it has used
}

func benchServe(out io.Writer, opts wrkOptions, printOnly bool) error {
	dir, err := os.MkdirTemp("", "feedsieve-bench")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	pinNote := "not pinned"
	if opts.pin {
		if err := pinSelf(0); err != nil {
			return err
		}
		pinNote = "pinned to CPU 0, wrk to CPU 1; GOMAXPROCS set from the affinity, as a daemon started pinned gets it"
	}
	fx, err := newServeFixture(dir, servedDocs[0].path)
	if err != nil {
		return err
	}
	defer fx.Close()
	bareURL, stopBare, err := listen(fx.bare)
	if err != nil {
		return err
	}
	defer stopBare()
	fsURL, stopFS, err := listen(fx.site)
	if err != nil {
		return err
	}
	defer stopFS()
	servers := []server{{"bare", bareURL, fx.rendered.ETag, processCPU}, {"feedsieve", fsURL, fx.rendered.ETag, processCPU}}
	if opts.nginx {
		cpu := -1
		if opts.pin {
			cpu = 0
		}
		n, err := startNginx(filepath.Join(dir, "nginx"), fx, cpu)
		if err != nil {
			return err
		}
		defer n.stop()
		servers = append(servers, server{"nginx", n.url, n.etag, func() time.Duration { return pidCPU(n.cmd.Process.Pid) }})
	}
	fmt.Fprintf(out, "feed: %d bytes, %d gzipped; Go servers %s: GOMAXPROCS %d\n", len(fx.rendered.Body), len(fx.rendered.Gzip), pinNote, runtime.GOMAXPROCS(0))
	for _, s := range servers {
		fmt.Fprintf(out, "%-10s %s\n", s.name+":", s.url+fx.path)
	}
	if printOnly {
		for _, m := range modes {
			for _, s := range servers {
				fmt.Fprintln(out, strings.Join(wrkArgs(opts, m, s.etag, s.url+fx.path), " "))
			}
		}
		fmt.Fprintln(out, "\nserving until interrupted")
		select {}
	}
	return compareServers(out, opts, servers, fx.path)
}

// compareServers runs wrk against every server in every mode, rotating
// their order from round to round, and prints medians: requests per
// second, the CPU time each server used per request, and feedsieve's
// ratios to the others.
func compareServers(out io.Writer, opts wrkOptions, servers []server, path string) error {
	wrk, err := exec.LookPath("wrk")
	if err != nil {
		return fmt.Errorf("wrk not found (Debian: apt-get install wrk): %w", err)
	}
	fmt.Fprintf(out, "medians of %d wrk runs of %s, %d connections, order rotating; µs: CPU time per request\n", opts.rounds, time.Duration(opts.seconds())*time.Second, opts.connections)
	fmt.Fprintf(out, "%-6s", "mode")
	for _, s := range servers {
		fmt.Fprintf(out, " %12s %7s", s.name+" req/s", "µs")
	}
	for _, s := range servers {
		if s.name != "feedsieve" {
			fmt.Fprintf(out, " %15s", "feedsieve/"+s.name)
		}
	}
	fmt.Fprintln(out)
	for _, m := range modes {
		rps, us := make([][]float64, len(servers)), make([][]float64, len(servers))
		ratios := make([][]float64, len(servers))
		for r := range opts.rounds {
			got := make([]float64, len(servers))
			for k := range servers {
				i := (k + r) % len(servers)
				s := servers[i]
				cpu0 := s.cpu()
				v, err := runWrk(wrk, wrkArgs(opts, m, s.etag, s.url+path)[1:], opts.pin)
				if err != nil {
					return err
				}
				got[i] = v
				rps[i] = append(rps[i], v)
				us[i] = append(us[i], float64((s.cpu()-cpu0).Microseconds())/(v*float64(opts.seconds())))
			}
			for i := range servers {
				ratios[i] = append(ratios[i], got[1]/got[i])
			}
		}
		fmt.Fprintf(out, "%-6s", m.name)
		for i := range servers {
			fmt.Fprintf(out, " %12.0f %7.1f", median(rps[i]), median(us[i]))
		}
		var all []string
		for i, s := range servers {
			if s.name != "feedsieve" {
				fmt.Fprintf(out, " %15.3f", median(ratios[i]))
				all = append(all, "feedsieve/"+s.name+" "+formatAll(ratios[i]))
			}
		}
		fmt.Fprintf(out, "\n       (each run: %s)\n", strings.Join(all, "; "))
	}
	return nil
}

// wrkArgs is the wrk command line for one mode against one URL, whose
// ETag is etag.
func wrkArgs(opts wrkOptions, m mode, etag, url string) []string {
	args := []string{"wrk", "-t" + strconv.Itoa(opts.threads), "-c" + strconv.Itoa(opts.connections), "-d" + strconv.Itoa(opts.seconds()) + "s"}
	for k, vs := range m.header(&feeds.Rendered{ETag: etag}) {
		for _, v := range vs {
			args = append(args, "-H", shellQuote(k+": "+v))
		}
	}
	return append(args, url)
}

func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

var requestsPerSec = regexp.MustCompile(`Requests/sec:\s+([0-9.]+)`)

func runWrk(wrk string, args []string, pin bool) (float64, error) {
	for i, a := range args {
		args[i] = strings.Trim(a, "'") // no shell here
	}
	cmd := exec.Command(wrk, args...)
	if p := pinned(1, append([]string{wrk}, args...)...); pin && p != nil {
		cmd = exec.Command(p[0], p[1:]...)
	}
	out, err := cmd.CombinedOutput()
	if err != nil {
		return 0, fmt.Errorf("wrk %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	m := requestsPerSec.FindSubmatch(out)
	if m == nil {
		return 0, fmt.Errorf("wrk printed no Requests/sec:\n%s", out)
	}
	if strings.Contains(string(out), "Non-2xx or 3xx responses") {
		return 0, fmt.Errorf("wrk saw error responses:\n%s", out)
	}
	return strconv.ParseFloat(string(m[1]), 64)
}

// listen serves h on a loopback port.
func listen(h http.Handler) (string, func(), error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: time.Minute, ConnContext: feeds.ConnContext}
	go srv.Serve(ln)
	return "http://" + ln.Addr().String(), func() { srv.Close() }, nil
}

func median(v []float64) float64 {
	s := slices.Clone(v)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func formatAll(v []float64) string {
	parts := make([]string, len(v))
	for i, x := range v {
		parts[i] = strconv.FormatFloat(x, 'f', 3, 64)
	}
	return strings.Join(parts, " ")
}

// statusError is a response with an unexpected status.
type statusError struct {
	url       string
	got, want int
}

func (e *statusError) Error() string {
	return fmt.Sprintf("%s: status %d, want %d", e.url, e.got, e.want)
}
