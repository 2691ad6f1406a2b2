package main

import (
	"bytes"
	"os"
	"os/exec"
	"regexp"
	"testing"
	"time"
)

// TestServeHarnessWithNginx runs the serving comparison briefly with
// nginx beside feedsieve and the bare handler: every server answers every
// mode as it should (runWrk fails on error statuses), and a line of
// figures comes out per mode. Without wrk or nginx it is skipped, unless
// FEEDSIEVE_REQUIRE_VALIDATORS is set (.ci/run installs both).
func TestServeHarnessWithNginx(t *testing.T) {
	for _, tool := range []string{"wrk", "nginx"} {
		if _, err := exec.LookPath(tool); err != nil {
			if _, err2 := exec.LookPath("/usr/sbin/" + tool); err2 != nil {
				if os.Getenv("FEEDSIEVE_REQUIRE_VALIDATORS") != "" {
					t.Fatalf("%s is needed: %v", tool, err)
				}
				t.Skipf("%s not found: %v", tool, err)
			}
		}
	}
	var out bytes.Buffer
	if err := benchServe(&out, wrkOptions{rounds: 1, duration: 300 * time.Millisecond, connections: 4, threads: 1, nginx: true}, false); err != nil {
		t.Fatal(err)
	}
	for _, m := range modes {
		line := regexp.MustCompile(`(?m)^` + m.name + `\s+(\d+\s+[\d.]+\s+){3}[\d.]+\s+[\d.]+$`)
		if !line.Match(out.Bytes()) {
			t.Errorf("no figures for mode %s in:\n%s", m.name, out.String())
		}
	}
}
