package aggregator

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/feedsieve/feedsieve/storage"
)

// Story similarity: what story grouping compares of an item (its
// storyPrint: language, link, publication and the shingles of its title
// and summary), and how two items are found to be one story (likeness,
// StoryVerdict). The index (story_index.go) measures only the pairs its
// bands and links find.

// storyPrint is what story grouping compares of an item.
type storyPrint struct {
	lang      string // primary language subtag, lower case; "" when unknown
	link      string // normalized link
	published time.Time
	shingles  []uint32           // hashes, sorted, without repeats
	keys      [storyBands]uint64 // MinHash band keys of the shingles
	arrived   time.Time          // when the item was first seen
	sources   []string           // that delivered it
}

func newStoryPrint(it *storage.Item) storyPrint {
	var sh shingler
	for _, s := range []string{it.Title, it.Summary} {
		if s != "" {
			sh.add(tokenize(Fold(HTMLText(s)), false))
		}
	}
	return storyPrintOf(it, sh.done())
}

// storyPrintOf is the print of an item whose title's and summary's
// shingles are given.
func storyPrintOf(it *storage.Item, shingles []uint32) storyPrint {
	p := storyPrint{
		lang:      primaryLanguage(it.Language),
		link:      it.NormLink,
		published: it.Published,
		shingles:  shingles,
		arrived:   it.FirstSeen,
		sources:   it.Sources,
	}
	p.keys = bandKeys(p.shingles)
	return p
}

// primaryLanguage is the language subtag of a BCP 47 tag: "en" of "en-GB".
func primaryLanguage(tag string) string {
	tag, _, _ = strings.Cut(tag, "-")
	tag, _, _ = strings.Cut(tag, "_")
	return strings.ToLower(strings.TrimSpace(tag))
}

// shingler hashes the shingles of the tokens of several texts (the title,
// then the summary) as of one text: the word pairs, the character pairs
// of spaceless runs, and for a text of one word that word; the last word
// of one text and the first of the next make a pair.
type shingler struct {
	out  []uint32
	prev string // the last word, "" after a spaceless run
	only string // the one word, while there is one
	n    int    // tokens seen
}

func (sh *shingler) add(toks []token) {
	for _, t := range toks {
		if sh.n++; sh.n == 1 {
			sh.only = t.text
		}
		if t.spaceless {
			sh.prev = ""
			runePairs(t.text, sh.pair)
			continue
		}
		if sh.prev != "" {
			sh.pair(sh.prev, t.text)
		}
		sh.prev = t.text
	}
}

func (sh *shingler) pair(a, b string) { sh.out = append(sh.out, pairHash(a, b)) }

// done returns the shingles, sorted, without repeats.
func (sh *shingler) done() []uint32 {
	if len(sh.out) == 0 && sh.n == 1 {
		sh.pair(sh.only, "")
	}
	slices.Sort(sh.out)
	return slices.Compact(sh.out)
}

// pairHash is the 64-bit FNV-1a hash of a, a zero byte and b, folded to
// 32 bits: two sets of a hundred shingles share one by chance about once
// in 400,000 pairs of items, which moves their similarity by half a hundredth.
func pairHash(a, b string) uint32 {
	const prime = 1099511628211
	h := uint64(14695981039346656037)
	for i := 0; i < len(a); i++ {
		h = (h ^ uint64(a[i])) * prime
	}
	h *= prime // the zero byte
	for i := 0; i < len(b); i++ {
		h = (h ^ uint64(b[i])) * prime
	}
	return uint32(h ^ h>>32)
}

// runePairs calls add with every two consecutive characters of s, or
// with s alone when it is one character.
func runePairs(s string, add func(a, b string)) {
	first, w := utf8.DecodeRuneInString(s)
	if w == len(s) {
		add(s, "")
		return
	}
	for i := w; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		add(string(first), string(r))
		first = r
		i += n
	}
}

// jaccard is |a ∩ b| / |a ∪ b| of two sorted sets without repeats. When
// that is less than atLeast, it may stop early and return 0: most pairs
// the index compares are far apart, and their merge ends once the
// elements left cannot make up the intersection needed.
func jaccard(a, b []uint32, atLeast float64) float64 {
	total := len(a) + len(b)
	if total == 0 {
		return 0
	}
	// common/(total-common) ≥ atLeast exactly when common ≥ need; the
	// slack only makes need smaller than it could be.
	need := int(math.Ceil(atLeast*float64(total)/(1+atLeast) - 1e-9))
	common, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		if common+min(len(a)-i, len(b)-j) < need {
			return 0
		}
		x, y := a[i], b[j]
		if x == y {
			common++
		}
		if x <= y {
			i++
		}
		if x >= y {
			j++
		}
	}
	return float64(common) / float64(total-common)
}

// StoryVerdict says whether two items are one story, and why.
type StoryVerdict struct {
	Same       bool
	Similarity float64 // Jaccard similarity of the shingles
	SharedLink bool
	Reason     string
}

// likeness is what decides whether two items are one story, whatever a
// topic's options: measured once per pair, however many topics ask.
type likeness struct {
	similarity float64
	sharedLink bool
	otherLang  bool // both have a language, and they differ
	apart      time.Duration
}

// measure measures the likeness of two items; when their similarity is
// less than atLeast, it may be measured as 0.
func measure(a, b *storyPrint, atLeast float64) likeness {
	return likeness{
		similarity: jaccard(a.shingles, b.shingles, atLeast),
		sharedLink: a.link != "" && a.link == b.link,
		otherLang:  a.lang != "" && b.lang != "" && a.lang != b.lang,
		apart:      a.published.Sub(b.published).Abs(),
	}
}

// same reports whether the pair is one story under options with their
// defaults filled in.
func (l likeness) same(o StoryOptions) bool {
	return l.apart <= o.Window && (l.sharedLink || !l.otherLang && l.similarity >= o.Threshold)
}

// rank orders the pairs of one story: a shared link first, then by
// similarity.
func (l likeness) rank() float64 {
	if l.sharedLink {
		return 2
	}
	return l.similarity
}

// verdict is l, the likeness of a and b, under o, with the reason
// spelled out.
func (l likeness) verdict(o StoryOptions, a, b *storyPrint) StoryVerdict {
	v := StoryVerdict{Same: l.same(o), Similarity: l.similarity, SharedLink: l.sharedLink}
	switch {
	case l.apart > o.Window:
		v.Reason = fmt.Sprintf("published %s apart, more than the window of %s", roundDuration(l.apart), o.Window)
	case l.sharedLink:
		v.Reason = "same link " + a.link
	case l.otherLang:
		v.Reason = fmt.Sprintf("different languages (%s, %s) and links", a.lang, b.lang)
	case v.Same:
		v.Reason = fmt.Sprintf("title and summary %.2f similar (at least %.2f)", l.similarity, o.Threshold)
	default:
		v.Reason = fmt.Sprintf("title and summary only %.2f similar (less than %.2f)", l.similarity, o.Threshold)
	}
	return v
}

// compareStories decides whether a and b are one story, and says why.
func compareStories(a, b storyPrint, o StoryOptions) StoryVerdict {
	return measure(&a, &b, 0).verdict(o.withDefaults(), &a, &b)
}

func roundDuration(d time.Duration) time.Duration {
	if d >= time.Hour {
		return d.Round(time.Minute)
	}
	return d.Round(time.Second)
}
