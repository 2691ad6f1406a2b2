package aggregator

import (
	"container/heap"
	"context"
	"slices"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// A topic that prefers some sources lets their copy of a story stand for
// it: a new story whose first item is from another source is held back
// for PreferWait, and the first preferred copy filed within that time
// leads it (storage.Match.Lead); its entry is the lead's. A story that no
// preferred copy joined in time appears once the wait and LeadGrace have
// passed, for its first item. Either way the item that stands for a story
// is settled before the story first appears, and stays.

// DefaultPreferWait is how long a new story waits for a preferred copy
// when a topic prefers sources and sets no wait.
const DefaultPreferWait = time.Hour

// LeadGrace is how long past its wait a story without a lead stays held
// back: a preferred copy filed just before the wait ends is committed
// within it, so the story is not published for its first item first.
const LeadGrace = time.Minute

// Hold is how long after its first item arrived a story of a topic with
// these options may wait for a lead; 0 when the topic prefers no source.
func (o StoryOptions) Hold() time.Duration {
	if len(o.Prefer) == 0 {
		return 0
	}
	return o.withDefaults().PreferWait + LeadGrace
}

// storyKey names a story in the topic numbered topic.
type storyKey struct {
	topic uint16
	story string
}

// storyState is what the index knows of a story in a topic that prefers
// sources.
type storyState struct {
	start time.Time // when its first item arrived
	led   bool      // a preferred copy leads it
}

// lead decides whether an item filed at now into story in the topic
// numbered k leads the story, or, as its first item, makes it wait for a
// lead, and notes the story's state: a story's first item leads it when
// it is from a preferred source, and else the story waits; a later copy
// leads a waiting story when it is the first from a preferred source,
// filed within the wait.
func (x *storyIndex) lead(k uint16, id, story string, p *storyPrint, now time.Time) (lead, waits bool) {
	o := x.byNum[k]
	if len(o.Prefer) == 0 {
		return false, false
	}
	preferred := slices.ContainsFunc(p.sources, func(s string) bool { return slices.Contains(o.Prefer, s) })
	key := storyKey{k, story}
	if story == id {
		x.states[key] = &storyState{start: p.arrived, led: preferred}
		if !preferred {
			x.hold(p.arrived.Add(o.Hold()), k)
		}
		return preferred, !preferred
	}
	st := x.states[key]
	if st == nil || st.led || !preferred || now.After(st.start.Add(o.PreferWait)) {
		return false, false
	}
	st.led = true
	return true, false
}

// noteStored notes the state of the story of a stored item in the topic
// numbered k, when the topic prefers sources: a story that waits for a
// lead does from when its first item arrived, and is led once any of its
// items leads it. Stories that started before the topic preferred
// sources, whose first item does not wait, get no lead.
func (x *storyIndex) noteStored(k uint16, id string, m storage.Match, p *storyPrint) {
	if len(x.byNum[k].Prefer) == 0 {
		return
	}
	key := storyKey{k, m.Story}
	st := x.states[key]
	switch {
	case st == nil && m.Story == id && (m.Waits || m.Lead):
		x.states[key] = &storyState{start: p.arrived, led: m.Lead}
	case st != nil && m.Lead:
		st.led = true
	}
}

// holdUnled schedules the release of the stories without a lead whose
// hold ends after now.
func (x *storyIndex) holdUnled(now time.Time) {
	for key, st := range x.states {
		if at := st.start.Add(x.byNum[key.topic].Hold()); !st.led && at.After(now) {
			x.hold(at, key.topic)
		}
	}
}

// keepStates keeps the states of the stories some entry is still in,
// after a compaction.
func (x *storyIndex) keepStates() {
	if len(x.states) == 0 {
		return
	}
	kept := map[storyKey]*storyState{}
	for i := range x.entries {
		e := &x.entries[i]
		for k := range x.byNum {
			if story, ok := e.storyIn(uint16(k)); ok {
				if st := x.states[storyKey{uint16(k), story}]; st != nil {
					kept[storyKey{uint16(k), story}] = st
				}
			}
		}
	}
	x.states = kept
}

// release is when a held story of a topic may appear without a lead.
type release struct {
	at    time.Time
	topic uint16
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

func (x *storyIndex) hold(at time.Time, topic uint16) {
	heap.Push(&x.releases, release{at, topic})
	select {
	case x.wake <- struct{}{}:
	default:
	}
}

// due takes the releases at or before now: the topics whose feeds they
// change, and when the next one is (zero when none is).
func (f *storyFiler) due(now time.Time) (topics []string, next time.Time) {
	x := f.index
	x.mu.Lock()
	defer x.mu.Unlock()
	for len(x.releases) > 0 && !x.releases[0].at.After(now) {
		r := heap.Pop(&x.releases).(release)
		if t := x.topics[r.topic]; !slices.Contains(topics, t) {
			topics = append(topics, t)
		}
	}
	if len(x.releases) > 0 {
		next = x.releases[0].at
	}
	return topics, next
}

// releaseLoop reports a topic changed whenever a story held back for a
// lead may appear without one, so that its feeds are rendered again.
func (a *Aggregator) releaseLoop(ctx context.Context) {
	f := a.stories
	if f == nil || !f.index.prefers {
		return
	}
	for {
		topics, next := f.due(a.now())
		if len(topics) > 0 && a.opts.OnChange != nil {
			a.opts.OnChange(topics)
		}
		var timer *time.Timer
		var fired <-chan time.Time
		if !next.IsZero() {
			timer = time.NewTimer(next.Sub(a.now()))
			fired = timer.C
		}
		select {
		case <-ctx.Done():
		case <-f.index.wake:
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
