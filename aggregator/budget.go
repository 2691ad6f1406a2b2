package aggregator

import "sync"

// Polls whose items are prepared wait for their write without holding a
// poll slot. The more wait, the more share a commit, which is where
// ingestion spends its time; these bound how many wait (per poll slot)
// and the bytes of their responses (a prepared batch holds about twice
// its response), so that a burst never holds every source in memory.
const (
	pendingPerSlot  = 16
	maxPendingBytes = 64 << 20
)

// budget is a semaphore weighted by bytes and bounded in count: acquire
// waits until one more caller of n bytes fits, except that one caller is
// always let in, however large.
type budget struct {
	mu         sync.Mutex
	cond       sync.Cond
	n, bytes   int64 // in use
	maxN, maxB int64
}

func newBudget(maxN, maxBytes int64) *budget {
	b := &budget{maxN: maxN, maxB: maxBytes}
	b.cond.L = &b.mu
	return b
}

func (b *budget) acquire(size int64) {
	b.mu.Lock()
	for b.n > 0 && (b.n >= b.maxN || b.bytes+size > b.maxB) {
		b.cond.Wait()
	}
	b.n++
	b.bytes += size
	b.mu.Unlock()
}

func (b *budget) release(size int64) {
	b.mu.Lock()
	b.n--
	b.bytes -= size
	b.mu.Unlock()
	b.cond.Broadcast()
}
