package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// TestRefreshNow: a source that failed (say, while the network was down)
// waits out its backoff, however the network comes back; feedsieve
// refresh polls it now, through the running daemon or, without one,
// itself.
func TestRefreshNow(t *testing.T) {
	var down atomic.Bool
	down.Store(true)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if down.Load() {
			http.Error(w, "down", http.StatusBadGateway)
			return
		}
		fmt.Fprint(w, `<rss version="2.0"><channel><title>t</title><item><title>Karabakh</title><guid>1</guid></item></channel></rss>`)
	}))
	defer srv.Close()
	cfg := filepath.Join(t.TempDir(), "config.yaml")
	saveFile(t, cfg, fmt.Sprintf("server: {listen: %q}\nstorage: {path: data/test.db}\npoll: {interval: 1h, %s}\nsources:\n  - {name: flaky, url: %q}\n  - {name: other, url: %q}\ntopics: [{id: nk, any: [Karabakh]}]\n",
		freeAddr(t), loopbackOnly, srv.URL+"/flaky", srv.URL+"/other"))
	d := startServe(t, cfg)
	waitFor(t, "the first polls failing", func() bool { return sourceNames(t, d) == "flaky:failing,other:failing" })
	down.Store(false)
	if out, code := runCode(t, "refresh", "-config", cfg, "nosuch"); code != 2 || !strings.Contains(out, "feedsieve refresh: unknown source nosuch in "+cfg) {
		t.Errorf("refresh of an unknown source: exit %d\n%s", code, out)
	}
	if out := runOK(t, "refresh", "-config", cfg, "flaky"); out != "the running feedsieve polls now: flaky\n" {
		t.Errorf("refresh beside the daemon:\n%s", out)
	}
	waitFor(t, "flaky polled again", func() bool { return sourceNames(t, d) == "flaky:ok,other:failing" })
	d.stop(t)
	if out := runOK(t, "refresh", "-config", cfg); !strings.Contains(out, "other: status 200, 1 item, 1 new, 0 updated") || !strings.Contains(out, "flaky: status 200") {
		t.Errorf("refresh without a daemon:\n%s", out)
	}
}
