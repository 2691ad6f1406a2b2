package aggregator

import (
	"cmp"
	"slices"

	"github.com/feedsieve/feedsieve/storage"
)

// The evidence explain shows for a pair: the rarest words two items
// share, and the numbers, names and kinds of event of one title the
// other lacks.

// storyEvidence spells out what decided the likeness of items a and b,
// whose prints are pa and pb: the rarest words both have (at most
// eight, rarest first), and the numbers and names of either title the
// other lacks.
func storyEvidence(s *wordStats, a, b *storage.Item, pa, pb *storyPrint) (shared, disagree []string) {
	text := map[uint32]string{}
	for i, it := range []*storage.Item{a, b} {
		readStoryText([]*storyPrint{pa, pb}[i].lang, it.Title, it.Summary, text) // in the language read
	}
	var both []uint32
	for _, w := range pa.words.words {
		if _, ok := slices.BinarySearch(pb.words.words, w); ok && s.weight(pa, w) > 0 {
			both = append(both, w)
		}
	}
	slices.SortStableFunc(both, func(x, y uint32) int { return cmp.Compare(s.weight(pa, y), s.weight(pa, x)) })
	for _, w := range both[:min(len(both), 8)] {
		if t := text[w]; t != "" {
			shared = append(shared, t)
		}
	}
	if disjointDays(pa, pb) {
		disagree = append(disagree, titleDayWords(pa.lang, a.Title)...)
		disagree = append(disagree, titleDayWords(pb.lang, b.Title)...)
	}
	if kindsApart(pa, pb) {
		disagree = appendKindsLacking(disagree, pa, pb, text)
		disagree = appendKindsLacking(disagree, pb, pa, text)
	}
	for _, pair := range [][2]*storyPrint{{pa, pb}, {pb, pa}} {
		s.disagreeing(pair[0], pair[1], &disagree)
		for _, nw := range pair[0].words.titleCaps {
			if s.lacksName(pair[0], pair[1], nw) {
				disagree = append(disagree, text[nw.key()])
			}
		}
	}
	return shared, disagree
}

// appendKindsLacking appends to out the kinds of event a names that b
// lacks, as compared.
func appendKindsLacking(out []string, a, b *storyPrint, text map[uint32]string) []string {
	for _, k := range a.words.kinds {
		if _, found := slices.BinarySearch(b.words.words, k); !found && !slices.Contains(out, text[k]) {
			out = append(out, text[k])
		}
	}
	return out
}
