package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The attacks of this file run against the real binary on loopback, each
// bounded in count and time. An attacker reaches the public listener; the
// operator's socket is the operator's alone.

// securityConfig writes a config with the given sources (NAME=URL) and
// more YAML appended, and returns its path.
func securityConfig(t *testing.T, more string, sources ...string) string {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "server:\n  listen: %q\nstorage:\n  path: data/test.db\n  retention: \"0\"\npoll:\n  timeout: 10s\nsources:\n", freeAddr(t))
	if len(sources) == 0 {
		b.WriteString("  []\n")
	}
	for _, s := range sources {
		name, u, _ := strings.Cut(s, "=")
		fmt.Fprintf(&b, "  - {name: %s, url: %q}\n", name, u)
	}
	b.WriteString("topics:\n  - {id: nk, any: [\"Karabakh*\"]}\n" + more)
	path := filepath.Join(t.TempDir(), "config.yaml")
	saveFile(t, path, b.String())
	return path
}

// peakRSS is the most resident memory the process has had, in bytes
// (VmHWM in /proc).
func peakRSS(t *testing.T, pid int) int64 {
	t.Helper()
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			return kb << 10
		}
	}
	t.Fatal("no VmHWM in /proc status")
	return 0
}

// send makes one request and returns its status and how long it took.
func send(t *testing.T, c *http.Client, method, u string, body io.Reader) (int, string, time.Duration) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, method, u, body)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	resp, err := c.Do(req)
	if err != nil {
		t.Fatalf("%s %.80s: %v", method, u, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<16))
	return resp.StatusCode, string(b), time.Since(start)
}

// unixClient sends every request to the Unix socket at path.
func unixClient(path string) *http.Client {
	return &http.Client{Transport: &http.Transport{DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, "unix", path)
	}}}
}

// TestAttackOperatorSurface: anonymous requests for the operator's
// endpoints get 404 on the public listener, however large; on the socket
// the expensive ones get a 4xx at once, and memory stays bounded.
func TestAttackOperatorSurface(t *testing.T) {
	d := startServe(t, securityConfig(t, ""))
	keywords := make([]string, 0, 70000)
	for i := len(keywords); i < cap(keywords); i++ {
		keywords = append(keywords, fmt.Sprintf(`"kw%05d"`, i))
	}
	bigDryRun := `{"rules":{"any":[` + strings.Join(keywords, ",") + `]},"limit":2500}` // about 916 KiB
	refs := url.Values{}
	for i := range 10000 {
		refs.Add("item", fmt.Sprintf("https://a.test/%d", i))
	}
	explain := "/api/topics/nk/explain?" + refs.Encode()
	public := http.DefaultClient
	for _, tt := range []struct{ method, path, body string }{
		{"POST", "/api/test-topic", bigDryRun},
		{"GET", explain, ""},
		{"GET", "/api/sources", ""},
		{"GET", "/api/items?limit=10000", ""},
		{"GET", "/metrics", ""},
		{"GET", "/healthz", ""},
		{"GET", "/debug/pprof/heap", ""},
		{"GET", "/debug/pprof/cmdline", ""},
	} {
		if code, body, _ := send(t, public, tt.method, d.url+tt.path, strings.NewReader(tt.body)); code != 404 {
			t.Errorf("%s %.60s on the public listener: %d %.200s", tt.method, tt.path, code, body)
		}
	}
	sock := unixClient(d.socket)
	code, body, took := send(t, sock, "POST", "http://feedsieve/api/test-topic", strings.NewReader(bigDryRun))
	if code != 413 || took > 5*time.Second {
		t.Errorf("the 916 KiB dry run on the socket: %d after %s: %.200s", code, took, body)
	}
	if rss := peakRSS(t, d.cmd.Process.Pid); rss > 200<<20 {
		t.Errorf("peak RSS %d MiB after the attacks, want under 200", rss>>20)
	}
	d.stop(t)
}
