package feeds

// Faults a review of the clock's changes found (the session of
// 2026-12-06): the index page's few headlines overrode what the feeds
// noted.

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// changes records what the server reports as changed.
type changes struct {
	mu  sync.Mutex
	got []string
}

func (c *changes) note(topics []string) {
	c.mu.Lock()
	c.got = append(c.got, topics...)
	c.mu.Unlock()
}

func (c *changes) take() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	g := c.got
	c.got = nil
	return g
}

// The index page reads each topic's newest 5 (headlines); that read notes
// the topic's clock-change time from those 5 alone, overwriting the time
// the feed's rendering of all its entries noted. The publisher writes the
// index after the topics, so after every publication the older entry's
// leaving goes unreported to the hub and the static directory.
func TestIndexReadKeepsMaxAgeClockChange(t *testing.T) {
	h := newHub(t)
	site := NewSite("https://feeds.example", "test")
	site.Hub = h.URL
	topics := []Topic{{ID: "nk", Title: "NK", MaxItems: 10, MaxAge: time.Minute, Within: 48 * time.Hour}}
	f := newFixture(t, Options{Site: site, Topics: topics})
	now := time.Now()
	for i := range 5 {
		at := now.Add(-time.Hour - time.Duration(i)*time.Minute)
		putStory(t, f.store, storage.Item{Title: fmt.Sprintf("Fresh %d", i), Link: fmt.Sprintf("https://bbc.example/%d", i), Published: at, FirstSeen: at}, "bbc", storage.Match{})
	}
	old := now.Add(-48*time.Hour + 3*time.Second)
	putStory(t, f.store, storage.Item{Title: "Old news", Link: "https://bbc.example/old", Published: old, FirstSeen: old}, "bbc", storage.Match{})

	p := NewPublisher(f.server, http.DefaultClient, slog.New(slog.DiscardHandler), PublishOptions{Dir: t.TempDir()})
	var c changes
	f.server.OnChange(c.note)
	f.server.OnChange(p.Notify)
	ctx := context.Background()
	if err := p.Start(ctx); err != nil { // writes the topic's files, then the index page
		t.Fatal(err)
	}
	h.take()
	c.take()
	// What Publisher.Run does every clockCheck, once "Old news" passed max_age.
	f.server.ChangedByClock(old.Add(48*time.Hour + time.Second))
	if got := c.take(); !slices.Contains(got, "nk") {
		t.Errorf("after the old entry passed max_age, ChangedByClock reported %v, want [nk]: the index read overwrote the feed's stale time", got)
	}
}

// The same for a story topic: the index reads with MaxItems 5, stops
// scanning before a waiting story that the feed (MaxItems 10) will show,
// and noteStale(zero) forgets the time the feed noted.
func TestIndexReadKeepsWaitingStoryClockChange(t *testing.T) {
	f := newFixture(t, Options{Topics: storiesTopics(10)})
	now := time.Now()
	for i := range 5 {
		at := now.Add(-time.Hour - time.Duration(i)*time.Minute)
		putStory(t, f.store, storage.Item{Title: fmt.Sprintf("Settled %d", i), Link: fmt.Sprintf("https://bbc.example/%d", i), Published: at, FirstSeen: at}, "bbc", storage.Match{})
	}
	arrived := now.Add(-48*time.Hour + 3*time.Second)
	putStory(t, f.store, storage.Item{Title: "Waiting story", Link: "https://bbc.example/w", Published: arrived, FirstSeen: arrived}, "bbc", storage.Match{Waits: true})
	var c changes
	f.server.OnChange(c.note)
	f.do("GET", "/feeds/nk.atom") // notes when the waiting story shows
	f.do("GET", "/")              // the index page: the newest 5
	f.server.ChangedByClock(arrived.Add(48*time.Hour + time.Second))
	if got := c.take(); !slices.Contains(got, "nk") {
		t.Errorf("after the waiting story's window passed, ChangedByClock reported %v, want [nk]", got)
	}
}
