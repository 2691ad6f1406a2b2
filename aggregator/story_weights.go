package aggregator

import (
	"math"
	"slices"
	"sync/atomic"
	"time"
)

// Word weights: how much sharing a word says that two items are one
// story. A word is worth its rarity among the recent items of its
// language (inverse document frequency over the index's window), so that
// "said" and "Monday" count for little and "Ierapetra" for much; and a
// word that recurs in a source's own items (the fixed wording of its
// weather reports, market closes or newsletters) counts for less in that
// source's items, down to nothing when it is in most of them.
//
// The names and numbers of a title are counted once per story: a copy
// does not count those it shares with the first item of its story.
// Otherwise the six copies of a report on a magnitude 6.1 earthquake in
// Arequipa make "6.1" and "Arequipa" common words of the window, and its
// seventh copy, a rewrite that shares little else, joins no story. The
// other words are counted in every item: the kind of news a story's
// copies tell ("wildfire", "forces", "evacuate") is as common as they
// are, and a look-alike on other news shares it.
//
// The counts are a snapshot, taken again once the clock has moved on by
// statsRefresh: every item filed between two snapshots is weighed by the
// same counts, so that items arriving together are compared alike
// whatever order they are filed in.

// statsGen numbers the generations of every wordStats: a print weighed
// under one stats is never taken as weighed under another (explain's,
// a test's) that has counted as many items.
var statsGen atomic.Uint32

// statsRefresh is how long a snapshot of the word counts is used.
const statsRefresh = time.Minute

// staleShare: a snapshot is taken anew, however recent, once the items
// of a language filed since number a staleShare-th of those of it the
// snapshot counts, while it counts fewer than staleBelow. The first
// items of a language in the window, or of a small window, are weighed
// by counts that hold them and the others polled with them, not by
// counts of almost nothing, where every word is rare. In a window of
// thousands of items of the language, a minute's items move the weights
// less than weighing every entry compared anew, again and again, costs.
const (
	staleShare = 64
	staleBelow = 4096
)

// wordStats count the words of the items of the window.
type wordStats struct {
	df    map[uint32]int32        // word (salted by language) → items with it
	docs  map[uint16]int32        // language number → items
	src   map[uint32]*sourceWords // source → its items' words
	lower map[uint32]int32        // word → items writing it in lower case
	gen   uint32                  // changes with the counts; no two stats share one (statsGen)
}

// sourceWords count one source's items and the words in them: kept
// apart from other sources', so that counting an item's words looks in
// one small table, not in one of every source's words.
type sourceWords struct {
	docs  int32            // the source's items
	words map[uint32]int32 // word → the source's items with it
}

func newWordStats() wordStats {
	return wordStats{df: map[uint32]int32{}, docs: map[uint16]int32{}, src: map[uint32]*sourceWords{}, lower: map[uint32]int32{}, gen: statsGen.Add(1)}
}

// weigh returns the weights of p's words, computed once per generation
// of the counts: an entry is compared with many items between two
// snapshots.
func (s *wordStats) weigh(p *storyPrint) []float64 {
	if p.gen != s.gen || len(p.weights) != len(p.words.words) {
		if cap(p.weights) < len(p.words.words) {
			p.weights = make([]float64, 0, len(p.words.words))
		}
		p.weights = p.weights[:0]
		n, own := s.docs[langNumber(p.lang)], s.src[p.sourceHash()]
		p.weightSum = 0
		for _, w := range p.words.words {
			x := s.weightIn(n, own, w)
			p.weights, p.weightSum = append(p.weights, x), p.weightSum+x
		}
		p.gen = s.gen
	}
	return p.weights
}

// weightOf is what word w of p is worth: its weight from weigh when p has
// it.
func (s *wordStats) weightOf(p *storyPrint, w uint32) float64 {
	if i, ok := slices.BinarySearch(p.words.words, w); ok {
		return s.weigh(p)[i]
	}
	return s.weight(p, w)
}

// count adds (d 1) or removes (d -1) an item's words; mates are the
// words of the first item of its story, nil when it is that item.
func (s *wordStats) count(p *storyPrint, d int32, mates []uint32) {
	s.gen = statsGen.Add(1)
	s.docs[langNumber(p.lang)] += d
	src := p.sourceHash()
	own := s.src[src]
	if own == nil {
		own = &sourceWords{words: map[uint32]int32{}}
		s.src[src] = own
	}
	own.docs += d
	var buf [16]uint32
	shared := p.anchorsIn(buf[:0], mates)
	for _, w := range p.words.words {
		if !slices.Contains(shared, w) {
			addCount(s.df, w, d)
		}
		addCount(own.words, w, d)
	}
	if own.docs <= 0 {
		delete(s.src, src)
	}
	for _, w := range p.words.lower {
		addCount(s.lower, w, d)
	}
}

// addCount adds d to word w's count, and forgets a word counted in no
// item: the words of items that left the window are not kept, or the
// tables would grow with every word (and every number) ever read.
func addCount(counts map[uint32]int32, w uint32, d int32) {
	if n := counts[w] + d; n != 0 {
		counts[w] = n
	} else {
		delete(counts, w)
	}
}

// anchorsIn appends to out the names and numbers of p's title that are
// among words, which are sorted.
func (p *storyPrint) anchorsIn(out, words []uint32) []uint32 {
	if len(words) == 0 {
		return out
	}
	add := func(w uint32) {
		if _, ok := slices.BinarySearch(words, w); ok && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	for _, nw := range p.words.titleCaps {
		add(nw.word)
	}
	for _, n := range p.words.titleNums {
		add(pairHash(p.lang, n))
	}
	return out
}

// weight is what word w of an item in p's language and source is worth.
func (s *wordStats) weight(p *storyPrint, w uint32) float64 {
	return s.weightIn(s.docs[langNumber(p.lang)], s.src[p.sourceHash()], w)
}

// weightIn is what word w is worth among n items of its language, in an
// item of the source whose words are own (nil when it has none counted).
func (s *wordStats) weightIn(n int32, own *sourceWords, w uint32) float64 {
	x := 1.0
	if n > 0 {
		x = max(0, math.Log((float64(n)+1)/(float64(s.df[w])+0.5)))
	}
	if own == nil || own.docs < 3 {
		return x
	}
	if k := own.words[w]; k >= 3 {
		// recurs in the source's own items: its fixed wording
		x *= max(0, 1-float64(k-1)/(float64(own.docs)/2))
	}
	return x
}

// isName reports whether a capitalized word, by its unstemmed hash, is
// a name: never written in lower case in the window.
func (s *wordStats) isName(w uint32) bool { return s.lower[w] == 0 }

// isTitleName reports whether a capitalized word of a title is a name:
// one never written in lower case, and not the title's first word when
// the summary does not name it again (any word is capitalized there).
func (s *wordStats) isTitleName(nw nameWord) bool { return !nw.opening && s.isName(nw.exact) }

// sourceHash names the first source of an item.
func (p *storyPrint) sourceHash() uint32 {
	if len(p.sources) == 0 {
		return 0
	}
	return pairHash(p.sources[0], "")
}

// refreshStats takes a new snapshot of the counts when the last is
// statsRefresh old at now (or now is zero, or before it), or when the
// items of a language filed since are many against those of it counted
// (staleShare): the items filed since are counted in.
func (x *storyIndex) refreshStats(now time.Time) {
	if len(x.pending) == 0 {
		return
	}
	if !x.stale && !now.IsZero() && now.Sub(x.statsAt) < statsRefresh && !now.Before(x.statsAt) {
		return
	}
	for _, n := range x.pending {
		if int(n) < len(x.entries) && !x.entries[n].gone {
			x.stats.count(&x.entries[n].print, 1, x.entries[n].mates)
			x.entries[n].counted = true
		}
	}
	x.pending, x.statsAt, x.stale = x.pending[:0], now, false
	clear(x.staleBy)
}

// notePending notes entry n, whose print is p, as not yet counted.
func (x *storyIndex) notePending(n int32, p *storyPrint) {
	x.pending = append(x.pending, n)
	lang := langNumber(p.lang)
	x.staleBy[lang]++
	if docs := x.stats.docs[lang]; docs < staleBelow && x.staleBy[lang]*staleShare >= docs {
		x.stale = true
	}
}
