package aggregator

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
)

// pickyServer answers only requests with the headers, User-Agent and
// basic auth it requires; the others get 401.
func pickyServer(t *testing.T, feed string, redirectTo string) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		user, pass, _ := r.BasicAuth()
		if r.Header.Get("X-Api-Key") != "K3Y-S3CRET" || r.Header.Get("Accept-Language") != "da" ||
			r.UserAgent() != "Mozilla/5.0 (compatible; test)" || user != "alice" || pass != "pa55word" {
			http.Error(w, "who are you", http.StatusUnauthorized)
			return
		}
		if r.URL.Path == "/away" {
			http.Redirect(w, r, redirectTo, http.StatusFound)
			return
		}
		io.WriteString(w, feed)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// TestSourceHeadersAndUserAgent: a server that requires extra headers, a
// browser's User-Agent and basic auth gets them all, and without them the
// poll fails; a redirect to another host carries none of the headers.
func TestSourceHeadersAndUserAgent(t *testing.T) {
	var leaked atomic.Int32
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Api-Key") != "" || r.Header.Get("Authorization") != "" {
			leaked.Add(1)
		}
		io.WriteString(w, rssFeed(`<item><title>Elsewhere</title><link>https://faults.test/e</link></item>`))
	}))
	defer other.Close()
	srv := pickyServer(t, rssFeed(`<item><title>Karabakh</title><link>https://faults.test/k</link></item>`), other.URL+"/feed")
	picky := Source{Name: "picky", URL: srv.URL + "/feed", Username: "alice", Password: "pa55word",
		Headers:   map[string]string{"X-Api-Key": "K3Y-S3CRET", "Accept-Language": "da"},
		UserAgent: "Mozilla/5.0 (compatible; test)"}
	plain := Source{Name: "plain", URL: srv.URL + "/feed", Username: "alice", Password: "pa55word"}
	away := picky
	away.Name, away.URL = "away", srv.URL+"/away"
	a, store := newTestAggregator(t, []Source{picky, plain, away}, 1<<20)
	ctx := context.Background()
	if r := a.Poll(ctx, picky); r.Err != nil || r.New != 1 {
		t.Fatalf("the source with its headers: %+v", r)
	}
	if r := a.Poll(ctx, plain); r.Status != http.StatusUnauthorized {
		t.Fatalf("the source without headers: %+v, want a 401", r)
	}
	if r := a.Poll(ctx, away); r.Err != nil || r.New != 1 {
		t.Fatalf("the redirected source: %+v", r)
	}
	if n := leaked.Load(); n != 0 {
		t.Errorf("the other host got the source's headers or credentials %d times", n)
	}
	if !hasTitle(t, store, "picky", "Karabakh") {
		t.Error("the picky feed's item is not stored")
	}
}

// TestHeaderValuesRedacted: a header's value is a secret, scrubbed from
// errors and text as the password is.
func TestHeaderValuesRedacted(t *testing.T) {
	src := Source{Name: "s", URL: "https://x.test/feed", Headers: map[string]string{"X-Api-Key": "K3Y-S3CRET"}}
	red := newRedactor(src, src.URL, DefaultSecretParams)
	err := red.err(fmt.Errorf("server said: bad key K3Y-S3CRET"))
	if strings.Contains(err.Error(), "K3Y-S3CRET") || !strings.Contains(err.Error(), "bad key ***") {
		t.Errorf("redacted error %q", err)
	}
	if got := red.url("https://x.test/?k=K3Y-S3CRET"); strings.Contains(got, "K3Y-S3CRET") {
		t.Errorf("redacted URL %q", got)
	}
}

func TestCheckHeader(t *testing.T) {
	for _, tt := range []struct{ name, value, err string }{
		{"X-Api-Key", "K3Y", ""},
		{"authorization", "Bearer x", ""},
		{"Cookie", "a=b", ""},
		{"accept-encoding", "br", "the header Accept-Encoding is feedsieve's own and cannot be set"},
		{"If-None-Match", "x", "the header If-None-Match is feedsieve's own and cannot be set"},
		{"X Y", "x", `"X Y" is not a header name`},
		{"X-Y", "a\r\nb", "the value of the header X-Y has characters a header cannot carry (line breaks, control characters)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckHeader(tt.name, tt.value)
			if (err == nil) != (tt.err == "") || (err != nil && err.Error() != tt.err) {
				t.Errorf("CheckHeader(%q) = %v, want %q", tt.name, err, tt.err)
			}
		})
	}
}
