package aggregator

import (
	"cmp"
	"slices"
)

// The story index's word lists: for each word, the entries that have it,
// which find the candidates a new item is compared with; and the
// compaction that drops the entries past the window and lists the others
// afresh.

// maxPosting is the most entries a word may be in for sharing it to make
// an entry a candidate. An item's rarest words are looked up, rarest
// first, at least rarestWords of them and more while their lists hold
// fewer than postingBudget entries in all: copies of a report share the
// names and numbers of its event, which few other items have, and
// looking up only those keeps the candidates few; but when many words
// are equally rare (a quiet window), which of them are looked up must
// not be chance.
//
// Of the entries sharing two or more of them, the maxCandidates sharing
// the most (the latest of those sharing as many) are compared: copies of
// one report share many of its rare words, and an item that shares two
// with dozens of others is telling them apart by words they all have.
const (
	maxPosting    = 128
	maxListed     = 2 * maxPosting // entries listed for a word, beyond which its list is no longer exact (story_forget.go)
	rarestWords   = 8
	postingBudget = 256
	maxCandidates = 16
)

// candidates lists, once each and in order of arrival, the latest
// maxCandidates entries sharing the link with p, and of those sharing two
// of its rarest words, the maxCandidates sharing most.
func (x *storyIndex) candidates(p *storyPrint) []int32 {
	out := x.buf[:0]
	defer func() { x.buf = out[:0] }()
	rare, found := x.lists[:0], x.found[:0]
	for _, w := range p.words.words {
		k, ok := x.posts[w]
		if !ok {
			found = append(found, -1)
			continue
		}
		found = append(found, k)
		if list := x.postings[k]; len(list) > 0 && len(list) <= maxPosting { // emptied by forget: as if not listed
			rare = append(rare, list)
		}
	}
	x.found = found
	slices.SortStableFunc(rare, func(a, b []int32) int { return len(a) - len(b) })
	n, total := 0, 0
	for n < len(rare) && (n < rarestWords || total+len(rare[n]) <= postingBudget) {
		total += len(rare[n])
		n++
	}
	x.lists = rare[:0]
	// Count each entry's lists in hits (all 0 between calls): those in
	// two are candidates.
	if len(x.hits) < len(x.entries) {
		x.hits = make([]uint8, 2*len(x.entries))
	}
	for _, list := range rare[:n] {
		for _, e := range list {
			if x.hits[e]++; x.hits[e] == 2 {
				out = append(out, e)
			}
		}
	}
	if len(out) > maxCandidates {
		slices.SortFunc(out, func(a, b int32) int { return cmp.Or(int(x.hits[b])-int(x.hits[a]), int(b-a)) })
		out = out[:maxCandidates]
	}
	for _, list := range rare[:n] {
		for _, e := range list {
			x.hits[e] = 0
		}
	}
	slices.Sort(out)
	if n, ok := x.links[linkKey(p.link)]; ok && p.link != "" {
		// the latest maxCandidates: a link that many items have is a
		// page's that no rule caught (pagelinks.go), and walking them all
		// would make each item's filing cost grow with the window
		for k := 0; n >= 0 && k < maxCandidates; n, k = x.entries[n].prevLink, k+1 {
			out = append(out, n)
		}
		slices.Sort(out)
		out = slices.Compact(out)
	}
	return out
}

// chain links entry e, to be number n, behind the last entries sharing
// its keys and link, and notes its meta. found, when not nil, has the
// postings of e's words, as candidates found them.
func (x *storyIndex) chain(n int32, e *storyEntry, found []int32) {
	x.meta = append(x.meta, metaOf(&e.print))
	for i, w := range e.print.words.words {
		k := int32(-1)
		if found != nil {
			k = found[i]
		} else if known, ok := x.posts[w]; ok {
			k = known
		}
		if k < 0 {
			k = int32(len(x.postings))
			x.posts[w], x.postings = k, append(x.postings, nil)
		}
		// A list longer than maxPosting finds no candidates, and lists
		// only grow until the next compaction lists the entries afresh:
		// they are kept whole up to maxListed, so that the entries of
		// items not stored can leave them (unchain), and one entry past
		// it marks a list no longer whole.
		if list := x.postings[k]; len(list) <= maxListed {
			x.postings[k] = append(list, n)
		}
	}
	if e.print.link != "" {
		key := linkKey(e.print.link)
		if prev, ok := x.links[key]; ok {
			e.prevLink = prev // and prev's nextLink n, once e is entered (linkNext)
		}
		x.links[key] = n
	}
}

// linkNext makes entry n the next of the entry before it with its link.
func (x *storyIndex) linkNext(n int32) {
	if prev := x.entries[n].prevLink; prev >= 0 {
		x.entries[prev].nextLink = n
	}
}

// linkKey is what the index lists a normalized link by: two links of one
// key are at worst compared for nothing (likeness compares the links).
func linkKey(link string) uint64 { return mixString(hashPrime, link) }

// resetBands empties the word lists and the entries' meta, sized for
// twice n entries and as many words as were listed.
func (x *storyIndex) resetBands(n int) {
	x.posts, x.postings = make(map[uint32]int32, len(x.posts)), make([][]int32, 0, len(x.postings))
	x.meta = make([]entryMeta, 0, 2*max(n, minCompact))
}

// compactEntries drops the entries published more than twice the window
// before the newest and chains the others afresh.
func (x *storyIndex) compactEntries() {
	cutoff := x.newest.Add(-2 * x.window)
	n := 0
	for i := range x.entries {
		if !x.entries[i].print.published.Before(cutoff) && !x.entries[i].gone {
			n++
		}
	}
	if n == len(x.entries) { // nothing to drop: the lists stand as they are
		x.compact = max(minCompact, 2*n)
		// room until the next compaction, copied once rather than at
		// each of append's smaller steps: an entry is hundreds of bytes
		x.entries = slices.Grow(x.entries, x.compact-n+1)
		return
	}
	// room for the entries until the next compaction, when they double
	kept := make([]storyEntry, 0, max(minCompact, 2*n)+1)
	x.links = make(map[uint64]int32, len(x.links))
	x.latest = make(map[uint64]int32, len(x.latest))
	x.held = make(map[string]storyHeld, len(x.held))
	x.resetBands(len(x.entries))
	for _, e := range x.entries {
		if e.print.published.Before(cutoff) || e.gone {
			if e.counted {
				x.stats.count(&e.print, -1, e.mates)
			}
			continue
		}
		e.prevLink, e.nextLink = -1, -1
		x.noteStarts(&e, int32(len(kept)))
		x.chain(int32(len(kept)), &e, nil)
		kept = append(kept, e)
	}
	x.entries = kept
	for n := range kept {
		x.noteID(int32(n))
		x.linkNext(int32(n))
	}
	x.pending, x.stale = x.pending[:0], false
	clear(x.staleBy)
	for n := range kept {
		if !kept[n].counted {
			x.notePending(int32(n), &kept[n].print)
		}
	}
	x.compact = max(minCompact, 2*len(kept))
	x.keepStates()
}
