package aggregator

import (
	"context"
	"log/slog"
	"sync"
	"time"
)

// scheduler decides when each source is polled. One goroutine keeps the
// sources' next-poll times in a heap with a single timer and queues the
// sources that fall due; a pool of workers polls them within the poll
// limits. A source costs a few bytes here, not a goroutine: its heap
// entry, its position there and a state byte (and its domain's index, in
// the limits).
type scheduler struct {
	a      *Aggregator
	mu     sync.Mutex
	cond   sync.Cond // idle workers wait here for a due source and a free slot
	base   time.Time // heap times are nanoseconds since base; zero before Run
	heap   pollHeap
	state  []uint8 // by source index
	queues hostQueues
	kick   chan struct{} // the heap's earliest time moved earlier

	workers, idle int // workers alive, and those waiting on cond
	signalled     int // idle workers signalled that have not woken yet
	starting      int // workers started that have not looked for work yet
	closed        bool
	spawn         func()    // starts a worker
	once          *pollOnce // PollAll's results; nil for Run
}

// A source's state: where it is, and two flags.
const (
	srcIdle    uint8 = iota // before Run, gone, or stopped by the end of Run
	srcWaiting              // in the heap, waiting for its time
	srcQueued               // due, waiting for a slot
	srcPolling              // being polled
	srcWhere   = 3          // the bits of the above

	srcWoken = 1 << 2 // Refresh asked for a poll while it was due or polling, or before Run
	srcFirst = 1 << 3 // its first turn of this Run is due, and not done yet
)

func newScheduler(a *Aggregator) *scheduler {
	s := &scheduler{a: a, state: make([]uint8, len(a.opts.Sources)), kick: make(chan struct{}, 1)}
	s.cond.L = &s.mu
	return s
}

// maxWorkers bounds the pool: a worker per poll slot, and one for each
// poll that gave up its slot to wait for its write (pendingPerSlot per
// slot), so that fetching goes on while writes wait.
func (s *scheduler) maxWorkers() int { return s.queues.all * (1 + pendingPerSlot) }

// run schedules and polls until ctx ends, then waits for the polls in
// flight.
func (s *scheduler) run(ctx context.Context) {
	if f := s.a.stories; f != nil {
		s.a.round.Store(newStoryRound(f, nil, s.a.now, int(s.a.pending.maxN), s.a.pending.maxB))
		defer s.a.round.Store(nil)
	}
	var wg sync.WaitGroup
	s.start(func() { wg.Go(func() { s.work(ctx) }) })
	s.dispatch(ctx)
	s.close()
	wg.Wait()
	s.stop()
}

// close tells the workers to end once their polls have.
func (s *scheduler) close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	s.cond.Broadcast()
}

// start places every source from its stored state, as firstDelay says.
func (s *scheduler) start(spawn func()) {
	s.mu.Lock()
	defer s.mu.Unlock()
	a := s.a
	s.base, s.spawn, s.closed = time.Now(), spawn, false
	s.heap = newPollHeap(len(a.opts.Sources))
	s.queues = newHostQueues(a.limits)
	for i, src := range a.opts.Sources {
		delay, due, ok := a.firstDelay(src)
		woken := s.state[i]&srcWoken != 0
		s.state[i] = srcIdle
		if !due {
			a.progress.firstTurn()
		}
		if !ok {
			continue
		}
		if due {
			s.state[i] |= srcFirst
			if r := a.round.Load(); r != nil {
				r.add(src.Name) // the first turns, spread over a few seconds, are one round
			}
		}
		if woken { // Refresh came before Run
			delay = 0
		}
		s.heap.push(int32(i), int64(delay))
		s.state[i] |= srcWaiting
	}
}

// dispatch is the scheduler's goroutine: it queues the sources that fall
// due, and sleeps until the next one does or the heap changes.
func (s *scheduler) dispatch(ctx context.Context) {
	timer := time.NewTimer(time.Hour)
	defer timer.Stop()
	for {
		if wait, ok := s.queueDue(); ok {
			timer.Reset(wait)
		} else {
			timer.Stop()
		}
		select {
		case <-ctx.Done():
			return
		case <-timer.C:
		case <-s.kick:
		}
	}
}

// queueDue moves the sources whose time has come from the heap to the
// queues, and returns how long until the next one is due (false: none).
func (s *scheduler) queueDue() (time.Duration, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.clock()
	for s.heap.len() > 0 && s.heap.top().at <= now {
		src := s.heap.pop().src
		s.state[src] = s.state[src]&^srcWhere | srcQueued
		s.queues.add(src)
		if r := s.a.round.Load(); r != nil {
			r.add(s.a.opts.Sources[src].Name)
		}
		s.a.progress.due(time.Now())
		s.wakeWorker()
	}
	if s.heap.len() == 0 {
		return 0, false
	}
	return time.Duration(s.heap.top().at - now), true
}

// wakeWorker gets a worker to take a source that can be taken, unless
// enough are on their way: an idle one, else a new one while the pool
// has room. Otherwise a busy worker takes it when its poll ends. A slot
// given back at the end of a poll may start a worker that finds nothing
// left to take (its poll's worker took it) and ends: a goroutine per
// poll, only while sources queue for slots.
func (s *scheduler) wakeWorker() {
	coming := s.signalled + s.starting
	switch {
	case s.closed || !s.queues.canTake() || coming >= s.queues.room():
	case s.idle > s.signalled:
		s.signalled++
		s.cond.Signal()
	case s.workers < s.maxWorkers():
		s.workers++
		s.starting++
		s.spawn()
	}
}

// work is a worker: it polls due sources while there are any it may
// take. Workers beyond Concurrency end when there are none, so that the
// pool grows only while writes hold workers.
func (s *scheduler) work(ctx context.Context) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.starting--
	for !s.closed {
		src, ok := s.queues.take()
		if !ok {
			if s.workers > s.queues.all {
				break
			}
			s.idle++
			s.cond.Wait()
			s.idle--
			s.signalled = max(s.signalled-1, 0)
			continue
		}
		s.state[src] = s.state[src]&^srcWhere | srcPolling
		s.mu.Unlock()
		res, polled := s.poll(ctx, src)
		if r := s.a.round.Load(); r != nil {
			r.end(s.a.opts.Sources[src].Name)
		}
		if s.once != nil {
			s.mu.Lock()
			s.once.record(src, res)
			continue
		}
		next, again := s.next(src, res, polled)
		s.mu.Lock()
		s.finish(src, next, again)
	}
	s.workers--
}

// poll polls a source that take handed out; polled is false when ctx
// ended first.
func (s *scheduler) poll(ctx context.Context, i int32) (res PollResult, polled bool) {
	free := func() {
		s.mu.Lock()
		s.queues.free(i)
		s.wakeWorker()
		s.mu.Unlock()
	}
	// The scheduler's slots mirror the limits, which other schedulers
	// (PollAll's) share.
	release, acquired := s.a.limits.acquire(ctx, int(i))
	if !acquired {
		free()
		return PollResult{Source: s.a.opts.Sources[i].Name, Err: ctx.Err(), Cancelled: true}, false
	}
	res = s.a.pollSlot(ctx, s.a.opts.Sources[i], func() { release(); free() })
	return res, !res.Cancelled
}

// next is how long after a poll its source waits for the next; again is
// false for a source no longer polled in this Run.
func (s *scheduler) next(i int32, res PollResult, polled bool) (time.Duration, bool) {
	a := s.a
	switch {
	case !polled:
		return 0, false
	case res.Gone:
		a.log.Warn("source is gone (HTTP 410): no longer polled; remove it from the config or change its url", slog.String("source", res.Source))
		return 0, false
	case res.NextPoll.IsZero(): // the state could not even be read: no schedule to follow
		return jitter(a.opts.SourceInterval(a.opts.Sources[i])), true
	}
	return max(res.NextPoll.Sub(a.now()), 0), true
}

// finish records the end of a source's poll and schedules the next one,
// at once if Refresh asked meanwhile.
func (s *scheduler) finish(i int32, next time.Duration, again bool) {
	st := s.state[i]
	s.a.progress.done(time.Now())
	if st&srcFirst != 0 {
		s.a.progress.firstTurn()
	}
	s.state[i] = srcIdle
	if !again {
		return
	}
	if st&srcWoken != 0 {
		next = 0
	}
	s.heap.push(i, s.clock()+int64(next))
	s.state[i] = srcWaiting
	if s.heap.pos[i] == 0 {
		s.kickDispatch()
	}
}

// stop ends Run's schedule: sources still queued count as given up, as
// they did when ctx ended while they waited for a slot.
func (s *scheduler) stop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.queues.drain(func(src int32) {
		s.a.progress.done(time.Now())
		if s.state[src]&srcFirst != 0 {
			s.a.progress.firstTurn()
		}
	})
	for i := range s.state {
		s.state[i] = srcIdle
	}
	s.heap = pollHeap{}
	s.base = time.Time{}
}

// wake polls the sources of the given indices now: at once if they wait
// for their time, right after their poll if due or polling, and at once
// when Run starts if it has not. A source no longer polled stays so.
func (s *scheduler) wake(sources ...int32) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.clock()
	for _, i := range sources {
		switch s.state[i] & srcWhere {
		case srcWaiting:
			s.heap.move(i, now)
			s.kickDispatch()
		case srcQueued, srcPolling:
			s.state[i] |= srcWoken
		case srcIdle:
			if s.base.IsZero() {
				s.state[i] |= srcWoken
			}
		}
	}
}

func (s *scheduler) kickDispatch() {
	select {
	case s.kick <- struct{}{}:
	default: // a kick is pending
	}
}

// clock is the scheduler's time: nanoseconds since Run started.
func (s *scheduler) clock() int64 { return int64(time.Since(s.base)) }
