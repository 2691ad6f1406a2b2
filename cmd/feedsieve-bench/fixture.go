package main

import (
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/feedsieve/feedsieve/feeds"
	"github.com/feedsieve/feedsieve/internal/benchdata"
	"github.com/feedsieve/feedsieve/storage"
)

// benchTopic is the topic the serving benchmark publishes.
const benchTopic = "bench"

// serveFixture is feedsieve's feed server over a fresh database holding one
// topic of 50 entries, beside a bare net/http handler that writes the same
// bytes from memory as it serves for one of its documents (servedDocs):
// the baseline.
type serveFixture struct {
	store    *storage.Store
	site     *feeds.Server
	rendered *feeds.Rendered
	bare     http.Handler
	path     string
}

// servedDocs are the documents the serving benchmarks compare: the
// topic's Atom feed, its page and the index page.
var servedDocs = []struct{ name, path string }{
	{"feed", "/feeds/" + benchTopic + ".atom"},
	{"page", "/topics/" + benchTopic},
	{"index", "/"},
}

// newServeFixture serves the document of servedDocs at path.
func newServeFixture(dir, path string) (*serveFixture, error) {
	store, err := storage.Open(storage.Options{Path: filepath.Join(dir, "bench.db")})
	if err != nil {
		return nil, err
	}
	inTopic := func(*storage.Item) []storage.Match { return []storage.Match{{Topic: benchTopic}} }
	if _, err := store.Apply(storage.Batch{Source: "wire", Entries: benchEntries(50)}, inTopic); err != nil {
		store.Close()
		return nil, err
	}
	site := feeds.NewServer(store, slog.New(slog.DiscardHandler), feeds.Options{
		Site:   feeds.NewSite("http://127.0.0.1", "bench"),
		Topics: []feeds.Topic{{ID: benchTopic, Title: "Benchmark", MaxItems: 50, MaxAge: 5 * time.Minute}},
	})
	rd, err := current(site, path)
	if err != nil {
		store.Close()
		return nil, err
	}
	return &serveFixture{store: store, site: site, rendered: rd, bare: bareHandler(rd), path: path}, nil
}

// current is the server's rendering of the document at path, read from its
// answer: the headers tell what the cache holds.
func current(site *feeds.Server, path string) (*feeds.Rendered, error) {
	plain, gz := httptest.NewRecorder(), httptest.NewRecorder()
	site.ServeHTTP(plain, httptest.NewRequest("GET", path, nil))
	zr := httptest.NewRequest("GET", path, nil)
	zr.Header.Set("Accept-Encoding", "gzip")
	site.ServeHTTP(gz, zr)
	if plain.Code != http.StatusOK || gz.Code != http.StatusOK {
		return nil, fmt.Errorf("GET %s: status %d", path, plain.Code)
	}
	h := plain.Result().Header
	return &feeds.Rendered{Body: plain.Body.Bytes(), Gzip: gz.Body.Bytes(), ContentType: h.Get("Content-Type"), ETag: h.Get("ETag")}, nil
}

func (f *serveFixture) Close() error { return f.store.Close() }

// benchEntries are news items of about 2 KB of HTML each, some of it not
// ASCII (see benchdata).
func benchEntries(n int) []storage.Entry {
	entries := make([]storage.Entry, n)
	for i := range entries {
		a := benchdata.NewArticle(rand.New(rand.NewPCG(uint64(i), 42)), 2000)
		link := "https://news.example/world/" + strconv.Itoa(i)
		entries[i] = storage.Entry{Key: link, Item: storage.Item{
			Title: fmt.Sprintf("Karabakh talks, day %d", i+1), Link: link, NormLink: link,
			Summary: a.Summary, Content: a.HTML,
			Categories: []string{"Caucasus"}, Language: "en",
			Published: benchdata.Epoch.Add(time.Duration(i-n) * time.Hour),
		}}
	}
	return entries
}

// bareHandler is the baseline: the feed's bytes written from memory, with
// nothing but the headers a conditional GET needs (ETag; a 304 must repeat
// it).
func bareHandler(rd *feeds.Rendered) http.Handler {
	plainLen, gzLen := strconv.Itoa(len(rd.Body)), strconv.Itoa(len(rd.Gzip))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", rd.ETag)
		if r.Header.Get("If-None-Match") == rd.ETag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", rd.ContentType)
		if strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			w.Header().Set("Content-Encoding", "gzip")
			w.Header().Set("Content-Length", gzLen)
			w.Write(rd.Gzip)
			return
		}
		w.Header().Set("Content-Length", plainLen)
		w.Write(rd.Body)
	})
}

// mode is one kind of request the benchmark makes.
type mode struct {
	name   string
	header func(*feeds.Rendered) http.Header
	status int
}

var modes = []mode{
	{"plain", func(*feeds.Rendered) http.Header { return http.Header{"Accept-Encoding": {"identity"}} }, http.StatusOK},
	{"gzip", func(*feeds.Rendered) http.Header { return http.Header{"Accept-Encoding": {"gzip"}} }, http.StatusOK},
	{"304", func(rd *feeds.Rendered) http.Header {
		return http.Header{"Accept-Encoding": {"identity"}, "If-None-Match": {rd.ETag}}
	}, http.StatusNotModified},
}
