package aggregator

import (
	"context"
	"log/slog"
	"math/rand/v2"
	"sync"
	"time"
)

// pruneEvery is how often Run applies the retention period.
const pruneEvery = time.Hour

// Run polls every source at once, then each again on its interval (with
// jitter, so sources do not poll in lockstep), until ctx is cancelled. At
// most Concurrency polls are in flight. It also prunes expired items.
// A poll's write that has begun completes before Run returns.
func (a *Aggregator) Run(ctx context.Context) {
	sem := make(chan struct{}, a.opts.Concurrency)
	var wg sync.WaitGroup
	for _, src := range a.opts.Sources {
		wg.Add(1)
		go func() {
			defer wg.Done()
			a.loop(ctx, src, sem)
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		a.pruneLoop(ctx)
	}()
	wg.Wait()
}

func (a *Aggregator) loop(ctx context.Context, src Source, sem chan struct{}) {
	interval := src.Interval
	if interval <= 0 {
		interval = a.opts.Interval
	}
	for {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			return
		}
		a.Poll(ctx, src)
		<-sem
		if !sleep(ctx, jitter(interval)) {
			return
		}
	}
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
		ids := make([]string, len(a.opts.Topics))
		for i, t := range a.opts.Topics {
			ids[i] = t.ID
		}
		a.opts.OnChange(ids)
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
