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

// Refresh polls the named sources now, or every source when names is
// empty, instead of at their next turn: a source failing with a long
// backoff (after a network outage, say) is retried at once, and its
// failures are forgotten, so that another failure waits only its
// interval. It does not wait for the polls. Sources that are gone (410)
// are not polled.
func (a *Aggregator) Refresh(names []string) (Refreshed, error) {
	indices, err := a.sourceIndices(names)
	if err != nil {
		return Refreshed{}, err
	}
	res := Refreshed{Polling: []string{}, Gone: []string{}}
	var wake []int32
	defer func() { a.sched.wake(wake...) }() // at once, so that the polls are one round (story_round.go)
	for _, i := range indices {
		n := a.opts.Sources[i].Name
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
		wake = append(wake, int32(i))
		res.Polling = append(res.Polling, n)
	}
	a.log.Info("refresh: polling now", slog.Any("sources", res.Polling))
	return res, nil
}

// sourceIndices finds the named sources (every source when names is
// empty) by their index in Options.Sources. Refresh is rare: a pass over
// the sources costs less than an index kept for each.
func (a *Aggregator) sourceIndices(names []string) ([]int, error) {
	if len(names) == 0 {
		all := make([]int, len(a.opts.Sources))
		for i := range all {
			all[i] = i
		}
		return all, nil
	}
	found := make(map[string]int, len(names))
	for _, n := range names {
		found[n] = -1
	}
	for i, s := range a.opts.Sources {
		if _, ok := found[s.Name]; ok {
			found[s.Name] = i
		}
	}
	var indices []int
	var unknown []string
	for _, n := range names {
		if i := found[n]; i >= 0 {
			indices = append(indices, i)
		} else {
			unknown = append(unknown, n)
		}
	}
	if len(unknown) > 0 {
		return nil, &InputError{fmt.Errorf("%w: %s", ErrUnknownSource, strings.Join(unknown, ", "))}
	}
	return indices, nil
}
