package feeds

import (
	"context"
	"log/slog"
	"maps"
	"net/http"
	"sync"
	"time"
)

// PublishOptions configures publishing beyond feedsieve's own HTTP server.
type PublishOptions struct {
	Dir     string // write every feed and page, opml.xml and feed.xsl here; "" for none
	BaseURL string // public URL the directory is served at
	Settle  time.Duration
}

// defaultSettle gathers the changes of a poll round into one publication.
const defaultSettle = 2 * time.Second

// pingRetry is how long a failed hub ping waits before it is tried again.
const pingRetry = time.Minute

// clockCheck is how often Run looks for topics whose entries changed by
// the clock alone (Server.ChangedByClock).
const clockCheck = time.Minute

// Publisher pushes topic feeds out when they change: it pings the WebSub
// hub and rewrites the static directory. Notify records changes; Run, or
// Flush, publishes them. Start, Run and Flush must not run concurrently.
type Publisher struct {
	server *Server
	log    *slog.Logger
	hub    *hubPinger // nil without a hub
	static *staticDir // nil without a directory
	settle time.Duration

	mu      sync.Mutex
	pending map[string]bool // topics changed since the last publication
	index   bool            // the index page needs rewriting
	wake    chan struct{}
}

// NewPublisher returns a Publisher of the server's feeds, or nil when
// neither a hub nor a directory is configured. client sends hub pings.
func NewPublisher(server *Server, client *http.Client, logger *slog.Logger, opts PublishOptions) *Publisher {
	site := server.render.Site()
	if site.Hub == "" && opts.Dir == "" {
		return nil
	}
	p := &Publisher{
		server: server, log: logger, settle: opts.Settle,
		pending: make(map[string]bool), wake: make(chan struct{}, 1),
	}
	if p.settle == 0 {
		p.settle = defaultSettle
	}
	if site.Hub != "" {
		p.hub = newHubPinger(site.Hub, client)
	}
	if opts.Dir != "" {
		p.static = newStaticDir(opts.Dir, server.render.ForSite(site.StaticSite(opts.BaseURL)))
	}
	return p
}

// Notify records that the topics' feeds changed. With no topics it
// records a poll, which only the static index page shows. It never blocks.
func (p *Publisher) Notify(topics []string) {
	if len(topics) == 0 && p.static == nil {
		return
	}
	p.mu.Lock()
	for _, t := range topics {
		p.pending[t] = true
	}
	p.index = true
	p.mu.Unlock()
	select {
	case p.wake <- struct{}{}:
	default:
	}
}

// Run publishes changes until ctx ends, then publishes what is still
// pending. Call Start first.
func (p *Publisher) Run(ctx context.Context) {
	var retry <-chan time.Time
	clock := time.NewTicker(clockCheck)
	defer clock.Stop()
	for {
		select {
		case now := <-clock.C:
			p.server.ChangedByClock(now) // notifies, if anything changed
			continue
		case <-ctx.Done():
			final, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			p.Flush(final)
			return
		case <-p.wake:
			p.wait(ctx, p.settle)
		case <-retry:
		}
		retry = nil
		if !p.Flush(ctx) {
			retry = time.After(pingRetry)
		}
	}
}

// wait lets more changes of the same round arrive.
func (p *Publisher) wait(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}

// Start writes the whole static directory and notes the current feeds as
// known to the hub, so that a restart pings it only for real changes.
// Call it before changes can happen, that is before polling starts.
func (p *Publisher) Start(ctx context.Context) error {
	if err := p.Resume(nil); err != nil {
		return err
	}
	p.publish(ctx, false)
	return nil
}

// Resume takes over from prev, the publisher of the configuration before
// a reload, whose Run has returned: what prev's hub heard of stays known,
// so the hub is pinged only for feeds whose bytes the new configuration
// changed. It writes the static directory's fixed files and queues every
// topic. prev may be nil. Call it instead of Start.
func (p *Publisher) Resume(prev *Publisher) error {
	if p.static != nil {
		if err := p.static.prepare(p.server.topics); err != nil {
			return err
		}
	}
	if prev != nil && prev.hub != nil && p.hub != nil && prev.hub.hub == p.hub.hub {
		p.hub.last = maps.Clone(prev.hub.last)
	}
	topics := p.server.Topics()
	ids := make([]string, len(topics))
	for i, t := range topics {
		ids[i] = t.ID
	}
	p.Notify(ids)
	return nil
}

// Flush publishes the pending changes now and reports whether everything
// went out.
func (p *Publisher) Flush(ctx context.Context) bool { return p.publish(ctx, true) }

// publish pushes out the pending changes and reports whether everything
// went out; what failed stays pending. Without ping, the hub is not told:
// the feeds are only noted as known to it.
func (p *Publisher) publish(ctx context.Context, ping bool) bool {
	p.mu.Lock()
	topics, index := p.pending, p.index
	p.pending, p.index = make(map[string]bool), false
	p.mu.Unlock()

	failed := map[string]bool{}
	for _, t := range p.server.Topics() {
		if topics[t.ID] && !p.publishTopic(ctx, t, ping) {
			failed[t.ID] = true
		}
	}
	indexFailed := false
	if index && p.static != nil {
		if err := p.static.writeIndex(p.server); err != nil {
			p.log.Error("publish index page", slog.String("error", err.Error()))
			indexFailed = true
		}
	}
	if len(failed) == 0 && !indexFailed {
		return true
	}
	p.mu.Lock()
	for t := range failed {
		p.pending[t] = true
	}
	p.index = p.index || indexFailed
	p.mu.Unlock()
	return false
}

// feedVersion is one published URL of a feed and the tag of its bytes.
type feedVersion struct{ url, tag string }

// publishTopic writes a topic's static files, then pings the hub for
// every feed URL whose bytes changed since the hub last heard of it.
func (p *Publisher) publishTopic(ctx context.Context, t Topic, ping bool) bool {
	ok := true
	if p.static != nil {
		if err := p.static.writePage(p.server, t); err != nil {
			p.log.Error("publish topic page", slog.String("topic", t.ID), slog.String("error", err.Error()))
			ok = false
		}
	}
	var versions []feedVersion
	for _, f := range Formats {
		if p.static != nil {
			v, err := p.static.writeFeed(p.server, t, f)
			if err != nil {
				p.log.Error("publish feed file", slog.String("topic", t.ID), slog.String("format", f), slog.String("error", err.Error()))
				ok = false
			} else {
				versions = append(versions, v)
			}
		}
		if p.hub != nil {
			rd, err := p.server.Feed(t.ID, f)
			if err != nil {
				p.log.Error("render feed", slog.String("topic", t.ID), slog.String("format", f), slog.String("error", err.Error()))
				ok = false
				continue
			}
			versions = append(versions, feedVersion{p.server.render.Site().FeedURL(t.ID, f), rd.ETag})
		}
	}
	return p.announce(ctx, versions, ping) && ok
}

// announce pings the hub for each feed URL whose bytes it has not heard
// of, or only notes them when ping is false. A failed ping is forgotten,
// so that the next publication tries it again.
func (p *Publisher) announce(ctx context.Context, versions []feedVersion, ping bool) bool {
	if p.hub == nil {
		return true
	}
	ok := true
	for _, v := range versions {
		if !p.hub.changed(v) || !ping {
			continue
		}
		if err := p.hub.ping(ctx, v.url); err != nil {
			p.log.Warn("websub ping", slog.String("hub", p.hub.hub), slog.String("url", v.url), slog.String("error", err.Error()))
			p.hub.forget(v.url)
			ok = false
			continue
		}
		p.log.Debug("websub ping", slog.String("hub", p.hub.hub), slog.String("url", v.url))
	}
	return ok
}
