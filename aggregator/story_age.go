package aggregator

import "time"

// A story's age: an item that would join a story through one of its
// copies is weighed, when it comes more than seriesGap after the story's
// first item, with the hours since that item, so that a story does not
// creep from day to day through its reprints.

// noteStarts notes the publication of entry e in each of its stories.
func (x *storyIndex) noteStarts(e *storyEntry) {
	t := e.print.published.Unix()
	x.noteStart(e.story, t)
	for _, es := range e.except {
		x.noteStart(es.story, t)
	}
}

// noteStart notes that story has an item published at t; an entry in
// no topic the index collapses has no story ("").
func (x *storyIndex) noteStart(story string, t int64) {
	if story == "" {
		return
	}
	if start, ok := x.starts[story]; !ok || t < start {
		x.starts[story] = t
	}
}

// tooLate reports whether p, found l like entry e, comes too late for
// e's story in the topic numbered k (lateForStory).
func (x *storyIndex) tooLate(e *storyEntry, k uint16, p *storyPrint, l likeness) bool {
	story, _ := e.storyIn(k)
	start, ok := x.starts[story]
	return ok && lateForStory(l, p, time.Unix(start, 0), x.byNum[k].Threshold)
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
