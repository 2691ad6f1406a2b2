package aggregator

// Review 22 (commit 415860e): the cost of forget's chains when a source
// over its quota files the same ids again at every poll. PASSING
// COVERAGE TESTS: each poll adds a gone entry to each such id's chain
// until a compaction drops them; forget of an id just filed again stops
// at its first link, and an id whose entries are all gone walks its
// chain, never more than the entries filed since the last compaction.

import (
	"fmt"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// chainOf is the entries liveEntry(id) would visit from latest, in
// order, and where the first live entry of id is among them (-1: none).
func chainOf(x *storyIndex, id string) (visited int, live int) {
	live = -1
	n, ok := x.latest[idKey(id)]
	for ok && n >= 0 {
		if live < 0 && !x.entries[n].gone && x.entries[n].id == id {
			live = visited
		}
		visited++
		if visited > len(x.entries) {
			return visited, live // a cycle: checkIDChains tells
		}
		n = x.entries[n].prevID
	}
	return visited, live
}

func TestReview22RefiledIDsChainBounded(t *testing.T) {
	for _, tt := range []struct {
		name             string
		refiled, perPoll int // ids over the quota, filed again each poll; new live items each poll
		polls            int
	}{
		{"one id, quiet source", 1, 0, 300},
		{"one id among steady traffic", 1, 40, 300},
		{"many ids, steady traffic", 50, 20, 200},
	} {
		t.Run(tt.name, func(t *testing.T) {
			x := newUIndex()
			clock, fresh := unchainT0, 0
			maxChain, compactions, sinceCompaction := 0, 0, 0
			file := func(id string, k int) {
				p := uItem{id: id, words: []int{k % 300, 300 + k%97}, link: fmt.Sprintf("https://r.example/%d", k%7)}.print()
				p.published = clock
				before := len(x.entries)
				x.insert(id, p, []storage.Match{{Topic: "t", Story: id}}, nil)
				if len(x.entries) <= before {
					compactions++
					sinceCompaction = 0
				}
			}
			for poll := range tt.polls {
				clock = clock.Add(time.Minute)
				for range tt.perPoll {
					file(fmt.Sprintf("live%06d", fresh), fresh)
					fresh++
				}
				var over []*storage.Item
				for i := range tt.refiled {
					id := fmt.Sprintf("over%03d", i)
					file(id, i)
					over = append(over, &storage.Item{ID: id})
				}
				sinceCompaction++
				for _, it := range over {
					if v, live := chainOf(x, it.ID); live != 0 {
						t.Fatalf("poll %d: %s just filed is at %d of its chain of %d, want first", poll, it.ID, live, v)
					}
				}
				x.forget(over)
				for _, it := range over {
					v, live := chainOf(x, it.ID)
					if live >= 0 {
						t.Fatalf("poll %d: %s still has a live entry", poll, it.ID)
					}
					if v > sinceCompaction || v > len(x.entries) {
						t.Fatalf("poll %d: chain of %s is %d long, %d polls since the last compaction, %d entries", poll, it.ID, v, sinceCompaction, len(x.entries))
					}
					maxChain = max(maxChain, v)
				}
				n := len(x.entries)
				x.forget(over) // all gone: nothing changes
				if len(x.entries) != n {
					t.Fatalf("poll %d: forgetting ids all gone changed the entries", poll)
				}
				checkIDChains(t, x, fmt.Sprint("poll ", poll))
			}
			if tt.perPoll > 0 && compactions == 0 {
				t.Errorf("setup: no compaction in %d polls (%d entries)", tt.polls, len(x.entries))
			}
			t.Logf("%d entries, %d compactions, longest chain %d", len(x.entries), compactions, maxChain)
		})
	}
}

// The same through PollAll (its round, Batch.Group) and the store's
// quota: the over-quota items' chains after each poll, and the count of
// items left out as remembered (res.Skipped, taken before Prepare since
// 015aba6) on the path that waits in the round.
func TestReview22OverQuotaPollChainsAndSkipped(t *testing.T) {
	const items, polls, quota = 100, 60, 10
	a, poll := overQuotaAggregator(t, items, quota)
	x := a.stories.index
	longest := 0
	for p := range polls {
		poll.Store(int64(p))
		for _, r := range a.PollAll(t.Context()) {
			if r.Err != nil {
				t.Fatal(r.Err)
			}
			if p > 0 && (r.Skipped != quota || r.Items != items || r.Unchanged < r.Skipped) {
				t.Errorf("poll %d: skipped %d, items %d, unchanged %d; want %d skipped of %d: %+v", p, r.Skipped, r.Items, r.Unchanged, quota, items, r)
			}
		}
		checkIDChains(t, x, fmt.Sprint("poll ", p))
		gone := 0
		for i := range x.entries {
			if x.entries[i].gone {
				gone++
			}
		}
		for i := range x.entries {
			v, _ := chainOf(x, x.entries[i].id)
			if v > gone+1 {
				t.Errorf("poll %d: chain of %s is %d long, %d gone entries", p, x.entries[i].id, v, gone)
			}
			longest = max(longest, v)
		}
	}
	t.Logf("%d entries, longest chain %d", len(x.entries), longest)
}
