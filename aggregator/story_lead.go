package aggregator

import (
	"container/heap"
	"context"
	"log/slog"
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

// forget takes out of the index the items filed but not stored (over
// their source's quota, merged into another delivery of their link, or
// their write failed), and gives back the leads they took: they are no
// story's copy, and their next delivery is filed anew. Left in, a source
// over its quota would add its items to the index again at every poll.
func (f *storyFiler) forget(items []*storage.Item, now time.Time) {
	if len(items) == 0 {
		return
	}
	f.index.forget(items)
	f.unlead(items, now) // after: a copy of theirs is no member that may lead (reopen)
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

// addMembers lists the items of the stories of leads in the entries, in
// one pass: with preferred[j], the copies of preferred sources first (one
// filed while another held the lead, which its write then gave back:
// reopen); then the story's first item, which names it, whatever order
// the index entered its members in (after a restart, that of arrival,
// in which a round's items are not filed); then the others in order of
// arrival.
func (x *storyIndex) addMembers(leads []storage.StoryLead, preferred []bool) {
	at := map[storyKey]int{}
	for i, l := range leads {
		k, _ := x.topicNumber(l.Topic)
		at[storyKey{k, l.Story}] = i
	}
	order := make([][]int, len(leads)) // by lead, its members' places: 0 preferred, 1 the first item, 2 the others
	for n := range x.size() {
		for k := range x.topicCount() {
			story, ok := x.storyOf(n, uint16(k))
			if j, due := at[storyKey{uint16(k), story}]; ok && due {
				id, p := x.item(n)
				place := 2
				switch {
				case preferred[j] && slices.ContainsFunc(p.sources, func(s string) bool { return slices.Contains(x.options(uint16(k)).Prefer, s) }):
					place = 0
				case id == story:
					place = 1
				}
				leads[j].Members = append(leads[j].Members, storage.StoryMember{ID: id, NormLink: p.link})
				order[j] = append(order[j], place)
			}
		}
	}
	for j := range leads {
		ms, places := leads[j].Members, order[j]
		idx := make([]int, len(ms))
		for i := range idx {
			idx[i] = i
		}
		slices.SortStableFunc(idx, func(a, b int) int { return places[a] - places[b] })
		sorted := make([]storage.StoryMember, len(ms))
		for i, at := range idx {
			sorted[i] = ms[at]
		}
		leads[j].Members = sorted
	}
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

// release is when a story waiting for a lead is given its first item.
type release struct {
	at  time.Time
	key storyKey
}

// releases is a heap of releases, the earliest first.
type releases []release

func (h releases) Len() int           { return len(h) }
func (h releases) Less(i, j int) bool { return h[i].at.Before(h[j].at) }
func (h releases) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *releases) Push(v any)        { *h = append(*h, v.(release)) }
func (h *releases) Pop() any {
	old := *h
	v := old[len(old)-1]
	*h = old[:len(old)-1]
	return v
}

// hold notes when a story's wait ends, and wakes the release loop.
func (w *storyWaits) hold(at time.Time, key storyKey) {
	heap.Push(&w.releases, release{at, key})
	select {
	case w.wake <- struct{}{}:
	default:
	}
}

// due takes the releases at or before now whose stories are still
// undecided, decides them for their earliest stored member, and says
// when the next one is (zero when none is).
func (f *storyFiler) due(now time.Time) (out []storage.StoryLead, next time.Time) {
	x := f.index
	x.lock()
	defer x.unlock()
	w := &x.waits
	var preferred []bool // by lead: a preferred copy leads (storyState.preferred)
	for len(w.releases) > 0 && !w.releases[0].at.After(now) {
		r := heap.Pop(&w.releases).(release)
		if st := w.states[r.key]; st != nil && !st.led {
			st.led = true
			out = append(out, storage.StoryLead{Topic: x.topicName(r.key.topic), Story: r.key.story,
				Earliest: len(x.options(r.key.topic).Prefer) == 0})
			preferred = append(preferred, st.preferred)
		}
	}
	if len(out) > 0 {
		x.addMembers(out, preferred)
	}
	if len(w.releases) > 0 {
		next = w.releases[0].at
	}
	return out, next
}

// wakes receives when a story starts waiting, or waits again, so that
// the release loop looks again when the next wait ends.
func (f *storyFiler) wakes() <-chan struct{} { return f.index.waits.wake }

// releaseDue stores the leads of the stories whose wait has ended, and
// reports their topics changed; it returns when the next wait ends. Leads
// that cannot be stored are tried again later.
func (a *Aggregator) releaseDue() time.Time {
	due, next := a.stories.due(a.now())
	if len(due) == 0 {
		return next
	}
	leads, err := a.store.SetLeads(due)
	if err != nil {
		a.log.Error("store the leads of stories", slog.Int("stories", len(due)), slog.String("error", err.Error()))
		retry := a.now().Add(releaseRetry)
		for _, l := range due {
			a.stories.reopen(l.Topic, l.Story, retry)
		}
		return retry
	}
	var changed []string
	for i, l := range due {
		if leads[i] == "" {
			a.log.Warn("no stored item of a story can lead it", slog.String("topic", l.Topic), slog.String("story", l.Story))
		} else if !slices.Contains(changed, l.Topic) {
			changed = append(changed, l.Topic)
		}
	}
	if len(changed) > 0 && a.opts.OnChange != nil {
		a.opts.OnChange(changed)
	}
	return next
}

// releaseLoop releases the stories whose wait for a lead ends while Run
// runs.
func (a *Aggregator) releaseLoop(ctx context.Context) {
	if a.stories == nil {
		return
	}
	for {
		next := a.releaseDue()
		var timer *time.Timer
		var fired <-chan time.Time
		if !next.IsZero() {
			timer = time.NewTimer(next.Sub(a.now()))
			fired = timer.C
		}
		select {
		case <-ctx.Done():
		case <-a.stories.wakes():
		case <-fired:
		}
		if timer != nil {
			timer.Stop()
		}
		if ctx.Err() != nil {
			return
		}
	}
}

// itemsWithIDs are the items whose ids are among ids.
func itemsWithIDs(items []*storage.Item, ids []string) []*storage.Item {
	var out []*storage.Item
	for _, it := range items {
		if slices.Contains(ids, it.ID) {
			out = append(out, it)
		}
	}
	return out
}
