package aggregator

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// fault is one way a source can misbehave. Its first response is always a
// good feed with one item, so that the test can show that what was stored
// survives the fault.
type fault struct {
	name    string
	serve   http.HandlerFunc // every response after the first
	err     string           // the source's stored error must contain this; "" when the input must be accepted
	items   int              // with err == "": items stored for the source after the second poll
	title   string           // with err == "": a title one of them must have, when set
	dropped int              // with err == "": items the second poll left out
}

func rssFeed(items string) string {
	return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>T</title><link>https://faults.test/</link>` + items + `</channel></rss>`
}

func writeBody(ctype, body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", ctype)
		io.WriteString(w, body)
	}
}

func faults(t *testing.T, externalURL string) []fault {
	var bomb bytes.Buffer
	zw := gzip.NewWriter(&bomb)
	zw.Write([]byte(rssFeed("<item><title>x</title><description>")))
	zw.Write(bytes.Repeat([]byte("A"), 8<<20))
	zw.Close()
	var many strings.Builder
	for i := range 10000 {
		fmt.Fprintf(&many, "<item><guid>n%d</guid><title>Item %d</title></item>", i, i)
	}
	lol := `<!DOCTYPE rss [<!ENTITY lol "lol">`
	for i := 1; i <= 9; i++ {
		prev := "lol"
		if i > 1 {
			prev = fmt.Sprintf("lol%d", i-1)
		}
		lol += fmt.Sprintf(`<!ENTITY lol%d "%s">`, i, strings.Repeat("&"+prev+";", 10))
	}
	lol += `]><rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title></item></channel></rss>`
	cp1251 := fixtureString(t, "cp1251-ru.xml")
	cp1251NoDecl := fixtureString(t, "cp1251-ru-nodecl.xml")

	return []fault{
		{name: "slow headers", serve: func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-time.After(10 * time.Second):
			case <-r.Context().Done():
			}
		}, err: "no complete response within poll.timeout"},
		{name: "slow body", serve: func(w http.ResponseWriter, r *http.Request) {
			io.WriteString(w, rssFeed("<item><title>partial"))
			w.(http.Flusher).Flush()
			select {
			case <-time.After(10 * time.Second):
			case <-r.Context().Done():
			}
		}, err: "read body: no complete response within poll.timeout"},
		{name: "body over max_body", serve: writeBody("application/rss+xml", rssFeed(strings.Repeat("<item><title>big</title></item>", 150000))), err: "response body exceeds max_body"},
		{name: "gzip bomb", serve: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(bomb.Bytes())
		}, err: "response body exceeds max_body"},
		{name: "html page", serve: writeBody("text/html", "<!DOCTYPE html><html><head><title>Welcome</title></head><body>Hi</body></html>"), err: "got an HTML page, not a feed"},
		{name: "truncated xml", serve: writeBody("application/rss+xml", rssFeed("<item><title>one</title></item>")[:120]), err: "before its first complete item"},
		{name: "empty body", serve: writeBody("application/rss+xml", ""), err: "empty response body, not a feed"},
		{name: "status 500", serve: func(w http.ResponseWriter, r *http.Request) { http.Error(w, "oops", 500) }, err: "HTTP 500 Internal Server Error"},
		{name: "status 429", serve: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Retry-After", "600")
			http.Error(w, "slow down", http.StatusTooManyRequests)
		}, err: "HTTP 429 Too Many Requests (retry after 10m0s)"},
		{name: "redirect loop", serve: func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, r.URL.Path+"/again", http.StatusFound)
		}, err: "more than 5 redirects"},
		// Entities declared in a DTD are never expanded, nor fetched: the
		// text stays as it was written.
		{name: "billion laughs", serve: writeBody("application/rss+xml", lol), items: 2, title: "&lol9;"},
		{name: "external entity", serve: writeBody("application/rss+xml", `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY ext SYSTEM "`+externalURL+`">]><rss version="2.0"><channel><title>x</title><item><title>&ext;</title></item></channel></rss>`), items: 2, title: "&ext;"},
		{name: "invalid utf-8", serve: writeBody("application/rss+xml", rssFeed("<item><guid>u</guid><title>caf\xe9 \xff\xfe</title></item>")), items: 2, title: "caf\uFFFD \uFFFD"},
		{name: "windows-1251 with declaration", serve: writeBody("application/xml", cp1251), items: 2},
		{name: "windows-1251 without declaration", serve: writeBody("application/xml; charset=windows-1251", cp1251NoDecl), items: 2},
		{name: "json feed with null item", serve: writeBody("application/feed+json", `{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[null,{"id":"j1","content_text":"hello"}]}`), items: 2},
		{name: "root after 5 KB comment", serve: writeBody("application/rss+xml", "<?xml version=\"1.0\"?><!--"+strings.Repeat("c", 5000)+"-->"+rssFeed("<item><guid>c</guid><title>late root</title></item>")[len(`<?xml version="1.0" encoding="UTF-8"?>`):]), items: 2},
		{name: "items without guid, link, title or date", serve: writeBody("application/rss+xml", rssFeed("<item><description>only a description</description></item><item></item><item><title>only a title</title></item>")), items: 4},
		{name: "10000 items, 1000 taken", serve: writeBody("application/rss+xml", rssFeed(many.String())), items: 1001, dropped: 9000},
	}
}

func fixtureString(t *testing.T, name string) string { return string(fixture(t, name)) }

// faultServer answers /<n> with a good feed the first time and with fault
// n afterwards; /healthy gains one item on every request.
func faultServer(t *testing.T, fs []fault) *httptest.Server {
	var mu sync.Mutex
	seen := map[string]int{}
	healthy := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		path := strings.SplitN(strings.TrimPrefix(r.URL.Path, "/"), "/", 2)[0]
		mu.Lock()
		seen[path]++
		first := seen[path] == 1
		if path == "healthy" {
			healthy++
		}
		n := healthy
		mu.Unlock()
		if path == "healthy" {
			var items strings.Builder
			for i := range n {
				fmt.Fprintf(&items, "<item><guid>h%d</guid><title>Healthy %d</title></item>", i, i)
			}
			io.WriteString(w, rssFeed(items.String()))
			return
		}
		if first {
			io.WriteString(w, rssFeed("<item><guid>first-"+path+"</guid><title>Stored before the fault</title></item>"))
			return
		}
		var i int
		fmt.Sscan(path, &i)
		fs[i].serve(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// TestFaults polls every fault beside a healthy source twice: the second
// round meets the faults. Each faulty source's status names its problem
// and keeps what it stored; input that is odd but readable is stored; the
// healthy source keeps updating.
func TestFaults(t *testing.T) {
	var external atomic.Int32
	ext := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { external.Add(1) }))
	defer ext.Close()
	fs := faults(t, ext.URL+"/secret")
	srv := faultServer(t, fs)
	sources := []Source{{Name: "healthy", URL: srv.URL + "/healthy"}}
	for i := range fs {
		sources = append(sources, Source{Name: fmt.Sprintf("f%d", i), URL: fmt.Sprintf("%s/%d", srv.URL, i)})
	}
	// Connection refused: a server that answers the first round, then closes.
	refusing := httptest.NewServer(srv.Config.Handler)
	// DNS failure: a name that a loopback DNS server resolves in the first
	// round and not in the second.
	dns := newFakeDNS(t)
	port := srv.URL[strings.LastIndex(srv.URL, ":")+1:]
	sources = append(sources,
		Source{Name: "refused", URL: refusing.URL + "/refused"},
		Source{Name: "dns", URL: "http://feed.faults.test:" + port + "/dns"})
	store, err := storage.Open(storage.Options{Path: filepath.Join(t.TempDir(), "faults.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	// poll.timeout: short, for the stalling servers' sake, yet long enough
	// for the redirect loop's six requests on a loaded machine (-race).
	client := NewHTTPClient(3*time.Second, 8, loopback())
	dialer := newDialer(loopback())
	dialer.Resolver = dns.resolver()
	client.Transport.(*http.Transport).DialContext = dialer.DialContext
	a, err := New(store, client, slog.New(slog.DiscardHandler), Options{
		Concurrency: 8, PerHost: 8, MaxBody: 4 << 20, UserAgent: "t", Sources: sources,
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range a.PollAll(context.Background()) {
		if r.Err != nil {
			t.Fatalf("first round, %s: %v", r.Source, r.Err)
		}
	}
	refusing.Close()
	dns.fail.Store(true)
	client.CloseIdleConnections() // else round two reuses round one's connection and never looks the name up
	results := a.PollAll(context.Background())
	fs = append(fs,
		fault{name: "connection refused", err: "connect: connection refused"},
		fault{name: "dns failure", err: "lookup feed.faults.test"})
	for i, f := range fs {
		t.Run(f.name, func(t *testing.T) {
			res := results[i+1]
			st, err := store.SourceState(res.Source)
			if err != nil {
				t.Fatal(err)
			}
			n := countItems(t, store, res.Source)
			if f.err != "" {
				if res.Err == nil || !strings.Contains(st.Error, f.err) || st.Failures != 1 {
					t.Errorf("status error %q (failures %d), want it to contain %q", st.Error, st.Failures, f.err)
				}
				if n != 1 || !hasTitle(t, store, res.Source, "Stored before the fault") {
					t.Errorf("%d items stored for the source, want the 1 stored before the fault", n)
				}
				return
			}
			if res.Err != nil || st.Error != "" || n != f.items || res.Dropped != f.dropped {
				t.Errorf("error %v, stored error %q, %d items, %d dropped; want no error, %d items, %d dropped",
					res.Err, st.Error, n, res.Dropped, f.items, f.dropped)
			}
			if f.title != "" && !hasTitle(t, store, res.Source, f.title) {
				t.Errorf("no item titled %q", f.title)
			}
		})
	}
	if r := results[0]; r.Err != nil || r.New != 1 {
		t.Errorf("healthy source in the faulty round: %+v", r)
	}
	if external.Load() != 0 {
		t.Errorf("the external entity was fetched %d times", external.Load())
	}
}

func countItems(t *testing.T, store *storage.Store, source string) int {
	n := 0
	if err := store.Scan(func(it *storage.Item) bool {
		if it.Source == source {
			n++
		}
		return true
	}); err != nil {
		t.Fatal(err)
	}
	return n
}

func hasTitle(t *testing.T, store *storage.Store, source, title string) bool {
	found := false
	store.Scan(func(it *storage.Item) bool {
		found = found || it.Source == source && it.Title == title
		return true
	})
	return found
}

// fakeDNS is a loopback DNS server that resolves every name to 127.0.0.1,
// or, once fail is set, answers that no name exists.
type fakeDNS struct {
	conn net.PacketConn
	fail atomic.Bool
}

func newFakeDNS(t *testing.T) *fakeDNS {
	conn, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	d := &fakeDNS{conn: conn}
	t.Cleanup(func() { conn.Close() })
	go func() {
		buf := make([]byte, 1500)
		for {
			n, addr, err := conn.ReadFrom(buf)
			if err != nil {
				return
			}
			if resp := d.answer(buf[:n]); resp != nil {
				conn.WriteTo(resp, addr)
			}
		}
	}()
	return d
}

func (d *fakeDNS) resolver() *net.Resolver {
	return &net.Resolver{PreferGo: true, Dial: func(ctx context.Context, _, _ string) (net.Conn, error) {
		return (&net.Dialer{}).DialContext(ctx, "udp", d.conn.LocalAddr().String())
	}}
}

// answer builds the response to one query: its header and question, then
// an A record for 127.0.0.1 (no records for other types), or NXDOMAIN.
func (d *fakeDNS) answer(q []byte) []byte {
	if len(q) < 12 {
		return nil
	}
	i := 12
	for i < len(q) && q[i] != 0 {
		i += int(q[i]) + 1
	}
	end := i + 5 // the root label, QTYPE and QCLASS
	if end > len(q) {
		return nil
	}
	qtype := binary.BigEndian.Uint16(q[i+1:])
	resp := append([]byte(nil), q[:end]...)
	binary.BigEndian.PutUint16(resp[2:], 0x8180) // response, recursion desired and available
	binary.BigEndian.PutUint16(resp[4:], 1)      // one question
	binary.BigEndian.PutUint16(resp[6:], 0)      // answers, set below
	binary.BigEndian.PutUint32(resp[8:], 0)      // no authority or additional records
	switch {
	case d.fail.Load():
		resp[3] |= 3 // NXDOMAIN
	case qtype == 1:
		binary.BigEndian.PutUint16(resp[6:], 1)
		resp = append(resp, 0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 127, 0, 0, 1)
	}
	return resp
}
