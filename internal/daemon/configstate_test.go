package daemon

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/feedsieve/feedsieve/internal/api"
)

// TestRejectedConfigIsState: a rejected config file leaves the daemon
// healthy on its previous config, and /healthz and the metrics say that
// the file on disk is not running, with why and since when, until the
// file is valid again or back to the running one.
func TestRejectedConfigIsState(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	d, _ := startTestDaemon(t, ctx, `{listen: "`+freeAddr(t)+`"}`)
	defer d.shutdown()
	running, err := os.ReadFile(d.path)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(running)
	code, h := healthz(t, d)
	if code != 200 || h.Config == nil || !h.Config.OK || h.Config.File != d.path || h.Config.SHA256 != hex.EncodeToString(sum[:]) || h.Config.Applied.IsZero() {
		t.Fatalf("/healthz at start: %d %+v", code, h.Config)
	}
	checkConfigMetric(t, d, 1)

	saveFile(t, d.path, string(running)+"poll:\n  timeout: soon\n")
	d.reload(ctx, "SIGHUP")
	code, h = healthz(t, d)
	if code != 200 || h.Status != "ok" || h.Config.OK || h.Config.Since.IsZero() || h.Config.SHA256 != hex.EncodeToString(sum[:]) ||
		len(h.Config.Errors) != 1 || !strings.HasSuffix(h.Config.Errors[0], `config.yaml:5: poll.timeout: invalid duration "soon" (use e.g. 90s, 15m, 2h or 30d)`) {
		t.Fatalf("/healthz after a rejected reload: %d %s %+v", code, h.Status, h.Config)
	}
	checkConfigMetric(t, d, 0)
	since := h.Config.Since
	saveFile(t, d.path, string(running)+"poll:\n  timeout: never\n")
	d.reload(ctx, "SIGHUP")
	if _, h = healthz(t, d); h.Config.OK || !h.Config.Since.Equal(since) || !strings.Contains(h.Config.Errors[0], `"never"`) {
		t.Errorf("/healthz after a second rejected version: %+v (since %v)", h.Config, since)
	}

	saveFile(t, d.path, string(running))
	d.reload(ctx, "config file changed")
	if _, h = healthz(t, d); !h.Config.OK || len(h.Config.Errors) != 0 || !h.Config.Since.IsZero() {
		t.Errorf("/healthz once the file is back to the running one: %+v", h.Config)
	}
	checkConfigMetric(t, d, 1)

	changed := string(running) + "poll:\n  timeout: 20s\n"
	saveFile(t, d.path, changed)
	d.reload(ctx, "config file changed")
	sum = sha256.Sum256([]byte(changed))
	if _, h = healthz(t, d); !h.Config.OK || h.Config.SHA256 != hex.EncodeToString(sum[:]) {
		t.Errorf("/healthz after a valid change: %+v", h.Config)
	}
}

// checkConfigMetric asserts feedsieve_config_last_reload_successful.
func checkConfigMetric(t *testing.T, d *Daemon, want int) {
	t.Helper()
	rec := httptest.NewRecorder()
	d.cur.Load().ops.ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if line := "feedsieve_config_last_reload_successful " + string(rune('0'+want)) + "\n"; !strings.Contains(rec.Body.String(), line) {
		t.Errorf("/metrics lacks %q", line)
	}
	if !strings.Contains(rec.Body.String(), "feedsieve_config_last_reload_success_timestamp_seconds 1") {
		t.Error("/metrics lacks the time of the last successful reload")
	}
}

var _ api.Daemon = (*Daemon)(nil)
