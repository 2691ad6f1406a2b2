package storage

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"
)

// maxGroup bounds how many writes share one transaction.
const maxGroup = 256

// committer groups the writes of concurrent callers into shared write
// transactions ("group commit"): a write that arrives while another
// transaction commits waits for it, then commits together with every
// write that queued meanwhile. Commits follow each other back to back,
// with no timer: a lone caller pays one commit, as with db.Update, and
// many callers share the page writes and fsyncs of a commit instead of
// queueing for one each (bbolt's own db.Batch waits up to 10 ms for
// company, which a handful of pollers never fills).
//
// Each write function may run more than once: when one write of a group
// fails, the transaction is rolled back and every write of the group runs
// again in a transaction of its own, so that one failure fails only its
// own caller. Functions must therefore set their results afresh each
// time and only touch the database through tx.
type committer struct {
	db      *bolt.DB
	failing atomic.Pointer[writeFailure] // nil while the last commit succeeded
	mu      sync.Mutex
	pending []*write // the first is the next to lead, when busy
	busy    bool     // a leader is committing
}

type write struct {
	fn   func(*bolt.Tx) error
	err  error
	done chan struct{} // closed when committed, or when this write is to lead
	lead bool
}

// update runs fn in a write transaction, possibly shared with others, and
// returns once that transaction has committed or failed.
func (c *committer) update(fn func(*bolt.Tx) error) error {
	w := &write{fn: fn, done: make(chan struct{})}
	c.mu.Lock()
	c.pending = append(c.pending, w)
	if c.busy {
		c.mu.Unlock()
		<-w.done
		if !w.lead {
			return w.err
		}
	} else {
		// Nobody leads, so nothing was pending: w is first.
		c.busy = true
		c.mu.Unlock()
	}
	c.lead()
	return w.err
}

// lead commits the group at the head of the queue, whose first write is
// the caller's, hands the lead to the next write waiting, if any, and
// releases the group's other callers.
func (c *committer) lead() {
	c.mu.Lock()
	n := min(len(c.pending), maxGroup)
	group := c.pending[:n:n]
	c.pending = append([]*write(nil), c.pending[n:]...)
	c.mu.Unlock()

	c.commit(group)

	c.mu.Lock()
	if len(c.pending) > 0 {
		next := c.pending[0]
		next.lead = true
		close(next.done)
	} else {
		c.busy = false
	}
	c.mu.Unlock()
	for _, w := range group[1:] {
		close(w.done)
	}
}

func (c *committer) commit(group []*write) {
	err := c.db.Update(func(tx *bolt.Tx) error {
		for _, w := range group {
			if err := w.run(tx); err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil || len(group) == 1 {
		for _, w := range group {
			w.err = err
		}
		c.note(err)
		return
	}
	for _, w := range group {
		w.err = c.db.Update(w.run)
		c.note(w.err)
	}
}

// writeFailure is the first of the failed commits since the last one
// that succeeded.
type writeFailure struct {
	since time.Time
	err   error
}

// note records how a commit ended.
func (c *committer) note(err error) {
	switch {
	case err == nil:
		c.failing.Store(nil)
	case c.failing.Load() == nil:
		c.failing.Store(&writeFailure{since: time.Now(), err: err})
	}
}

// WriteHealth reports writes that fail: the error of the first commit
// that failed since the last one that succeeded, or nil. A health check
// uses it, since reads (Ping) may succeed while every write fails, as on
// a full disk.
func (s *Store) WriteHealth() error {
	if f := s.commits.failing.Load(); f != nil {
		return fmt.Errorf("database %s: writes failing since %s: %w", s.path, f.since.UTC().Format(time.RFC3339), f.err)
	}
	return nil
}

// run calls the write's function, turning a panic into its error: the
// lead must pass on, or every writer after it would wait for ever.
func (w *write) run(tx *bolt.Tx) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("write failed: %v", r)
		}
	}()
	return w.fn(tx)
}
