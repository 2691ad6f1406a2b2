package main

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// churningServer serves feeds of 400 items whose guids change on every
// request, so that every poll writes a big transaction.
func churningServer(t *testing.T) *httptest.Server {
	var round atomic.Int64
	body := strings.Repeat("Karabakh news in a long paragraph. ", 30)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := round.Add(1)
		var b strings.Builder
		b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Churn</title><link>https://churn.test/</link>`)
		for i := range 400 {
			fmt.Fprintf(&b, "<item><guid>%s-%d-%d</guid><title>Karabakh %d</title><link>https://churn.test%s/%d/%d</link><description>%s</description></item>",
				r.URL.Path, n, i, i, r.URL.Path, n, i, body)
		}
		b.WriteString("</channel></rss>")
		w.Write([]byte(b.String()))
	}))
	t.Cleanup(srv.Close)
	return srv
}

// TestCrashSafety kills feedsieve serve with SIGKILL while it ingests,
// several times, and checks the database after each kill: bbolt's page
// check and feedsieve's cross references pass, and nothing stored before
// is lost. Then an ordinary poll completes.
func TestCrashSafety(t *testing.T) {
	srv := churningServer(t)
	dir := t.TempDir()
	cfg := filepath.Join(dir, "config.yaml")
	var sources strings.Builder
	for i := range 6 {
		fmt.Fprintf(&sources, "  - {name: \"churn-%d\", url: \"%s/%d\", interval: \"1s\"}\n", i, srv.URL, i)
	}
	config := fmt.Sprintf(`server:
  listen: "%s"
storage:
  path: "data/crash.db"
  retention: "0"
poll:
  per_host: 6
  allow_networks: ["127.0.0.0/8", "::1/128"] # the test servers
sources:
%stopics:
  - {id: "nk", any: ["Karabakh"]}
`, freeAddr(t), sources.String())
	if err := os.WriteFile(cfg, []byte(config), 0o644); err != nil {
		t.Fatal(err)
	}
	dbPath := filepath.Join(dir, "data", "crash.db")
	stored := 0
	// The last round kills right after the first batch was stored, however
	// slow a busy machine makes the first polls.
	for round, wait := range []time.Duration{700 * time.Millisecond, 1300 * time.Millisecond, 1900 * time.Millisecond, 2600 * time.Millisecond, -1} {
		d := startServe(t, cfg)
		if wait < 0 {
			waitFor(t, "a stored batch", func() bool { return metricItemsStored(t, d) > stored })
		} else {
			time.Sleep(wait)
		}
		d.cmd.Process.Kill()
		<-d.done
		n := checkDatabase(t, dbPath)
		t.Logf("kill %d after %v (-1: a stored batch): %d items stored, database consistent", round+1, wait, n)
		if n%400 != 0 {
			t.Fatalf("kill %d: %d items stored: a poll's batch of 400 was stored in part", round+1, n)
		}
		if n < stored {
			t.Fatalf("kill %d: %d items stored, %d before: a committed write was lost", round+1, n, stored)
		}
		stored = n
	}
	if stored == 0 {
		t.Fatal("nothing was ever stored: the kills hit before any poll")
	}
	out := runOK(t, "poll", "-config", cfg)
	if strings.Count(out, "status 200, 400 items, 400 new") != 6 {
		t.Errorf("poll after the kills:\n%s", out)
	}
	if n := checkDatabase(t, dbPath); n != stored+6*400 {
		t.Errorf("%d items after the poll, want %d", n, stored+6*400)
	}

	// compact refuses while the daemon holds the file, and works after.
	d := startServe(t, cfg)
	out, code := runCode(t, "compact", "-config", cfg)
	if code != 1 || !strings.Contains(out, "database is locked") || !strings.Contains(out, "Stop feedsieve serve first") {
		t.Errorf("compact beside the daemon: exit %d\n%s", code, out)
	}
	d.stop(t)
	want := checkDatabase(t, dbPath)
	out = runOK(t, "compact", "-config", cfg)
	if !regexp.MustCompile(`crash\.db: [0-9.]+ [KMG]iB → [0-9.]+ [KMG]iB \(` + fmt.Sprint(want) + ` items\)`).MatchString(out) {
		t.Errorf("compact output: %s", out)
	}
	if n := checkDatabase(t, dbPath); n != want {
		t.Errorf("%d items after compacting, want %d", n, want)
	}

	// SIGTERM in the middle of ingesting: a clean exit within 10 s, every
	// batch the daemon reported stored is kept, none in part, and the
	// polls cut short do not count as failures of their sources.
	d = startServe(t, cfg)
	var reported int
	waitFor(t, "the daemon storing 6 more batches", func() bool {
		reported = metricItemsStored(t, d)
		return reported >= want+6*400
	})
	d.stop(t)
	n := checkDatabase(t, dbPath)
	if n%400 != 0 || n < reported {
		t.Errorf("after SIGTERM: %d items stored, %d reported before it", n, reported)
	}
	if status := runOK(t, "status", "-config", cfg); strings.Contains(status, "failing") {
		t.Errorf("the shutdown marked sources failing:\n%s", status)
	}
}

var itemsStored = regexp.MustCompile(`(?m)^feedsieve_items_stored (\d+)$`)

// metricItemsStored reads the item count from the daemon's metrics.
func metricItemsStored(t *testing.T, d *served) int {
	t.Helper()
	_, body := d.operator(t, "/metrics")
	m := itemsStored.FindSubmatch(body)
	if m == nil {
		t.Fatalf("no feedsieve_items_stored in /metrics:\n%s", body)
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n
}

// runCode runs feedsieve and returns its combined output and exit code.
func runCode(t *testing.T, args ...string) (string, int) {
	t.Helper()
	out, err := exec.Command(binary, args...).CombinedOutput()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return string(out), 0
	case errors.As(err, &exit):
		return string(out), exit.ExitCode()
	default:
		t.Fatalf("feedsieve %s: %v", strings.Join(args, " "), err)
		return "", 0
	}
}

// checkDatabase opens the database as feedsieve would, checks it and
// returns how many items it holds.
func checkDatabase(t *testing.T, path string) int {
	t.Helper()
	store, err := storage.Open(storage.Options{Path: path})
	if err != nil {
		t.Fatalf("reopen after a kill: %v", err)
	}
	defer store.Close()
	if err := store.Check(); err != nil {
		t.Fatal(err)
	}
	n, err := store.Count()
	if err != nil {
		t.Fatal(err)
	}
	return n
}
