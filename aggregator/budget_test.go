package aggregator

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestBudget: no more than the bound in count and bytes are let in at
// once, except that a single caller larger than the byte bound is.
func TestBudget(t *testing.T) {
	b := newBudget(3, 100)
	var in, most, callers, mostCallers atomic.Int64
	var wg sync.WaitGroup
	for i := range 40 {
		size := int64(10 + i%4*20) // 10, 30, 50, 70
		wg.Go(func() {
			b.acquire(size)
			raise(&most, in.Add(size))
			raise(&mostCallers, callers.Add(1))
			time.Sleep(time.Millisecond)
			callers.Add(-1)
			in.Add(-size)
			b.release(size)
		})
	}
	wg.Wait()
	if m := most.Load(); m > 100 {
		t.Errorf("%d bytes let in at once, bound 100", m)
	}
	if m := mostCallers.Load(); m > 3 || m < 2 {
		t.Errorf("%d callers in at once, bound 3", m)
	}
	b.acquire(500) // alone: let in
	b.release(500)
	if b.n != 0 || b.bytes != 0 {
		t.Errorf("budget left at %d callers, %d bytes", b.n, b.bytes)
	}
}

// raise sets max to n if n is larger.
func raise(max *atomic.Int64, n int64) {
	for m := max.Load(); n > m && !max.CompareAndSwap(m, n); m = max.Load() {
	}
}
