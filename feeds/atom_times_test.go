package feeds

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// TestAtomTimes checks the times of the Atom feed that the W3C validator
// warns about: entries' updated times kept to the nanosecond (no
// DuplicateUpdated), atom:source with an updated (MissingSourceElement),
// and an empty feed's updated.
func TestAtomTimes(t *testing.T) {
	at := time.Date(2024, 5, 1, 12, 0, 0, 500_000_000, time.UTC)
	desk := storage.FeedInfo{Title: "Desk", ID: "https://desk.example/feed"}
	item := func(id string, updated time.Time, fi storage.FeedInfo) *storage.Item {
		return &storage.Item{ID: id, Title: id, Link: "https://desk.example/" + id, Published: updated, Updated: updated, Feed: fi}
	}
	since := time.Date(2024, 4, 30, 8, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		topic Topic
		items []*storage.Item
		want  []string // in this order in the document
	}{
		{"fraction of a second", Topic{ID: "t"}, []*storage.Item{item("a", at, storage.FeedInfo{}), item("b", at.Add(-time.Nanosecond), storage.FeedInfo{})},
			[]string{"<updated>2024-05-01T12:00:00.5Z</updated>", "<updated>2024-05-01T12:00:00.5Z</updated>", "<updated>2024-05-01T12:00:00.499999999Z</updated>"}},
		{"whole seconds stay whole", Topic{ID: "t"}, []*storage.Item{item("a", at.Truncate(time.Second), storage.FeedInfo{})},
			[]string{"<updated>2024-05-01T12:00:00Z</updated>"}},
		{"source updated is its newest item's", Topic{ID: "t"}, []*storage.Item{item("a", at, desk), item("b", at.Add(-time.Hour), desk)},
			[]string{"<title>a</title>", "<title>Desk</title>\n      <updated>2024-05-01T12:00:00.5Z</updated>", "<title>b</title>", "<title>Desk</title>\n      <updated>2024-05-01T12:00:00.5Z</updated>"}},
		{"empty feed: the topic's configuration time", Topic{ID: "t", Since: since}, nil,
			[]string{"<updated>2024-04-30T08:00:00Z</updated>"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := render(t, "atom", tt.topic, tt.items, Site{BaseURL: "https://sieve.example", FeedBase: "https://sieve.example/feeds/"})
			rest := string(body)
			for _, w := range tt.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("%q not found in order in:\n%s", w, body)
				}
				rest = rest[i+len(w):]
			}
			if strings.Contains(string(body), "1970-01-01") {
				t.Errorf("the feed says 1970:\n%s", body)
			}
			if again := render(t, "atom", tt.topic, tt.items, Site{BaseURL: "https://sieve.example", FeedBase: "https://sieve.example/feeds/"}); !bytes.Equal(body, again) {
				t.Errorf("two renders differ")
			}
		})
	}
}
