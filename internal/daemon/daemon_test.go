package daemon

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/internal/api"
	"github.com/feedsieve/feedsieve/internal/config"
	"github.com/feedsieve/feedsieve/internal/notifytest"
)

// syncBuffer is a log sink safe for concurrent writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// startTestDaemon starts the daemon in-process on a config without
// sources, written to a file; server is the config's server section.
func startTestDaemon(t *testing.T, ctx context.Context, server string) (*Daemon, *syncBuffer) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "config.yaml")
	raw := []byte("server: " + server + "\nsources: []\ntopics: [{id: nk, any: [Karabakh]}]\n")
	saveFile(t, path, string(raw))
	cfg, err := config.Parse(path, "test", raw)
	if err != nil {
		t.Fatal(err)
	}
	logs := &syncBuffer{}
	d, err := Start(ctx, cfg, raw, Options{Version: "test", Log: slog.New(slog.NewTextHandler(logs, nil)), Level: new(slog.LevelVar)})
	if err != nil {
		t.Fatal(err)
	}
	return d, logs
}

func healthz(t *testing.T, d *Daemon) (int, api.Health) {
	t.Helper()
	rec := httptest.NewRecorder()
	d.cur.Load().public.ServeHTTP(rec, httptest.NewRequest("GET", "/healthz", nil))
	var body api.Health
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
		t.Fatalf("/healthz: %v: %s", err, rec.Body)
	}
	return rec.Code, body
}

// TestWatchdogOnlyWhileHealthy: the watchdog is fed while the database
// reads, and no longer once it cannot be read; /healthz agrees.
func TestWatchdogOnlyWhileHealthy(t *testing.T) {
	notify := notifytest.New(t)
	t.Setenv("NOTIFY_SOCKET", notify.Path)
	t.Setenv("WATCHDOG_USEC", "100000")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	d, logs := startTestDaemon(t, ctx, `{listen: "`+freeAddr(t)+`"}`)
	notify.Expect(t, "READY=1")
	go d.watchdog(ctx)
	notify.Expect(t, "WATCHDOG=1")
	if code, body := healthz(t, d); code != 200 || body.Status != "ok" {
		t.Fatalf("/healthz while healthy: %d %+v", code, body)
	}

	d.store.Close() // the database can no longer be read
	time.Sleep(200 * time.Millisecond)
	for drained := false; !drained; {
		select {
		case <-notify.Msgs:
		default:
			drained = true
		}
	}
	select {
	case m := <-notify.Msgs:
		t.Errorf("got %q from an unhealthy daemon", m)
	case <-time.After(500 * time.Millisecond):
	}
	if code, body := healthz(t, d); code != 503 || body.Status != "unhealthy" || !strings.Contains(body.Error, "database not open") {
		t.Errorf("/healthz with the database closed: %d %+v", code, body)
	}
	if !strings.Contains(logs.String(), `msg="unhealthy: not notifying the watchdog" error="database not open"`) {
		t.Errorf("log:\n%s", logs)
	}
	cancel()
	d.shutdown()
}

// TestAdminListen: with server.admin_listen the operator endpoints move
// there, and the client the CLI asks the daemon with goes there.
func TestAdminListen(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	public, admin := freeAddr(t), freeAddr(t)
	d, _ := startTestDaemon(t, ctx, `{listen: "`+public+`", admin_listen: "`+admin+`"}`)
	defer d.shutdown()
	waitFor(t, "ready", d.ready.Load)
	for _, tt := range []struct {
		addr, path string
		status     int
	}{
		{public, "/metrics", 404}, {public, "/api/sources", 404}, {public, "/healthz", 404}, {public, "/opml", 200}, {public, "/", 200},
		{admin, "/metrics", 200}, {admin, "/api/topics", 200}, {admin, "/healthz", 200}, {admin, "/readyz", 200}, {admin, "/feeds/nk.atom", 404},
	} {
		if resp, _ := get(t, "http://"+tt.addr+tt.path); resp.StatusCode != tt.status {
			t.Errorf("GET %s on the %s address: %s, want %d", tt.path, map[string]string{public: "public", admin: "admin"}[tt.addr], resp.Status, tt.status)
		}
	}
	var items api.ItemsResponse
	if err := api.NewClient(d.cur.Load().cfg).JSON(ctx, "GET", api.ItemFilter{Limit: 20}.Path(), nil, &items); err != nil || items.Items == nil {
		t.Errorf("items beside the daemon: %v %+v", err, items)
	}
	if _, metrics := get(t, "http://"+admin+"/metrics"); !strings.Contains(string(metrics), `feedsieve_http_requests_total{code="200",route="/api/items"} 1`) {
		t.Error("the client did not ask the daemon at the admin address")
	}
}

// pprofServer is the server section of a TestPprof config.
func pprofServer(public, admin string, on bool) string {
	s := fmt.Sprintf(`{listen: "%s", pprof: %t`, public, on)
	if admin != "" {
		s += `, admin_listen: "` + admin + `"`
	}
	return s + "}"
}

// checkHeapProfile asserts the status of the heap profile at addr, and its
// runtime.MemStats when it is served.
func checkHeapProfile(t *testing.T, addr string, want int) {
	t.Helper()
	resp, body := get(t, "http://"+addr+"/debug/pprof/heap?debug=1")
	if resp.StatusCode != want || want == 200 && !bytes.Contains(body, []byte("\n# HeapAlloc = ")) {
		t.Errorf("GET /debug/pprof/heap?debug=1 on %s: %s, want %d\n%.300s", addr, resp.Status, want, body)
	}
}

// TestPprof: with server.pprof the runtime profiles are served beside
// /metrics, so on server.admin_listen and not on the public address when
// it is set; without it /debug/pprof/ is 404. A reload applies a change.
func TestPprof(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	for _, tt := range []struct {
		name              string
		pprof, withAdmin  bool
		public, adminCode int // status of the heap profile on each address
	}{
		{name: "off", public: 404},
		{name: "on", pprof: true, public: 200},
		{name: "off with admin_listen", withAdmin: true, public: 404, adminCode: 404},
		{name: "on with admin_listen", pprof: true, withAdmin: true, public: 404, adminCode: 200},
	} {
		t.Run(tt.name, func(t *testing.T) {
			public, admin := freeAddr(t), ""
			if tt.withAdmin {
				admin = freeAddr(t)
			}
			d, _ := startTestDaemon(t, ctx, pprofServer(public, admin, tt.pprof))
			defer d.shutdown()
			checkHeapProfile(t, public, tt.public)
			ops := public
			if admin != "" {
				checkHeapProfile(t, admin, tt.adminCode)
				ops = admin
			}
			_, metrics := get(t, "http://"+ops+"/metrics")
			if want := `feedsieve_http_requests_total{code="200",route="/debug/pprof/"} 1`; tt.pprof && !bytes.Contains(metrics, []byte(want)) {
				t.Errorf("/metrics has no %s", want)
			}
		})
	}

	t.Run("reload", func(t *testing.T) {
		public := freeAddr(t)
		d, logs := startTestDaemon(t, ctx, pprofServer(public, "", false))
		defer d.shutdown()
		checkHeapProfile(t, public, 404)
		for i, on := range []bool{true, false} {
			saveFile(t, d.path, "server: "+pprofServer(public, "", on)+"\nsources: []\ntopics: [{id: nk, any: [Karabakh]}]\n")
			d.reload(ctx, "SIGHUP")
			if strings.Count(logs.String(), `msg="config reloaded" trigger=SIGHUP`) != i+1 {
				t.Fatalf("not reloaded:\n%s", logs)
			}
			checkHeapProfile(t, public, map[bool]int{true: 200, false: 404}[on])
		}
	})
}

// TestUpgradeAtStartExtendsTimeout starts the daemon on a database
// written at schema version 2: the layout is upgraded before READY=1, and
// systemd is told meanwhile to extend the start timeout, with a status.
func TestUpgradeAtStartExtendsTimeout(t *testing.T) {
	notify := notifytest.New(t)
	t.Setenv("NOTIFY_SOCKET", notify.Path)
	dir := t.TempDir()
	path := filepath.Join(dir, "config.yaml")
	raw := []byte("server: {listen: \"" + freeAddr(t) + "\"}\nstorage: {path: old.db}\nsources: []\ntopics: [{id: nk, any: [Karabakh]}]\n")
	saveFile(t, path, string(raw))
	old, err := os.ReadFile("../../storage/testdata/schema2.db")
	if err != nil {
		t.Fatal(err)
	}
	saveFile(t, filepath.Join(dir, "old.db"), string(old))
	cfg, err := config.Parse(path, "test", raw)
	if err != nil {
		t.Fatal(err)
	}
	logs := &syncBuffer{}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	d, err := Start(ctx, cfg, raw, Options{Version: "test", Log: slog.New(slog.NewTextHandler(logs, nil)), Level: new(slog.LevelVar)})
	if err != nil {
		t.Fatal(err)
	}
	defer d.store.Close()
	notify.Expect(t, "EXTEND_TIMEOUT_USEC=60000000\nSTATUS=upgrading the database layout: 18 items moved", "READY=1")
	notify.Expect(t, "READY=1")
	if !strings.Contains(logs.String(), `msg="database layout upgraded"`) {
		t.Errorf("log:\n%s", logs)
	}
	if v, _ := d.store.Meta("schema"); v != "3" {
		t.Errorf("schema %q after start, want 3", v)
	}
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func get(t *testing.T, url string) (*http.Response, []byte) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, body
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func saveFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
