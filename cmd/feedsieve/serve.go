package main

import (
	"context"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/feeds"
	"github.com/feedsieve/feedsieve/internal/config"
	"github.com/feedsieve/feedsieve/storage"
)

func cmdServe(ctx context.Context, args []string, _, stderr io.Writer) int {
	fs, configPath := newFlags("serve", "Run the daemon: poll every source now and then on its interval, serve topic feeds (Atom, RSS,\nJSON Feed), OPML, the index page, the JSON API, /metrics, /healthz, /readyz and, with\nserver.pprof, /debug/pprof/ over HTTP, and publish changes to publish.dir and the WebSub hub\nwhen they are set. SIGHUP, or saving the config file, reloads the config; SIGINT or SIGTERM\nstops the daemon.", stderr)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	// A reload asked for during start-up must not kill the process, which
	// is SIGHUP's default action.
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	raw, cfg, err := readConfig(*configPath)
	if err != nil {
		io.WriteString(stderr, err.Error()+"\n")
		return 1
	}
	level := new(slog.LevelVar)
	level.Set(cfg.LogLevel)
	log := newLogger(cfg.LogFormat, level, stderr)
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	d, err := startDaemon(ctx, cfg, raw, log, level)
	if err == nil {
		err = d.run(ctx, hup)
	}
	if err != nil {
		log.Error("feedsieve stopped", slog.String("error", err.Error()))
		return 1
	}
	return 0
}

// readConfig reads and validates the config file, returning its bytes too.
func readConfig(path string) ([]byte, *config.Config, error) {
	raw, err := config.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	cfg, err := config.Parse(path, versionString(), raw)
	return raw, cfg, err
}

// pipeline is what polls, stores and publishes.
type pipeline struct {
	store     *storage.Store
	agg       *aggregator.Aggregator
	site      *feeds.Server
	publisher *feeds.Publisher // nil without a hub or a publish directory
}

// hooks let the daemon observe a pipeline; either may be nil.
type hooks struct {
	polled   func(aggregator.PollResult)
	rendered func(topic, format string, took time.Duration)
}

// newPipeline wires the aggregator to the feed server, and the feed server
// to the publisher: a stored change invalidates the cached feeds, then is
// published. It does not touch the database.
func newPipeline(store *storage.Store, cfg *config.Config, log *slog.Logger, h hooks) (*pipeline, error) {
	fopts := cfg.Feeds
	fopts.OnRender = h.rendered
	p := &pipeline{store: store, site: feeds.NewServer(store, log, fopts)}
	client := aggregator.NewHTTPClient(cfg.Aggregator.Timeout, cfg.Aggregator.Concurrency)
	p.publisher = feeds.NewPublisher(p.site, client, log, cfg.Feeds.Publish)
	opts := cfg.Aggregator
	opts.OnChange = p.site.Changed
	if p.publisher != nil {
		p.site.OnChange(p.publisher.Notify)
	}
	opts.OnPolled = func(r aggregator.PollResult) {
		if p.publisher != nil {
			p.publisher.Notify(nil)
		}
		if h.polled != nil {
			h.polled(r)
		}
	}
	var err error
	p.agg, err = aggregator.New(store, client, log, opts)
	if err != nil {
		return nil, err
	}
	return p, nil
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
	go func() { p.agg.Run(pollCtx); close(polled) }()
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
