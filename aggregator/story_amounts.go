package aggregator

import "strconv"

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

// figuresLacking reports whether the other item b lacks lacking figures of
// a title, lackedFigures or more, and its own title gives none.
func figuresLacking(lacking int, b *storyPrint) bool {
	return lacking >= lackedFigures && len(b.words.titleNums) == 0
}

// amountsApart reports whether the titles of a and b each give an
// amount of one unit, and differ on it: "fined 2.86 million yuan" and
// "fined 1.93 million yuan" (286万元, 193万元), "12,000 hens culled" and
// "23,000", in titles that are otherwise written their own ways, as
// the same kind of news from two places is. Neither item may have the
// other's figure anywhere, and whole figures of a hundred or more
// within a twentieth of each other are one figure rounded ("about
// 2,000 jobs" for 2,100). The caller leaves out a later item that is
// tagged as an update or says its figure rose: a fire's 300 hectares
// are 700 in its update.
func amountsApart(a, b *storyPrint) bool {
	for i, u := range a.words.units[:len(a.words.titleNums)] {
		if u == 0 || b.hasNumber(a.words.titleNums[i]) {
			continue
		}
		for j, v := range b.words.units[:len(b.words.titleNums)] {
			if v == u && !a.hasNumber(b.words.titleNums[j]) && !rounded(a.words.titleNums[i], b.words.titleNums[j]) {
				return true
			}
		}
	}
	return false
}

// rounded reports whether two whole figures of a hundred or more are
// within a twentieth of the larger: one of them rounded.
func rounded(m, n string) bool {
	x, errX := strconv.ParseUint(m, 10, 64)
	y, errY := strconv.ParseUint(n, 10, 64)
	if errX != nil || errY != nil || min(x, y) < 100 {
		return false
	}
	return 20*(max(x, y)-min(x, y)) <= max(x, y)
}
