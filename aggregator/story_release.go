package aggregator

import (
	"container/heap"
	"context"
	"log/slog"
	"slices"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// Releasing the stories whose wait for a lead ended: the heap of their
// releases, the loop that stores their leads, and the members they are
// offered to (story_lead.go decides leads as items are filed).

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
