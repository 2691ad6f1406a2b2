package aggregator

import (
	"math/bits"
	"slices"
)

// Sorting word hashes: every item's words are sorted once as they are
// read, and sorting was a seventh of reading them.

// sortedSet sorts s and drops its repeats.
func sortedSet(s []uint32) []uint32 {
	sortHashes(s)
	return slices.Compact(s)
}

// sortHashes sorts hashes, which are spread evenly over their range: of
// a few dozen, into about as many buckets by their top bits, then each
// bucket's few by insertion, several times faster than comparing sorts.
// A skewed set, as from words chosen to collide, costs at worst the
// insertion sort of bucketSortMost hashes.
func sortHashes(s []uint32) {
	n := len(s)
	if n < bucketSortLeast || n > bucketSortMost {
		slices.Sort(s)
		return
	}
	shift := 32 - bits.Len(uint(n-1)) // n rounded up to a power of two buckets
	var count [bucketSortMost + 1]uint16
	var by [bucketSortMost]uint32
	for _, v := range s {
		count[v>>shift+1]++
	}
	for i := 1; i <= 1<<(32-shift); i++ {
		count[i] += count[i-1]
	}
	for _, v := range s {
		b := v >> shift
		by[count[b]] = v
		count[b]++
	}
	copy(s, by[:n])
	for i := 1; i < n; i++ { // the buckets are in order: sort within them
		v, j := s[i], i
		for ; j > 0 && s[j-1] > v; j-- {
			s[j] = s[j-1]
		}
		s[j] = v
	}
}

// Below bucketSortLeast hashes a comparing sort is as fast; above
// bucketSortMost, rare, the buckets would not fit the stack.
const (
	bucketSortLeast = 32
	bucketSortMost  = 256
)
