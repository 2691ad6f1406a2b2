package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// BenchmarkServe compares feedsieve serving a cached 50-entry feed, the
// topic's page and the index page (servedDocs) with a bare handler writing
// the same bytes, over loopback HTTP with keep-alive.
// Each iteration makes one request to each server, in alternating order,
// from 4 concurrent clients, so that both sides see the same machine.
// ratio is the bare handler's time per request over feedsieve's, that is
// feedsieve's requests/s relative to the bare handler's (target ≥ 0.9).
func BenchmarkServe(b *testing.B) {
	for _, doc := range servedDocs {
		b.Run(doc.name, func(b *testing.B) { benchServeDoc(b, doc.path) })
	}
}

func benchServeDoc(b *testing.B, path string) {
	fx, err := newServeFixture(b.TempDir(), path)
	if err != nil {
		b.Fatal(err)
	}
	defer fx.Close()
	servers := [2]*httptest.Server{httptest.NewServer(fx.bare), httptest.NewServer(fx.site)}
	defer servers[0].Close()
	defer servers[1].Close()
	const workers = 4
	for _, m := range modes {
		b.Run(m.name, func(b *testing.B) {
			var clients [2]*http.Client
			var reqs [2]*http.Request
			for i, s := range servers {
				clients[i] = &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: workers, DisableCompression: true}}
				reqs[i], _ = http.NewRequest("GET", s.URL+fx.path, nil)
				reqs[i].Header = m.header(fx.rendered)
				checkResponse(b, clients[i], reqs[i], m.status)
			}
			var spent [2]atomic.Int64
			var next atomic.Int64
			var wg sync.WaitGroup
			b.ResetTimer()
			for range workers {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for n := next.Add(1); n <= int64(b.N); n = next.Add(1) {
						for k := range 2 {
							side := (int(n) + k) % 2
							start := time.Now()
							if err := request(clients[side], reqs[side], m.status); err != nil {
								b.Error(err)
								return
							}
							spent[side].Add(int64(time.Since(start)))
						}
					}
				}()
			}
			wg.Wait()
			b.StopTimer()
			bare, fs := time.Duration(spent[0].Load()), time.Duration(spent[1].Load())
			b.ReportMetric(float64(bare.Nanoseconds())/float64(b.N), "bare-ns/req")
			b.ReportMetric(float64(fs.Nanoseconds())/float64(b.N), "feedsieve-ns/req")
			b.ReportMetric(bare.Seconds()/fs.Seconds(), "ratio")
		})
	}
}

func checkResponse(b *testing.B, c *http.Client, req *http.Request, status int) {
	if err := request(c, req, status); err != nil {
		b.Fatal(err)
	}
}

func request(c *http.Client, req *http.Request, status int) error {
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != status {
		return &statusError{resp.Request.URL.String(), resp.StatusCode, status}
	}
	return nil
}

// BenchmarkServeHandler makes the same comparison without the network:
// both handlers are called directly, alternating, so that only their own
// work is timed. It shows feedsieve's overhead at its largest.
func BenchmarkServeHandler(b *testing.B) {
	for _, doc := range servedDocs {
		b.Run(doc.name, func(b *testing.B) { benchServeHandler(b, doc.path) })
	}
}

func benchServeHandler(b *testing.B, path string) {
	fx, err := newServeFixture(b.TempDir(), path)
	if err != nil {
		b.Fatal(err)
	}
	defer fx.Close()
	handlers := [2]http.Handler{fx.bare, fx.site}
	for _, m := range modes {
		b.Run(m.name, func(b *testing.B) {
			req := httptest.NewRequest("GET", fx.path, nil)
			req.Header = m.header(fx.rendered)
			var w discardWriter
			var spent [2]time.Duration
			for i := 0; b.Loop(); i++ {
				for k := range 2 {
					side := (i + k) % 2
					w.reset()
					start := time.Now()
					handlers[side].ServeHTTP(&w, req)
					spent[side] += time.Since(start)
					if w.status != m.status {
						b.Fatalf("status %d, want %d", w.status, m.status)
					}
				}
			}
			n := float64(b.N)
			b.ReportMetric(float64(spent[0].Nanoseconds())/n, "bare-ns/req")
			b.ReportMetric(float64(spent[1].Nanoseconds())/n, "feedsieve-ns/req")
			b.ReportMetric(spent[0].Seconds()/spent[1].Seconds(), "ratio")
		})
	}
}

// discardWriter is a ResponseWriter that keeps the status and drops the
// body, reusing its header map as net/http's own writer does per request.
type discardWriter struct {
	h      http.Header
	status int
}

func (w *discardWriter) reset() {
	if w.h == nil {
		w.h = make(http.Header)
	}
	clear(w.h)
	w.status = 0
}

func (w *discardWriter) Header() http.Header { return w.h }

func (w *discardWriter) WriteHeader(status int) {
	if w.status == 0 {
		w.status = status
	}
}

func (w *discardWriter) Write(p []byte) (int, error) {
	w.WriteHeader(http.StatusOK)
	return len(p), nil
}
