package aggregator

// Review 22 (commit 415860e, forget through latest and prevID): ids whose
// idKey collides share one chain. PASSING COVERAGE TESTS: no test built
// colliding ids before; these check that forget still takes the right
// entry, never one of another id of the same key, and that the walk ends.

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// collidingIDs are n distinct 16-byte ids with one idKey. mixString is
// unseeded and each 8-byte step invertible: after a first block v1 the
// state is h1, and a second block v2 = h1 ^ T makes the state entering
// the final step the same for every id.
func collidingIDs(t *testing.T, n int) []string {
	t.Helper()
	step := func(h, v uint64) uint64 {
		h = (h ^ v) * hashPrime
		return h ^ h>>29
	}
	le := func(s string) (v uint64) {
		for i := range 8 {
			v |= uint64(s[i]) << (8 * i)
		}
		return v
	}
	const target = 0x0123456789abcdef
	var ids []string
	for i := range n {
		first := fmt.Sprintf("cid%05d", i)
		v2 := step(hashPrime^0x1d, le(first)) ^ target
		var b [8]byte
		for j := range 8 {
			b[j] = byte(v2 >> (8 * j))
		}
		ids = append(ids, first+string(b[:]))
	}
	for _, id := range ids[1:] {
		if idKey(id) != idKey(ids[0]) || id == ids[0] {
			t.Fatalf("setup: %q and %q do not collide", id, ids[0])
		}
	}
	return ids
}

// refForget is the contract: for each distinct id, the latest entry with
// it not gone, walking from the last filed.
func refForget(gone []bool, ids []string, forget []string) {
	done := map[string]bool{}
	for _, id := range forget {
		if done[id] {
			continue
		}
		done[id] = true
		for n := len(ids) - 1; n >= 0; n-- {
			if ids[n] == id && !gone[n] {
				gone[n] = true
				break
			}
		}
	}
}

func TestReview22ForgetCollidingIDs(t *testing.T) {
	c := collidingIDs(t, 6)
	type op struct {
		file   []int // indices into c, filed in order
		forget []int // then forgotten (nil: none)
	}
	for _, tt := range []struct {
		name string
		ops  []op
	}{
		{"never filed, key taken by another id", []op{{file: []int{0, 1}, forget: []int{2}}}},
		{"the earlier of two colliding ids", []op{{file: []int{0, 1}, forget: []int{0}}}},
		{"the later of two colliding ids", []op{{file: []int{0, 1}, forget: []int{1}}}},
		{"past gone entries of other ids", []op{{file: []int{0, 1, 2, 3}, forget: []int{3, 2, 1}}, {forget: []int{0}}}},
		{"all of an id gone, others live", []op{{file: []int{0, 1, 0}, forget: []int{0}}, {forget: []int{0}}, {forget: []int{0}}}},
		{"listed twice among colliding ids", []op{{file: []int{0, 1, 0, 1}, forget: []int{0, 1, 0, 1, 5}}}},
		{"re-filed every poll", []op{{file: []int{0, 1}, forget: []int{0}}, {file: []int{0}, forget: []int{0}}, {file: []int{0}, forget: []int{0, 1}}, {forget: []int{1, 0}}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			x := newUIndex()
			var ids []string
			var gone []bool
			for i, o := range tt.ops {
				for _, k := range o.file {
					uInsert(x, uItem{id: c[k], words: []int{k, 10 + k}, link: fmt.Sprintf("https://c.example/%d", k)})
					ids, gone = append(ids, c[k]), append(gone, false)
				}
				var items []*storage.Item
				var fs []string
				for _, k := range o.forget {
					items, fs = append(items, &storage.Item{ID: c[k]}), append(fs, c[k])
				}
				x.forget(items)
				refForget(gone, ids, fs)
				for n := range ids {
					if x.entries[n].id != ids[n] || x.entries[n].gone != gone[n] {
						t.Errorf("op %d: entry %d = %q gone=%v, want %q gone=%v", i, n, x.entries[n].id, x.entries[n].gone, ids[n], gone[n])
					}
				}
				checkIDChains(t, x, fmt.Sprint("op ", i))
			}
		})
	}
}

// The differential of review21b with every id of one idKey, compactions
// by age and of gone entries included.
func TestReview22ForgetCollidingDifferential(t *testing.T) {
	c := collidingIDs(t, 8)
	for seed := range uint64(80) {
		rng := rand.New(rand.NewPCG(seed, 22))
		x := newUIndex()
		var ids []string
		var gone []bool
		var at []int64
		clock := unchainT0
		for step := range 200 {
			switch r := rng.IntN(10); {
			case r < 5:
				clock = clock.Add(time.Duration(rng.IntN(3)) * time.Hour)
				k := rng.IntN(6)
				p := uItem{id: c[k], words: []int{rng.IntN(40), 40 + rng.IntN(40)}, link: fmt.Sprintf("https://c.example/%d", rng.IntN(3))}.print()
				p.published = clock
				x.insert(c[k], p, []storage.Match{{Topic: "t", Story: c[k]}}, nil)
				ids, gone, at = append(ids, c[k]), append(gone, false), append(at, clock.Unix())
			case r < 9:
				var items []*storage.Item
				var fs []string
				for range 1 + rng.IntN(4) {
					id := c[rng.IntN(len(c))] // 6 and 7 never filed
					items, fs = append(items, &storage.Item{ID: id}), append(fs, id)
				}
				x.forget(items)
				refForget(gone, ids, fs)
			default:
				x.compactEntries()
				cutoff := x.newest.Add(-2 * x.window).Unix()
				var kIDs []string
				var kGone []bool
				var kAt []int64
				for n := range ids {
					if at[n] >= cutoff && !gone[n] {
						kIDs, kGone, kAt = append(kIDs, ids[n]), append(kGone, false), append(kAt, at[n])
					}
				}
				ids, gone, at = kIDs, kGone, kAt
			}
			if len(x.entries) != len(ids) {
				t.Fatalf("seed %d step %d: %d entries, model %d", seed, step, len(x.entries), len(ids))
			}
			for n := range ids {
				if x.entries[n].id != ids[n] || x.entries[n].gone != gone[n] {
					t.Fatalf("seed %d step %d: entry %d gone=%v, model gone=%v", seed, step, n, x.entries[n].gone, gone[n])
				}
			}
			checkIDChains(t, x, fmt.Sprintf("seed %d step %d", seed, step))
		}
	}
}
