package aggregator

import "strconv"

// tallyRises reports whether later, published after earlier, gives in
// its title a larger count of the same thing in place of each count of
// earlier's title that it lacks, and of one at least: "46 flights
// cancelled" then "112 flights cancelled", "3명 부상" then "5명 부상". A
// developing report's tally rises hours later, its copies untagged; a
// count is a whole number followed by what it counts (storyWords.units),
// so that a measure ("50 cm" of snow forecast in one region, "70 cm" in
// another) tells no tally, nor a rate or a magnitude.
func tallyRises(later, earlier *storyPrint) bool {
	if !later.published.After(earlier.published) {
		return false
	}
	rose := false
	for i, n := range earlier.words.titleNums {
		if later.holdsNumber(n) {
			continue
		}
		if !later.countsMore(n, earlier.words.units[i]) {
			return false
		}
		rose = true
	}
	return rose
}

// countsMore reports whether p's title gives a count of unit larger than
// n, itself a count of unit.
func (p *storyPrint) countsMore(n string, unit uint32) bool {
	was, ok := tally(n)
	if !ok || unit == 0 {
		return false
	}
	for j, m := range p.words.titleNums {
		if now, ok := tally(m); ok && now > was && p.words.units[j] == unit {
			return true
		}
	}
	return false
}

// tally is a normalized number read as a count: a whole number above 0.
func tally(n string) (int, bool) {
	v, err := strconv.Atoi(n)
	return v, err == nil && v > 0
}
