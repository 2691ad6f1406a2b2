package aggregator

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/internal/benchdata"
	"github.com/feedsieve/feedsieve/storage"
)

// TestStoryIndexForgetsOldItems adds an item an hour for a year: the
// index drops those more than twice the window old as it goes, and still
// groups a copy of a recent item.
func TestStoryIndexForgetsOldItems(t *testing.T) {
	x := newStoryIndex(map[string]StoryOptions{"t": {}, "other": {}})
	t0 := time.Date(2023, 6, 1, 0, 0, 0, 0, time.UTC)
	var last storyPrint
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 9000 {
		a := benchdata.NewArticle(rng, 0)
		it := &storage.Item{Title: a.Title, Summary: a.Summary, Published: t0.Add(time.Duration(i) * time.Hour)}
		last = newStoryPrint(it)
		if f := x.add(fmt.Sprint(i), last, []string{"t"}, time.Time{}); f[0].Story != fmt.Sprint(i) {
			t.Fatalf("item %d joined story %s", i, f[0].Story)
		}
	}
	// Compacting keeps the last 96 hours, and it happens when the entries
	// reach 4,096 or twice what the last compaction kept.
	if n := x.size(); n > minCompact {
		t.Errorf("%d entries kept", n)
	}
	for n := range x.size() {
		if _, p := x.item(n); p.published.Before(t0.Add(9000*time.Hour - 96*time.Hour - minCompact*time.Hour)) {
			t.Fatalf("entry %d of %s kept", n, p.published)
		}
	}
	if f := x.add("copy", last, []string{"t"}, time.Time{}); f[0].Story != "8999" || f[0].With != "8999" {
		t.Errorf("a copy of the last item joined %q (with %q)", f[0].Story, f[0].With)
	}
	// In a topic the earlier item is not in, the copy stands alone.
	if f := x.add("copy2", last, []string{"other"}, time.Time{}); f[0].Story != "copy2" {
		t.Errorf("a copy joined %q in a topic the item is not in", f[0].Story)
	}
}

// TestStoryIndexItemsWithoutWords: items without a title or summary are
// one story only when they share the link.
func TestStoryIndexItemsWithoutWords(t *testing.T) {
	x := newStoryIndex(map[string]StoryOptions{"t": {}})
	t0 := time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)
	print := func(link string) storyPrint {
		return newStoryPrint(&storage.Item{NormLink: link, Published: t0})
	}
	for _, c := range []struct{ id, link, want string }{
		{"a", "https://x.example/1", "a"},
		{"b", "https://x.example/2", "b"},
		{"c", "https://x.example/1", "a"},
		{"d", "", "d"},
		{"e", "", "e"},
	} {
		if got := x.add(c.id, print(c.link), []string{"t"}, time.Time{})[0].Story; got != c.want {
			t.Errorf("%s: story %q, want %q", c.id, got, c.want)
		}
	}
}

// TestBandKeysFindSimilarPairs: pairs of random shingle sets of a given
// Jaccard similarity share a band key about as often as MinHash with
// independent hash functions predicts, 1-(1-J²)^storyBands, so that the
// cheaper double hashing of bandKeys loses no candidates.
func TestBandKeysFindSimilarPairs(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	const pairs, size = 4000, 50
	for _, j := range []float64{0.05, 0.2, 0.35, 0.5} {
		common := int(math.Round(2 * size * j / (1 + j))) // common/(2·size-common) = j
		found := 0
		for range pairs {
			a, b := make([]uint32, 0, size), make([]uint32, 0, size)
			for range common {
				s := rng.Uint32()
				a, b = append(a, s), append(b, s)
			}
			for len(a) < size {
				a, b = append(a, rng.Uint32()), append(b, rng.Uint32())
			}
			slices.Sort(a)
			slices.Sort(b)
			ka, kb := bandKeys(a), bandKeys(b)
			for i := range ka {
				if ka[i] == kb[i] {
					found++
					break
				}
			}
		}
		exact := float64(common) / float64(2*size-common)
		want := 1 - math.Pow(1-exact*exact, storyBands)
		got := float64(found) / pairs
		t.Logf("J=%.3f: %.3f of pairs share a key, %.3f predicted", exact, got, want)
		if math.Abs(got-want) > 0.03 {
			t.Errorf("J=%.3f: %.3f of pairs share a key, want %.3f ± 0.03", exact, got, want)
		}
	}
}

// TestStoryIndexStoriesPerTopic: an item may be in different stories in
// different topics (it joined one topic's story when the other topic did
// not collapse yet), among more than 64 topics; a copy joins each
// topic's own story, and only in the topics the item is in.
func TestStoryIndexStoriesPerTopic(t *testing.T) {
	opts := map[string]StoryOptions{}
	for i := range 70 {
		opts[fmt.Sprint("t", i)] = StoryOptions{}
	}
	x := newStoryIndex(opts)
	it := &storage.Item{Title: "Azerbaijan launches military operation in Karabakh", Summary: "Baku says the operation targets Armenian forces in the region.", Published: time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)}
	p := newStoryPrint(it)
	x.insert("first", p, []storage.Match{{Topic: "t1", Story: "first"}, {Topic: "t2", Story: "older"}, {Topic: "t65", Story: "first"}, {Topic: "t66", Story: "oldest"}})
	topics := []string{"t1", "t2", "t3", "t65", "t66", "t67"}
	want := []string{"first", "older", "copy", "first", "oldest", "copy"}
	for i, f := range x.add("copy", p, topics, time.Time{}) {
		if f.Story != want[i] {
			t.Errorf("%s: story %q, want %q", topics[i], f.Story, want[i])
		}
	}
}
