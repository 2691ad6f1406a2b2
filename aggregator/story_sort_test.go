package aggregator

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortHashes sorts sets of every size around the bucket sort's
// bounds, spread and skewed, as slices.Sort does.
func TestSortHashes(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	sets := map[string]func(n int) []uint32{
		"spread": func(n int) []uint32 {
			s := make([]uint32, n)
			for i := range s {
				s[i] = rng.Uint32()
			}
			return s
		},
		"one bucket": func(n int) []uint32 { // all in the top bucket, in reverse
			s := make([]uint32, n)
			for i := range s {
				s[i] = ^uint32(i)
			}
			return s
		},
		"repeats": func(n int) []uint32 {
			s := make([]uint32, n)
			for i := range s {
				s[i] = uint32(rng.IntN(4)) << 30
			}
			return s
		},
	}
	for name, gen := range sets {
		for _, n := range []int{0, 1, 2, bucketSortLeast - 1, bucketSortLeast, 33, 60, 64, 65, 200, bucketSortMost, bucketSortMost + 1, 1000} {
			s := gen(n)
			want := slices.Clone(s)
			slices.Sort(want)
			if sortHashes(s); !slices.Equal(s, want) {
				t.Errorf("%s, %d hashes: not sorted as slices.Sort sorts them", name, n)
			}
		}
	}
}

// BenchmarkSortHashes sorts as many hashes as an item's words, against
// slices.Sort.
func BenchmarkSortHashes(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	sets := make([][]uint32, 64)
	for i := range sets {
		sets[i] = make([]uint32, 60)
		for k := range sets[i] {
			sets[i][k] = rng.Uint32()
		}
	}
	for _, sorter := range []struct {
		name string
		sort func([]uint32)
	}{{"buckets", sortHashes}, {"slices.Sort", slices.Sort[[]uint32]}} {
		b.Run(sorter.name, func(b *testing.B) {
			buf := make([]uint32, 60)
			i := 0
			for b.Loop() {
				copy(buf, sets[i%len(sets)])
				sorter.sort(buf)
				i++
			}
		})
	}
}
