package aggregator

import (
	"context"
	"slices"
	"sync"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// A round of polls files its new items into stories as one batch, once
// every poll of the round has its items prepared or has ended without
// new ones: in order of publication, then id, whatever order the polls
// finished in, as items polled together are meant to be
// (story_filing.go's settle). PollAll's round (`feedsieve poll`) is
// every source; Run's (serve) is the polls that are due or under way at
// once, such as every source at start. Filing each poll's items
// as it finished made the stories depend on that order: the earlier
// poll's stories were stored ones for the later poll's items, which two
// stored stories never merge across, and the word counts its items were
// weighed by held the earlier poll's items or not.
//
// A poll whose items wait for the round gives up its poll slot and
// holds a share of the pending budget (budget.go), as a poll waiting for
// its write does. So that those waiting never fill the budget, a round
// files what it holds early once half of the budget's polls or bytes
// wait: a round of more sources than that, or of larger feeds, is filed
// in parts, each in order. And so that a feed slow to answer does not
// hold every other poll's write, a poll's items wait roundWait at most.

// roundWait is the longest a poll's items wait for the rest of their
// round.
const roundWait = 10 * time.Second

// storyRound gathers the new items of a round's polls.
type storyRound struct {
	filer *storyFiler
	now   func() time.Time
	maxN  int           // polls held before filing early
	maxB  int64         // their response bytes
	wait  time.Duration // the longest a poll's items wait: roundWait

	mu     sync.Mutex
	left   map[string]bool // sources of the round due or polled, that have neither joined nor ended
	held   []*roundPart
	bytes  int64
	filing sync.Mutex // one filing at a time: taken with mu held, so that parts are filed in the order they were taken
}

// roundPart is one poll's new items, waiting to be filed.
type roundPart struct {
	todo  []storyTodo
	size  int64         // the poll's response bytes
	done  chan struct{} // closed once filed
	filed bool          // under storyRound.mu
}

func newStoryRound(f *storyFiler, sources []Source, now func() time.Time, maxN int, maxB int64) *storyRound {
	r := &storyRound{filer: f, now: now, maxN: max(maxN/2, 1), maxB: maxB / 2, wait: roundWait, left: make(map[string]bool, len(sources))}
	for _, s := range sources {
		r.left[s.Name] = true
	}
	return r
}

// join files the new items of source's poll with those of the round's
// other polls, and returns once they are filed or ctx ends; size is the
// poll's response bytes. Items of a source the round does not wait for
// are filed at once.
func (r *storyRound) join(ctx context.Context, source string, items []*storage.Item, size int64) {
	p := &roundPart{todo: r.filer.todos(items), size: size, done: make(chan struct{})}
	r.mu.Lock()
	if !r.left[source] {
		// not a poll the round waits for (a WebSub delivery never
		// joins a round: Response.Pushed): filed at once
		r.mu.Unlock()
		r.filer.settle(p.todo, r.now())
		return
	}
	delete(r.left, source)
	r.held = append(r.held, p)
	r.bytes += size
	r.file(r.ready())
	wait := time.NewTimer(r.wait)
	defer wait.Stop()
	select {
	case <-p.done:
		return
	case <-wait.C:
		// the round's other polls are slow: file what it holds
		r.mu.Lock()
		r.file(r.take())
		<-p.done
		return
	case <-ctx.Done():
	}
	// Stopped before the round was filed: file this poll's items alone,
	// unless the round took them meanwhile.
	r.mu.Lock()
	alone := !p.filed
	if alone {
		p.filed = true
		r.held = slices.DeleteFunc(r.held, func(q *roundPart) bool { return q == p })
		r.bytes -= p.size
	}
	r.mu.Unlock()
	if alone {
		r.filer.settle(p.todo, r.now())
		return
	}
	<-p.done
}

// add notes that source's poll is due: the round waits for it.
func (r *storyRound) add(source string) {
	r.mu.Lock()
	r.left[source] = true
	r.mu.Unlock()
}

// end notes that source's poll ended without joining (no new items, a
// failure, or it joined already), and files the round when it was the
// last one the round waited for.
func (r *storyRound) end(source string) {
	r.mu.Lock()
	delete(r.left, source)
	r.file(r.ready())
}

// ready takes the parts to file now, if any: all of them when no poll
// of the round is left, or when they fill half of the budget.
func (r *storyRound) ready() []*roundPart {
	if len(r.left) > 0 && len(r.held) < r.maxN && r.bytes < r.maxB {
		return nil
	}
	return r.take()
}

// take takes the parts held, to be filed.
func (r *storyRound) take() []*roundPart {
	parts := r.held
	for _, p := range parts {
		p.filed = true
	}
	r.held, r.bytes = nil, 0
	return parts
}

// file files parts as one batch, and lets their polls go on. It is
// called with mu held, and unlocks it: the parts are filed in the order
// they were taken, and joins wait only while an earlier part is filed.
func (r *storyRound) file(parts []*roundPart) {
	if len(parts) == 0 {
		r.mu.Unlock()
		return
	}
	r.filing.Lock()
	r.mu.Unlock()
	defer r.filing.Unlock()
	n := 0
	for _, p := range parts {
		n += len(p.todo)
	}
	todo := make([]storyTodo, 0, n)
	for _, p := range parts {
		todo = append(todo, p.todo...)
	}
	r.filer.settle(todo, r.now())
	for _, p := range parts {
		close(p.done)
	}
}
