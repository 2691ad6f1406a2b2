package aggregator

import (
	"math"
	"slices"
	"strings"
	"time"
)

// Title conflicts: what two items' titles disagree on, which makes them
// different news however alike their words (story_similarity.go weighs
// the words). Titles written alike that each have a number the other
// item lacks, or each a name, are template headlines on different events
// ("Magnitude 5.1 earthquake strikes off Crete", "… 4.8 … off Sicily");
// titles that each have rare names or numbers, none of them in the other
// item, report on different subjects in the words of one kind of news.

// sameTemplate reports whether two titles are written alike: at least a
// third of the words of the shorter, numbers aside, are in the longer.
// Such titles are a template ("Magnitude 5.1 earthquake strikes off
// Crete"), and where they differ is the news; titles written differently
// are rewrites, which name things differently ("Isle of Wight",
// "Solent").
func sameTemplate(a, b *storyPrint) bool {
	common, least := titlesCommon(a, b)
	return 3*common >= least
}

// closeTemplate reports whether two titles are written nearly alike: two
// thirds of the words of the shorter, numbers aside, are in the longer.
func closeTemplate(a, b *storyPrint) bool {
	common, least := titlesCommon(a, b)
	return 3*common >= 2*least
}

// longTemplate reports whether two titles of at least four words each,
// numbers aside, are written nearly alike. In German, whose every noun is
// capitalized, only titles so alike tell their names ("Flughafen
// Hamburg", "Flughafen Köln") by the rest: two words of three alike
// ("Elbbrücke … gesperrt") are a rewrite as often as a template. Such a
// template ("El Ibex 35
// cierra con una subida del 0,8% y recupera los 11.900 puntos", "… del
// 0,3% y se mantiene en los 11.900 puntos") differs in its figures
// however many others it shares, an index's 35 or a level's 11,900. A
// BRIEF's title is nearly all figures and abbreviations, and is never
// one.
func longTemplate(a, b *storyPrint) bool {
	return min(len(a.words.titleRest), len(b.words.titleRest)) >= 4 && closeTemplate(a, b)
}

// seriesGap is how far apart one source's items alike in words are two
// reports of a series (its weather, its market close, its newsletter)
// rather than one story: an outlet updates its own report within hours.
const seriesGap = 12 * time.Hour

// sameSource reports whether two items came from the same source first.
func sameSource(a, b *storyPrint) bool {
	return len(a.sources) > 0 && len(b.sources) > 0 && a.sources[0] == b.sources[0]
}

// titlesCommon counts the words of a's title, numbers aside, in b's, and
// the words of the shorter title.
func titlesCommon(a, b *storyPrint) (common, least int) {
	ta, tb := a.words.titleRest, b.words.titleRest
	for _, w := range ta {
		if _, ok := slices.BinarySearch(tb, w); ok {
			common++
		}
	}
	return common, min(len(ta), len(tb))
}

// capsNouns reports whether p's language capitalizes its nouns, so that
// its title's capitalized words are no sure names: they tell apart only
// titles written nearly alike, and neither weigh against nor anchor.
func capsNouns(p *storyPrint) bool { return capsNounsIn(p.lang) }

// capsNounsIn reports whether language lang capitalizes its nouns.
func capsNounsIn(lang string) bool { return lang == "de" }

// disagreeing counts the numbers and names of a's title that b lacks, and
// what they weigh, numbers and names apart; it appends their text to out
// when out is not nil. Those that weigh nothing, such as the outlet's own
// name in each of its titles, do not count.
func (s *wordStats) disagreeing(a, b *storyPrint, out *[]string) (nums, names int, numWeight, nameWeight float64) {
	for _, n := range a.words.titleNums {
		if x := s.weightOf(a, pairHash(a.lang, n)); x > 0 && !b.hasNumber(n) {
			nums++
			numWeight += x
			if out != nil {
				*out = append(*out, n)
			}
		}
	}
	for _, nw := range a.words.titleCaps {
		if s.lacksName(a, b, nw) {
			names++
			if !capsNouns(a) {
				nameWeight += s.weightOf(a, nw.word)
			}
		}
	}
	return nums, names, numWeight, nameWeight
}

// acronymsLacking reports whether a's title has an acronym or a club's
// initials that b lacks: where every noun is capitalized, the names that
// tell template twins apart ("SG Elbtal schlägt TV Heidmark 31:28",
// "HSG Moorbach schlägt VfL Lindenau 31:28").
func (s *wordStats) acronymsLacking(a, b *storyPrint) bool {
	for _, nw := range a.words.titleCaps {
		if nw.sure && s.lacksName(a, b, nw) {
			return true
		}
	}
	return false
}

// revises reports whether the later of a and b, published within
// seriesGap of the earlier, is a wire's update of it: tagged as one,
// sharing a name of the titles, and naming everything the earlier's
// title names, though it may name more (the church the quake cracked).
// An update revises its report's figures: "UPDATE 1-Rhodes quake
// downgraded to 4.9; cracks in Lindos church" after "Magnitude 5.1
// earthquake strikes off Rhodes". namesA and namesB count the names of
// a's title that b lacks and of b's that a lacks (disagreeing).
func (s *wordStats) revises(a, b *storyPrint, apart time.Duration, namesA, namesB int) bool {
	if a.published.Before(b.published) {
		a, b, namesB = b, a, namesA
	}
	return apart <= seriesGap && a.words.update && namesB == 0 && s.sharesTitleName(a, b)
}

// anchored reports whether a and b share a rare name or number of one
// of their titles, or one of the titles has none: copies of a report,
// however rewritten, keep some of its names and numbers ("Ruiz",
// "Ierapetra", "5.1"), while two reports of one kind that each name
// their own ("Riksbank" and "Hungarian") share only the wording of
// their kind of news.
func (s *wordStats) anchored(a, b *storyPrint) bool {
	hasA, sharedA := s.anchors(a, b)
	if sharedA {
		return true
	}
	hasB, sharedB := s.anchors(b, a)
	return sharedB || !hasA || !hasB
}

// anchors reports whether a's title has a rare name or number, and
// whether b has one of them; a place found by name is one only when b's
// title names another (lacksName).
func (s *wordStats) anchors(a, b *storyPrint) (has, shared bool) {
	rare := s.rareIn(a.lang)
	for _, n := range a.words.titleNums {
		if distinctive(n) && s.weightOf(a, pairHash(a.lang, n)) >= rare {
			if b.holdsNumber(n) {
				return true, true
			}
			has = true
		}
	}
	for _, nw := range a.words.titleCaps {
		if (!capsNouns(a) || nw.sure) && s.isTitleName(nw) && s.weightOf(a, nw.word) >= rare {
			if b.hasName(nw) {
				return true, true
			}
			// as in lacksName: a place b lacks tells nothing when b's
			// title names none, whose district or street it may name
			has = has || !nw.place || b.namesPlace(nw)
		}
	}
	return has, false
}

// rareIn is the weight from which a title's name or number of an item
// in language lang anchors it (anchors): rareWeight, or, in a window of
// too few items in the language for a word of one item to be that rare
// (ten or fewer), the weight of a word of one item. Otherwise no name
// anchors an item in the first hours of a language's window, and two
// airports' strikes written alike, each naming its own, were one story.
func (s *wordStats) rareIn(lang string) float64 {
	n := s.docs[langNumber(lang)]
	return min(rareWeight, math.Log((float64(n)+1)/1.5)-1e-9) // a hair under: the word of one item is rare
}

// distinctive reports whether a number tells one event from another: not
// a single digit, which scores, counts and dates have everywhere.
func distinctive(n string) bool { return len(n) > 1 }

// sharesTitleNumber reports whether b has a number of a's title: then
// the two agree on a figure of the news, and the numbers either title
// has alone are others of it (a BRIEF's "EBIT EUR 214 mln vs EUR 261 mln"
// and a story's "profit falls 18%", whose text has the 214).
func sharesTitleNumber(a, b *storyPrint) bool {
	for _, n := range a.words.titleNums {
		if distinctive(n) && b.holdsNumber(n) {
			return true
		}
	}
	return false
}

// lacksName reports whether name nw of a's title is a name (never written
// in lower case in the window) that b lacks, and weighs something in a. A
// place found by name is lacking only when b's title names another: the
// list knows provinces and cities, not b's district or street.
func (s *wordStats) lacksName(a, b *storyPrint, nw nameWord) bool {
	if nw.place && !b.namesPlace(nw) {
		return false // b may name a place the list does not know: a district, a street
	}
	return !b.hasName(nw) && s.isTitleName(nw) && s.weightOf(a, nw.word) > 0
}

// hasNumber reports whether p has number n: in its title when n is a
// single digit, which any text may have by chance (a lottery draw's 6,
// a score's 2), and anywhere else; a digit with its decimal zero ("5.0")
// is the lone digit written otherwise only in the title.
func (p *storyPrint) hasNumber(n string) bool {
	if distinctive(n) && p.holdsNumber(n) {
		return true
	}
	return slices.ContainsFunc(p.words.titleNums, func(m string) bool { return sameNumber(m, n) })
}

// holdsNumber reports whether p has n anywhere, or has it with decimals
// when n is whole (8112 of 8112.45), or in thousands, millions or
// billions (amount.same), or in the scales its language counts in.
func (p *storyPrint) holdsNumber(n string) bool {
	scales := countScales[p.lang]
	whole := !strings.Contains(n, ".")
	an := amountOf(n) // once, not for each of p's numbers
	for _, m := range p.words.nums {
		if m == n || whole && len(m) > len(n) && m[len(n)] == '.' && strings.HasPrefix(m, n) || amountOf(m).same(an, scales) {
			return true
		}
	}
	return false
}

// scales are the powers of ten, besides a thousand's, a million's and a
// billion's, in which a language's news counts: bit k set for 10^k.
type scales uint16

const (
	lakhScales   scales = 1<<5 | 1<<7 // lakhs (100,000) and crores (10,000,000): "1.2 लाख" for 1,20,000
	myriadScales scales = 1<<4 | 1<<8 // 万 (10,000) and 亿 (100,000,000): "1.2万" for 12,000
	noScales     scales = 0
)

// countScales are the languages whose news counts in other scales than
// thousands; in others, the same digits a lakh or a myriad apart are
// other amounts (150,000 and 1.5 million, 12,000 and 1.2 million).
var countScales = map[string]scales{
	"hi": lakhScales, "bn": lakhScales, "ur": lakhScales, "ta": lakhScales, "te": lakhScales, "mr": lakhScales, "gu": lakhScales, "kn": lakhScales,
	"ml": lakhScales, "pa": lakhScales, "ne": lakhScales, "or": lakhScales, "as": lakhScales, "si": lakhScales,
	"zh": myriadScales, "ja": myriadScales, "ko": myriadScales, "yue": myriadScales,
}

// amount is a normalized number's significant digits, in two parts,
// whole then fraction, and the position of its point: 180000 is "18" at
// 6, 3.5 is "3" and "5" at 1, 0.25 is "25" at 0. Its digits are parts
// of the number, not a new string: amounts are compared for every pair
// of numbers of two items.
type amount struct {
	whole, frac string
	exp         int
}

func amountOf(n string) amount {
	whole, frac, _ := strings.Cut(n, ".")
	whole = strings.TrimLeft(whole, "0")
	exp := len(whole)
	if whole == "" {
		trimmed := strings.TrimLeft(frac, "0")
		exp -= len(frac) - len(trimmed)
		frac = trimmed
	}
	if frac = strings.TrimRight(frac, "0"); frac == "" {
		whole = strings.TrimRight(whole, "0")
	}
	return amount{whole, frac, exp}
}

// same reports whether two numbers' amounts have the same digits a power
// of a thousand apart, or one of the other scales': one story writes
// "180 000 hectares", another "180 тысяч", "180 thousand" or "180k"; one
// "1,20,000 scooters", another "1.2 लाख"; one "12000人", another
// "1.2万人"; and the 180, the 1.2 is read without the word that scales
// it.
func (a amount) same(b amount, other scales) bool {
	switch d := abs(int64(a.exp - b.exp)); {
	case d == 3 || d == 6 || d == 9:
	case d > 0 && d < 16 && other&(1<<d) != 0:
	default:
		return false
	}
	n := len(a.whole) + len(a.frac)
	if n == 0 || n != len(b.whole)+len(b.frac) {
		return false
	}
	for i := range n {
		if a.digit(i) != b.digit(i) {
			return false
		}
	}
	return true
}

// digit is the i-th of the amount's digits.
func (a amount) digit(i int) byte {
	if i < len(a.whole) {
		return a.whole[i]
	}
	return a.frac[i-len(a.whole)]
}

// hasName reports whether p has name nw, as written or in another of
// its forms (hasNameKey).
func (p *storyPrint) hasName(nw nameWord) bool {
	switch {
	case nw.place:
		return p.hasPlace(nw)
	case nw.person:
		return p.hasPerson(nw)
	}
	_, found := slices.BinarySearch(p.words.lookup(), nw.key())
	return found || p.hasNameKey(nw)
}

// hasNameKey reports whether p has a word beginning as name nw does
// ("Navigli" for "Naviglio"), or another name of its metonyms
// ("Brussels" for "EU").
func (p *storyPrint) hasNameKey(nw nameWord) bool {
	for _, k := range [2]uint32{nw.prefix, nw.alias} {
		if k == 0 {
			continue
		}
		if hasKey(p.words.prefixes, k) {
			return true
		}
	}
	return false
}

// sharesTitleName reports whether one of a's or b's titles has a name
// (not its opening word) that the other item has too.
func (s *wordStats) sharesTitleName(a, b *storyPrint) bool {
	return s.namesIn(a, b) || s.namesIn(b, a)
}

// namesIn reports whether a name of a's title is in b.
func (s *wordStats) namesIn(a, b *storyPrint) bool {
	for _, nw := range a.words.titleCaps {
		if !s.isTitleName(nw) {
			continue
		}
		if b.hasName(nw) {
			return true
		}
	}
	return false
}
