package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/internal/api"
)

// The attacks of this file run against the real binary on loopback, each
// bounded in count and time. An attacker reaches the public listener; the
// operator's socket is the operator's alone.

// securityConfig writes a config with the given sources (NAME=URL) and
// more YAML appended, and returns its path.
func securityConfig(t *testing.T, more string, sources ...string) string {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "server:\n  listen: %q\nstorage:\n  path: data/test.db\n  retention: \"0\"\npoll:\n  timeout: 10s\n  %s\nsources:\n", freeAddr(t), loopbackOnly)
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
	code, body, took = send(t, sock, "GET", "http://feedsieve"+explain, nil)
	if code != 400 || took > 5*time.Second || !strings.Contains(body, "10000 items to explain: at most 100 at once") {
		t.Errorf("the 10,000-reference explain on the socket: %d after %s: %.200s", code, took, body)
	}
	manyKeywords := `{"rules":{"any":[` + strings.Join(keywords[:4000], ",") + `]},"limit":2500}` // 54 KiB
	code, body, took = send(t, sock, "POST", "http://feedsieve/api/test-topic", strings.NewReader(manyKeywords))
	if code != 400 || took > 5*time.Second || !strings.Contains(body, "4000 keywords in any, all and none: at most 200") {
		t.Errorf("the 4,000-keyword dry run on the socket: %d after %s: %.200s", code, took, body)
	}
	if rss := peakRSS(t, d.cmd.Process.Pid); rss > 200<<20 {
		t.Errorf("peak RSS %d MiB after the attacks, want under 200", rss>>20)
	}
	d.stop(t)
}

// outputs gathers everything a daemon shows about its sources and items:
// the public pages and feeds, the operator API, status and its log.
func outputs(t *testing.T, d *served, cfg string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, path := range []string{"/", "/opml", "/feeds/nk.atom", "/feeds/nk.rss", "/feeds/nk.json"} {
		_, body := get(t, d.url+path)
		out["GET "+path] = string(body)
	}
	for _, path := range []string{"/api/sources", "/api/items?limit=100", "/api/topics/nk/explain"} {
		_, body := d.operator(t, path)
		out["socket "+path] = string(body)
	}
	out["feedsieve status"], _ = runCode(t, "status", "-config", cfg)
	out["log"] = d.log(0)
	return out
}

// TestAttackCredentialsNeverShown: credentials in source URLs (user
// information, a token in the query), in password_file and in headers appear in no
// page, feed, API answer, command output or log line, also when the
// source redirects with the token, fails, or has relative links.
func TestAttackCredentialsNeverShown(t *testing.T) {
	item := func(id string) string {
		return fmt.Sprintf(`<item><title>Karabakh %[1]s</title><link>/news/%[1]s?token=T0K3N</link><guid>%[1]s</guid><description>Karabakh</description></item>`, id)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		user, pass, _ := r.BasicAuth()
		if user != "alice" || pass != "s3cret" || r.URL.Query().Get("token") != "T0K3N" {
			http.Error(w, "who are you", http.StatusUnauthorized)
			return
		}
		if r.URL.Path == "/picky" && (r.Header.Get("X-Api-Key") != "H34D3R-K3Y" || r.UserAgent() != "Mozilla/5.0 (picky)") {
			http.Error(w, "no key, no feed", http.StatusForbidden)
			return
		}
		switch r.URL.Path {
		case "/moved":
			http.Redirect(w, r, "/feed?token=T0K3N&from=moved", http.StatusMovedPermanently)
		case "/broken":
			http.Error(w, "boom", http.StatusInternalServerError)
		default:
			fmt.Fprint(w, `<rss version="2.0"><channel><title>Private</title><link>/?token=T0K3N</link>`+item("a"+r.URL.Query().Get("x"))+item("b")+`</channel></rss>`)
		}
	}))
	defer srv.Close()
	host := strings.TrimPrefix(srv.URL, "http://")
	cfg := securityConfig(t, "",
		"inline=http://alice:s3cret@"+host+"/feed?token=T0K3N",
		"moved=http://alice:s3cret@"+host+"/moved?token=T0K3N",
		"broken=http://alice:s3cret@"+host+"/broken?token=T0K3N",
		"refused=http://alice:s3cret@127.0.0.1:1/feed?token=T0K3N",
	)
	// A fifth source takes its password from a file, a sixth sends a key
	// in a header and a browser's User-Agent too.
	saveFile(t, filepath.Join(filepath.Dir(cfg), "pass"), "s3cret\n")
	rewriteConfig(t, cfg, "topics:", `  - {name: by-file, url: "`+srv.URL+`/feed?token=T0K3N&x=file", username: alice, password_file: pass}
  - {name: picky, url: "`+srv.URL+`/picky?token=T0K3N&x=picky", username: alice, password_file: pass,
     headers: {X-Api-Key: H34D3R-K3Y}, user_agent: "Mozilla/5.0 (picky)"}
topics:`)
	d := startServe(t, cfg)
	waitFor(t, "every source polled", func() bool {
		var s struct{ Sources []struct{ Status string } }
		getJSON(t, d, "/api/sources", 200, &s)
		for _, src := range s.Sources {
			if src.Status == "new" {
				return false
			}
		}
		return true
	})
	shown := outputs(t, d, cfg)
	shown["feedsieve check -dump"], _ = runCode(t, "check", "-dump", "-config", cfg)
	if !strings.Contains(shown["feedsieve check -dump"], "headers: X-Api-Key set, values not shown") {
		t.Errorf("check -dump does not say the headers are set:\n%s", shown["feedsieve check -dump"])
	}
	if atom := shown["GET /feeds/nk.atom"]; !strings.Contains(atom, "Karabakh afile") || !strings.Contains(atom, "Karabakh apicky") || !strings.Contains(atom, "Karabakh b") {
		t.Fatalf("the feeds lack the polled items:\n%s", shown["GET /feeds/nk.atom"])
	}
	for where, text := range shown {
		for _, secret := range []string{"s3cret", "T0K3N", "alice", "H34D3R-K3Y"} {
			if secret == "alice" && where == "feedsieve check -dump" {
				continue // the dump shows user names, so that it loads as the config less its secrets
			}
			if i := strings.Index(text, secret); i >= 0 {
				t.Errorf("%s shows %q: …%s…", where, secret, text[max(0, i-80):min(len(text), i+40)])
			}
		}
	}
	d.stop(t)
}

// TestAttackRedirectToPrivateAddress: a source that is, or redirects to,
// an address outside poll.allow_networks is refused when feedsieve
// connects, so the internal server is never asked; and the public page
// tells nothing that would make feedsieve a port scanner: an open port and
// a closed one look alike.
func TestAttackRedirectToPrivateAddress(t *testing.T) {
	var asked atomic.Int32
	internal, err := net.Listen("tcp", "127.0.0.2:0")
	if err != nil {
		t.Skipf("no second loopback address: %v", err)
	}
	secret := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		asked.Add(1)
		fmt.Fprint(w, `<rss version="2.0"><channel><title>INTERNAL ADMIN PANEL</title><item><title>Karabakh secret</title><guid>s</guid></item></channel></rss>`)
	})}
	go secret.Serve(internal)
	defer secret.Close()
	closed := freeAddr(t)
	closed = "127.0.0.2" + closed[strings.LastIndex(closed, ":"):]
	outside := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		target := map[string]string{"/open": internal.Addr().String(), "/closed": closed}[r.URL.Path]
		http.Redirect(w, r, "http://"+target+"/feed", http.StatusFound)
	}))
	defer outside.Close()
	cfg := securityConfig(t, "", "open="+outside.URL+"/open", "closed="+outside.URL+"/closed", "direct=http://"+internal.Addr().String()+"/feed")
	rewriteConfig(t, cfg, "  "+loopbackOnly, `  allow_networks: ["127.0.0.1/32"]`)
	d := startServe(t, cfg)
	var sources api.SourcesResponse
	waitFor(t, "every source polled", func() bool {
		sources = api.SourcesResponse{}
		getJSON(t, d, "/api/sources", 200, &sources)
		for _, s := range sources.Sources {
			if s.Status == "new" {
				return false
			}
		}
		return true
	})
	for _, s := range sources.Sources {
		if s.Status != "failing" || !strings.Contains(s.Error, "127.0.0.2 is a loopback address, refused (poll.allow_networks exempts networks)") {
			t.Errorf("source %s: %s, %q", s.Name, s.Status, s.Error)
		}
	}
	if n := asked.Load(); n != 0 {
		t.Errorf("the internal server was asked %d times", n)
	}
	_, page := get(t, d.url+"/sources")
	// The rows may differ in their times (the retries are spread at random).
	times := regexp.MustCompile(`<time[^>]*>[^<]*</time>`)
	open := times.ReplaceAllString(sourceRow(string(page), "open"), "")
	shut := times.ReplaceAllString(sourceRow(string(page), "closed"), "")
	if strings.Contains(string(page), "INTERNAL") || open == "" || strings.ReplaceAll(open, "open", "closed") != shut {
		t.Errorf("the public page tells an open port from a closed one:\n%s\n%s", open, shut)
	}
	d.stop(t)
}

// TestAttackHostileMarkup: a feed's markup in titles, links and content
// reaches no output as markup or as an unsafe link: the title-only item
// is text in Atom (it was type="html"), and javascript: and data: links
// are dropped everywhere, the operator's API included (they are not even
// stored).
func TestAttackHostileMarkup(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<rss version="2.0"><channel><title>Evil &lt;script&gt;alert(1)&lt;/script&gt;</title><link>javascript:alert(1)</link>
<item><title>Karabakh &lt;img src=x onerror=alert(1)&gt;</title><guid isPermaLink="false">t1</guid></item>
<item><title>Karabakh link</title><link> JaVaScRiPt:alert(2)</link><description>Karabakh</description></item>
<item><title>Karabakh data</title><link>data:text/html;base64,PHNjcmlwdD5hbGVydCgzKTwvc2NyaXB0Pg==</link><guid isPermaLink="false">t3</guid></item>
<item><title>Karabakh content</title><link>https://news.test/4</link><description>&lt;p onclick="alert(4)"&gt;Karabakh&lt;script&gt;alert(5)&lt;/script&gt;&lt;a href="javascript:alert(6)"&gt;x&lt;/a&gt;&lt;/p&gt;</description></item>
</channel></rss>`)
	}))
	defer srv.Close()
	cfg := securityConfig(t, "", "evil="+srv.URL+"/feed")
	d := startServe(t, cfg)
	waitFor(t, "the items stored", func() bool {
		_, body := get(t, d.url+"/feeds/nk.json")
		return strings.Count(string(body), `"id"`) >= 4
	})
	shown := outputs(t, d, cfg)
	atom := shown["GET /feeds/nk.atom"]
	if strings.Count(atom, `<content type="html">`) != 1 || !strings.Contains(atom, `<content type="text">Karabakh</content>`) {
		t.Errorf("the title-only entry is not text content in Atom:\n%s", atom)
	}
	for where, text := range shown { // public pages and feeds, the operator's API, status and the log
		for _, bad := range []string{"javascript:", "JaVaScRiPt:", "data:text/html", "<script", "onclick"} {
			if strings.Contains(text, bad) {
				t.Errorf("%s holds %q", where, bad)
			}
		}
	}
	var jf struct {
		Items []struct{ URL, ContentHTML, ContentText string } `json:"items"`
	}
	if err := json.Unmarshal([]byte(shown["GET /feeds/nk.json"]), &jf); err != nil {
		t.Fatal(err)
	}
	for _, it := range jf.Items {
		if strings.Contains(it.ContentHTML, "<img") || strings.Contains(it.ContentHTML, "onerror") || it.URL != "" && !strings.HasPrefix(it.URL, "https://") {
			t.Errorf("JSON Feed item %+v", it)
		}
	}
	d.stop(t)
}

// plainBinary builds feedsieve without the race detector, which takes
// several times the memory: the memory bounds are the real binary's.
var plainBinary = sync.OnceValues(func() (string, error) {
	path := filepath.Join(filepath.Dir(binary), "feedsieve-plain")
	out, err := exec.Command("go", "build", "-o", path, ".").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return path, nil
})

// TestAttackHostileFeeds: a feed of 200,000 tiny items, one nested
// 100,000 levels deep and eight that trickle a byte a second do not take
// the daemon's memory past 256 MiB, and a healthy source beside them is
// polled on time.
func TestAttackHostileFeeds(t *testing.T) {
	bin, err := plainBinary()
	if err != nil {
		t.Fatal(err)
	}
	var huge bytes.Buffer
	huge.WriteString(`<rss version="2.0"><channel><title>huge</title>`)
	for i := range 200000 {
		fmt.Fprintf(&huge, "<item><title>Karabakh %d</title><guid>%d</guid></item>", i, i)
	}
	huge.WriteString("</channel></rss>")
	deep := strings.Repeat("<a>", 100000) + strings.Repeat("</a>", 100000)
	var goodAt atomic.Int64
	start := time.Now()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/huge":
			w.Write(huge.Bytes())
		case r.URL.Path == "/deep":
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>deep</title><item><title>`+deep+`</title></item></channel></rss>`)
		case strings.HasPrefix(r.URL.Path, "/trickle"):
			fl := w.(http.Flusher)
			for range 60 {
				if _, err := w.Write([]byte("<")); err != nil {
					return
				}
				fl.Flush()
				select {
				case <-r.Context().Done():
					return
				case <-time.After(time.Second):
				}
			}
		default:
			goodAt.CompareAndSwap(0, int64(time.Since(start)))
			fmt.Fprint(w, `<rss version="2.0"><channel><title>good</title><item><title>Karabakh</title><guid>g</guid></item></channel></rss>`)
		}
	}))
	defer srv.Close()
	sources := []string{"huge=" + srv.URL + "/huge", "deep=" + srv.URL + "/deep"}
	for i := range 8 {
		sources = append(sources, fmt.Sprintf("trickle-%d=%s/trickle%d", i, srv.URL, i))
	}
	sources = append(sources, "good="+srv.URL+"/good")
	cfg := securityConfig(t, "", sources...)
	rewriteConfig(t, cfg, "  timeout: 10s", "  timeout: 60s\n  max_body: 16MiB\n  per_host: 16")
	d := startServeWith(t, cfg, serveOptions{binary: bin})
	var s api.SourcesResponse
	waitFor(t, "every source polled", func() bool {
		s = api.SourcesResponse{}
		getJSON(t, d, "/api/sources", 200, &s)
		for _, src := range s.Sources {
			if src.Status == "new" {
				return false
			}
		}
		return true
	})
	if at := time.Duration(goodAt.Load()); at == 0 || at > 15*time.Second {
		t.Errorf("the healthy source was polled %s after the start, want within 15 s", at)
	}
	for _, src := range s.Sources {
		switch {
		case src.Name == "huge" && (src.Status != "ok" || src.Dropped != 199000):
			t.Errorf("huge: %+v", src)
		case src.Name == "deep" && (src.Status != "failing" || !strings.Contains(src.Error, "64")):
			t.Errorf("deep: %+v", src)
		case strings.HasPrefix(src.Name, "trickle") && (src.Status != "failing" || !strings.Contains(src.Error, "poll.min_rate")):
			t.Errorf("%s: %+v", src.Name, src)
		}
	}
	if rss := peakRSS(t, d.cmd.Process.Pid); rss > 256<<20 {
		t.Errorf("peak RSS %d MiB, want under 256", rss>>20)
	} else {
		t.Logf("peak RSS %d MiB", rss>>20)
	}
	d.stop(t)
}

// TestAttackSlowAndIdleClients: hundreds of idle connections, a client
// sending its headers a byte at a time, a 2 MiB header and a path that
// climbs out of the site do not keep the public listener from answering
// others at once; none of it reaches a file.
func TestAttackSlowAndIdleClients(t *testing.T) {
	d := startServe(t, securityConfig(t, ""))
	addr := strings.TrimPrefix(d.url, "http://")
	var conns []net.Conn
	defer func() {
		for _, c := range conns {
			c.Close()
		}
	}()
	for range 500 {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatalf("idle connection %d: %v", len(conns), err)
		}
		conns = append(conns, c)
	}
	slow, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	conns = append(conns, slow)
	stopSlow := make(chan struct{})
	defer close(stopSlow)
	go func() {
		for _, b := range []byte("GET / HTTP/1.1\r\nHost: x\r\nX-Slow: " + strings.Repeat("a", 100)) {
			select {
			case <-stopSlow:
				return
			case <-time.After(100 * time.Millisecond):
			}
			if _, err := slow.Write([]byte{b}); err != nil {
				return
			}
		}
	}()
	for _, tt := range []struct {
		path   string
		header string
		status int
	}{
		{"/", "", 200},
		{"/feeds/nk.atom", "", 200},
		{"/../../../../etc/passwd", "", 404},
		{"/feeds/..%2F..%2Fconfig.yaml", "", 404},
		{"/", strings.Repeat("h", 2<<20), 431},
	} {
		req, _ := http.NewRequest("GET", d.url+tt.path, nil)
		if tt.header != "" {
			req.Header.Set("X-Huge", tt.header)
		}
		start := time.Now()
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatalf("GET %s beside the slow and idle clients: %v", tt.path, err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tt.status || time.Since(start) > 2*time.Second || strings.Contains(string(body), "root:") {
			t.Errorf("GET %.40s: %d after %s, want %d at once", tt.path, resp.StatusCode, time.Since(start), tt.status)
		}
	}
	d.stop(t)
}
