package aggregator

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

func TestRedactURL(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"https://example.com/feed.xml", "https://example.com/feed.xml"},
		{"https://example.com/feed.xml?x=1&y=2", "https://example.com/feed.xml?x=1&y=2"},
		{"https://alice:s3cret@example.com/feed.xml", "https://example.com/feed.xml"},
		{"https://alice@example.com/feed.xml", "https://example.com/feed.xml"},
		{"https://alice:***@example.com/f?token=T0K3N&x=1", "https://example.com/f?x=1"},
		{"https://example.com/f?x=1&token=T0K3N&y=%20z", "https://example.com/f?x=1&y=%20z"},
		{"https://example.com/f?TOKEN=a&Api_Key=b&x=1", "https://example.com/f?x=1"},
		{"https://example.com/f?%74oken=a&x=1", "https://example.com/f?x=1"},
		{"https://example.com/f?token=a&token=b", "https://example.com/f"},
		{"https://example.com/f?token", "https://example.com/f"},
		{"https://example.com/f?tokens=a&mykey=b", "https://example.com/f?tokens=a&mykey=b"},
		{"https://example.com/f?X-Amz-Signature=abc&X-Amz-Date=1", "https://example.com/f?X-Amz-Date=1"},
		{"https://example.com/f?token=a#frag", "https://example.com/f#frag"},
		{"https://example.com/a%2Fb?token=a", "https://example.com/a%2Fb"},
		{"/moved.xml?token=T0K3N&x=1", "/moved.xml?x=1"},
		{"", ""},
		{"http://[::1/?token=T0K3N", "(unparseable URL)"},
	} {
		t.Run(tt.in, func(t *testing.T) {
			if got := RedactURL(tt.in, DefaultSecretParams); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	if got := RedactURL("https://u:p@example.com/f?token=a&sid=b", []string{"SID"}); got != "https://example.com/f?token=a" {
		t.Errorf("with secret params [SID]: got %q", got)
	}
}

func TestPublicURL(t *testing.T) {
	src := Source{Name: "s", URL: "https://alice:s3cret@example.com/f?token=T0K3N&x=1"}
	for _, tt := range []struct {
		name string
		opts Options
		src  Source
		want string
	}{
		{"default secret params", Options{}, src, "https://example.com/f?x=1"},
		{"own secret params", Options{SecretParams: []string{"x"}}, src, "https://example.com/f?token=T0K3N"},
		{"set by the operator", Options{}, Source{URL: src.URL, PublicURL: "https://example.com/private"}, "https://example.com/private"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.opts.PublicURL(tt.src); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	sources := []Source{src}
	a, err := New(nil, http.DefaultClient, slog.New(slog.DiscardHandler), Options{Sources: sources})
	if err != nil {
		t.Fatal(err)
	}
	if got := a.opts.Sources[0].PublicURL; got != "https://example.com/f?x=1" {
		t.Errorf("New set PublicURL to %q", got)
	}
	if sources[0].PublicURL != "" {
		t.Error("New changed the caller's sources")
	}
}

// secretFeed is an RSS feed whose links carry the secrets of
// TestSecretsNeverLeave, or resolve against a URL that does.
func secretFeed(host string) string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
<title>Private feed</title><link>http://alice:s3cret@` + host + `/home?token=T0K3N</link>
<atom:link rel="self" href="http://` + host + `/feed.xml?token=T0K3N&amp;x=1"/>
<item><title>One</title><link>/items/1</link></item>
<item><title>Two</title><link>items/2</link></item>
<item><title>Three</title><link>?page=3</link></item>
<item><title>Four</title><link>#c4</link></item>
<item><title>Five</title><link>http://alice:s3cret@` + host + `/abs?token=T0K3N&amp;y=2</link></item>
<item><title>Six</title><guid isPermaLink="false">T0K3N-6</guid></item>
<item><title>Seven</title><guid>http://` + host + `/items/7?token=T0K3N</guid>
<enclosure url="http://alice:s3cret@` + host + `/ep7.mp3?token=T0K3N" length="1" type="audio/mpeg"/>
<source url="http://` + host + `/feed.xml?token=T0K3N">Private feed</source></item>
</channel></rss>`
}

// TestSecretsNeverLeave polls a feed whose URL carries a user name, a
// password and a token, through successes, redirects carrying the token
// and failures, and looks for the secrets everywhere the aggregator puts
// what it learned: the log, the poll results, the sources' state and the
// items. Two more sources fail: one whose public URL is set, and one
// with a password whose server echoes it.
func TestSecretsNeverLeave(t *testing.T) {
	var mode atomic.Value
	mode.Store("ok")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if u, p, ok := r.BasicAuth(); r.URL.Path == "/creds.xml" && ok && u == "carol" && p == "pa55phrase" {
			w.Header().Set("Location", "http://a b/?pw="+p) // a server may echo what it was sent
			w.WriteHeader(http.StatusFound)
			return
		}
		if u, p, ok := r.BasicAuth(); !ok || u != "alice" || p != "s3cret" {
			http.Error(w, "who are you", http.StatusUnauthorized)
			return
		}
		switch m := mode.Load().(string); {
		case r.URL.Path == "/moved.xml" || m == "ok":
			io.WriteString(w, secretFeed(r.Host))
		case m == "moved":
			http.Redirect(w, r, "/moved.xml?token=T0K3N&x=1", http.StatusMovedPermanently)
		case m == "500":
			http.Error(w, "boom", http.StatusInternalServerError)
		case m == "loop":
			http.Redirect(w, r, "/feed.xml?token=T0K3N&x=1", http.StatusFound)
		case m == "bad location":
			w.Header().Set("Location", "http://a b/?token=T0K3N&pwd=s3cret")
			w.WriteHeader(http.StatusFound)
		}
	}))
	defer srv.Close()
	host := strings.TrimPrefix(srv.URL, "http://")
	down := httptest.NewServer(http.NotFoundHandler())
	downHost := strings.TrimPrefix(down.URL, "http://")
	down.Close()
	src := Source{Name: "private", URL: "http://alice:s3cret@" + host + "/feed.xml?token=T0K3N&x=1"}
	creds := Source{Name: "creds", URL: "http://" + host + "/creds.xml", Username: "carol", Password: "pa55phrase"}
	gone := Source{Name: "down", URL: "http://alice:s3cret@" + downHost + "/feed.xml?token=T0K3N&x=1", PublicURL: "http://down.example/private"}

	var logs bytes.Buffer
	store, err := storage.Open(storage.Options{Path: filepath.Join(t.TempDir(), "a.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	logger := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	a, err := New(store, NewHTTPClient(5*time.Second, 1, loopback()), logger, Options{MaxBody: 1 << 20, Sources: []Source{src, gone, creds}})
	if err != nil {
		t.Fatal(err)
	}

	var produced []string // everything to search for the secrets
	for _, tt := range []struct {
		mode   string
		src    Source
		err    string // the error must contain it; "" for a successful poll
		moved  string // PollResult.MovedTo
		stored string // a link an item must have, after a successful poll
	}{
		{mode: "ok", src: src, stored: "http://" + host + "/items/1"},
		{mode: "moved", src: src, moved: "http://" + host + "/moved.xml?x=1", stored: "http://" + host + "/moved.xml?page=3"},
		{mode: "500", src: src, err: "HTTP 500 Internal Server Error"},
		{mode: "loop", src: src, err: `Get "/feed.xml?x=1": redirect loop at http://` + host + "/feed.xml"},
		{mode: "bad location", src: src, err: `failed to parse Location header "http://a b/?token=***&pwd=***"`},
		{mode: "ok", src: gone, err: `Get "http://down.example/private": dial tcp ` + downHost + ": connect: connection refused"},
		{mode: "ok", src: creds, err: `failed to parse Location header "http://a b/?pw=***"`},
		{mode: "ok", src: src, stored: "http://" + host + "/feed.xml?x=1#c4"},
	} {
		mode.Store(tt.mode)
		res := a.Poll(context.Background(), tt.src)
		produced = append(produced, fmt.Sprintf("%s: %+v", tt.mode, res))
		switch {
		case tt.err != "" && (res.Err == nil || !strings.Contains(res.Err.Error(), tt.err)):
			t.Errorf("%s: error %v, want it to contain %q", tt.mode, res.Err, tt.err)
		case tt.err == "" && res.Err != nil:
			t.Errorf("%s: %v", tt.mode, res.Err)
		case res.MovedTo != tt.moved:
			t.Errorf("%s: moved to %q, want %q", tt.mode, res.MovedTo, tt.moved)
		case tt.stored != "" && !hasLink(t, store, tt.stored):
			t.Errorf("%s: no item links to %s", tt.mode, tt.stored)
		}
		for _, s := range []Source{src, gone, creds} {
			st, err := store.SourceState(s.Name)
			if err != nil {
				t.Fatal(err)
			}
			st.URL = "" // the configured URL, kept in the database only
			b, _ := json.Marshal(st)
			produced = append(produced, tt.mode+": state "+string(b))
		}
	}
	if !hasLink(t, store, "http://"+host+"/abs?y=2") {
		t.Error("the absolute link carrying the secrets was not stored without them")
	}
	store.Scan(func(it *storage.Item) bool {
		b, _ := json.Marshal(it)
		produced = append(produced, "item "+string(b))
		return true
	})
	for _, public := range []string{"url=http://" + host + "/feed.xml?x=1", "url=http://down.example/private"} {
		if !strings.Contains(strings.ReplaceAll(logs.String(), `"`, ""), public) {
			t.Errorf("the log does not name the public URL %s:\n%s", public, logs.String())
		}
	}
	produced = append(produced, "log "+logs.String())
	for _, secret := range []string{"alice", "s3cret", "T0K3N", "pa55phrase"} {
		for _, s := range produced {
			if strings.Contains(s, secret) {
				t.Errorf("%q leaks in %s", secret, s)
			}
		}
	}
}

func hasLink(t *testing.T, store *storage.Store, link string) bool {
	found := false
	if err := store.Scan(func(it *storage.Item) bool {
		found = found || it.Link == link
		return !found
	}); err != nil {
		t.Fatal(err)
	}
	return found
}

// TestBasicAuth: a source's Username and Password reach the server as
// basic auth, and win over the user information of its URL.
func TestBasicAuth(t *testing.T) {
	feed := fixture(t, "rss2-en.xml")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if u, p, ok := r.BasicAuth(); !ok || u != "bob" || p != "hunter22" {
			http.Error(w, "who are you", http.StatusUnauthorized)
			return
		}
		w.Write(feed)
	}))
	defer srv.Close()
	for _, tt := range []struct {
		name string
		src  Source
		err  string
	}{
		{"credentials", Source{URL: srv.URL, Username: "bob", Password: "hunter22"}, ""},
		{"user information", Source{URL: "http://bob:hunter22@" + strings.TrimPrefix(srv.URL, "http://")}, ""},
		{"credentials over user information", Source{URL: "http://eve:x@" + strings.TrimPrefix(srv.URL, "http://"), Username: "bob", Password: "hunter22"}, ""},
		{"wrong password", Source{URL: srv.URL, Username: "bob", Password: "hunter2"}, "HTTP 401 Unauthorized"},
		{"none", Source{URL: srv.URL}, "HTTP 401 Unauthorized"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tt.src.Name = "s"
			a, _ := newTestAggregator(t, []Source{tt.src}, 1<<20)
			res := a.Poll(context.Background(), tt.src)
			if tt.err == "" && res.Err != nil || tt.err != "" && (res.Err == nil || !strings.Contains(res.Err.Error(), tt.err)) {
				t.Errorf("error %v, want %q", res.Err, tt.err)
			}
		})
	}
}

// TestPublicURLIsShownNotResolved: a source's public URL names it in what
// is shown, while its relative links still resolve against where the feed
// is.
func TestPublicURLIsShownNotResolved(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, `<rss version="2.0"><channel><title>T</title><item><title>One</title><link>items/1</link></item></channel></rss>`)
	}))
	defer srv.Close()
	src := Source{Name: "s", URL: srv.URL + "/a/feed.xml", PublicURL: "https://public.example/feed"}
	a, store := newTestAggregator(t, []Source{src}, 1<<20)
	if res := a.Poll(context.Background(), src); res.Err != nil {
		t.Fatal(res.Err)
	}
	store.Scan(func(it *storage.Item) bool {
		if it.Link != srv.URL+"/a/items/1" || it.Feed.ID != src.PublicURL {
			t.Errorf("item link %q, feed id %q; want %q and %q", it.Link, it.Feed.ID, srv.URL+"/a/items/1", src.PublicURL)
		}
		return true
	})
}
