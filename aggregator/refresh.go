package aggregator

import (
	"errors"
	"fmt"
	"log/slog"
	"strings"
)

// ErrUnknownSource reports a source name that is not configured.
var ErrUnknownSource = errors.New("unknown source")

// Refreshed says what Refresh did with each source asked for.
type Refreshed struct {
	Polling []string `json:"polling"` // polled now, their backoff reset
	Gone    []string `json:"gone"`    // answered 410 Gone: not polled until their url changes
}

// wakers interrupt the wait of each source's poll loop.
type wakers map[string]chan struct{}

func newWakers(sources []Source) wakers {
	w := wakers{}
	for _, s := range sources {
		w[s.Name] = make(chan struct{}, 1)
	}
	return w
}

// Refresh polls the named sources now, or every source when names is
// empty, instead of at their next turn: a source failing with a long
// backoff (after a network outage, say) is retried at once, and its
// failures are forgotten, so that another failure waits only its
// interval. It does not wait for the polls. Sources that are gone (410)
// are not polled.
func (a *Aggregator) Refresh(names []string) (Refreshed, error) {
	if len(names) == 0 {
		for _, s := range a.opts.Sources {
			names = append(names, s.Name)
		}
	}
	var unknown []string
	for _, n := range names {
		if a.wake[n] == nil {
			unknown = append(unknown, n)
		}
	}
	if len(unknown) > 0 {
		return Refreshed{}, &InputError{fmt.Errorf("%w: %s", ErrUnknownSource, strings.Join(unknown, ", "))}
	}
	res := Refreshed{Polling: []string{}, Gone: []string{}}
	for _, n := range names {
		st, err := a.store.SourceState(n)
		if err != nil {
			return res, err
		}
		if st.Gone {
			res.Gone = append(res.Gone, n)
			continue
		}
		if st.Failures > 0 {
			st.Failures = 0
			if err := a.store.PutSourceState(n, &st); err != nil {
				return res, err
			}
		}
		select {
		case a.wake[n] <- struct{}{}:
		default: // a refresh is already pending
		}
		res.Polling = append(res.Polling, n)
	}
	a.log.Info("refresh: polling now", slog.Any("sources", res.Polling))
	return res, nil
}
