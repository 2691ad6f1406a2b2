package aggregator

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/feedsieve/feedsieve/feeds"
	"github.com/feedsieve/feedsieve/internal/feedcheck"
	"github.com/feedsieve/feedsieve/storage"
)

// upstreamAtom is a topic feed of another aggregator: its entries have
// ids of their own and say which feed first published them.
const upstreamAtom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Karabakh (upstream)</title><id>urn:uuid:00000000-0000-8000-8000-000000000001</id>
<updated>2024-03-01T12:00:00Z</updated>
<entry><title>Karabakh talks</title><id>urn:uuid:11111111-2222-8333-8444-555555555555</id><updated>2024-03-01T12:00:00Z</updated>
<link href="https://outlet.example/a"/><source><id>https://outlet.example/feed.xml</id><title>The Outlet</title>
<link rel="alternate" href="https://outlet.example/"/><updated>2024-03-01T12:00:00Z</updated></source></entry>
<entry><title>Karabakh corridor</title><id>tag:outlet.example,2024:b</id><updated>2024-03-01T11:00:00Z</updated><link href="https://outlet.example/b"/></entry>
</feed>`

// upstreamRSS has a guid that is no IRI, an item's <source>, and a guid
// that the Atom feed uses for another item: in a republished feed, only
// one of the two may keep it.
const upstreamRSS = `<rss version="2.0"><channel><title>Planet Karabakh</title><link>https://planet.example/</link>
<item><title>Karabakh aid</title><guid isPermaLink="false">12345</guid><link>https://ngo.example/aid</link>
<source url="https://ngo.example/rss">NGO news</source></item>
<item><title>Karabakh corridor reopens</title><guid isPermaLink="false">tag:outlet.example,2024:b</guid><link>https://outlet.example/c</link></item>
</channel></rss>`

// TestAggregatorOfAggregators polls another aggregator's feeds and
// republishes them: entries keep their upstream ids when those are IRIs
// (and unique in the document), and are attributed to the feed that
// first published them, in every format.
func TestAggregatorOfAggregators(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/rss" {
			io.WriteString(w, upstreamRSS)
			return
		}
		io.WriteString(w, upstreamAtom)
	}))
	defer srv.Close()
	atomSrc, rssSrc := Source{Name: "up", URL: srv.URL + "/atom"}, Source{Name: "planet", URL: srv.URL + "/rss"}
	a, store := newTestAggregator(t, []Source{atomSrc, rssSrc}, 1<<20)
	ctx := context.Background()
	for _, src := range []Source{atomSrc, rssSrc} {
		if r := a.Poll(ctx, src); r.Err != nil || r.New == 0 {
			t.Fatalf("%s: %+v", src.Name, r)
		}
	}
	items, err := store.Query(ctx, storage.ItemQuery{Topic: "nk", Limit: 10})
	if err != nil || len(items) != 4 {
		t.Fatalf("%d items, %v", len(items), err)
	}
	origins := map[string]string{}
	for _, it := range items {
		origins[it.Title] = OriginName(it)
	}
	if origins["Karabakh aid"] != "NGO news" || origins["Karabakh talks"] != "The Outlet" || origins["Karabakh corridor"] != "" {
		t.Errorf("origins %q", origins)
	}
	site := feeds.NewSite("https://sieve.example/", "test")
	out := map[string]string{}
	for _, format := range feeds.Formats {
		body, err := feeds.NewRenderer(site).Render(feeds.Topic{ID: "nk", Title: "NK"}, format, items)
		if err != nil {
			t.Fatal(err)
		}
		out[format] = string(body)
	}
	for _, want := range []string{
		"<id>urn:uuid:11111111-2222-8333-8444-555555555555</id>",
		"<id>tag:outlet.example,2024:b</id>",
		"<source>\n      <id>https://outlet.example/feed.xml</id>\n      <title>The Outlet</title>",
		"<id>https://ngo.example/rss</id>\n      <title>NGO news</title>",
	} {
		if !strings.Contains(out["atom"], want) {
			t.Errorf("Atom lacks %q:\n%s", want, out["atom"])
		}
	}
	if n := strings.Count(out["atom"], "<id>tag:outlet.example,2024:b</id>"); n != 1 {
		t.Errorf("the shared upstream id is used %d times, want once", n)
	}
	if strings.Contains(out["atom"], "<id>12345</id>") || !strings.Contains(out["rss"], `<source url="https://ngo.example/rss">NGO news</source>`) {
		t.Errorf("RSS guid 12345 kept as an id, or the <source> lost:\n%s", out["rss"])
	}
	if !strings.Contains(out["json"], `"id": "urn:uuid:11111111-2222-8333-8444-555555555555"`) {
		t.Errorf("JSON Feed lacks the upstream id:\n%s", out["json"])
	}
	feedcheck.Atom(t, []byte(out["atom"]))
	feedcheck.Feedparser(t, "atom", []byte(out["atom"]), 4)
	feedcheck.Feedparser(t, "rss", []byte(out["rss"]), 4)
}
