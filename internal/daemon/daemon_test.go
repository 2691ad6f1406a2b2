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
	d.cur.Load().ops.ServeHTTP(rec, httptest.NewRequest("GET", "/healthz", nil))
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

// TestOperatorSurface: the public listener serves only the feeds, OPML
// and the index page; server.admin_listen serves the metrics, health
// checks and profiles, never the API; the operator's socket serves
// everything, and the client the CLI asks the daemon with goes there.
func TestOperatorSurface(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	operatorOnly := []string{"GET /api/sources", "GET /api/items", "GET /api/topics/nk/explain", "POST /api/test-topic", "GET /debug/pprof/heap", "GET /debug/pprof/cmdline"}
	for _, withAdmin := range []bool{false, true} {
		t.Run(fmt.Sprintf("admin_listen %t", withAdmin), func(t *testing.T) {
			public, admin := freeAddr(t), ""
			server := `{listen: "` + public + `", pprof: true`
			if withAdmin {
				admin = freeAddr(t)
				server += `, admin_listen: "` + admin + `"`
			}
			d, _ := startTestDaemon(t, ctx, server+"}")
			defer d.shutdown()
			waitFor(t, "ready", d.ready.Load)
			sock := d.socket.addr
			check := func(where string, do func(method, path string) int, paths []string, status int) {
				t.Helper()
				for _, mp := range paths {
					method, path, _ := strings.Cut(mp, " ")
					if got := do(method, path); got != status {
						t.Errorf("%s %s on the %s: %d, want %d", method, path, where, got, status)
					}
				}
			}
			viaTCP := func(addr string) func(method, path string) int {
				return func(method, path string) int { return request(t, http.DefaultClient, method, "http://"+addr+path) }
			}
			viaSocket := func(method, path string) int { return request(t, socketClient(sock), method, "http://feedsieve"+path) }
			pages := []string{"GET /", "GET /opml", "GET /feeds/nk.atom"}
			ops := []string{"GET /metrics", "GET /healthz", "GET /readyz"}
			check("public listener", viaTCP(public), append(operatorOnly, ops...), 404)
			check("public listener", viaTCP(public), pages, 200)
			if withAdmin {
				check("admin listener", viaTCP(admin), append(ops, "GET /debug/pprof/heap"), 200)
				check("admin listener", viaTCP(admin), append([]string{"GET /api/sources", "GET /api/items", "POST /api/test-topic"}, pages...), 404)
			}
			check("socket", viaSocket, append(append(operatorOnly, ops...), pages...), 200)
			if fi, err := os.Stat(sock); err != nil || fi.Mode().Perm() != 0o600 {
				t.Errorf("socket %s: %v, mode %v, want 0600", sock, err, fi.Mode().Perm())
			}
			var items api.ItemsResponse
			if err := api.NewClient(d.cur.Load().cfg).JSON(ctx, "GET", api.ItemFilter{Limit: 20}.Path(), nil, &items); err != nil || items.Items == nil {
				t.Errorf("items beside the daemon: %v %+v", err, items)
			}
			if want := `feedsieve_http_requests_total{code="200",route="/api/items"} 2`; !strings.Contains(metricsText(t, sock), want) {
				t.Errorf("/metrics has no %s: the client did not ask over the socket", want)
			}
		})
	}
}

// request sends a request and returns the status; POST sends a dry run.
func request(t *testing.T, c *http.Client, method, url string) int {
	t.Helper()
	var body io.Reader
	if method == "POST" {
		body = strings.NewReader(`{"rules":{"any":["Karabakh"]}}`)
	}
	req, err := http.NewRequest(method, url, body)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode
}

// socketClient sends every request to the Unix socket at path.
func socketClient(path string) *http.Client {
	return &http.Client{Transport: &http.Transport{DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, "unix", path)
	}}}
}

// metricsText reads /metrics over the socket.
func metricsText(t *testing.T, sock string) string {
	t.Helper()
	resp, err := socketClient(sock).Get("http://feedsieve/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return string(b)
}

// pprofServer is the server section of a TestPprof config.
func pprofServer(public, admin string, on bool) string {
	s := fmt.Sprintf(`{listen: "%s", pprof: %t`, public, on)
	if admin != "" {
		s += `, admin_listen: "` + admin + `"`
	}
	return s + "}"
}

// checkHeapProfile asserts the status of the heap profile at base, and
// its runtime.MemStats when it is served.
func checkHeapProfile(t *testing.T, c *http.Client, base string, want int) {
	t.Helper()
	resp, err := c.Get(base + "/debug/pprof/heap?debug=1")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != want || want == 200 && !bytes.Contains(body, []byte("\n# HeapAlloc = ")) {
		t.Errorf("GET /debug/pprof/heap?debug=1 on %s: %s, want %d\n%.300s", base, resp.Status, want, body)
	}
}

// TestPprof: with server.pprof the runtime profiles are served beside
// /metrics on the operator's addresses, server.admin_listen and the
// socket, never on the public address; without it /debug/pprof/ is 404.
// A reload applies a change.
func TestPprof(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	for _, tt := range []struct {
		name             string
		pprof, withAdmin bool
		admin            int // status of the heap profile on the admin address and the socket
	}{
		{name: "off", admin: 404},
		{name: "on", pprof: true, admin: 200},
		{name: "off with admin_listen", withAdmin: true, admin: 404},
		{name: "on with admin_listen", pprof: true, withAdmin: true, admin: 200},
	} {
		t.Run(tt.name, func(t *testing.T) {
			public, admin := freeAddr(t), ""
			if tt.withAdmin {
				admin = freeAddr(t)
			}
			d, _ := startTestDaemon(t, ctx, pprofServer(public, admin, tt.pprof))
			defer d.shutdown()
			checkHeapProfile(t, http.DefaultClient, "http://"+public, 404)
			if admin != "" {
				checkHeapProfile(t, http.DefaultClient, "http://"+admin, tt.admin)
			}
			checkHeapProfile(t, socketClient(d.socket.addr), "http://feedsieve", tt.admin)
			asked := 1 // over the socket
			if admin != "" {
				asked++
			}
			want := fmt.Sprintf(`feedsieve_http_requests_total{code="200",route="/debug/pprof/"} %d`, asked)
			if tt.pprof && !strings.Contains(metricsText(t, d.socket.addr), want) {
				t.Errorf("/metrics has no %s", want)
			}
		})
	}

	t.Run("reload", func(t *testing.T) {
		public, admin := freeAddr(t), freeAddr(t)
		d, logs := startTestDaemon(t, ctx, pprofServer(public, admin, false))
		defer d.shutdown()
		checkHeapProfile(t, http.DefaultClient, "http://"+admin, 404)
		for i, on := range []bool{true, false} {
			saveFile(t, d.path, "server: "+pprofServer(public, admin, on)+"\nsources: []\ntopics: [{id: nk, any: [Karabakh]}]\n")
			d.reload(ctx, "SIGHUP")
			if strings.Count(logs.String(), `msg="config reloaded" trigger=SIGHUP`) != i+1 {
				t.Fatalf("not reloaded:\n%s", logs)
			}
			checkHeapProfile(t, http.DefaultClient, "http://"+admin, map[bool]int{true: 200, false: 404}[on])
			checkHeapProfile(t, http.DefaultClient, "http://"+public, 404)
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
