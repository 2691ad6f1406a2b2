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
	all   chan struct{}
	byURL map[string]chan struct{} // a source URL's domain slots; built once in New, only read afterwards
}

func newLimits(concurrency, perHost int, sources []Source) *limits {
	l := &limits{all: make(chan struct{}, concurrency), byURL: make(map[string]chan struct{})}
	byHost := make(map[string]chan struct{})
	for _, s := range sources {
		k := hostKey(s.URL)
		if _, ok := byHost[k]; !ok {
			byHost[k] = make(chan struct{}, perHost)
		}
		l.byURL[s.URL] = byHost[k]
	}
	return l
}

// acquire waits for a slot of the source's domain, then for one of the
// global pool, so that a poll waiting for its domain holds no global slot.
// It returns false when ctx ends first.
func (l *limits) acquire(ctx context.Context, src Source) (release func(), ok bool) {
	host := l.byURL[src.URL]
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
	host := strings.ToLower(u.Hostname())
	if d, err := publicsuffix.EffectiveTLDPlusOne(host); err == nil {
		return d
	}
	return host
}
