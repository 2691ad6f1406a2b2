package main

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
)

// TestBaselineServesTheSameBytes checks that the comparison is fair: for
// every mode, the bare handler and feedsieve answer with the same status
// and the same bytes.
func TestBaselineServesTheSameBytes(t *testing.T) {
	fx, err := newServeFixture(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer fx.Close()
	if n := bytes.Count(fx.rendered.Body, []byte("<entry")); n != 50 {
		t.Fatalf("the feed has %d entries, want 50", n)
	}
	if size := len(fx.rendered.Body); size < 100_000 || len(fx.rendered.Gzip) > size/2 {
		t.Errorf("feed %d bytes, %d gzipped: not a realistic 50-entry feed", size, len(fx.rendered.Gzip))
	}
	for _, m := range modes {
		var bodies [2][]byte
		for i, h := range []http.Handler{fx.bare, fx.site} {
			req := httptest.NewRequest("GET", fx.path, nil)
			req.Header = m.header(fx.rendered)
			w := httptest.NewRecorder()
			h.ServeHTTP(w, req)
			if w.Code != m.status {
				t.Errorf("%s: handler %d answered %d, want %d", m.name, i, w.Code, m.status)
			}
			bodies[i], _ = io.ReadAll(w.Body)
		}
		if !bytes.Equal(bodies[0], bodies[1]) {
			t.Errorf("%s: the two handlers send different bytes (%d and %d)", m.name, len(bodies[0]), len(bodies[1]))
		}
	}
}
