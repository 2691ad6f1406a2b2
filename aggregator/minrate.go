package aggregator

import (
	"context"
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"
)

// DefaultMinRate is the minimum transfer rate (poll.min_rate) in bytes
// per second to suggest: 1 KiB/s, about 8 kbit/s, is several times slower
// than a GPRS link, so no working feed server falls under it, while a
// server trickling a few bytes a second would otherwise hold a poll slot
// for the whole request timeout and, with a handful of such sources,
// starve every other feed.
const DefaultMinRate = 1024

// MinRateGrace is how long a response body may arrive at any pace before
// the minimum rate applies: it absorbs a slow start (TCP slow start, a
// server rendering the feed while it sends it), and any feed that arrives
// within it is never cut.
const MinRateGrace = 5 * time.Second

// SlowError reports a response body abandoned because, after
// MinRateGrace, it arrived slower than the minimum rate on average.
type SlowError struct {
	Rate    int64         // bytes per second received, on average
	MinRate int64         // bytes per second required
	After   time.Duration // since the response headers arrived
}

func (e *SlowError) Error() string {
	return fmt.Sprintf("response arrived at %d B/s, under poll.min_rate %d B/s", e.Rate, e.MinRate)
}

// rateWatch counts the bytes of a response body and cancels its request
// once they fall behind the minimum rate. It checks on a timer, not on
// reads, so that a server that stops sending altogether is cut too.
type rateWatch struct {
	body    io.Reader
	n       atomic.Int64
	start   time.Time
	minRate int64
	cancel  context.CancelFunc
	slow    atomic.Pointer[SlowError] // set when the watch cancelled the request

	mu      sync.Mutex
	timer   *time.Timer
	stopped bool
}

// watchRate starts watching body, read through the returned watch, which
// must be stopped. With minRate 0 it only passes reads on.
func watchRate(body io.Reader, minRate int64, grace time.Duration, cancel context.CancelFunc) *rateWatch {
	w := &rateWatch{body: body, start: time.Now(), minRate: minRate, cancel: cancel}
	if minRate > 0 {
		w.timer = time.AfterFunc(grace, w.check)
	}
	return w
}

func (w *rateWatch) Read(p []byte) (int, error) {
	n, err := w.body.Read(p)
	w.n.Add(int64(n))
	return n, err
}

// check cancels the request when the bytes so far are fewer than the
// minimum rate asks for by now, and otherwise checks again when they
// would be, should nothing more arrive.
func (w *rateWatch) check() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.stopped {
		return
	}
	elapsed := time.Since(w.start)
	n := w.n.Load()
	due := time.Duration(float64(n) / float64(w.minRate) * float64(time.Second))
	if due <= elapsed {
		w.slow.Store(&SlowError{Rate: int64(float64(n) / elapsed.Seconds()), MinRate: w.minRate, After: elapsed})
		w.cancel()
		return
	}
	w.timer.Reset(due - elapsed)
}

func (w *rateWatch) stop() {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.stopped = true
	if w.timer != nil {
		w.timer.Stop()
	}
}

// cause returns the *SlowError of the watch's cancelling the request,
// if it did, in place of err, the error the read saw.
func (w *rateWatch) cause(err error) error {
	if slow := w.slow.Load(); slow != nil {
		return slow
	}
	return err
}
