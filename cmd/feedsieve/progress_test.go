package main

import (
	"os/exec"
	"regexp"
	"strings"
	"testing"
)

// TestProgressOnlyOnTerminal: poll shows its progress on a terminal (a
// pseudo-terminal made by script(1)) and nothing of it on a pipe.
func TestProgressOnlyOnTerminal(t *testing.T) {
	script, err := exec.LookPath("script")
	if err != nil {
		t.Skip("script(1) from util-linux is needed for a pseudo-terminal")
	}
	srv := feedServer(t)
	defer srv.Close()
	cfg := writeConfig(t, srv.URL)

	piped := exec.Command(binary, "poll", "-config", cfg)
	out, err := piped.CombinedOutput()
	if err != nil || strings.Contains(string(out), "\x1b[") || strings.Contains(string(out), "polling:") {
		t.Errorf("poll on a pipe (%v) shows progress:\n%q", err, out)
	}

	onTTY := exec.Command(script, "-qec", binary+" poll -config "+cfg, "/dev/null")
	onTTY.Env = append(onTTY.Environ(), "TERM=xterm")
	out, err = onTTY.CombinedOutput()
	// Polls end at once, so which count shows first depends on which
	// finishes first.
	if err != nil || !regexp.MustCompile(`\r\x1b\[Kpolling: [1-8] of 8 sources done`).Match(out) {
		t.Errorf("poll on a terminal (%v) shows no progress:\n%q", err, out)
	}
	if !strings.Contains(string(out), "en: status") {
		t.Errorf("poll on a terminal lost its result lines:\n%q", out)
	}
}
