package aggregator

import (
	"context"
	"sync"
)

// pollOnce is PollAll's use of the scheduler: every source is due at
// once and polled once, and the results are kept.
type pollOnce struct {
	results []PollResult // by source index
	left    int          // sources whose poll has not ended
	done    chan struct{}
}

// pollAll queues every source, and returns once each was polled, or ctx
// ended: the sources not polled by then are Cancelled.
func (s *scheduler) pollAll(ctx context.Context) []PollResult {
	n := len(s.a.opts.Sources)
	o := &pollOnce{results: make([]PollResult, n), left: n, done: make(chan struct{})}
	if n == 0 {
		return o.results
	}
	if f := s.a.stories; f != nil {
		s.a.round.Store(newStoryRound(f, s.a.opts.Sources, s.a.now, int(s.a.pending.maxN), s.a.pending.maxB))
		defer s.a.round.Store(nil)
	}
	var wg sync.WaitGroup
	s.mu.Lock()
	s.once = o
	s.spawn = func() { wg.Go(func() { s.work(ctx) }) }
	s.queues = newHostQueues(s.a.limits)
	for i := range int32(n) {
		s.state[i] = srcQueued
		s.queues.add(i)
		s.wakeWorker()
	}
	s.mu.Unlock()
	select {
	case <-o.done:
	case <-ctx.Done():
	}
	s.close()
	wg.Wait()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.queues.drain(func(i int32) {
		o.results[i] = PollResult{Source: s.a.opts.Sources[i].Name, Err: ctx.Err(), Cancelled: true}
	})
	return o.results
}

// record keeps the result of the i-th source's poll; the last one ends
// pollAll.
func (o *pollOnce) record(i int32, res PollResult) {
	o.results[i] = res
	o.left--
	if o.left == 0 {
		close(o.done)
	}
}
