package main

import (
	"bytes"
	"math"
	"net"
	"os/exec"
	"regexp"
	"slices"
	"testing"
	"time"
)

// TestSourcesHarness runs the sources measurement at a tiny scale with the
// real binary: every number must be read from the daemon, and the growth
// computed from them. A 10 s interval spreads the first polls over 1 s
// instead of 5.
func TestSourcesHarness(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go is not on PATH: cannot build feedsieve")
	}
	var out bytes.Buffer
	rows, err := benchSources(&out, sourcesOptions{daemonRuns: daemonRuns{counts: []int{1, 20}, rounds: 1, interval: 10 * time.Second, timeout: time.Minute}, items: 5, size: 500})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s", out.Bytes())
	if len(rows) != 2 || rows[0].n != 1 || rows[1].n != 20 {
		t.Fatalf("rows %+v, want one for 1 and one for 20 sources", rows)
	}
	for _, r := range rows {
		if r.heapAlloc <= 0 || r.heapInuse < r.heapAlloc || r.stackInuse <= 0 || r.sys < r.heapInuse || r.ready <= 0 {
			t.Errorf("%d sources: implausible memory %+v", r.n, r.memSample)
		}
		if r.goroutines < 1 {
			t.Errorf("%d sources: %.0f goroutines", r.n, r.goroutines)
		}
	}
	if !math.IsNaN(rows[0].heapPer1k) || math.IsNaN(rows[1].heapPer1k) || math.IsNaN(rows[1].stackPer1k) || math.IsInf(rows[1].heapPer1k, 0) {
		t.Errorf("growth per 1,000 sources: %v, %v (heap), %v (stack)", rows[0].heapPer1k, rows[1].heapPer1k, rows[1].stackPer1k)
	}
	for _, re := range []string{`(?m)^ +1 +\d+\.\d\d .* +- +-$`, `(?m)^ +20 +\d+\.\d\d .* -?\d+\.\d\d +-?\d+\.\d\d$`, `(?m)^per source, from 1 to 20 sources: heap -?\d+\.\d KiB, stack -?\d+\.\d KiB$`} {
		if !regexp.MustCompile(re).Match(out.Bytes()) {
			t.Errorf("output does not match %s:\n%s", re, out.String())
		}
	}
}

func TestParseCounts(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []int // nil: an error
	}{
		{"1,1000,5000,10000", []int{1, 1000, 5000, 10000}},
		{"20, 1,20", []int{1, 20}},
		{"", nil},
		{"1,0", nil},
		{"1,many", nil},
	} {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parseCounts(tt.in)
			if !slices.Equal(got, tt.want) || (err == nil) != (tt.want != nil) {
				t.Errorf("parseCounts(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			}
		})
	}
}

// TestDaemonRetriesTakenPort: a free port taken by another process before
// the daemon binds it (a test of another package running beside it) is
// no failure: the daemon is started again on another.
func TestDaemonRetriesTakenPort(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go is not on PATH: cannot build feedsieve")
	}
	dir := t.TempDir()
	bin, err := buildFeedsieve(dir)
	if err != nil {
		t.Fatal(err)
	}
	held, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer held.Close()
	calls := 0
	config := func(addr string) []byte {
		if calls++; calls == 1 {
			addr = held.Addr().String() // taken before the daemon could bind it
		}
		return sourcesConfig(func(int) string { return "http://127.0.0.1:9/feed" }, 1, time.Hour)(addr)
	}
	if err := withDaemon(bin, dir, config, func(d *daemonProc) error { return d.waitReady(time.Minute, nil) }); err != nil {
		t.Fatal(err)
	}
	if calls != 2 {
		t.Errorf("the daemon was started %d times, want 2: once on the taken port, once on another", calls)
	}
}
