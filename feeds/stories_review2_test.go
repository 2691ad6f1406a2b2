package feeds

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/feedsieve/feedsieve/storage"
)

// Faults a review of published stories found (the session of 2026-12-06).

func storiesTopics(maxItems int) []Topic {
	return []Topic{{ID: "nk", Title: "NK", MaxItems: maxItems, MaxAge: time.Minute, Stories: true, StoryWindow: 48 * time.Hour}}
}

// A story reported by hundreds of outlets, with names and headlines as
// long as a field may be, makes an entry of bounded size in every
// format and on the page: the earliest maxOutlets outlets are named, with
// their names and headlines cut, and the others counted.
func TestAlsoReportedByIsBounded(t *testing.T) {
	f := newFixture(t, Options{Topics: storiesTopics(10)})
	t0 := time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)
	first := putStory(t, f.store, storage.Item{Title: "Quake strikes off Crete", Link: "https://wire.example/1", Published: t0, FirstSeen: t0}, "wire", storage.Match{})
	const copies = 300
	for i := range copies {
		at := t0.Add(time.Duration(i+1) * time.Second)
		putStory(t, f.store, storage.Item{
			Title: fmt.Sprintf("Quake strikes off Crete %d ", i) + strings.Repeat("ж", 990),
			Link:  fmt.Sprintf("https://outlet%d.example/quake", i), Published: at, FirstSeen: at,
			Feed: storage.FeedInfo{Title: fmt.Sprintf("Outlet %d ", i) + strings.Repeat("щ", 990)},
		}, fmt.Sprintf("outlet%d", i), storage.Match{Story: first})
	}
	const bound = 128 << 10
	for _, format := range append(Formats, "page") {
		path := "/feeds/nk." + format
		if format == "page" {
			path = "/topics/nk"
		}
		_, body := f.do("GET", path)
		text := string(body)
		if len(body) > bound {
			t.Errorf("%s: one entry is %d bytes, want at most %d", format, len(body), bound)
		}
		if n := strings.Count(text, "://outlet"); n != maxOutlets {
			t.Errorf("%s: %d outlets linked, want %d", format, n, maxOutlets)
		}
		if !strings.Contains(text, "outlet0.example") || strings.Contains(text, fmt.Sprintf("outlet%d.example", maxOutlets)) {
			t.Errorf("%s: the earliest outlets are not the ones named", format)
		}
		if want := fmt.Sprintf("and %d more", copies-maxOutlets); !strings.Contains(text, want) {
			t.Errorf("%s: no %q", format, want)
		}
	}
}

func TestShortText(t *testing.T) {
	for _, tc := range []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"exactly10!", 10, "exactly10!"},
		{"one two three", 8, "one two…"},
		{"ab   cdefgh", 6, "ab…"},
		{"жжжжжжжж", 4, "жжж…"},
	} {
		got := shortText(tc.in, tc.n)
		if got != tc.want || utf8.RuneCountInString(got) > tc.n {
			t.Errorf("shortText(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
		}
	}
}
