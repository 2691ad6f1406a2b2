package storage

import (
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
)

// lazyFlushDelay is how long a state noted with NoteSourceState may wait
// in memory before it is written.
const lazyFlushDelay = time.Second

// lazyStates caches the source states read and written, and holds those
// whose writing may wait: the states of polls that found nothing new (HTTP
// 304). Those are written together, within lazyFlushDelay, in one
// transaction, instead of one commit and fsync each. Reads see them at
// once. A poll reads its source's state, so the cache saves a read
// transaction per poll as well.
type lazyStates struct {
	mu     sync.Mutex
	states map[string]SourceState // the latest state of each source seen
	dirty  map[string]uint64      // states noted and not written, by the note's number
	gen    uint64
	timer  *time.Timer // set while a flush is scheduled
	closed bool        // Close has begun: schedule no more flushes
}

// NoteSourceState records a source's state after a poll that changed only
// its bookkeeping, such as a 304 Not Modified. Readers see it at once; it
// is written within a second, together with other such states, or at
// Close. A crash can lose the last second of them, which costs those
// sources one early conditional request after the restart, nothing more.
// A state noted after Close is not written.
func (s *Store) NoteSourceState(name string, st *SourceState) {
	l := &s.lazy
	l.mu.Lock()
	defer l.mu.Unlock()
	l.init()
	l.gen++
	l.states[name] = *st
	l.dirty[name] = l.gen
	s.scheduleFlush()
}

func (l *lazyStates) init() {
	if l.states == nil {
		l.states = make(map[string]SourceState)
		l.dirty = make(map[string]uint64)
	}
}

// cacheRead records a state read from the file, unless the cache already
// holds one: a write that committed while the read was under way is newer.
func (s *Store) cacheRead(name string, st *SourceState) {
	l := &s.lazy
	l.mu.Lock()
	defer l.mu.Unlock()
	l.init()
	if _, ok := l.states[name]; !ok {
		l.states[name] = *st
	}
}

// cacheState records a state written by a committed transaction, unless a
// newer one is noted.
func (s *Store) cacheState(name string, st *SourceState) {
	l := &s.lazy
	l.mu.Lock()
	defer l.mu.Unlock()
	l.init()
	if _, noted := l.dirty[name]; !noted {
		l.states[name] = *st
	}
}

// scheduleFlush arms the flush timer unless it is armed or the store is
// closing; the caller holds s.lazy.mu.
func (s *Store) scheduleFlush() {
	l := &s.lazy
	if l.timer == nil && !l.closed && len(l.dirty) > 0 {
		l.timer = time.AfterFunc(lazyFlushDelay, s.backgroundFlush)
	}
}

// lazyState returns a cached state.
func (s *Store) lazyState(name string) (SourceState, bool) {
	s.lazy.mu.Lock()
	defer s.lazy.mu.Unlock()
	st, ok := s.lazy.states[name]
	return st, ok
}

// forgetLazy keeps a noted state from being written, because a newer
// write supersedes it; it must be called before that write is queued.
// Until that write commits, readers still see the noted state.
func (s *Store) forgetLazy(name string) {
	s.lazy.mu.Lock()
	delete(s.lazy.dirty, name)
	s.lazy.mu.Unlock()
}

// backgroundFlush is the timed flush; its errors are logged, and the
// states stay noted for the next attempt.
func (s *Store) backgroundFlush() {
	if err := s.flushLazy(); err != nil {
		s.log.Error("write source states", slog.String("error", err.Error()))
	}
}

// Flush writes the source states noted with NoteSourceState now.
func (s *Store) Flush() error { return s.flushLazy() }

// flushLazy writes the noted states in one transaction. A state noted or
// superseded meanwhile is left alone. After a failure the states stay
// noted and another flush is scheduled.
func (s *Store) flushLazy() error {
	var pending []notedState
	err := s.commits.update(func(tx *bolt.Tx) error {
		pending = s.lazy.noted(pending[:0])
		// in key order: each put finds its page where the last left off
		slices.SortFunc(pending, func(a, b notedState) int { return strings.Compare(a.name, b.name) })
		for i := range pending {
			if err := putSourceState(tx, pending[i].name, &pending[i].state); err != nil {
				return fmt.Errorf("state of source %s: %w", pending[i].name, err)
			}
		}
		return nil
	})
	l := &s.lazy
	l.mu.Lock()
	defer l.mu.Unlock()
	l.timer = nil
	if err == nil {
		for _, n := range pending {
			if l.dirty[n.name] == n.gen {
				delete(l.dirty, n.name)
			}
		}
	}
	s.scheduleFlush()
	if err != nil {
		return fmt.Errorf("store source states in %s: %w", s.path, err)
	}
	return nil
}

// notedState is a state noted and not yet written, with its note's number.
type notedState struct {
	name  string
	state SourceState
	gen   uint64
}

// noted appends the states noted and not written to dst.
func (l *lazyStates) noted(dst []notedState) []notedState {
	l.mu.Lock()
	defer l.mu.Unlock()
	dst = slices.Grow(dst, len(l.dirty))
	for name, gen := range l.dirty {
		dst = append(dst, notedState{name: name, state: l.states[name], gen: gen})
	}
	return dst
}

// closeLazy stops the flush timer and writes what is noted, for Close.
func (s *Store) closeLazy() error {
	l := &s.lazy
	l.mu.Lock()
	l.closed = true
	if l.timer != nil {
		l.timer.Stop()
		l.timer = nil
	}
	n := len(l.dirty)
	l.mu.Unlock()
	if n == 0 {
		return nil
	}
	return s.flushLazy()
}
