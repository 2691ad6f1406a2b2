package aggregator

import (
	"slices"
	"strconv"
)

// Figures that tell two items apart though their titles are written
// their own ways: a title of figures that the other item lacks, and
// amounts of one unit that differ (story_similarity.go's conflicts
// "figures" and "amounts").

// lackedFigures is how many figures of one title, none of them in the
// other item, whose title gives none, make two items different news
// (likeness.conflict "figures"): a title of three figures or more is a
// report of them ("FTSE 100 closes down 0.7% at 9,347.9"), and a copy of
// it keeps one at least, while a company's news that the close names in
// its summary ("Pennant Homes issues profit warning") gives none. Two
// figures are too few: a rewrite drops a job cut's "2,100 jobs and 140
// branches" for "one in five outlets" (22 right pairs lost on the tuning
// halves).
const lackedFigures = 3

// figuresLacking reports whether a's title gives lackedFigures figures
// or more, b has none of them, and b's title gives none. A figure here
// is of more than one character, weighs something, and counts once: a
// single digit is any score's or date's ("Arsenal 3-1 Chelsea (HT 1-0)")
// and is looked for in the other title only, and a number an outlet
// puts in each of its titles ("FTSE 100") tells nothing.
func (s *wordStats) figuresLacking(a, b *storyPrint) bool {
	if len(b.words.titleNums) > 0 || len(a.words.titleNums) < lackedFigures {
		return false
	}
	n := 0
	for i, f := range a.words.titleNums {
		switch {
		case !distinctive(f) || slices.Contains(a.words.titleNums[:i], f) || s.weightOf(a, pairHash(a.lang, f)) == 0:
		case b.hasNumber(f):
			return false // a copy keeps one at least
		default:
			n++
		}
	}
	return n >= lackedFigures
}

// amountsApart reports whether the titles of a and b each give an
// amount of one unit, and differ on it: "fined 2.86 million yuan" and
// "fined 1.93 million yuan" (286万元, 193万元), "12,000 hens culled" and
// "23,000", in titles that are otherwise written their own ways, as
// the same kind of news from two places is. A figure's unit is the word
// right after it (storyWords.units). Neither item may have the other's
// figure anywhere, and figures that differ by less than apartRatio are
// one figure rounded or converted, or an early count ("about 2,000
// jobs" and 2,150; "€1.92 billion" and "€1.9 billion"; magnitude 5.3 and
// 5.4 by two institutes; 12 and 13 dead). The caller leaves out a later
// item that is tagged as an update or says its figure rose: a fire's 300
// hectares are 700 in its update.
func amountsApart(a, b *storyPrint) bool {
	for i, u := range a.words.units[:len(a.words.titleNums)] {
		if u == 0 || b.hasNumber(a.words.titleNums[i]) {
			continue
		}
		for j, v := range b.words.units[:len(b.words.titleNums)] {
			if v == u && !a.hasNumber(b.words.titleNums[j]) && farApart(a.words.titleNums[i], b.words.titleNums[j]) {
				return true
			}
		}
	}
	return false
}

// apartRatio is how many times the smaller of two amounts of one unit
// the larger must be for them to be two amounts: 1.4, so that a forecast's
// 22 degrees and a cold wave's 8, two fines of 2.86 and 1.93 million yuan,
// are two, and an early toll's 12 and 13 dead, or a rate converted ("$400
// million", "£300 million"), are one.
const apartRatio = 1.4

// farApart reports whether figures m and n, normalized, differ by
// apartRatio or more; figures that are not read as numbers are not.
func farApart(m, n string) bool {
	x, errX := strconv.ParseFloat(m, 64)
	y, errY := strconv.ParseFloat(n, 64)
	if errX != nil || errY != nil || x < 0 || y < 0 {
		return false
	}
	return max(x, y) >= apartRatio*min(x, y) && max(x, y) > 0
}
