package aggregator

// storyIndex.forget and unchain: candidates() after forget equal those
// of an index that never held the forgotten items (a review's tests, the
// session of 2026-12-06, and a compaction's).

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

var unchainT0 = time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)

// uWord is a made-up word with no digits, j-th of a vocabulary.
func uWord(j int) string { return letters(j) + "q" }

type uItem struct {
	id    string
	words []int
	link  string
}

func (u uItem) print() storyPrint {
	parts := make([]string, len(u.words))
	for i, w := range u.words {
		parts[i] = uWord(w)
	}
	return newStoryPrint(&storage.Item{ID: u.id, Title: strings.Join(parts, " "), NormLink: u.link,
		Language: "en", Published: unchainT0, FirstSeen: unchainT0, Sources: []string{"s"}})
}

func uInsert(x *storyIndex, u uItem) {
	x.insert(u.id, u.print(), []storage.Match{{Topic: "t", Story: u.id}}, nil)
}

// candIDs are the ids of candidates(p), and how many of them are gone.
func candIDs(x *storyIndex, p storyPrint) (ids []string, gone int) {
	for _, n := range x.candidates(&p) {
		if x.entries[n].gone {
			gone++
			ids = append(ids, "GONE:"+x.entries[n].id)
			continue
		}
		ids = append(ids, x.entries[n].id)
	}
	slices.Sort(ids)
	return ids, gone
}

func newUIndex() *storyIndex { return newStoryIndex(map[string]StoryOptions{"t": {}}) }

// Random sequences of items (few words, few
// links) filed and, in batches from the end, forgotten, as ingest does;
// candidates of random queries are compared with an index of the live
// items only.
func TestUnchainDifferential(t *testing.T) {
	fails := 0
	for seed := range uint64(300) {
		rng := rand.New(rand.NewPCG(seed, 7))
		vocab := 20 + rng.IntN(200)
		links := 1 + rng.IntN(4)
		x := newUIndex()
		var live []uItem
		next := 0
		mk := func() uItem {
			u := uItem{id: fmt.Sprintf("i%05d", next)}
			next++
			k := 2 + rng.IntN(6)
			for range k {
				w := rng.IntN(vocab)
				if !slices.Contains(u.words, w) {
					u.words = append(u.words, w)
				}
			}
			if rng.IntN(3) > 0 {
				u.link = fmt.Sprintf("https://l.example/%d", rng.IntN(links))
			}
			return u
		}
		for range 5 + rng.IntN(30) { // polls
			batch := make([]uItem, 1+rng.IntN(60))
			for i := range batch {
				batch[i] = mk()
				uInsert(x, batch[i])
			}
			// a random subset of the batch is not stored
			var forget []*storage.Item
			for _, u := range batch {
				if rng.IntN(3) == 0 {
					// found by its link, or, without, by its id
					forget = append(forget, &storage.Item{ID: u.id, NormLink: u.link})
				} else {
					live = append(live, u)
				}
			}
			x.forget(forget)
			// now and then a forget of earlier items (a failed write of
			// a batch filed before others)
			if rng.IntN(5) == 0 && len(live) > 0 {
				i := rng.IntN(len(live))
				x.forget([]*storage.Item{{ID: live[i].id, NormLink: live[i].link}})
				live = slices.Delete(live, i, i+1)
			}
		}
		ref := newUIndex()
		for _, u := range live {
			uInsert(ref, u)
		}
		if x.size() >= minCompact {
			continue
		}
		marked := func(ix *storyIndex) (n int) {
			for _, l := range ix.postings {
				if len(l) > maxPosting {
					n++
				}
			}
			return n
		}
		if mx, mr := marked(x), marked(ref); mx != mr {
			t.Logf("seed %d: %d lists marked after forget, %d without the forgotten items", seed, mx, mr)
		}
		for q := range 40 {
			u := mk()
			if q%2 == 0 && len(live) > 0 { // near copy of a live item
				c := live[rng.IntN(len(live))]
				u.words, u.link = slices.Clone(c.words), c.link
			}
			p := u.print()
			got, gone := candIDs(x, p)
			want, _ := candIDs(ref, p)
			if !slices.Equal(got, want) {
				fails++
				if fails <= 5 {
					t.Errorf("seed %d query %d: candidates after forget %v (%d gone), index without the forgotten items %v", seed, q, got, gone, want)
				}
			}
		}
	}
	if fails > 0 {
		t.Errorf("%d queries differ", fails)
	}
}

// One poll of a source over its quota files 200 items sharing a word;
// 190 are not stored and forgotten. The word's list, past maxPosting
// during the poll, is rare again once they leave it: only 10 live
// entries have it, and a copy sharing it and one other rare word with a
// stored item is compared with it.
func TestUnchainUnmarksAList(t *testing.T) {
	const common = 9000
	x, ref := newUIndex(), newUIndex()
	var forget []*storage.Item
	for i := range 200 {
		u := uItem{id: fmt.Sprintf("h%03d", i), words: []int{common, 100 + 3*i, 101 + 3*i, 102 + 3*i}}
		uInsert(x, u)
		if i < 10 {
			uInsert(ref, u)
		} else {
			forget = append(forget, &storage.Item{ID: u.id})
		}
	}
	x.forget(forget)
	// another source's copy of h003: the common word and one of h003's own
	q := uItem{id: "copy", words: []int{common, 100 + 3*3, 5000, 5001, 5002}}
	got, _ := candIDs(x, q.print())
	want, _ := candIDs(ref, q.print())
	if !slices.Equal(got, want) {
		t.Errorf("candidates after forget %v, index without the forgotten items %v", got, want)
	}
}

// 25 items share a link (a site whose items all link its home page). An
// entry 17 or more back from the link's latest is forgotten, then the
// latest four: the link's candidates are the latest maxCandidates live
// entries, as in an index that never held the five.
func TestUnchainDeepInALinkChain(t *testing.T) {
	const link = "https://home.example/"
	x, ref := newUIndex(), newUIndex()
	items := make([]uItem, 25)
	for i := range items {
		items[i] = uItem{id: fmt.Sprintf("e%02d", i), words: []int{1000 + i}, link: link}
		uInsert(x, items[i])
	}
	// e07 is not stored (a failed write of an earlier poll's batch,
	// committed after later polls filed theirs)
	x.forget([]*storage.Item{{ID: "e07"}})
	// the latest four are not stored either
	x.forget([]*storage.Item{{ID: "e24"}, {ID: "e23"}, {ID: "e22"}, {ID: "e21"}})
	for _, u := range items {
		if u.id != "e07" && u.id < "e21" {
			uInsert(ref, u)
		}
	}
	q := uItem{id: "q", words: []int{7777}, link: link}
	got, gone := candIDs(x, q.print())
	want, _ := candIDs(ref, q.print())
	if gone > 0 || !slices.Equal(got, want) {
		t.Errorf("link candidates after forget %v (%d gone), index without the forgotten items %v", got, gone, want)
	}
}

// As TestUnchainUnmarksAList, filed for real: a source over its quota
// delivers 200 items of two words, one they all share; 190 are not
// stored. Another source's copy of a stored one, in the same words,
// joins its story, as in an index that never held the 190.
func TestUnchainKeepsACopysStory(t *testing.T) {
	const common = 9000
	file := func(x *storyIndex, u uItem, src string) string {
		p := u.print()
		p.sources = []string{src}
		return x.add(u.id, p, []string{"t"}, unchainT0)[0].Story
	}
	x, ref := newUIndex(), newUIndex()
	var forget []*storage.Item
	for i := range 200 {
		u := uItem{id: fmt.Sprintf("h%03d", i), words: []int{common, 100 + i, 400 + i}}
		file(x, u, "h")
		if i < 10 {
			file(ref, u, "h")
		} else {
			forget = append(forget, &storage.Item{ID: u.id})
		}
	}
	x.forget(forget)
	x.refreshStats(time.Time{})
	ref.refreshStats(time.Time{})
	c := uItem{id: "copy", words: []int{common, 103, 5000}}
	want, got := file(ref, c, "other"), file(x, c, "other")
	if want != "h003" {
		t.Skipf("setup: the copy joins %q without the forgotten items", want)
	}
	if got != want {
		t.Errorf("the copy filed after forget is in story %q, in an index without the forgotten items %q", got, want)
	}
}

// The link chain stays whole across a compaction, which lists the
// entries afresh: an entry in the middle of a chain the compaction
// rebuilt leaves it without taking its neighbours with it.
func TestUnchainAfterCompaction(t *testing.T) {
	const link = "https://home.example/"
	x, ref := newUIndex(), newUIndex()
	insert := func(x *storyIndex, u uItem, at time.Time) {
		p := u.print()
		p.published = at
		x.insert(u.id, p, []storage.Match{{Topic: "t", Story: u.id}}, nil)
	}
	var last time.Time
	for i := range minCompact + 10 { // compacts once, at minCompact entries, dropping the oldest
		u := uItem{id: fmt.Sprintf("f%05d", i), words: []int{2000 + i%500}}
		if i%400 == 0 {
			u.link = link
		}
		last = unchainT0.Add(time.Duration(i) * 2 * time.Minute)
		insert(x, u, last)
	}
	if len(x.entries) > minCompact {
		t.Fatalf("setup: no entry dropped (%d entries)", len(x.entries))
	}
	for i := 0; i < minCompact+10; i += 400 {
		at := unchainT0.Add(time.Duration(i) * 2 * time.Minute)
		if u := (uItem{id: fmt.Sprintf("f%05d", i), words: []int{2000 + i%500}, link: link}); u.id != "f02800" && !at.Before(last.Add(-2*x.window)) {
			insert(ref, u, at)
		}
	}
	x.forget([]*storage.Item{{ID: "f02800"}}) // the middle of the chain
	q := uItem{id: "q", words: []int{7777}, link: link}
	got, gone := candIDs(x, q.print())
	want, _ := candIDs(ref, q.print())
	if gone > 0 || !slices.Equal(got, want) || len(want) < 3 {
		t.Errorf("link candidates after a compaction and forget %v (%d gone), want %v", got, gone, want)
	}
}

// A word whose only entry is forgotten keeps an empty list in x.posts;
// candidates must not count it among an item's rarestWords (it would
// sort first, at length 0, and leave one of the item's real rare lists
// to the postingBudget), as an index that never held the forgotten item
// has no list for that word and reads all eight.
//
// Lists: W1..W6 of 30 entries, W7 and W8 of 40 (T and 39 fillers each).
// Without E the query reads all eight (the first rarestWords), and T,
// in W7 and W8, is a candidate. With E's empty list first, the eighth
// slot is W7, and W8 (220+40 > postingBudget) is not read: T has one hit.
func TestForgetEmptiedListTakesARarestSlot(t *testing.T) {
	const E = 3000
	W := []int{101, 102, 103, 104, 105, 106, 107, 108}
	x, ref := newUIndex(), newUIndex()
	both := func(u uItem) { uInsert(x, u); uInsert(ref, u) }
	n := 0
	filler := func(w int) uItem { n++; return uItem{id: fmt.Sprintf("f%03d", n), words: []int{w, 1000 + n}} }
	for i, w := range W {
		size := 30
		if i >= 6 {
			size = 39
		}
		for range size {
			both(filler(w))
		}
	}
	both(uItem{id: "T", words: []int{W[6], W[7], 2900}})
	uInsert(x, uItem{id: "gone", words: []int{E, 2901}}) // filed, not stored
	x.forget([]*storage.Item{{ID: "gone"}})

	q := uItem{id: "q", words: append([]int{E}, W...)}
	got, _ := candIDs(x, q.print())
	want, _ := candIDs(ref, q.print())
	if !slices.Equal(got, want) {
		t.Errorf("candidates after forget %v, index that never held the forgotten item %v", got, want)
	}
}
