package feeds

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// fixture is a Server over a real bbolt file, with a topic "nk" that takes
// every item, and an HTTP server on loopback.
type fixture struct {
	t      *testing.T
	store  *storage.Store
	server *Server
	http   *httptest.Server
	n      int
}

func newFixture(t *testing.T, opts Options) *fixture {
	t.Helper()
	store, err := storage.Open(storage.Options{Path: filepath.Join(t.TempDir(), "feeds.db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	if opts.Site.BaseURL == "" {
		opts.Site = NewSite("https://feeds.example", "test")
	}
	if opts.Topics == nil {
		opts.Topics = []Topic{
			{ID: "nk", Title: "Nagorno-Karabakh", Description: "Every item", MaxItems: 50, MaxAge: 5 * time.Minute},
			{ID: "empty", Title: "Nothing <yet>", MaxItems: 10, MaxAge: time.Minute},
		}
	}
	s := NewServer(store, slog.New(slog.DiscardHandler), opts)
	f := &fixture{t: t, store: store, server: s, http: httptest.NewServer(s)}
	t.Cleanup(f.http.Close)
	return f
}

// add stores n new items in topic nk; with notify, the server is told.
func (f *fixture) add(n int, notify bool) {
	f.t.Helper()
	now := time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)
	var entries []storage.Entry
	for range n {
		f.n++
		link := fmt.Sprintf("https://news.example/%d", f.n)
		entries = append(entries, storage.Entry{Key: link, Item: storage.Item{
			Title: fmt.Sprintf("Story %d", f.n), Link: link, NormLink: link,
			Content:   strings.Repeat("<p>Karabakh news, told at length.</p>", 40),
			Published: now.Add(time.Duration(f.n) * time.Minute),
		}})
	}
	inNK := func(*storage.Item) []storage.Match { return []storage.Match{{Topic: "nk"}} }
	if _, err := f.store.Apply(storage.Batch{Source: "src", Entries: entries, Now: now}, inNK); err != nil {
		f.t.Fatal(err)
	}
	if notify {
		f.server.Changed([]string{"nk"})
	}
}

func (f *fixture) do(method, path string, header ...string) (*http.Response, []byte) {
	f.t.Helper()
	req, err := http.NewRequest(method, f.http.URL+path, nil)
	if err != nil {
		f.t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	// Setting Accept-Encoding ourselves stops the transport from
	// decompressing, so the test sees what was sent.
	if req.Header.Get("Accept-Encoding") == "" {
		req.Header.Set("Accept-Encoding", "identity")
	}
	resp, err := f.http.Client().Do(req)
	if err != nil {
		f.t.Fatal(err)
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		f.t.Fatal(err)
	}
	return resp, body
}

func TestServeFeed(t *testing.T) {
	f := newFixture(t, Options{})
	f.add(3, true)
	for _, format := range Formats {
		t.Run(format, func(t *testing.T) {
			resp, body := f.do("GET", "/feeds/nk."+format)
			want, ctype, err := f.server.Render("nk", format)
			if err != nil {
				t.Fatal(err)
			}
			if resp.StatusCode != 200 || !bytes.Equal(body, want) {
				t.Fatalf("status %d, body differs from Render: %s", resp.StatusCode, body)
			}
			h := resp.Header
			etag := h.Get("ETag")
			vary := "Accept-Encoding"
			if format != "json" {
				vary += ", Sec-Fetch-Dest" // a browser gets it as application/xml, for feed.xsl
			}
			checkHeaders(t, h, map[string]string{
				"Content-Type": ctype, "Vary": vary, "Cache-Control": "public, max-age=300",
				"Content-Length": fmt.Sprint(len(want)), "X-Content-Type-Options": "nosniff",
			})
			if !strings.HasPrefix(etag, `"`) || len(etag) < 10 {
				t.Errorf("ETag %q is not a strong tag", etag)
			}
			lastMod, err := http.ParseTime(h.Get("Last-Modified"))
			if err != nil {
				t.Fatalf("Last-Modified %q: %v", h.Get("Last-Modified"), err)
			}

			zresp, zbody := f.do("GET", "/feeds/nk."+format, "Accept-Encoding", "br, gzip;q=0.8")
			if zresp.Header.Get("Content-Encoding") != "gzip" || zresp.Header.Get("ETag") == etag {
				t.Errorf("gzip response: Content-Encoding %q, ETag %q (plain %q)", zresp.Header.Get("Content-Encoding"), zresp.Header.Get("ETag"), etag)
			}
			if plain := gunzip(t, zbody); !bytes.Equal(plain, want) || len(zbody) >= len(want) {
				t.Errorf("gzip body: %d bytes, unzips to %d bytes equal=%v", len(zbody), len(plain), bytes.Equal(plain, want))
			}
			gzTag := zresp.Header.Get("ETag")

			conditional := []struct {
				name   string
				header []string
				status int
			}{
				{"same tag", []string{"If-None-Match", etag}, 304},
				{"gzip tag", []string{"If-None-Match", gzTag}, 304},
				{"gzip tag, gzip accepted", []string{"If-None-Match", gzTag, "Accept-Encoding", "gzip"}, 304},
				{"weak form", []string{"If-None-Match", "W/" + etag}, 304},
				{"in a list", []string{"If-None-Match", `"old", ` + etag}, 304},
				{"star", []string{"If-None-Match", "*"}, 304},
				{"other tag", []string{"If-None-Match", `"old"`}, 200},
				{"other tag wins over date", []string{"If-None-Match", `"old"`, "If-Modified-Since", h.Get("Last-Modified")}, 200},
				{"same date", []string{"If-Modified-Since", h.Get("Last-Modified")}, 304},
				{"later date", []string{"If-Modified-Since", lastMod.Add(time.Hour).Format(http.TimeFormat)}, 304},
				{"earlier date", []string{"If-Modified-Since", lastMod.Add(-time.Second).Format(http.TimeFormat)}, 200},
				{"bad date", []string{"If-Modified-Since", "yesterday"}, 200},
			}
			for _, c := range conditional {
				resp, body := f.do("GET", "/feeds/nk."+format, c.header...)
				if resp.StatusCode != c.status {
					t.Errorf("%s: status %d, want %d", c.name, resp.StatusCode, c.status)
				}
				// A 304 repeats Cache-Control, ETag and Vary (RFC 9110
				// section 15.4.5), and no other representation metadata.
				if c.status == 304 && (len(body) != 0 || resp.Header.Get("ETag") == "" || resp.Header.Get("Cache-Control") == "" ||
					resp.Header.Get("Vary") != vary || resp.Header.Get("Content-Type") != "" || resp.Header.Get("Last-Modified") != "") {
					t.Errorf("%s: 304 with %d body bytes, headers %v", c.name, len(body), resp.Header)
				}
			}

			hresp, hbody := f.do("HEAD", "/feeds/nk."+format)
			if hresp.StatusCode != 200 || len(hbody) != 0 || hresp.Header.Get("Content-Length") != fmt.Sprint(len(want)) || hresp.Header.Get("ETag") != etag {
				t.Errorf("HEAD: status %d, %d body bytes, headers %v", hresp.StatusCode, len(hbody), hresp.Header)
			}
		})
	}
}

func checkHeaders(t *testing.T, h http.Header, want map[string]string) {
	t.Helper()
	for k, v := range want {
		if got := h.Get(k); got != v {
			t.Errorf("%s: %q, want %q", k, got, v)
		}
	}
}

func gunzip(t *testing.T, b []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestServeNotFound(t *testing.T) {
	f := newFixture(t, Options{})
	tests := []struct {
		method, path string
		status       int
		want         string
	}{
		{"GET", "/feeds/nope.atom", 404, `not found: unknown topic "nope"`},
		{"GET", "/feeds/nk.xml", 404, `not found: unknown feed format "xml": use atom, rss or json`},
		{"GET", "/feeds/nk", 404, "not found: feeds are /feeds/<topic>.atom, .rss or .json"},
		{"GET", "/feeds/nk.atom.gz", 404, `unknown feed format "atom.gz"`},
		{"GET", "/elsewhere", 404, "not found: see / for the topic feeds"},
		{"POST", "/feeds/nk.atom", 405, "Method Not Allowed"},
		{"POST", "/api/test-topic", 404, "not found: see / for the topic feeds"},
		{"DELETE", "/nothing", 404, "not found: see / for the topic feeds"},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path, func(t *testing.T) {
			resp, body := f.do(tt.method, tt.path)
			if resp.StatusCode != tt.status || !strings.Contains(string(body), tt.want) {
				t.Errorf("status %d body %q, want %d with %q", resp.StatusCode, body, tt.status, tt.want)
			}
			if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
				t.Errorf("Content-Type %q, want a short text body", ct)
			}
		})
	}
}

// TestFeedCachedUntilChanged shows that requests get cached bytes: an item
// stored without telling the server stays out of the feed until Changed.
func TestFeedCachedUntilChanged(t *testing.T) {
	f := newFixture(t, Options{})
	f.add(1, true)
	first, body1 := f.do("GET", "/feeds/nk.atom")
	f.add(1, false)
	second, body2 := f.do("GET", "/feeds/nk.atom")
	if !bytes.Equal(body1, body2) || first.Header.Get("ETag") != second.Header.Get("ETag") {
		t.Fatal("the feed was rendered again without a change")
	}
	f.server.Changed([]string{"empty"})
	if _, body := f.do("GET", "/feeds/nk.atom"); !bytes.Equal(body, body1) {
		t.Fatal("a change of another topic rendered nk again")
	}
	f.server.Changed([]string{"nk"})
	third, body3 := f.do("GET", "/feeds/nk.atom")
	if !strings.Contains(string(body3), "Story 2") || third.Header.Get("ETag") == first.Header.Get("ETag") {
		t.Fatal("the change did not reach the feed")
	}
	lm1, _ := http.ParseTime(first.Header.Get("Last-Modified"))
	lm3, _ := http.ParseTime(third.Header.Get("Last-Modified"))
	if !lm3.After(lm1) {
		t.Errorf("Last-Modified did not move forward: %v then %v", lm1, lm3)
	}
	if resp, _ := f.do("GET", "/feeds/nk.atom", "If-Modified-Since", first.Header.Get("Last-Modified")); resp.StatusCode != 200 {
		t.Errorf("If-Modified-Since of the old feed: %d, want 200", resp.StatusCode)
	}
}

func TestCacheRendersOncePerChange(t *testing.T) {
	c := newCache([]Topic{{ID: "a"}, {ID: "b"}})
	clock := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	c.now = func() time.Time { return clock }
	renders := 0
	body := "one"
	render := func() ([]byte, time.Time, error) { renders++; return []byte(body), time.Time{}, nil }
	k := cacheKey{"a", "atom"}
	get := func() *Rendered {
		r, err := c.get(k, time.Minute, render)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	r1 := get()
	get()
	if renders != 1 {
		t.Fatalf("%d renders without a change, want 1", renders)
	}
	c.invalidate([]string{"b"})
	get()
	if renders != 1 {
		t.Fatal("a change of topic b rendered topic a")
	}
	c.invalidate([]string{"a"})
	r2 := get()
	if renders != 2 || !r2.LastModified.Equal(r1.LastModified) || r2.ETag != r1.ETag {
		t.Fatalf("same bytes after a change: renders %d, Last-Modified %v → %v", renders, r1.LastModified, r2.LastModified)
	}
	body = "two" // changed within the same second
	c.invalidate([]string{"a"})
	r3 := get()
	if r3.ETag == r1.ETag || !r3.LastModified.After(r1.LastModified) {
		t.Fatalf("new bytes in the same second: ETag %s → %s, Last-Modified %v → %v", r1.ETag, r3.ETag, r1.LastModified, r3.LastModified)
	}
}

// TestFeedConcurrentChanges serves feeds while items arrive; run with
// -race. Every response must be a whole feed that matches its ETag.
func TestFeedConcurrentChanges(t *testing.T) {
	f := newFixture(t, Options{})
	f.add(1, true)
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				rd, err := f.server.Feed("nk", "atom")
				if err != nil {
					t.Error(err)
					return
				}
				if `"`+etagOf(rd.Body)+`"` != rd.ETag || !bytes.Equal(gunzip(t, rd.Gzip), rd.Body) {
					t.Error("a cached feed does not match its ETag or gzip bytes")
					return
				}
			}
		}()
	}
	for range 20 {
		f.add(1, true)
	}
	close(stop)
	wg.Wait()
	rd, _ := f.server.Feed("nk", "atom")
	if !strings.Contains(string(rd.Body), "Story 21") {
		t.Error("the last change is not in the feed")
	}
}

func TestAcceptsGzip(t *testing.T) {
	tests := []struct {
		header string
		want   bool
	}{
		{"", false},
		{"gzip", true},
		{"gzip, deflate, br", true},
		{"br;q=1.0, gzip;q=0.5", true},
		{"GZIP", true},
		{"x-gzip", true},
		{"gzip;q=0", false},
		{"gzip; q=0.000", false},
		{"*", true},
		{"*;q=0", false},
		{"gzip;q=0, *", false},
		{"identity", false},
		{"deflate, br", false},
	}
	for _, tt := range tests {
		if got := acceptsGzip([]string{tt.header}); got != tt.want {
			t.Errorf("acceptsGzip(%q) = %v, want %v", tt.header, got, tt.want)
		}
	}
}

// TestOnRender: the hook sees renderings, not answers from the cache.
func TestOnRender(t *testing.T) {
	var mu sync.Mutex
	var renders []string
	f := newFixture(t, Options{OnRender: func(topic, format string, took time.Duration) {
		mu.Lock()
		defer mu.Unlock()
		if took <= 0 {
			t.Errorf("render of %s.%s took %v", topic, format, took)
		}
		renders = append(renders, topic+"."+format)
	}})
	f.add(1, true)
	f.do("GET", "/feeds/nk.atom")
	f.do("GET", "/feeds/nk.atom")
	f.do("GET", "/feeds/nk.rss")
	f.server.Changed([]string{"nk"})
	f.do("GET", "/feeds/nk.atom")
	mu.Lock()
	defer mu.Unlock()
	if want := []string{"nk.atom", "nk.rss", "nk.atom"}; !slices.Equal(renders, want) {
		t.Errorf("renders %q, want %q", renders, want)
	}
}
