package aggregator

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/feedsieve/feedsieve/feeds"
	"github.com/feedsieve/feedsieve/storage"
)

// sampleDayPage is the shape of the RSS 2.0 specification's sample feed:
// two entries of one day's page, told apart by the link's #fragment, each
// with its own GUID and date.
const sampleDayPage = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Scripting News</title><link>http://www.scripting.com/</link>
<item><title>Karabakh: law and order</title><link>http://scripting.com/2002/09/29#lawAndOrder</link>
<guid>http://scripting.com/2002/09/29#lawAndOrder</guid><pubDate>Sun, 29 Sep 2002 23:48:33 GMT</pubDate></item>
<item><title>Karabakh: rule one</title><link>http://scripting.com/2002/09/29#rule1</link>
<guid>http://scripting.com/2002/09/29#rule1</guid><pubDate>Sun, 29 Sep 2002 19:59:01 GMT</pubDate></item>
</channel></rss>`

// sameGUIDTwice carries one GUID twice with different content: the later
// updated copy is the item.
const sameGUIDTwice = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Twice</title><link>https://twice.example/</link>
<item><title>Karabakh first copy</title><link>https://twice.example/a</link><guid isPermaLink="false">a</guid>
<pubDate>Mon, 02 Oct 2023 10:00:00 GMT</pubDate></item>
<item><title>Karabakh second copy</title><link>https://twice.example/a</link><guid isPermaLink="false">a</guid>
<pubDate>Mon, 02 Oct 2023 11:00:00 GMT</pubDate></item>
<item><title>Karabakh same date</title><link>https://twice.example/b</link><guid isPermaLink="false">b</guid>
<pubDate>Mon, 02 Oct 2023 09:00:00 GMT</pubDate></item>
<item><title>Karabakh same date, later in the document</title><link>https://twice.example/b</link><guid isPermaLink="false">b</guid>
<pubDate>Mon, 02 Oct 2023 09:00:00 GMT</pubDate></item>
</channel></rss>`

// serveBytes answers every request with body, without validators, so that
// each poll fetches and stores it again.
func serveBytes(t *testing.T, body string) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		io.WriteString(w, body)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestDistinctGUIDsWithOneLinkStayDistinct(t *testing.T) {
	srv := serveBytes(t, sampleDayPage)
	src := Source{Name: "scripting", URL: srv.URL + "/rss.xml"}
	a, store := newTestAggregator(t, []Source{src}, 1<<20)
	if r := a.Poll(context.Background(), src); r.Err != nil || r.New != 2 {
		t.Fatalf("poll: %+v", r)
	}
	items, err := store.Newest("nk", 10)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"Karabakh: law and order": "2002-09-29T23:48:33Z",
		"Karabakh: rule one":      "2002-09-29T19:59:01Z",
	}
	if len(items) != len(want) {
		t.Fatalf("stored %d items, want %d", len(items), len(want))
	}
	for _, it := range items {
		if got := it.Published.Format("2006-01-02T15:04:05Z07:00"); want[it.Title] != got {
			t.Errorf("%q published %s, want %s", it.Title, got, want[it.Title])
		}
	}
}

func TestRepollOfSameBytesChangesNothing(t *testing.T) {
	tests := []struct {
		name   string
		body   string
		new    int
		titles []string // the topic's titles, newest first
	}{
		{"distinct GUIDs, one link but for the fragment", sampleDayPage, 2,
			[]string{"Karabakh: law and order", "Karabakh: rule one"}},
		{"one GUID twice", sameGUIDTwice, 2,
			[]string{"Karabakh second copy", "Karabakh same date"}},
		{"undated, one GUID twice", `<rss version="2.0"><channel><title>u</title>
<item><title>Karabakh undated</title><guid isPermaLink="false">u1</guid></item>
<item><title>Karabakh undated, again</title><guid isPermaLink="false">u1</guid></item>
<item><title>Karabakh undated two</title><guid isPermaLink="false">u2</guid></item>
</channel></rss>`, 2, []string{"Karabakh undated", "Karabakh undated two"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := serveBytes(t, tt.body)
			src := Source{Name: "src", URL: srv.URL + "/feed"}
			a, store := newTestAggregator(t, []Source{src}, 1<<20)
			if r := a.Poll(context.Background(), src); r.Err != nil || r.New != tt.new {
				t.Fatalf("first poll: %+v", r)
			}
			first, items := renderTopic(t, store)
			var titles []string
			for _, it := range items {
				titles = append(titles, it.Title)
			}
			if !equalStrings(titles, tt.titles) {
				t.Errorf("titles %q, want %q", titles, tt.titles)
			}
			for i := range 2 {
				r := a.Poll(context.Background(), src)
				if r.Err != nil || r.New != 0 || r.Updated != 0 {
					t.Fatalf("poll %d of the same bytes: %+v", i+2, r)
				}
			}
			if again, _ := renderTopic(t, store); !bytes.Equal(first, again) {
				t.Errorf("the feed changed though the source did not:\n%s\n---\n%s", first, again)
			}
		})
	}
}

// renderTopic renders the test aggregator's topic as Atom.
func renderTopic(t *testing.T, store *storage.Store) ([]byte, []*storage.Item) {
	t.Helper()
	items, err := store.Newest("nk", 10)
	if err != nil {
		t.Fatal(err)
	}
	site := feeds.Site{BaseURL: "https://sieve.example", FeedBase: "https://sieve.example/feeds/"}
	body, err := feeds.NewRenderer(site).Render(feeds.Topic{ID: "nk", Title: "NK"}, "atom", items)
	if err != nil {
		t.Fatal(err)
	}
	return body, items
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
