package aggregator

import (
	"context"
	"errors"
	"net/url"
	"strings"
	"sync"
	"time"
)

// robotsAgent is the product token feedsieve looks for in robots.txt
// (RFC 9309): groups for it, else the * group, apply to article fetches.
const robotsAgent = "feedsieve"

// How long a site's robots.txt is trusted before it is fetched again;
// one that could not be fetched is asked for again sooner.
const (
	robotsTTL      = time.Hour
	robotsRetry    = 10 * time.Minute
	maxRobotsBytes = 512 << 10 // RFC 9309 asks crawlers to read at least 500 KiB
)

// errRobots reports an article page that the site's robots.txt keeps
// feedsieve from.
var errRobots = errors.New("disallowed by the site's robots.txt")

// robotsRule is an Allow or Disallow line of the group that applies.
type robotsRule struct {
	allow   bool
	pattern string // a path prefix, with * for any run and a final $ for the end
}

// robotsEntry is one site's rules, fetched once for all its articles.
type robotsEntry struct {
	ready   chan struct{} // closed once rules is set
	rules   []robotsRule
	refused error // the site's address is refused (*AddressError): nothing of it is fetched
	expires time.Time
}

// robotsCache fetches and keeps the robots.txt of each site (scheme and
// host) articles are fetched from.
type robotsCache struct {
	fetcher *Fetcher
	now     func() time.Time
	mu      sync.Mutex
	sites   map[string]*robotsEntry
}

func newRobotsCache(f *Fetcher) *robotsCache {
	return &robotsCache{fetcher: f, now: time.Now, sites: map[string]*robotsEntry{}}
}

// check returns nil when robots.txt lets feedsieve fetch u, errRobots
// when it does not, and the dial guard's error when the site's address is
// refused. A missing robots.txt (a 4xx answer) allows everything; one
// that cannot be had (a 5xx answer, no connection) allows nothing, as RFC
// 9309 says, until it is asked for again.
func (c *robotsCache) check(ctx context.Context, src Source, u *url.URL) error {
	site := u.Scheme + "://" + u.Host
	c.mu.Lock()
	e := c.sites[site]
	if e == nil || isClosed(e.ready) && c.now().After(e.expires) { // expires is read once ready is closed
		c.forgetExpired()
		e = &robotsEntry{ready: make(chan struct{})}
		c.sites[site] = e
		c.mu.Unlock()
		e.rules, e.expires, e.refused = c.fetch(ctx, src, site)
		close(e.ready)
	} else {
		c.mu.Unlock()
	}
	select {
	case <-e.ready:
	case <-ctx.Done():
		return ctx.Err()
	}
	switch {
	case e.refused != nil:
		return e.refused
	case !robotsAllow(e.rules, u.EscapedPath()+queryOf(u)):
		return errRobots
	}
	return nil
}

// maxRobotsSites is how many sites' rules are kept before the expired
// ones are dropped.
const maxRobotsSites = 1024

// forgetExpired drops the expired entries once there are many, so that
// articles from ever new sites do not grow the cache for good. c.mu is
// held.
func (c *robotsCache) forgetExpired() {
	if len(c.sites) < maxRobotsSites {
		return
	}
	now := c.now()
	for site, e := range c.sites {
		if isClosed(e.ready) && now.After(e.expires) {
			delete(c.sites, site)
		}
	}
}

func isClosed(ch chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
		return false
	}
}

func queryOf(u *url.URL) string {
	if u.RawQuery == "" {
		return ""
	}
	return "?" + u.RawQuery
}

// fetch reads a site's robots.txt and returns the rules for feedsieve,
// until when to keep them, and the dial guard's error when the site's
// address is refused.
func (c *robotsCache) fetch(ctx context.Context, src Source, site string) ([]robotsRule, time.Time, error) {
	src = Source{URL: site + "/robots.txt", UserAgent: src.UserAgent}
	resp, err := c.fetcher.get(ctx, src, "text/plain", "", "")
	now := c.now()
	var se *StatusError
	var refused *AddressError
	switch {
	case errors.As(err, &se) && se.Status >= 400 && se.Status < 500:
		return nil, now.Add(robotsTTL), nil
	case errors.As(err, &refused):
		return nil, now.Add(robotsRetry), refused
	case err != nil:
		return []robotsRule{{allow: false, pattern: "/"}}, now.Add(robotsRetry), nil
	}
	body := resp.Body[:min(len(resp.Body), maxRobotsBytes)]
	return parseRobots(string(body), robotsAgent), now.Add(robotsTTL), nil
}

// parseRobots returns the rules of the groups for agent, else those of
// the * groups. Groups for the same agent are merged.
func parseRobots(text, agent string) []robotsRule {
	var mine, star []robotsRule
	var forMe, forStar, inRules, haveMine bool
	for _, line := range strings.Split(text, "\n") {
		line, _, _ = strings.Cut(line, "#")
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key, value = strings.ToLower(strings.TrimSpace(key)), strings.TrimSpace(value)
		switch key {
		case "user-agent":
			if inRules { // a new group starts
				forMe, forStar, inRules = false, false, false
			}
			forMe = forMe || strings.EqualFold(value, agent)
			forStar = forStar || value == "*"
			haveMine = haveMine || forMe
		case "allow", "disallow":
			inRules = true
			if value == "" {
				continue // "Disallow:" allows everything
			}
			r := robotsRule{allow: key == "allow", pattern: value}
			if forMe {
				mine = append(mine, r)
			}
			if forStar {
				star = append(star, r)
			}
		}
	}
	if haveMine {
		return mine
	}
	return star
}

// robotsAllow applies the most specific (longest) matching rule; Allow
// wins a tie, and no matching rule allows.
func robotsAllow(rules []robotsRule, path string) bool {
	best, allow := -1, true
	for _, r := range rules {
		if !robotsMatch(r.pattern, path) {
			continue
		}
		if n := len(r.pattern); n > best || n == best && r.allow {
			best, allow = n, r.allow
		}
	}
	return allow
}

// robotsMatch reports whether a robots.txt path pattern matches path: a
// prefix match where * stands for any run of characters and a final $
// anchors the end.
func robotsMatch(pattern, path string) bool {
	anchored := strings.HasSuffix(pattern, "$")
	parts := strings.Split(strings.TrimSuffix(pattern, "$"), "*")
	if !strings.HasPrefix(path, parts[0]) {
		return false
	}
	rest := path[len(parts[0]):]
	for _, p := range parts[1:] {
		i := strings.Index(rest, p)
		if i < 0 {
			return false
		}
		rest = rest[i+len(p):]
	}
	if anchored && len(parts) > 1 {
		return strings.HasSuffix(path, parts[len(parts)-1])
	}
	return !anchored || rest == ""
}
