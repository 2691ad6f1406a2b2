package aggregator

import (
	"fmt"
	"sync"
	"time"
)

// stallGrace is how long past the request timeout a due poll may wait
// without any poll finishing before Run counts as stalled.
const stallGrace = time.Minute

// progress tracks whether Run is doing its work, for a service watchdog,
// and when every source has had its first turn, for readiness.
type progress struct {
	mu      sync.Mutex
	waiting int       // polls that are due and have not finished
	last    time.Time // when a poll last finished, or work last arrived while idle
	turns   int       // sources yet to have their first turn
	ready   chan struct{}
}

func newProgress(sources int) *progress {
	p := &progress{turns: sources, ready: make(chan struct{})}
	if sources == 0 {
		close(p.ready)
	}
	return p
}

// due records that a source's poll is due.
func (p *progress) due(now time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.waiting == 0 {
		p.last = now
	}
	p.waiting++
}

// done records that a due poll finished (or was given up).
func (p *progress) done(now time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.waiting--
	p.last = now
}

// firstTurn records that a source was polled once, or did not need to be.
func (p *progress) firstTurn() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.turns--
	if p.turns == 0 {
		close(p.ready)
	}
}

// stalled describes a lack of progress: polls are due, and none finished
// within limit.
func (p *progress) stalled(now time.Time, limit time.Duration) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.waiting > 0 && now.Sub(p.last) > limit {
		return fmt.Errorf("%d polls are due and none finished in %s", p.waiting, now.Sub(p.last).Round(time.Second))
	}
	return nil
}

// Ready is closed once every source has had its first turn in Run: it was
// polled, or its stored state says it is not due yet, or it is gone.
func (a *Aggregator) Ready() <-chan struct{} { return a.progress.ready }

// Stalled returns an error when Run is not making progress: a poll is due
// and no poll has finished for longer than a request may take plus a
// minute. A stuck database write or a deadlock shows up here; an idle
// aggregator, or one waiting for slow sources that time out, does not.
func (a *Aggregator) Stalled() error {
	return a.progress.stalled(time.Now(), a.opts.Timeout+stallGrace)
}
