package daemon

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/netip"
	"time"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/feeds"
	"github.com/feedsieve/feedsieve/internal/config"
	"github.com/feedsieve/feedsieve/internal/websub"
	"github.com/feedsieve/feedsieve/storage"
)

// pipeline is what polls, stores and publishes.
type pipeline struct {
	store      *storage.Store
	agg        *aggregator.Aggregator
	site       *feeds.Server
	publisher  *feeds.Publisher   // nil without a hub or a publish directory
	subscriber *websub.Subscriber // nil without server.websub_subscribe
}

// hooks let the daemon observe a pipeline; any may be nil.
type hooks struct {
	polled    func(aggregator.PollResult)
	rendered  func(topic, format string, took time.Duration)
	delivered func(result string)
	// deliver files a WebSub delivery; nil files it with the pipeline's
	// own aggregator.
	deliver func(ctx context.Context, source string, body []byte, contentType, topic string) aggregator.PollResult
}

// anyNetwork allows every address.
var anyNetwork = []netip.Prefix{netip.MustParsePrefix("0.0.0.0/0"), netip.MustParsePrefix("::/0")}

// newPipeline wires the aggregator to the feed server, and the feed server
// to the publisher: a stored change invalidates the cached feeds, then is
// published. It does not touch the database.
func newPipeline(store *storage.Store, cfg *config.Config, log *slog.Logger, h hooks) (*pipeline, error) {
	fopts := cfg.FeedsOptions()
	fopts.OnRender = h.rendered
	p := &pipeline{store: store, site: feeds.NewServer(store, log, fopts)}
	client := aggregator.NewHTTPClient(cfg.Aggregator.Timeout, cfg.Aggregator.Concurrency, cfg.AllowNetworks)
	// The WebSub hub is the operator's choice, never a feed's, and may be
	// on a private network: its pings are not held to poll.allow_networks.
	hubClient := aggregator.NewHTTPClient(cfg.Aggregator.Timeout, 2, anyNetwork)
	p.publisher = feeds.NewPublisher(p.site, hubClient, log, cfg.Feeds.Publish)
	opts := cfg.Aggregator
	opts.OnChange = p.site.Changed
	if p.publisher != nil {
		p.site.OnChange(p.publisher.Notify)
	}
	opts.OnPolled = func(r aggregator.PollResult) {
		p.site.Polled() // the index page shows each source's state
		if p.publisher != nil {
			p.publisher.Notify(nil)
		}
		if p.subscriber != nil {
			p.subscriber.Polled(r)
		}
		if h.polled != nil {
			h.polled(r)
		}
	}
	var err error
	if cfg.WebSubSubscribe {
		if p.subscriber, err = newSubscriber(store, cfg, client, log, h, p); err != nil {
			return nil, err
		}
		opts.Pushed = p.subscriber.Pushed
	}
	p.agg, err = aggregator.New(store, client, log, opts)
	if err != nil {
		return nil, err
	}
	return p, nil
}

// newSubscriber makes the WebSub subscriber of a pipeline: hubs named by
// feeds are reached like feeds (client), and call back under base_url.
func newSubscriber(store *storage.Store, cfg *config.Config, client *http.Client, log *slog.Logger, h hooks, p *pipeline) (*websub.Subscriber, error) {
	names := make([]string, len(cfg.Aggregator.Sources))
	for i, s := range cfg.Aggregator.Sources {
		names[i] = s.Name
	}
	return websub.New(store, names, websub.Options{
		CallbackBase: cfg.BaseURL + "/websub/", MaxBody: cfg.Aggregator.MaxBody, Client: client, Log: log, OnDelivery: h.delivered,
		Deliver: func(ctx context.Context, source string, body []byte, contentType, topic string) aggregator.PollResult {
			if h.deliver != nil {
				return h.deliver(ctx, source, body, contentType, topic)
			}
			return p.agg.Deliver(ctx, source, body, contentType, topic)
		},
	})
}

// ErrPublish is PollOnce's error when publishing failed; the publisher
// logged why.
var ErrPublish = errors.New("publishing failed (see the errors above)")

// PollOnce is feedsieve poll: it opens the database, re-files stored
// items if the topic rules changed since the last run, polls every source
// once, and publishes what changed when cfg says where. polled, when not
// nil, is called after each poll. The results come back, in config
// order, also when publishing failed (ErrPublish).
func PollOnce(ctx context.Context, cfg *config.Config, log *slog.Logger, polled func(aggregator.PollResult)) ([]aggregator.PollResult, error) {
	p, err := openPipeline(cfg, log, hooks{polled: polled})
	if err != nil {
		return nil, err
	}
	defer p.store.Close()
	if p.publisher != nil {
		if err := p.publisher.Start(ctx); err != nil {
			return nil, err
		}
	}
	results := p.agg.PollAll(ctx)
	if p.publisher != nil && !p.publisher.Flush(ctx) {
		return results, ErrPublish
	}
	return results, nil
}

// openPipeline opens the database for a one-shot command and re-files
// stored items if the topic rules changed since the last run.
func openPipeline(cfg *config.Config, log *slog.Logger, h hooks) (*pipeline, error) {
	opts := cfg.Storage
	opts.Log = log
	store, err := storage.Open(opts)
	if err != nil {
		return nil, err
	}
	p, err := newPipeline(store, cfg, log, h)
	if err == nil {
		err = syncTopics(p.agg, log)
	}
	if err != nil {
		store.Close()
		return nil, err
	}
	return p, nil
}

// start runs polling and publishing in the background. The returned
// function stops polling (a started write finishes), then lets the
// publisher push out what is pending, and returns when both are done.
func (p *pipeline) start(ctx context.Context) (stop func()) {
	pollCtx, stopPolling := context.WithCancel(ctx)
	pubCtx, stopPublishing := context.WithCancel(context.WithoutCancel(ctx))
	polled, published := make(chan struct{}), make(chan struct{})
	go func() {
		if p.subscriber != nil {
			go p.subscriber.Run(pollCtx)
		}
		p.agg.Run(pollCtx)
		close(polled)
	}()
	go func() {
		if p.publisher != nil {
			p.publisher.Run(pubCtx)
		}
		close(published)
	}()
	return func() {
		stopPolling()
		<-polled
		stopPublishing()
		<-published
	}
}

func syncTopics(agg *aggregator.Aggregator, log *slog.Logger) error {
	n, err := agg.SyncTopics()
	if err != nil {
		return err
	}
	if n > 0 {
		log.Info("topic rules changed: re-filed stored items", slog.Int("items", n))
	}
	if n, err = agg.SyncStories(); err != nil {
		return err
	}
	if n > 0 {
		log.Info("filed stored items into stories", slog.Int("copies", n))
	}
	return nil
}
