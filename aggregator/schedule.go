package aggregator

import (
	"cmp"
	"context"
	"log/slog"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// pruneEvery is how often Run applies the retention period.
const pruneEvery = time.Hour

// maxStartSpread bounds how far Run spreads the sources that are due at
// start, so that a restart does not hit every site in the same second.
const maxStartSpread = 5 * time.Second

// Run polls each source when it is due, until ctx is cancelled: at start
// the sources that were never polled or whose next poll has passed (spread
// over a few seconds), afterwards each at the time its last poll set.
// Sources that answered 410 Gone are not polled. At most Concurrency polls
// are in flight, and at most PerHost per domain. It also prunes expired
// items. A poll's write that has begun completes before Run returns.
func (a *Aggregator) Run(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() { a.sched.run(ctx) })
	wg.Go(func() { a.pruneLoop(ctx) })
	wg.Go(func() { a.releaseLoop(ctx) })
	wg.Wait()
}

// firstDelay is how long a source waits before its first poll in this
// run, from its stored state. due is true when the source is due now
// (the delay only spreads the start); ok is false for a source that is gone.
func (a *Aggregator) firstDelay(src Source) (delay time.Duration, due, ok bool) {
	spread := min(a.opts.SourceInterval(src)/10, maxStartSpread)
	startNow := time.Duration(0)
	if spread > 0 {
		startNow = time.Duration(rand.Int64N(int64(spread)))
	}
	st, err := a.store.SourceState(src.Name)
	switch {
	case err != nil:
		a.log.Error("read source state", slog.String("source", src.Name), slog.String("error", err.Error()))
		return startNow, true, true
	case st.URL != "" && st.URL != src.URL: // the config points it elsewhere now
		return startNow, true, true
	case st.Gone:
		a.log.Warn("source is gone (HTTP 410): not polled; remove it from the config or change its url", slog.String("source", src.Name))
		return 0, false, false
	case st.Failures > 0 && st.Status != 429 && st.Status != 503:
		// Failing before the restart, perhaps for a reason that is gone
		// (the network): retry now. A server that asked to be left alone
		// (429, 503) is left alone as long as it asked.
		return startNow, true, true
	}
	if wait := st.NextPoll.Sub(a.now()); wait > 0 {
		return wait, false, true
	}
	return startNow, true, true
}

// SourceInterval is a source's regular poll interval: its own, else the
// default one, and at least PushInterval while a hub pushes its changes.
// Every part of feedsieve that needs it asks here.
func (o Options) SourceInterval(src Source) time.Duration {
	d := o.Interval
	if src.Interval > 0 {
		d = src.Interval
	}
	if o.Pushed != nil && o.Pushed(src.Name) {
		d = max(d, cmp.Or(o.PushInterval, DefaultPushInterval))
	}
	return d
}

// nextPoll decides when to poll a source again after a poll:
//   - after a success, on its interval (±10%), but never before the feed's
//     freshness hint (Cache-Control max-age, Expires or RSS ttl) runs out,
//     which is capped at MaxInterval;
//   - after 429 or 503 with Retry-After, when the server asked, capped at
//     MaxInterval;
//   - after any other failure, with exponential backoff: the interval times
//     2^(failures-1), capped at MaxBackoff but never below the interval.
func (a *Aggregator) nextPoll(src Source, failures int, status int, hint, retry time.Duration, now time.Time) time.Time {
	interval := a.opts.SourceInterval(src)
	switch {
	case failures == 0:
		d := jitter(interval)
		if hint > d {
			d = min(hint, a.opts.MaxInterval)
		}
		return now.Add(d)
	case (status == 429 || status == 503) && retry > 0:
		return now.Add(min(retry, a.opts.MaxInterval))
	default:
		return now.Add(jitter(backoff(interval, failures, a.opts.MaxBackoff)))
	}
}

// backoff is interval × 2^(failures-1), at most limit, at least interval.
func backoff(interval time.Duration, failures int, limit time.Duration) time.Duration {
	d := interval
	for i := 1; i < failures && d < limit; i++ {
		d *= 2
	}
	return max(min(d, limit), interval)
}

func (a *Aggregator) pruneLoop(ctx context.Context) {
	for {
		a.prune()
		if !sleep(ctx, pruneEvery) {
			return
		}
	}
}

// prune removes expired items. Their topics are not recorded, so every
// topic is reported changed: an hourly re-render is cheap, a feed listing
// deleted items is not.
func (a *Aggregator) prune() {
	n, err := a.store.Prune(a.now())
	if err != nil {
		a.log.Error("prune", slog.String("error", err.Error()))
		return
	}
	if n == 0 {
		return
	}
	a.log.Info("pruned expired items", slog.Int("items", n))
	if a.opts.OnChange != nil {
		a.opts.OnChange(a.topicIDs())
	}
}

// jitter spreads d by up to ±10%.
func jitter(d time.Duration) time.Duration {
	spread := int64(d) / 10
	if spread <= 0 {
		return d
	}
	return d + time.Duration(rand.Int64N(2*spread)-spread)
}

// sleep waits for d or until ctx ends, reporting whether d passed.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

func markSuccess(state *storage.SourceState, now time.Time) {
	state.LastSuccess = now
	state.Error = ""
	state.Failures = 0
}

// fail records a failed poll in the source's state and when to try
// again; the stored items stay.
func (a *Aggregator) fail(src Source, state *storage.SourceState, resp *Response, err error, now time.Time) {
	state.Error = err.Error()
	state.Failures++
	var retry time.Duration
	if resp != nil {
		retry = resp.RetryAfter
	}
	state.NextPoll = a.nextPoll(src, state.Failures, state.Status, 0, retry, now)
	if perr := a.store.PutSourceState(src.Name, state); perr != nil {
		a.log.Error("store source state", slog.String("source", src.Name), slog.String("error", perr.Error()))
	}
}
