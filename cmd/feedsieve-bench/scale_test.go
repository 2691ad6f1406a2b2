package main

import (
	"bytes"
	"os/exec"
	"regexp"
	"runtime"
	"testing"
	"time"
)

// TestScaleHarness runs the scale measurement at a tiny scale with the
// real binary, its farm on two loopback addresses: every source is polled
// once (the harness checks), and every figure is read from the daemon.
func TestScaleHarness(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go is not on PATH: cannot build feedsieve")
	}
	if runtime.GOOS != "linux" {
		t.Skip("reads /proc")
	}
	var out bytes.Buffer
	rows, err := benchScale(&out, scaleOptions{
		daemonRuns: daemonRuns{counts: []int{1, 20}, rounds: 1, interval: 10 * time.Second, timeout: time.Minute},
		hosts:      2, idle: 200 * time.Millisecond,
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s", out.Bytes())
	if len(rows) != 2 || rows[0].n != 1 || rows[1].n != 20 {
		t.Fatalf("rows %+v, want one for 1 and one for 20 sources", rows)
	}
	for _, r := range rows {
		if r.ready <= 0 || r.rss <= 0 || r.peak < r.rss || r.heap <= 0 || r.stack <= 0 || r.goroutines < 1 || r.pollCPU < 0 || r.idleCPU < 0 {
			t.Errorf("%d sources: implausible figures %+v", r.n, r.scaleSample)
		}
	}
	for _, re := range []string{`(?m)^ +20 +\d+\.\d +\d+\.\d\d `, `(?m)^growth per 1,000 sources from 1 to 20: RSS -?\d+ KiB`, `(?m)^at 20 sources \(targets for 100,000\): peak RSS \d+\.\d\d MiB`} {
		if !regexp.MustCompile(re).Match(out.Bytes()) {
			t.Errorf("output does not match %s:\n%s", re, out.String())
		}
	}
}

func TestLoopbackAddr(t *testing.T) {
	for h, want := range map[int]string{0: "127.0.0.1", 1: "127.0.0.2", 253: "127.0.0.254", 254: "127.0.1.1", 254 * 256: "127.1.0.1"} {
		if got := loopbackAddr(h); got != want {
			t.Errorf("loopbackAddr(%d) = %s, want %s", h, got, want)
		}
	}
}
