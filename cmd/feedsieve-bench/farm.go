package main

import (
	"fmt"
	"net/http"
	"net/netip"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"github.com/feedsieve/feedsieve/internal/benchdata"
)

// farm is a loopback web server hosting many feeds at /feed/N, as a crowd
// of news sites would: each with an ETag, answering 304 to a request that
// sends it back.
type farm struct {
	mu    sync.RWMutex // guards feeds and etags against replace
	feeds [][]byte
	etags []string // "" for none: the feed is served without validators
	items int      // per feed
	url   string
	stop  func()
}

// replace serves other feeds from now on, without validators: as servers
// that answer every poll with the whole feed.
func (f *farm) replace(feeds [][]byte) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.feeds, f.etags = feeds, make([]string, len(feeds))
}

// newFarm generates n feeds of items items of about size bytes each (in
// parallel: this takes a while for thousands) and starts serving them.
func newFarm(n, items, size int) (*farm, error) {
	return newFarmOf(n, items, func(i int) []byte { return benchdata.Feed(i, items, size) })
}

// newFarmOf serves n feeds of items items each, the i-th made by feed(i).
func newFarmOf(n, items int, feed func(i int) []byte) (*farm, error) {
	f := &farm{feeds: make([][]byte, n), etags: make([]string, n), items: items}
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		wg.Go(func() {
			for i := w; i < n; i += workers {
				f.feeds[i] = feed(i)
				f.etags[i] = fmt.Sprintf(`"feed-%d-%d"`, i, len(f.feeds[i]))
			}
		})
	}
	wg.Wait()
	url, stop, err := listen(http.HandlerFunc(f.serve))
	if err != nil {
		return nil, err
	}
	f.url, f.stop = url, stop
	return f, nil
}

// Close stops the server.
func (f *farm) Close() { f.stop() }

// allow is what the aggregator's client must allow to reach the farm,
// which listens on loopback.
func (f *farm) allow() []netip.Prefix { return []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8")} }

// feedURL is where the i-th feed is served.
func (f *farm) feedURL(i int) string { return f.url + "/feed/" + strconv.Itoa(i) }

// bytes is the total size of the feeds.
func (f *farm) bytes() int {
	n := 0
	for _, b := range f.feeds {
		n += len(b)
	}
	return n
}

func (f *farm) serve(w http.ResponseWriter, r *http.Request) {
	i, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/feed/"))
	f.mu.RLock()
	var body []byte
	var etag string
	if err == nil && i >= 0 && i < len(f.feeds) {
		body, etag = f.feeds[i], f.etags[i]
	}
	f.mu.RUnlock()
	if body == nil {
		http.NotFound(w, r)
		return
	}
	if etag != "" {
		w.Header().Set("ETag", etag)
	}
	if etag != "" && r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	if benchdata.IsAtom(i) {
		w.Header().Set("Content-Type", "application/atom+xml")
	} else {
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.Write(body)
}
