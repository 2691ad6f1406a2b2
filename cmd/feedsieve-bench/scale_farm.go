package main

import (
	"fmt"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

// notModifiedFarm is a loopback farm of n feeds that have not changed
// since whenever: every request for /feed/N, conditional or not, is
// answered 304 with an ETag, as a daemon's steady state sees it. It counts
// the requests of each feed. Its feeds are spread over hosts loopback
// addresses (127.0.0.1, 127.0.0.2, …), each a registrable domain of its
// own to the poll limits.
type notModifiedFarm struct {
	hits  []atomic.Uint32 // by feed
	total atomic.Int64
	first atomic.Int64 // Unix nanoseconds of the first request, 0 before
	urls  []string     // of each host
	stops []func()
}

func newNotModifiedFarm(n, hosts int) (*notModifiedFarm, error) {
	f := &notModifiedFarm{hits: make([]atomic.Uint32, n)}
	for h := range hosts {
		ln, err := net.Listen("tcp", net.JoinHostPort(loopbackAddr(h), "0"))
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("farm host %d: %w", h, err)
		}
		srv := &http.Server{Handler: http.HandlerFunc(f.serve), ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 10 * time.Minute}
		go srv.Serve(ln)
		f.urls = append(f.urls, "http://"+ln.Addr().String())
		f.stops = append(f.stops, func() { srv.Close() })
	}
	return f, nil
}

// loopbackAddr is the h-th address of 127.0.0.0/8 from 127.0.0.1 on,
// skipping addresses ending in 0 or 255.
func loopbackAddr(h int) string {
	return fmt.Sprintf("127.%d.%d.%d", h/(254*256)%256, h/254%256, h%254+1)
}

// Close stops every host.
func (f *notModifiedFarm) Close() {
	for _, stop := range f.stops {
		stop()
	}
}

// feedURL is where the i-th feed is served.
func (f *notModifiedFarm) feedURL(i int) string {
	return f.urls[i%len(f.urls)] + "/feed/" + strconv.Itoa(i)
}

// unpolled counts the first n feeds never requested.
func (f *notModifiedFarm) unpolled(n int) int {
	missing := 0
	for i := range n {
		if f.hits[i].Load() == 0 {
			missing++
		}
	}
	return missing
}

// reset forgets every request.
func (f *notModifiedFarm) reset() {
	for i := range f.hits {
		f.hits[i].Store(0)
	}
	f.total.Store(0)
	f.first.Store(0)
}

func (f *notModifiedFarm) serve(w http.ResponseWriter, r *http.Request) {
	i, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/feed/"))
	if err != nil || i < 0 || i >= len(f.hits) {
		http.NotFound(w, r)
		return
	}
	if f.total.Add(1) == 1 {
		f.first.Store(time.Now().UnixNano())
	}
	f.hits[i].Add(1)
	w.Header().Set("ETag", `"feed-`+strconv.Itoa(i)+`"`)
	w.WriteHeader(http.StatusNotModified)
}
