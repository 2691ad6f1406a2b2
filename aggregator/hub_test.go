package aggregator

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
)

// TestPollFindsHub: a poll reports the WebSub hub and topic a feed names,
// in its document (Atom, RSS, JSON Feed) or its Link header, made
// absolute; the URL polled is the topic without a rel="self"; a topic or
// hub carrying the source's secrets is not reported.
func TestPollFindsHub(t *testing.T) {
	docs := map[string]string{
		"/atom": `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:t</id><updated>2024-01-01T00:00:00Z</updated>
			<link rel="hub" href="/hub"/><link rel="self" href="/atom"/></feed>`,
		"/rss": `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>t</title>
			<atom:link rel="hub" href="https://hub.example/"/><atom:link rel="self" href="https://rss.example/feed"/></channel></rss>`,
		"/json":   `{"version":"https://jsonfeed.org/version/1.1","title":"t","feed_url":"https://j.example/feed.json","hubs":[{"type":"rssCloud","url":"https://cloud.example/"},{"type":"WebSub","url":"https://hub.example/j"}],"items":[]}`,
		"/header": `<rss version="2.0"><channel><title>t</title></channel></rss>`,
		"/none":   `<rss version="2.0"><channel><title>t</title></channel></rss>`,
		"/secret": `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>t</title><atom:link rel="hub" href="https://hub.example/"/></channel></rss>`,
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/header" {
			w.Header().Add("Link", `<https://hub.example/h>; rel="hub", <https://h.example/self>; rel="self"`)
		}
		io.WriteString(w, docs[r.URL.Path])
	}))
	defer srv.Close()
	tests := []struct{ path, hub, topic string }{
		{"/atom", srv.URL + "/hub", srv.URL + "/atom"},
		{"/rss", "https://hub.example/", "https://rss.example/feed"},
		{"/json", "https://hub.example/j", "https://j.example/feed.json"},
		{"/header", "https://hub.example/h", "https://h.example/self"},
		{"/none", "", ""},
		{"/secret?token=s3cret", "", ""}, // the topic would be the polled URL, with its token
	}
	for _, tt := range tests {
		src := Source{Name: "s", URL: srv.URL + tt.path}
		a, _ := newTestAggregator(t, []Source{src}, 1<<20)
		r := a.Poll(context.Background(), src)
		if r.Err != nil || r.Hub != tt.hub || r.Topic != tt.topic {
			t.Errorf("%s: hub %q, topic %q, %v; want %q, %q", tt.path, r.Hub, r.Topic, r.Err, tt.hub, tt.topic)
		}
	}
}
