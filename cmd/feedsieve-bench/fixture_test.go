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
	fx, err := newServeFixture(t.TempDir(), servedDocs[0].path)
	if err != nil {
		t.Fatal(err)
	}
	defer fx.Close()
	for _, doc := range servedDocs[1:] {
		pages, err := newServeFixture(t.TempDir(), doc.path)
		if err != nil {
			t.Fatal(err)
		}
		defer pages.Close()
		if n := bytes.Count(pages.rendered.Body, []byte("<li")) + bytes.Count(pages.rendered.Body, []byte("<article")); n < 5 {
			t.Errorf("%s: %d entries or headlines shown", doc.name, n)
		}
		checkSameBytes(t, pages)
	}
	if n := bytes.Count(fx.rendered.Body, []byte("<entry")); n != 50 {
		t.Fatalf("the feed has %d entries, want 50", n)
	}
	if size := len(fx.rendered.Body); size < 100_000 || len(fx.rendered.Gzip) > size/2 {
		t.Errorf("feed %d bytes, %d gzipped: not a realistic 50-entry feed", size, len(fx.rendered.Gzip))
	}
	checkSameBytes(t, fx)
}

// checkSameBytes: for every mode, the bare handler and feedsieve answer a
// fixture's document with the same status and the same bytes.
func checkSameBytes(t *testing.T, fx *serveFixture) {
	t.Helper()
	for _, m := range modes {
		var bodies [2][]byte
		for i, h := range []http.Handler{fx.bare, fx.site} {
			req := httptest.NewRequest("GET", fx.path, nil)
			req.Header = m.header(fx.rendered)
			w := httptest.NewRecorder()
			h.ServeHTTP(w, req)
			if w.Code != m.status {
				t.Errorf("%s %s: handler %d answered %d, want %d", fx.path, m.name, i, w.Code, m.status)
			}
			bodies[i], _ = io.ReadAll(w.Body)
		}
		if !bytes.Equal(bodies[0], bodies[1]) {
			t.Errorf("%s %s: the two handlers send different bytes (%d and %d)", fx.path, m.name, len(bodies[0]), len(bodies[1]))
		}
	}
}
