package aggregator

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// feedOf writes a feed in one of the formats ParseFeed reads, of items
// titled a, b, c... published on the given days of January 2026 (0: no
// date).
func feedOf(format string, days []int) string {
	var b strings.Builder
	date := func(day int, layout string) string {
		return time.Date(2026, 1, day, 12, 0, 0, 0, time.UTC).Format(layout)
	}
	switch format {
	case "rss":
		b.WriteString(`<rss version="2.0"><channel><title>t</title>`)
		for i, d := range days {
			fmt.Fprintf(&b, "<item><guid>%d</guid><title>%c</title>", i, 'a'+i)
			if d > 0 {
				fmt.Fprintf(&b, "<pubDate>%s</pubDate>", date(d, time.RFC1123Z))
			}
			b.WriteString("</item>")
		}
		b.WriteString("</channel></rss>")
	case "rdf":
		b.WriteString(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"` +
			` xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="https://x.test/"><title>t</title></channel>`)
		for i, d := range days {
			fmt.Fprintf(&b, `<item rdf:about="https://x.test/%d"><title>%c</title>`, i, 'a'+i)
			if d > 0 {
				fmt.Fprintf(&b, "<dc:date>%s</dc:date>", date(d, time.RFC3339))
			}
			b.WriteString("</item>")
		}
		b.WriteString("</rdf:RDF>")
	case "atom":
		b.WriteString(`<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>`)
		for i, d := range days {
			fmt.Fprintf(&b, "<entry><id>%d</id><title>%c</title>", i, 'a'+i)
			if d > 0 {
				fmt.Fprintf(&b, "<published>%s</published>", date(d, time.RFC3339))
			}
			b.WriteString("</entry>")
		}
		b.WriteString("</feed>")
	case "json":
		b.WriteString(`{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[`)
		for i, d := range days {
			if i > 0 {
				b.WriteString(",")
			}
			fmt.Fprintf(&b, `{"id":"%d","title":"%c"`, i, 'a'+i)
			if d > 0 {
				fmt.Fprintf(&b, `,"date_published":"%s"`, date(d, time.RFC3339))
			}
			b.WriteString("}")
		}
		b.WriteString("]}")
	}
	return b.String()
}

// TestParseFeedKeepsNewest checks which items ParseFeed keeps of a feed
// over the cap: the newest, undated ones first, in document order, chosen
// among the first parseWindow×cap items of the document.
func TestParseFeedKeepsNewest(t *testing.T) {
	tests := []struct {
		name    string
		days    []int
		max     int
		kept    string
		dropped int
	}{
		{"under the cap", []int{1, 2}, 2, "ab", 0},
		{"newest first", []int{5, 4, 3, 2, 1}, 2, "ab", 3},
		{"oldest first", []int{1, 2, 3, 4, 5}, 2, "de", 3},
		{"shuffled", []int{3, 5, 1, 4, 2}, 2, "bd", 3},
		{"undated count as newest", []int{3, 0, 5, 0}, 2, "bd", 2},
		{"same date keeps the earlier", []int{1, 2, 2, 2}, 2, "bc", 2},
		{"beyond the window", []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 2, "gh", 8},
	}
	for _, format := range []string{"rss", "rdf", "atom", "json"} {
		for _, tt := range tests {
			t.Run(format+"/"+tt.name, func(t *testing.T) {
				f, err := ParseFeed([]byte(feedOf(format, tt.days)), "", tt.max)
				if err != nil {
					t.Fatal(err)
				}
				var kept strings.Builder
				for _, it := range f.Items {
					kept.WriteString(it.Title)
				}
				if kept.String() != tt.kept || f.Dropped != tt.dropped {
					t.Errorf("kept %q, dropped %d; want %q, %d", kept.String(), f.Dropped, tt.kept, tt.dropped)
				}
			})
		}
	}
}

func TestParseFeedDefaultCap(t *testing.T) {
	days := make([]int, DefaultMaxItemsPerFeed+5)
	f, err := ParseFeed([]byte(feedOf("rss", days)), "", 0)
	if err != nil || len(f.Items) != DefaultMaxItemsPerFeed || f.Dropped != 5 {
		t.Fatalf("%d items, %d dropped, %v", len(f.Items), f.Dropped, err)
	}
	want := []string{"0", "1", "2"}
	if got := []string{f.Items[0].GUID, f.Items[1].GUID, f.Items[2].GUID}; !reflect.DeepEqual(got, want) {
		t.Errorf("undated items: kept %v first, want the first of the document", got)
	}
}

// TestPollMaxItemsPerFeed polls a feed of 10 items with a cap of 3: the
// 3 newest are stored, and the poll reports the 7 others dropped.
func TestPollMaxItemsPerFeed(t *testing.T) {
	body := feedOf("rss", []int{4, 9, 1, 7, 2, 10, 3, 5, 6, 8})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, body) }))
	defer srv.Close()
	store, err := storage.Open(storage.Options{Path: filepath.Join(t.TempDir(), "a.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	src := Source{Name: "s", URL: srv.URL}
	a, err := New(store, NewHTTPClient(5*time.Second, 1, loopback()), slog.New(slog.DiscardHandler), Options{
		MaxBody: 1 << 20, Sources: []Source{src}, Topics: []Topic{{ID: "all"}}, MaxItemsPerFeed: 3,
	})
	if err != nil {
		t.Fatal(err)
	}
	r := a.Poll(context.Background(), src)
	if r.Err != nil || r.Items != 3 || r.New != 3 || r.Dropped != 7 {
		t.Fatalf("poll: %+v", r)
	}
	items, err := store.Newest("all", 10)
	if err != nil {
		t.Fatal(err)
	}
	var titles string
	for _, it := range items {
		titles += it.Title
	}
	if titles != "fbj" {
		t.Errorf("stored %q, want the three newest, fbj", titles)
	}
}
