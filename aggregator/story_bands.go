package aggregator

import "slices"

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

// candidates lists, once each and in order of arrival, the entries
// sharing a band key or the link with p.
func (x *storyIndex) candidates(p *storyPrint) []int32 {
	out := x.buf[:0]
	defer func() { x.buf = out[:0] }()
	if n, ok := x.links[p.link]; ok && p.link != "" {
		for ; n >= 0; n = x.entries[n].prevLink {
			out = append(out, n)
		}
	}
	for b, k := range p.keys {
		if len(p.shingles) == 0 {
			break // an item without words is one story only by its link
		}
		chain, check := x.chains[b], uint32(k>>32)
		for n := x.heads[b][x.slot(k)]; n >= 0; n = chain[n].prev {
			if chain[n].check == check { // not another key of the slot
				out = append(out, n)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// chain links entry e, to be number n, behind the last entries sharing
// its keys and link, and notes its meta.
func (x *storyIndex) chain(n int32, e *storyEntry) {
	x.meta = append(x.meta, metaOf(&e.print))
	for b, k := range e.print.keys {
		link := bandLink{check: uint32(k >> 32), prev: -1}
		if len(e.print.shingles) > 0 {
			slot := x.slot(k)
			link.prev, x.heads[b][slot] = x.heads[b][slot], n
		}
		x.chains[b] = append(x.chains[b], link)
	}
	if e.print.link != "" {
		if prev, ok := x.links[e.print.link]; ok {
			e.prevLink = prev
		}
		x.links[e.print.link] = n
	}
}

// slot is where band key k is in its band's table.
func (x *storyIndex) slot(k uint64) int { return int(k & uint64(len(x.heads[0])-1)) }

// resetBands empties the bands' tables and chains, each table sized for
// twice n entries at a load of at most a half: the keys are hashes, so
// their low bits make a well-spread slot, and a slot shared by two keys
// only lengthens a chain.
func (x *storyIndex) resetBands(n int) {
	size := 1 << 12
	for size < 4*max(n, minCompact) {
		size <<= 1
	}
	for b := range x.heads {
		t := make([]int32, size)
		for i := range t {
			t[i] = -1
		}
		x.heads[b] = t
		x.chains[b] = make([]bandLink, 0, 2*max(n, minCompact))
	}
	x.meta = make([]entryMeta, 0, 2*max(n, minCompact))
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
