package aggregator

import (
	"fmt"
	"log/slog"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// TestStoriesKeepNoStoredRecord: an item read from the store has its
// fields cut from one string of the whole record, its content included;
// the story index (its entries' ids, links, languages, sources and
// numbers) and the word cache must keep copies of what they hold, not
// slices of the record, or every item of the window keeps its content
// alive. Sixty items of 256 KB of content each, filed and loaded by
// SyncStories, must not stay on the heap.
func TestStoriesKeepNoStoredRecord(t *testing.T) {
	store, err := storage.Open(storage.Options{Path: filepath.Join(t.TempDir(), "r.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	topics := []Topic{{ID: "nk", Any: []string{"Karabakh"}, Stories: &StoryOptions{}}}
	m, err := NewMatcher(topics)
	if err != nil {
		t.Fatal(err)
	}
	const items, size = 60, 256 << 10
	now := time.Now().UTC()
	b := storage.Batch{Source: "src", Now: now}
	for i := range items {
		link := fmt.Sprintf("https://news.test/%d", i)
		b.Entries = append(b.Entries, storage.Entry{Key: "link:" + link, Item: storage.Item{
			Title: fmt.Sprintf("Karabakh Qv%dreview talks resume after %d days", i, 1000+i), Summary: fmt.Sprintf("Talks on Karabakh resumed with %d delegates.", 2000+i),
			Link: link, NormLink: NormalizeLink(link), Published: now.Add(-time.Duration(i) * time.Minute), Language: "en-GB",
			Content: strings.Repeat(fmt.Sprintf("Karabakh content %d. ", i), size/20)}})
	}
	if _, err := store.Apply(b, m.Classify); err != nil {
		t.Fatal(err)
	}
	a, err := New(store, NewHTTPClient(5*time.Second, 1, loopback()), slog.New(slog.DiscardHandler), Options{Concurrency: 1, MaxBody: 1 << 20, Topics: topics})
	if err != nil {
		t.Fatal(err)
	}
	heap := func() uint64 {
		runtime.GC()
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return ms.HeapAlloc
	}
	before := heap()
	if _, err := a.SyncStories(); err != nil {
		t.Fatal(err)
	}
	a.stories.index.lock()
	loaded := a.stories.index.size()
	a.stories.index.unlock()
	if loaded < items {
		t.Fatalf("the index holds %d items, want %d", loaded, items)
	}
	grown := int64(heap()) - int64(before)
	t.Logf("the heap grew by %d KB for %d items of %d KB of content", grown>>10, items, size>>10)
	if grown > items*size/4 {
		t.Errorf("the stories keep the stored records")
	}
	runtime.KeepAlive(a)
}
