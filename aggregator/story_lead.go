package aggregator

import (
	"maps"
	"slices"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// A topic that prefers some sources lets their copy of a story stand for
// it. A story whose first item is from a preferred source is led by it at
// once. A story that starts at another source waits: its items are
// marked storage.Match.Waits, and the feeds leave it out until an item
// leads it (storage.Match.Lead). The first preferred copy filed within
// PreferWait of the first item's arrival leads it; when the wait ends
// without one, the release loop stores the first item (or, if it is not
// stored, the earliest stored copy) as the lead. Both decisions are taken
// under the index's lock, whichever comes first, and never undone once
// stored: the item that stands for a story is settled before the story
// can appear, and stays. A topic that prefers no source but settles stories waits
// Settle for every new story, and when the wait ends its earliest
// published stored copy leads it.

// DefaultPreferWait is how long a new story waits for a preferred copy
// when a topic prefers sources and sets no wait.
const DefaultPreferWait = time.Hour

// releaseRetry is how soon a release that could not be stored is tried
// again.
const releaseRetry = time.Minute

// storyKey names a story in the topic numbered topic.
type storyKey struct {
	topic uint16
	story string
}

// storyWaits is what the index knows of the stories that wait, or
// waited, for a lead, and when their waits end; the index's lock guards
// it.
type storyWaits struct {
	states   map[storyKey]*storyState
	releases releases      // when their waits end
	wake     chan struct{} // a release was added
}

// newStoryWaits returns the waits of an index that has filed nothing.
func newStoryWaits() storyWaits {
	return storyWaits{states: map[storyKey]*storyState{}, wake: make(chan struct{}, 1)}
}

// storyState is what the index knows of a story that waits, or waited,
// for a lead.
type storyState struct {
	start     time.Time // when its first item arrived
	led       bool      // its lead is decided
	preferred bool      // its lead was given back (reopen): a preferred source's copy filed meanwhile leads it
}

// waiting reports whether the story named story of the topic numbered k
// waits for its lead: an item that joins it waits with it.
func (w *storyWaits) waiting(k uint16, story string) bool {
	st := w.states[storyKey{k, story}]
	return st != nil && !st.led
}

// lead decides whether an item filed at now into story, in the topic
// numbered k, leads the story, or waits with it for a lead. A story's
// first item leads it when it is from a preferred source, and else the
// story waits; a later copy leads a waiting story when it is the first
// from a preferred source filed within the wait, and else waits with it.
// Stories the index has no state of (they started before the topic
// preferred sources) neither wait nor get a lead.
func (x *storyIndex) lead(k uint16, id, story string, p *storyPrint, now time.Time) (lead, waits bool) {
	o := x.options(k)
	wait := o.leadWait()
	if wait == 0 {
		return false, false
	}
	preferred := slices.ContainsFunc(p.sources, func(s string) bool { return slices.Contains(o.Prefer, s) })
	key := storyKey{k, story}
	st := x.waits.states[key]
	switch {
	case st == nil && story == id:
		x.waits.states[key] = &storyState{start: p.arrived, led: preferred}
		if !preferred {
			x.waits.hold(p.arrived.Add(wait), key)
		}
		return preferred, !preferred
	case st == nil || st.led:
		return false, false
	case now.After(st.start.Add(wait)):
		return false, false // the wait is over, its release due: a copy filed from history, or just before the release
	case preferred:
		st.led = true
		return true, false
	}
	return false, true
}

// unlead takes back the leads of items whose write failed: their stories
// wait again.
func (f *storyFiler) unlead(items []*storage.Item, now time.Time) {
	for _, it := range items {
		for _, m := range it.Topics {
			if m.Lead {
				f.reopen(m.Topic, m.Story, now)
			}
		}
	}
}

// reopen takes back the decided lead of a story, which was not stored:
// the story waits again until its wait ends, or until at if that is
// later.
func (f *storyFiler) reopen(topic, story string, at time.Time) {
	x := f.index
	x.lock()
	defer x.unlock()
	k, ok := x.topicNumber(topic)
	if st := x.waits.states[storyKey{k, story}]; ok && st != nil {
		// a preferred copy filed while the lead was held would have led:
		// when the wait ends, the first stored leads (addMembers), its
		// write done by then
		st.led, st.preferred = false, true
		x.waits.hold(maxTime(at, st.start.Add(x.options(k).leadWait())), storyKey{k, story})
	}
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

// noteStored notes, once the stored items of the last windows are
// entered, the states of their stories that wait or waited for a lead:
// started when their first item arrived (or their earliest, if the first
// is not among them), decided once any item leads. Those undecided are
// held until their wait ends; in topics that no longer prefer sources,
// that is at once.
func (x *storyIndex) noteStored(items []*storage.Item, now time.Time) {
	for _, it := range items { // in order of arrival
		x.noteMatches(it.ID, it.FirstSeen, it.Topics)
	}
	for key, st := range x.waits.states {
		if !st.led {
			x.waits.hold(maxTime(now, st.start.Add(x.options(key.topic).leadWait())), key)
		}
	}
}

// decided notes the stories of a stored item's matches as decided: no
// item filed after leads them.
func (x *storyIndex) decided(ms []storage.Match) {
	for _, m := range ms {
		if k, ok := x.topicNumber(m.Topic); ok {
			x.waits.states[storyKey{k, m.Story}] = &storyState{led: true}
		}
	}
}

// noteMatches notes the states of the stories of a stored item's
// matches that wait or waited for a lead; the item is id, and arrived at
// arrived, after the items noted before it.
func (x *storyIndex) noteMatches(id string, arrived time.Time, ms []storage.Match) {
	for _, m := range ms {
		k, ok := x.topicNumber(m.Topic)
		if !ok || !m.Waits && !m.Lead {
			continue
		}
		key := storyKey{k, m.Story}
		st := x.waits.states[key]
		if st == nil {
			st = &storyState{start: arrived}
			x.waits.states[key] = st
		}
		if m.Story == id {
			st.start = arrived
		}
		st.led = st.led || m.Lead
	}
}

// keepStates keeps the states of the stories some entry is still in,
// after a compaction, and of those still waiting for their lead, whose
// release is due: a story of items published long before the window's
// newest (an old report polled now) is dropped from the entries, and
// must still be released.
func (x *storyIndex) keepStates() {
	if len(x.waits.states) == 0 {
		return
	}
	kept := map[storyKey]*storyState{}
	for key, st := range x.waits.states {
		if !st.led {
			kept[key] = st
		}
	}
	for n := range x.size() {
		for k := range x.topicCount() {
			if story, ok := x.storyOf(n, uint16(k)); ok {
				if st := x.waits.states[storyKey{uint16(k), story}]; st != nil {
					kept[storyKey{uint16(k), story}] = st
				}
			}
		}
	}
	x.waits.states = kept
}

// leadPastWaits lets the first item (in a topic that settles stories,
// the earliest published copy) lead each story filing history started
// whose wait for its lead ended before now without one, as the release
// loop would have: stories holds each filed item's matches by its id,
// and published its publication.
func leadPastWaits(x *storyIndex, stories map[string][]storage.Match, published func(id string) time.Time, now time.Time) {
	type member struct {
		id string
		m  *storage.Match
	}
	members := map[storyKey][]member{}
	for _, id := range slices.Sorted(maps.Keys(stories)) {
		for i, m := range stories[id] {
			if k, ok := x.topicNumber(m.Topic); ok {
				key := storyKey{k, m.Story}
				members[key] = append(members[key], member{id, &stories[id][i]})
			}
		}
	}
	for key, st := range x.waits.states {
		if st.led || now.Before(st.start.Add(x.options(key.topic).leadWait())) {
			continue
		}
		var lead member
		for _, c := range members[key] {
			switch {
			case len(x.options(key.topic).Prefer) > 0: // the first item leads
				if c.id == key.story {
					lead = c
				}
			case lead.m == nil || earlierCopy(published(c.id), c.id, published(lead.id), lead.id):
				lead = c
			}
		}
		if lead.m != nil {
			lead.m.Lead = true
		}
	}
}

// earlierCopy reports whether copy a, published at pa, stands for a story
// before copy b: it was published earlier, or at the same time and its
// id sorts first. A copy without a time of publication comes last.
func earlierCopy(pa time.Time, a string, pb time.Time, b string) bool {
	switch {
	case pa.IsZero() != pb.IsZero():
		return pb.IsZero()
	case !pa.Equal(pb):
		return pa.Before(pb)
	}
	return a < b
}
