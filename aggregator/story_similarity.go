package aggregator

import (
	"math"
	"slices"
	"strings"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// Story similarity: what story grouping compares of an item (its
// storyPrint: language, link, publication, source and words), and how
// two items are found to be one story (likeness, StoryVerdict). The index
// (story_index.go) measures only the pairs that share rare words or the
// link, with the word weights of the window (story_weights.go).
//
// Two items in one language are compared by the weight of the words they
// share: the mean of that weight over the lesser of their own weights
// (containment: a cut copy is contained in its original) and over their
// weights together (weighted Jaccard). Numbers and names in a title that
// the other item does not have count against, by their weight; and when
// titles written alike each have a number the other item lacks ("5.1"
// and "4.8"), or each a name ("Crete" and "Sicily"), the two are
// different news however alike their wording (unless, hours later, the
// later says its figure rose, "cases rise to 17", or is a wire's update
// that keeps the names and revises the figures): template headlines and a
// source's fixed wording are different events told alike. Titles that
// each have rare names or numbers, none of them in the other item, are
// different news too (anchored). A wire's update ("UPDATE 1-") is
// compared with the earlier items it may update without the penalty of
// the hours between them, and is never one source's next item of a
// series; so is a service report ("what holidaymakers need to know")
// published after the news it serves. A later item that tells its news as coming "a day after"
// another's, when the earlier does not, is a follow-up: a rival's bid
// after a takeover, a launch after its scrub.

// storyPrint is what story grouping compares of an item.
type storyPrint struct {
	lang      string // primary language subtag its words are read in (readItemWords)
	link      string // normalized link
	linkHash  uint32 // of link, 0 for none: links of two hashes differ
	published time.Time
	words     storyWords
	arrived   time.Time // when the item was first seen
	sources   []string  // that delivered it
	weights   []float64 // of words, under the stats of generation gen
	weightSum float64   // of weights
	gen       uint32
}

// newStoryPrint is the print of an item. It reads the title as written,
// capitals and numbers included, so classifying's folded tokens are no use
// to it.
func newStoryPrint(it *storage.Item) storyPrint {
	lang, words := readItemWords(primaryLanguage(it.Language), it.Title, it.Summary)
	p := storyPrint{
		lang:      lang,
		link:      it.NormLink,
		linkHash:  hashLink(it.NormLink),
		published: it.Published,
		words:     words,
		arrived:   it.FirstSeen,
		sources:   slices.Clone(it.Sources),
	}
	p.detach()
	return p
}

// primaryLanguage is the language subtag of a BCP 47 tag: "en" of "en-GB".
func primaryLanguage(tag string) string {
	tag, _, _ = strings.Cut(tag, "-")
	tag, _, _ = strings.Cut(tag, "_")
	return strings.ToLower(strings.TrimSpace(tag))
}

// pairHash hashes a and b, kept apart, to 32 bits: eight bytes at a
// time, multiplied and folded (story words are hashed by the dozen for
// every item filed).
func pairHash(a, b string) uint32 { return hashAfter(hashSeed(a), b) }

// hashSeed is the state of pairHash(a, b) once it has read a: readers of
// many words in one language hash it once.
func hashSeed(a string) uint64 { return mixString(uint64(len(a))*hashPrime, a) }

// hashAfter is pairHash(a, b) given hashSeed(a).
func hashAfter(seed uint64, b string) uint32 {
	h := mixString(seed^uint64(len(b))<<40, b)
	return uint32(h ^ h>>32)
}

const hashPrime = 0x9e3779b97f4a7c15

// mixString mixes s into h.
func mixString(h uint64, s string) uint64 {
	for ; len(s) >= 8; s = s[8:] {
		v := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		h = (h ^ v) * hashPrime
		h ^= h >> 29
	}
	var v uint64
	for i := 0; i < len(s); i++ {
		v |= uint64(s[i]) << (8 * i)
	}
	h = (h ^ v ^ uint64(len(s))<<59) * hashPrime
	return h ^ h>>31
}

// StoryVerdict says whether two items are one story, and why.
type StoryVerdict struct {
	Same bool
	// Similarity is the weighted share of their words, less what their
	// titles' disagreeing numbers and names weigh.
	Similarity float64
	SharedLink bool
	Reason     string
	// Shared are the rarest words both have; Disagree the numbers and
	// names of a title the other item lacks.
	Shared   []string `json:",omitempty"`
	Disagree []string `json:",omitempty"`
}

// likeness is what decides whether two items are one story, whatever a
// topic's options: measured once per pair, however many topics ask.
type likeness struct {
	similarity float64
	sharedLink bool
	otherLang  bool // both have a language, and they differ
	apart      time.Duration
	// conflict is "numbers" or "names" when each title has its own,
	// "places" when each names a place found by name the other lacks,
	// however they are written (story_places.go),
	// "kinds of event" when one title names a kind of event (a fire, a
	// strike) the other item names nowhere, and the other names another
	// the first lacks (story_synonyms.go),
	// "amounts" when each title gives an amount of one unit, and they
	// differ (amountsApart),
	// "figures" when one title gives lackedFigures figures or more, none
	// of them in the other item, whose title gives none,
	// "days" when each names days of the week and none the other's,
	// "unshared" when each has rare ones and the other item none of them,
	// "digest" when one is a newsletter's digest and the other is not,
	// "follow-up" when the later, more than seriesGap later, tells its
	// news as coming a day after another's and the earlier does not,
	// "new event" when the later's title tells of a new event of a kind
	// (an aftershock, a new quake), an arrest or a departure and the
	// earlier's does not (laterRenews),
	// "datelines" when one source datelined them from two places,
	// "series" when one source published them more than seriesGap apart
	conflict string
	tagged   bool // the later is tagged and shares a name of the titles: taggedBonus more alike
	placed   bool // one title names all the other's do and more, which costs nothing
	lands    bool // each title names a country and none of the other's: landsPenalty less alike
}

// measure measures the likeness of two items with the weights of s.
func (s *wordStats) measure(a, b *storyPrint) likeness { return s.measureAbove(a, b, math.Inf(-1)) }

// measureAbove is measure for a caller that only asks whether the pair
// is at least floor similar, or has the same link: a pair with the same
// link is not weighed at all; for the others, what the titles disagree
// on, which can only lower their similarity, is not weighed, and a pair
// whose words left cannot bring it to floor is left with a similarity
// only known to be below it.
func (s *wordStats) measureAbove(a, b *storyPrint, floor float64) likeness {
	l := likeness{
		sharedLink: a.linkHash != 0 && a.linkHash == b.linkHash && a.link == b.link,
		otherLang:  a.lang != "" && b.lang != "" && a.lang != b.lang,
		apart:      a.published.Sub(b.published).Abs(),
	}
	if l.otherLang || l.sharedLink && floor > math.Inf(-1) {
		return l // a shared link is one story whatever the words
	}
	var wa, wb, shared float64
	rare := 0
	aw, bw := a.words.words, b.words.words
	ax, bx := s.weigh(a), s.weigh(b)
	update := laterUpdate(a, b)
	service := a.words.service && a.published.After(b.published) || b.words.service && b.published.After(a.published)
	late := latePenalty * l.apart.Hours() / 24
	if update || service {
		late = 0 // a wire's update comes hours later by design, a service report the next morning
		if l.apart <= 24*time.Hour && s.sharesTitleName(a, b) {
			late, l.tagged = -taggedBonus, true
		}
	}
	prune := floor > math.Inf(-1)
	i, j := 0, 0
	for step := 1; i < len(aw) || j < len(bw); step++ {
		if prune && step%16 == 0 && bestSimilarity(a, b, wa, wb, shared)-late < floor {
			l.similarity = floor - 1 // below floor, by how much is not worth knowing
			return l
		}
		switch {
		case j == len(bw) || i < len(aw) && aw[i] < bw[j]:
			wa += ax[i]
			i++
		case i == len(aw) || bw[j] < aw[i]:
			wb += bx[j]
			j++
		default:
			wa, wb, shared = wa+ax[i], wb+bx[j], shared+min(ax[i], bx[j])
			if min(ax[i], bx[j]) >= rareWeight {
				rare++
			}
			i++
			j++
		}
	}
	if rare < 2 && s.docs[langNumber(a.lang)] >= rareAfter {
		return l // nothing rare in common: the words of every day's news
	}
	least := min(wa, wb)
	if least <= 0 {
		return l
	}
	l.similarity = (shared/least+shared/(wa+wb-shared))/2 - late
	if l.lands = landsApart(a, b); l.lands {
		l.similarity -= landsPenalty
	}
	if l.sharedLink || l.similarity < floor {
		return l
	}
	numsA, namesA, numOffA, nameOffA := s.disagreeing(a, b, nil)
	numsB, namesB, numOffB, nameOffB := s.disagreeing(b, a, nil)
	off := numOffA + nameOffA + numOffB + nameOffB
	revises := s.revises(a, b, l.apart, namesA, namesB)
	if revises {
		off = nameOffA + nameOffB // an update's new figures are no disagreement
	} else if l.apart <= seriesGap && (namesA == 0 || namesB == 0) && s.sharesTitleName(a, b) {
		// one title names all the other's do, and more: a rewrite's own
		// way of placing the news ("Thames estuary" for Tilbury), hours
		// after it, is no disagreement
		off, l.placed = numOffA+numOffB, nameOffA+nameOffB > 0
	}
	switch {
	case a.words.digest != b.words.digest:
		l.conflict = "digest"
	case numsA > 0 && numsB > 0 && (sameTemplate(a, b) || sameSource(a, b) && !update && !service && titlesPlaceApart(a, b)) && (longTemplate(a, b) || !sharesTitleNumber(a, b) && !sharesTitleNumber(b, a)) &&
		!(l.apart <= seriesGap && laterRises(a, b) || revises):
		l.conflict = "numbers"
	case !revises && (s.figuresLacking(a, b) || s.figuresLacking(b, a)):
		l.conflict = "figures"
	case namesA > 0 && namesB > 0 && sameTemplate(a, b) && (!capsNouns(a) || longTemplate(a, b) || s.acronymsLacking(a, b) && s.acronymsLacking(b, a)):
		l.conflict = "names"
	case s.placesApart(a, b):
		l.conflict = "places"
	case kindsApart(a, b):
		l.conflict = "kinds of event"
	case disjointDays(a, b) && !update:
		l.conflict = "days"
	case !revises && !s.anchored(a, b): // an update's new figures are its own; the place they share may be common
		l.conflict = "unshared"
	case l.apart > seriesGap && laterFollows(a, b):
		l.conflict = "follow-up"
	case laterRenews(a, b):
		l.conflict = "new event"
	case !update && datelinesApart(a, b):
		l.conflict = "datelines"
	case l.apart > seriesGap && sameSource(a, b) && !update && !service:
		l.conflict = "series"
	case !revises && !update && !(l.apart <= seriesGap && laterRises(a, b)) && amountsApart(a, b):
		l.conflict = "amounts"
	}
	l.similarity -= disagreePenalty * off / least
	return l
}

// laterUpdate reports whether the later of a and b is tagged as a wire's
// update; neither is later when they were published at once.
func laterUpdate(a, b *storyPrint) bool {
	return a.words.update && a.published.After(b.published) || b.words.update && b.published.After(a.published)
}

// laterFollows reports whether the later of a and b tells its news as
// following another's and the earlier does not: a rival's bid "a day
// after" a takeover, a launch "a day after" its scrub.
func laterFollows(a, b *storyPrint) bool {
	if a.published.Before(b.published) {
		a, b = b, a
	}
	return a.words.dayAfter && !b.words.dayAfter
}

// laterRises reports whether the later of a and b says in its title
// that a figure rose ("cases rise to 17", "Zahl der Verletzten steigt
// auf 23") and the earlier does not: hours later, it tells the earlier's
// count updated, not another event's.
func laterRises(a, b *storyPrint) bool {
	if a.published.Before(b.published) {
		a, b = b, a
	}
	return a.words.rises && !b.words.rises
}

// bestSimilarity is the most similar two items can be found, before
// what is late, once their words have been walked through so far that
// wa, wb and shared weigh what those of a, those of b and those they
// share: the words left may at most all be shared.
func bestSimilarity(a, b *storyPrint, wa, wb, shared float64) float64 {
	ta, tb := a.weightSum, b.weightSum
	most := shared + min(ta-wa, tb-wb)
	if least := min(ta, tb); least > 0 {
		return (most/least + most/(ta+tb-most)) / 2
	}
	return 0
}

// latePenalty is how much a day between two items' publication counts
// against: copies of a report follow it within hours, while a follow-up
// on the next day tells much of the same with new news.
const latePenalty = 0.17

// Two items are one story only when they share at least two rare words:
// each weighing rareWeight, that is in at most one item in seven of the
// window's in their language, once it has rareAfter items.
const (
	rareWeight = 2.0
	rareAfter  = 100
)

// taggedBonus is how much more alike than their words a later item
// tagged as an update ("UPDATE 1-", "AKTUALISIERUNG:") or a column's
// brief ("Kort om:") is to an earlier one sharing a name of their
// titles, within a day: the tag says an earlier report exists, and the
// later one tells what changed since, in words of its own.
const taggedBonus = 0.03

// disagreePenalty is how much a title's numbers and names the other item
// lacks count against, by their weight: a rewrite names things its own
// way ("Solent", "Isle of Wight"), while template headlines on other
// events are kept apart by their conflict, not by this.
const disagreePenalty = 0.25

// same reports whether the pair is one story under options with their
// defaults filled in.
func (l likeness) same(o StoryOptions) bool {
	if l.apart > o.Window {
		return false
	}
	return l.sharedLink || !l.otherLang && l.conflict == "" && l.similarity >= o.Threshold
}

// sharedLinkRank is the rank of a shared link, above any similarity.
const sharedLinkRank = 2

// rank orders the pairs of one story: a shared link first, then by
// similarity.
func (l likeness) rank() float64 {
	if l.sharedLink {
		return sharedLinkRank
	}
	return l.similarity
}

// compareStories decides whether a and b are one story, and says why,
// weighing words alike.
func compareStories(a, b storyPrint, o StoryOptions) StoryVerdict {
	s := newWordStats()
	return s.measure(&a, &b).verdict(o.withDefaults(), &a, &b)
}

func roundDuration(d time.Duration) time.Duration {
	if d >= time.Hour {
		return d.Round(time.Minute)
	}
	return d.Round(time.Second)
}
