package aggregator

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"sync/atomic"
	"testing"
	"time"
)

// siteServer serves pages of testdata/discover at the paths given, an RSS
// feed at the feed paths, and for every other path either a 404 or, with
// soft404, the home page with status 200, as some sites do.
func siteServer(t *testing.T, pages map[string]string, feeds []string, soft404 bool) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if name, ok := pages[r.URL.Path]; ok {
			b, err := os.ReadFile(filepath.Join("testdata", "discover", name))
			if err != nil {
				t.Error(err)
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(b)
			return
		}
		for _, f := range feeds {
			if r.URL.Path == f {
				w.Header().Set("Content-Type", "application/rss+xml")
				fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed at %s</title><item><title>x</title></item></channel></rss>`, f)
				return
			}
		}
		if soft404 {
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, "<!DOCTYPE html><html><head><title>Home</title></head><body>Not here, but welcome</body></html>")
			return
		}
		http.NotFound(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, &hits
}

func testFetcher() *Fetcher {
	return NewFetcher(NewHTTPClient(5*time.Second, 1, loopback()), "feedsieve-test", 1<<20, 0)
}

// TestDiscover: feeds are found on pages shaped like real sites: a news
// front page with several alternates (relative, protocol-relative, a
// duplicate, non-feed alternates and a javascript: one), a section page
// with <base>, a WordPress blog, a Hugo site that names no feed but serves
// /index.xml, a feed URL given as it is, and a page with none at all.
func TestDiscover(t *testing.T) {
	srv, hits := siteServer(t, map[string]string{
		"/news/": "news-front.html", "/world/europe/x": "section-with-base.html", "/blog/": "blog-wordpress.html",
	}, []string{"/feed/"}, false)
	hugo, hugoHits := siteServer(t, map[string]string{"/": "hugo-no-links.html"}, []string{"/index.xml"}, true)
	static, _ := siteServer(t, map[string]string{"/": "static-none.html"}, nil, false)
	tests := []struct {
		name, url string
		want      []FoundFeed
		requests  int32
	}{
		{"news front page", srv.URL + "/news/", []FoundFeed{
			{srv.URL + "/rss/top.xml", "Caucasus Daily – Top stories", "application/rss+xml"},
			{srv.URL + "/news/rss/world.xml", "Caucasus Daily – World", "application/rss+xml"},
			{"http://feeds.news.example/all.atom", "Caucasus Daily (Atom)", "application/atom+xml"},
			{srv.URL + "/feed.json", "JSON Feed", "application/feed+json"},
		}, 1},
		{"section page with base", srv.URL + "/world/europe/x", []FoundFeed{
			{srv.URL + "/world/europe/feed.rss", "Europe", "application/rss+xml"},
			{srv.URL + "/world/europe.atom", "Europe (Atom)", "application/atom+xml"},
		}, 1},
		{"wordpress blog", srv.URL + "/blog/", []FoundFeed{{srv.URL + "/feed/", "Kaukasus-bloggen » Feed", "application/rss+xml"}}, 1},
		{"a feed itself", srv.URL + "/feed/", []FoundFeed{{URL: srv.URL + "/feed/", Title: "Feed at /feed/"}}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := hits.Load()
			got, err := testFetcher().Discover(context.Background(), Source{}, tt.url)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("found\n%q\nwant\n%q", got, tt.want)
			}
			if n := hits.Load() - before; n != tt.requests {
				t.Errorf("%d requests, want %d", n, tt.requests)
			}
		})
	}
	t.Run("common paths", func(t *testing.T) {
		got, err := testFetcher().Discover(context.Background(), Source{}, hugo.URL+"/")
		want := []FoundFeed{{URL: hugo.URL + "/index.xml", Title: "Feed at /index.xml"}}
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("found %q, %v; want %q", got, err, want)
		}
		if n := hugoHits.Load(); n != 5 { // the page, then /feed, /rss and /atom.xml answer it again, then /index.xml
			t.Errorf("%d requests, want 5", n)
		}
	})
	t.Run("none", func(t *testing.T) {
		_, err := testFetcher().Discover(context.Background(), Source{}, static.URL+"/")
		want := `no feed found at ` + static.URL + `/: the page names none (<link rel="alternate">) and none of /feed, /rss, /atom.xml, /index.xml is one`
		if !errors.Is(err, ErrNoFeed) || err.Error() != want {
			t.Errorf("error %v, want %s", err, want)
		}
	})
}

// TestDiscoverRefusesPrivateAddresses: discovery dials as polling does.
func TestDiscoverRefusesPrivateAddresses(t *testing.T) {
	srv, hits := siteServer(t, map[string]string{"/": "blog-wordpress.html"}, []string{"/feed/"}, false)
	f := NewFetcher(NewHTTPClient(5*time.Second, 1, nil), "feedsieve-test", 1<<20, 0)
	_, err := f.Discover(context.Background(), Source{}, srv.URL+"/")
	var ae *AddressError
	if !errors.As(err, &ae) || hits.Load() != 0 {
		t.Errorf("error %v after %d requests, want an *AddressError and none", err, hits.Load())
	}
}
