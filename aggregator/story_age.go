package aggregator

import (
	"slices"
	"time"
)

// A story's age: an item that would join a story through one of its
// copies is weighed, when it comes more than seriesGap after the story's
// first item, with the hours since that item, so that a story does not
// creep from day to day through its reprints.

// storyHeld is what the index holds of a story: when its earliest item
// held was published, Unix seconds, and how many items it holds (in any
// topic: a story is named by its first item, which it has in every
// topic it is in), and which of them was published first.
type storyHeld struct {
	start int64
	items int32
	first int32 // the entry of the earliest published item held
}

// noteStarts notes entry e, numbered n, just held, in each of its
// stories.
func (x *storyIndex) noteStarts(e *storyEntry, n int32) {
	t := e.print.published.Unix()
	e.eachStory(func(story string) {
		h, ok := x.held[story]
		if !ok || t < h.start {
			h.start, h.first = t, n
		}
		h.items++
		x.held[story] = h
	})
}

// noteLeft notes that entry e is about to leave its stories, to be noted
// in others (noteStarts); their start stays.
func (x *storyIndex) noteLeft(e *storyEntry) {
	e.eachStory(func(story string) {
		if h, ok := x.held[story]; ok && h.items > 0 {
			h.items--
			x.held[story] = h
		}
	})
}

// eachStory calls f with each of the entry's stories once, the story of
// each of its topics (an exception replaces the entry's story in its
// topic); an entry in no topic the index collapses has none.
func (e *storyEntry) eachStory(f func(story string)) {
	if len(e.except) == 0 { // one story in every topic: most entries
		if e.story != "" && (e.topics.low != 0 || len(e.topics.high) > 0) {
			f(e.story)
		}
		return
	}
	var buf [8]string
	seen := buf[:0]
	e.topics.each(func(k uint16) {
		if story, _ := e.storyIn(k); story != "" && !slices.Contains(seen, story) {
			seen = append(seen, story)
			f(story)
		}
	})
}

// mayBridge reports whether an item filed into story, and one story with
// an item of other as well, merges the two (story_merge.go): when either
// holds a single item. An item that two stories of several items each
// would share is news that touches both, a strike at a port on fire, and
// single-linkage would weld them; a story of one item is a copy the first
// comparison missed, a rewrite, which the bridge brings in.
func (x *storyIndex) mayBridge(story, other string) bool {
	return x.held[story].items <= 1 || x.held[other].items <= 1
}

// tooLate reports whether p, found l like entry e, comes too late for
// e's story in the topic numbered k (lateForStory).
func (x *storyIndex) tooLate(e *storyEntry, k uint16, p *storyPrint, l likeness) bool {
	story, _ := e.storyIn(k)
	h, ok := x.held[story]
	return ok && lateForStory(l, p, time.Unix(h.start, 0), x.byNum[k].Threshold)
}

// lateForStory reports whether p, found l like a copy of a story whose
// first item was published at start, is published so long after start
// that, weighed with the penalty of the hours since then rather than
// since that copy, it is not one story with it: a follow-up the next
// day ("Brake failure caused the derailment") joins no story through
// the story's own reprint of that morning. Copies the same day, a
// wire's update and a service report (which pay no penalty), and a
// shared link are not held back.
func lateForStory(l likeness, p *storyPrint, start time.Time, threshold float64) bool {
	if l.sharedLink || p.words.update || p.words.service {
		return false
	}
	age := p.published.Sub(start)
	more := age - l.apart
	if more <= 0 || age <= seriesGap {
		return false
	}
	return l.similarity-latePenalty*more.Hours()/24 < threshold
}

// keptApart reports whether two stories that an item filed into story,
// and one story with entry m of other, in the topic numbered k, would
// bridge hold items that are surely different news: entry n, which it
// joined, and m, or the two stories' earliest items. They were measured
// when the later was filed, and the conflict kept it out of the
// earlier's story; a rewrite that names neither country ("Teuerung geht im Januar auf 2,1 Prozent
// zurück") is like both "Inflation in Österreich sinkt …" and
// "Inflation in Deutschland sinkt …", and its bridge would undo what
// kept them apart.
func (x *storyIndex) keptApart(n, m int32, story, other string, k uint16) bool {
	if n < 0 {
		return false
	}
	if x.surelyApart(n, m) {
		return true
	}
	a, b := x.firstOf(story, k), x.firstOf(other, k)
	return a >= 0 && b >= 0 && (a != n || b != m) && x.surelyApart(a, b)
}

// firstOf is the entry of the earliest item held of story in the topic
// numbered k, or -1: a story's name is the same in every topic, and its
// earliest item may be in it in another topic only, or have left it for
// the story a batch merged it into.
func (x *storyIndex) firstOf(story string, k uint16) int32 {
	h, ok := x.held[story]
	if !ok || h.items == 0 {
		return -1
	}
	if s, in := x.entries[h.first].storyIn(k); !in || s != story {
		return -1
	}
	return h.first
}

// surelyApart reports whether the items numbered n and m are surely
// different news: one source's series (likeness.conflict "series") or
// its reports datelined from two places ("datelines"),
// titles that each give an amount of one unit, and differ ("amounts":
// a forecast's high of 22 degrees, a cold wave's low of 8), or titles
// that disagree and each name a place found by name that the other item
// lacks, or, where every noun is capitalized, a sure name (a country, an
// acronym, a firm's name). Other conflicts do not hold a bridge back: a
// rewrite names its places its own way ("Bordighera" for "Ventimiglia e
// Sanremo"), and a developing report's figures change, where its title
// template stays (an amount's change is told as a rise or an update),
// also in one outlet's reports (a warehouse fire's burning area, then
// the fire contained), which ownDisagreeing keeps apart only when the
// outlet's later report is filed after the copy it would join through.
func (x *storyIndex) surelyApart(n, m int32) bool {
	a, b := &x.entries[n].print, &x.entries[m].print
	l := x.stats.measure(a, b)
	switch {
	case l.sharedLink:
		return false
	case l.conflict == "series" || l.conflict == "places" || l.conflict == "amounts":
		return true
	case l.conflict != "" && datelinesApart(a, b) && !laterUpdate(a, b):
		return true // whichever conflict the likeness names first
	}
	if l.conflict != "names" && l.conflict != "numbers" {
		return false
	}
	sure := capsNouns(a) && x.stats.acronymsLacking(a, b) && x.stats.acronymsLacking(b, a)
	return sure || x.stats.placesApart(a, b)
}
