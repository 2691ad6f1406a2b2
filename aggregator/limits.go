package aggregator

import (
	"context"
	"net/url"
	"strings"

	"golang.org/x/net/publicsuffix"
)

// limits bounds the polls in flight: Concurrency in all, and PerHost for
// each registrable domain, so that many feeds of one site never hit it at
// once.
type limits struct {
	all     chan struct{}
	perHost int
	hosts   []chan struct{} // each domain's slots
	of      []int32         // by source index: its domain's index in hosts; built once in New, only read afterwards
}

func newLimits(concurrency, perHost int, sources []Source) *limits {
	l := &limits{all: make(chan struct{}, concurrency), perHost: perHost, of: make([]int32, len(sources))}
	index := make(map[string]int32)
	for i, s := range sources {
		k := hostKey(s.URL)
		h, ok := index[k]
		if !ok {
			h = int32(len(l.hosts))
			index[k] = h
			l.hosts = append(l.hosts, make(chan struct{}, perHost))
		}
		l.of[i] = h
	}
	return l
}

// acquire waits for a slot of the domain of the i-th source, then for one
// of the global pool, so that a poll waiting for its domain holds no
// global slot. It returns false when ctx ends first.
func (l *limits) acquire(ctx context.Context, i int) (release func(), ok bool) {
	host := l.hosts[l.of[i]]
	select {
	case host <- struct{}{}:
	case <-ctx.Done():
		return nil, false
	}
	select {
	case l.all <- struct{}{}:
	case <-ctx.Done():
		<-host
		return nil, false
	}
	return func() { <-l.all; <-host }, true
}

// hostKey is the registrable domain of a URL's host (news.bbc.co.uk and
// feeds.bbc.co.uk share bbc.co.uk), or the host itself for IP addresses,
// localhost and other names without a public suffix.
func hostKey(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	return hostKeyOf(u)
}

// hostKeyOf is hostKey of a parsed URL.
func hostKeyOf(u *url.URL) string {
	host := strings.ToLower(u.Hostname())
	if d, err := publicsuffix.EffectiveTLDPlusOne(host); err == nil {
		return d
	}
	return host
}
