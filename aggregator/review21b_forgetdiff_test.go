package aggregator

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// A differential of forget against the walk from the last filed entry
// (the contract), with ids filed again, compactions dropping aged and
// gone entries, ids listed twice and ids never filed.
func TestReview21bForgetDifferential(t *testing.T) {
	type ref struct {
		id   string
		at   int64
		gone bool
	}
	for seed := range uint64(400) {
		rng := rand.New(rand.NewPCG(seed, 21))
		x := newUIndex()
		var model []ref
		clock := unchainT0
		nIDs := 1 + rng.IntN(12)
		check := func(step string) bool {
			if len(x.entries) != len(model) {
				t.Errorf("seed %d %s: %d entries, model %d", seed, step, len(x.entries), len(model))
				return false
			}
			for i, m := range model {
				e := &x.entries[i]
				if e.id != m.id || e.print.published.Unix() != m.at || e.gone != m.gone {
					t.Errorf("seed %d %s: entry %d = %s@%d gone=%v, model %s@%d gone=%v", seed, step, i, e.id, e.print.published.Unix(), e.gone, m.id, m.at, m.gone)
					return false
				}
			}
			return true
		}
		for step := range 300 {
			switch r := rng.IntN(10); {
			case r < 5:
				clock = clock.Add(time.Duration(rng.IntN(3)) * time.Hour)
				id := fmt.Sprintf("id%d", rng.IntN(nIDs))
				p := uItem{id: id, words: []int{rng.IntN(50), 50 + rng.IntN(50)}, link: fmt.Sprintf("https://l.example/%d", rng.IntN(3))}.print()
				p.published = clock
				x.insert(id, p, []storage.Match{{Topic: "t", Story: id}}, nil)
				model = append(model, ref{id, clock.Unix(), false})
			case r < 9:
				var items []*storage.Item
				for range 1 + rng.IntN(4) {
					items = append(items, &storage.Item{ID: fmt.Sprintf("id%d", rng.IntN(nIDs+2))})
				}
				x.forget(items)
				done := map[string]bool{}
				for _, it := range items {
					if done[it.ID] {
						continue
					}
					done[it.ID] = true
					for n := len(model) - 1; n >= 0; n-- {
						if model[n].id == it.ID && !model[n].gone {
							model[n].gone = true
							break
						}
					}
				}
			default:
				x.compactEntries()
				cutoff := x.newest.Add(-2 * x.window).Unix()
				var kept []ref
				for _, m := range model {
					if m.at >= cutoff && !m.gone {
						kept = append(kept, m)
					}
				}
				model = kept
			}
			if !check(fmt.Sprint("step ", step)) {
				break
			}
			checkIDChains(t, x, fmt.Sprintf("seed %d step %d", seed, step))
		}
	}
}

// checkIDChains checks that storyIndex.latest holds, for each idKey, the
// last entry with it, forgotten or not, and that following prevID from
// there visits every entry with that key, latest first, and no other.
func checkIDChains(t *testing.T, x *storyIndex, at string) {
	t.Helper()
	want := map[uint64][]int32{} // latest first
	for n := len(x.entries) - 1; n >= 0; n-- {
		k := idKey(x.entries[n].id)
		want[k] = append(want[k], int32(n))
	}
	if len(x.latest) != len(want) {
		t.Errorf("%s: latest has %d keys, the entries %d", at, len(x.latest), len(want))
	}
	for k, chain := range want {
		var got []int32
		for n, ok := x.latest[k]; ok && n >= 0 && len(got) <= len(chain); n = x.entries[n].prevID {
			got = append(got, n)
		}
		if !slices.Equal(got, chain) {
			t.Errorf("%s: the entries of key %x through latest and prevID are %v, want %v", at, k, got, chain)
		}
	}
}
