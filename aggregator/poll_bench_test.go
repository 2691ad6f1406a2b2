package aggregator

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
)

// BenchmarkPoll304 compares one poll answered 304 Not Modified with the
// same conditional request from a plain net/http client: its allocations
// (B/op, allocs/op, the server's included on both sides) are what the
// re-poll of many sources pays beyond the bare client, without the noise
// of timing it.
func BenchmarkPoll304(b *testing.B) {
	body := fixture(b, "rss2-en.xml")
	const etag = `"v1"`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write(body)
	}))
	defer srv.Close()
	b.Run("bare", func(b *testing.B) {
		client := &http.Client{Transport: &http.Transport{}}
		for b.Loop() {
			req, err := http.NewRequest(http.MethodGet, srv.URL, nil)
			if err != nil {
				b.Fatal(err)
			}
			req.Header.Set("User-Agent", "feedsieve-test")
			req.Header.Set("Accept", Accept)
			req.Header.Set("If-None-Match", etag)
			resp, err := client.Do(req)
			if err != nil {
				b.Fatal(err)
			}
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode != http.StatusNotModified {
				b.Fatalf("status %d, want 304", resp.StatusCode)
			}
		}
	})
	b.Run("feedsieve", func(b *testing.B) {
		src := Source{Name: "outlet", URL: srv.URL}
		a, _ := newTestAggregator(b, []Source{src}, 1<<20)
		if r := a.Poll(context.Background(), src); r.Err != nil || r.NotModified {
			b.Fatalf("first poll: %v (304: %v)", r.Err, r.NotModified)
		}
		for b.Loop() {
			if r := a.Poll(context.Background(), src); r.Err != nil || !r.NotModified {
				b.Fatalf("re-poll: %v (304: %v)", r.Err, r.NotModified)
			}
		}
	})
}
