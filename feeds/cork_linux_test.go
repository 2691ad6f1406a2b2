package feeds

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"slices"
	"syscall"
	"testing"
)

// TestLargeBodyCorked: with the ConnContext, a feed larger than
// net/http's buffer and within a loopback segment is written with the
// connection corked, and the connection is uncorked once it is written; a
// 304 and a feed over corkUpTo are never corked.
func TestLargeBodyCorked(t *testing.T) {
	f := newFixture(t, Options{})
	f.add(20, true)
	want, _, err := f.server.Render("nk", "atom")
	if err != nil || len(want) <= corkAbove || len(want) > corkUpTo {
		t.Fatalf("feed of %d bytes (%v): not a size that is corked", len(want), err)
	}
	// The handler reports the cork at each body write and once it is done:
	// the client may have its response before the handler returns, and a
	// 304 goes out only once it has.
	inWrite, after := make(chan int, 2), make(chan int, 1)
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw, ok := r.Context().Value(connKey{}).(syscall.RawConn)
		if !ok {
			t.Error("ConnContext kept no connection")
			after <- -1
			return
		}
		f.server.ServeHTTP(&corkProbe{ResponseWriter: w, raw: raw, seen: inWrite}, r)
		after <- corkState(raw)
	}))
	srv.Config.ConnContext = ConnContext
	srv.Start()
	defer srv.Close()

	f.http = srv
	var corkedAfter []int
	resp, body := f.do("GET", "/feeds/nk.atom")
	corkedAfter = append(corkedAfter, <-after)
	if resp.StatusCode != 200 || !bytes.Equal(body, want) {
		t.Fatalf("status %d, %d bytes, want the feed's %d", resp.StatusCode, len(body), len(want))
	}
	resp, _ = f.do("GET", "/feeds/nk.atom", "If-None-Match", resp.Header.Get("ETag"))
	corkedAfter = append(corkedAfter, <-after)
	if resp.StatusCode != 304 {
		t.Fatalf("conditional GET: status %d", resp.StatusCode)
	}
	f.add(40, true)
	resp, body = f.do("GET", "/feeds/nk.atom")
	corkedAfter = append(corkedAfter, <-after)
	if resp.StatusCode != 200 || len(body) <= corkUpTo {
		t.Fatalf("status %d, %d bytes: want a feed over %d bytes", resp.StatusCode, len(body), corkUpTo)
	}
	close(inWrite)
	var corkedInWrite []int
	for v := range inWrite {
		corkedInWrite = append(corkedInWrite, v)
	}
	if !slices.Equal(corkedInWrite, []int{1, 0}) {
		t.Errorf("TCP_CORK while the bodies were written: %v, want [1 0] (no write for the 304)", corkedInWrite)
	}
	if !slices.Equal(corkedAfter, []int{0, 0, 0}) {
		t.Errorf("TCP_CORK after each response: %v, want [0 0 0]", corkedAfter)
	}
}

// corkProbe notes whether the connection is corked at each Write.
type corkProbe struct {
	http.ResponseWriter
	raw  syscall.RawConn
	seen chan<- int
}

func (p *corkProbe) Write(b []byte) (int, error) {
	p.seen <- corkState(p.raw)
	return p.ResponseWriter.Write(b)
}

// corkState is the connection's TCP_CORK, or -1 when it cannot be read.
func corkState(raw syscall.RawConn) int {
	v := -1
	raw.Control(func(fd uintptr) {
		if got, err := syscall.GetsockoptInt(int(fd), syscall.IPPROTO_TCP, syscall.TCP_CORK); err == nil {
			v = got
		}
	})
	return v
}
