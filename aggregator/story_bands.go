package aggregator

// The story index's MinHash bands: the band keys of an item's shingles,
// and the tables that chain the entries sharing a key, so that a new item
// is compared only with the items likely to be its copies.

// bandLink chains an entry behind the previous one whose band key falls
// in the same slot; check is the key's upper half, which tells the keys
// of a slot apart.
type bandLink struct {
	check uint32
	prev  int32
}

// storyBands is the number of MinHash bands, of two hashes each.
const storyBands = 20

// bandTables find the entries whose band keys an item shares: per band,
// an open table from a key's slot to the last entry whose key is in it,
// and a chain through the entries back to the previous one of the same
// slot, so that following a chain reads 8 bytes an entry.
type bandTables struct {
	heads  [storyBands][]int32    // per band, slot of a key → last entry whose key is in it, or -1
	chains [storyBands][]bandLink // per band, by entry
}

// find appends to out every entry sharing one of keys, in each band
// from the newest back, once per band it shares.
func (t *bandTables) find(out []int32, keys *[storyBands]uint64) []int32 {
	for b, k := range keys {
		chain, check := t.chains[b], uint32(k>>32)
		for n := t.heads[b][t.slot(k)]; n >= 0; n = chain[n].prev {
			if chain[n].check == check { // not another key of the slot
				out = append(out, n)
			}
		}
	}
	return out
}

// add chains entry n, the next, behind the last entries sharing its
// keys; an entry without words is in no band's table (every empty set
// has the same keys), but takes its place in the chains.
func (t *bandTables) add(n int32, keys *[storyBands]uint64, words bool) {
	for b, k := range keys {
		link := bandLink{check: uint32(k >> 32), prev: -1}
		if words {
			slot := t.slot(k)
			link.prev, t.heads[b][slot] = t.heads[b][slot], n
		}
		t.chains[b] = append(t.chains[b], link)
	}
}

// slot is where band key k is in its band's table.
func (t *bandTables) slot(k uint64) int { return int(k & uint64(len(t.heads[0])-1)) }

// reset empties the tables and chains, each table sized for twice n
// entries at a load of at most a half: the keys are hashes, so their low
// bits make a well-spread slot, and a slot shared by two keys only
// lengthens a chain.
func (t *bandTables) reset(n int) {
	size := 1 << 12
	for size < 4*max(n, minCompact) {
		size <<= 1
	}
	for b := range t.heads {
		h := make([]int32, size)
		for i := range h {
			h[i] = -1
		}
		t.heads[b] = h
		t.chains[b] = make([]bandLink, 0, 2*max(n, minCompact))
	}
}

// bandKeys are the MinHash band keys of a set of shingles: for each band,
// a hash of the least values of two hash functions over the shingles.
// The 2×storyBands functions are h1 + i·h2 of two hashes of a shingle
// (double hashing), which finds pairs as often as independent functions
// do at every similarity from 0.1 to 0.5 and costs half as much.
// Every empty set has the same keys: the index leaves them out.
func bandKeys(shingles []uint32) [storyBands]uint64 {
	var mins [2 * storyBands]uint64
	for i := range mins {
		mins[i] = ^uint64(0)
	}
	for _, s := range shingles {
		h, step := mix64(uint64(s)), mix64(uint64(s)^storySeed)|1
		for i := range mins {
			mins[i] = min(mins[i], h)
			h += step
		}
	}
	var keys [storyBands]uint64
	for b := range keys {
		keys[b] = mix64(mins[2*b]^mix64(mins[2*b+1])) ^ uint64(b)
	}
	return keys
}

// storySeed varies mix64 into bandKeys' second hash.
const storySeed = 0x9e3779b97f4a7c15

// mix64 is the finalizer of SplitMix64: a fast, well-spread 64-bit hash.
func mix64(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}
