package feeds

import (
	"context"
	"encoding/xml"
	"fmt"
	"log/slog"
	"net/http"
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

// A story that waits for a lead never stored (its lead was pruned, or
// left the topic) shows once its items arrived story_window ago, with
// nothing stored changing: the served feed is rendered again then, and
// the publisher tells the hub.
func TestWaitingStoryShowsByTheClock(t *testing.T) {
	h := newHub(t)
	site := NewSite("https://feeds.example", "test")
	site.Hub = h.URL
	f := newFixture(t, Options{Site: site, Topics: storiesTopics(10)})
	p := NewPublisher(f.server, http.DefaultClient, slog.New(slog.DiscardHandler), PublishOptions{})
	f.server.OnChange(p.Notify)
	ctx := context.Background()
	if err := p.Start(ctx); err != nil {
		t.Fatal(err)
	}
	arrived := time.Now().Add(-48*time.Hour + 1500*time.Millisecond)
	putStory(t, f.store, storage.Item{Title: "Waiting story", Link: "https://bbc.example/1", Published: arrived, FirstSeen: arrived}, "bbc", storage.Match{Waits: true})
	f.server.Changed([]string{"nk"})
	p.Flush(ctx)
	h.take()
	if _, body := f.do("GET", "/feeds/nk.atom"); strings.Contains(string(body), "Waiting story") {
		t.Fatalf("shown while it waits")
	}
	f.server.ChangedByClock(time.Now()) // not yet: nothing to tell
	p.Flush(ctx)
	if pings := h.take(); len(pings) != 0 {
		t.Fatalf("pinged %v before the story shows", pings)
	}
	time.Sleep(2 * time.Second) // its items arrived story_window ago now
	if _, body := f.do("GET", "/feeds/nk.atom"); !strings.Contains(string(body), "Waiting story") {
		t.Errorf("the served feed still lacks the story")
	}
	f.server.ChangedByClock(time.Now()) // what Publisher.Run does every clockCheck
	p.Flush(ctx)
	if pings := h.take(); len(pings) == 0 {
		t.Errorf("the hub was not told that the feeds now show the story")
	}
}

// An entry older than the topic's max age (Within) leaves the served
// feed when it gets that old, with nothing stored changing.
func TestEntryLeavesByTheClock(t *testing.T) {
	topics := []Topic{{ID: "nk", Title: "NK", MaxItems: 10, MaxAge: time.Minute, Within: 48 * time.Hour}}
	f := newFixture(t, Options{Topics: topics})
	at := time.Now().Add(-48*time.Hour + 1500*time.Millisecond)
	putStory(t, f.store, storage.Item{Title: "Old news", Link: "https://bbc.example/1", Published: at, FirstSeen: at}, "bbc", storage.Match{})
	f.server.Changed([]string{"nk"})
	if _, body := f.do("GET", "/feeds/nk.atom"); !strings.Contains(string(body), "Old news") {
		t.Fatalf("not shown while within max age")
	}
	time.Sleep(2 * time.Second)
	if _, body := f.do("GET", "/feeds/nk.atom"); strings.Contains(string(body), "Old news") {
		t.Errorf("still shown after passing the topic's max age")
	}
}

// A copy that joins a story changes its entry's content, and so the
// feed's bytes, but not the entry's updated (README: readers that show
// an entry again when it moves would show the story once per outlet).
func TestCopyJoiningKeepsUpdated(t *testing.T) {
	f := newFixture(t, Options{Topics: storiesTopics(10)})
	t0 := time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)
	first := putStory(t, f.store, storage.Item{Title: "Offensive AFP", Link: "https://afp.example/1", Published: t0, FirstSeen: t0}, "afp", storage.Match{})
	_, before := f.do("GET", "/feeds/nk.atom")
	putStory(t, f.store, storage.Item{Title: "Offensive BBC", Link: "https://bbc.example/2", Published: t0.Add(2 * time.Hour), FirstSeen: t0.Add(2 * time.Hour)}, "bbc", storage.Match{Story: first})
	f.server.Changed([]string{"nk"})
	_, after := f.do("GET", "/feeds/nk.atom")
	if string(before) == string(after) || !strings.Contains(string(after), "Also reported by") {
		t.Fatalf("the entry did not change:\n%s", after)
	}
	updated := func(body []byte) string {
		var doc struct {
			Entries []struct {
				ID      string `xml:"id"`
				Updated string `xml:"updated"`
			} `xml:"entry"`
		}
		if err := xml.Unmarshal(body, &doc); err != nil || len(doc.Entries) != 1 || doc.Entries[0].ID != EntryID(first) {
			t.Fatalf("%v: %+v", err, doc)
		}
		return doc.Entries[0].Updated
	}
	if u1, u2 := updated(before), updated(after); u1 != u2 {
		t.Errorf("the entry's updated moved from %s to %s as a copy joined", u1, u2)
	}
}
