package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os/signal"
	"sync"
	"syscall"
	"time"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/feeds"
	"github.com/feedsieve/feedsieve/storage"
)

// shutdownTimeout bounds how long in-flight HTTP requests may take to
// finish on SIGINT or SIGTERM.
const shutdownTimeout = 10 * time.Second

func cmdServe(ctx context.Context, args []string, _, stderr io.Writer) int {
	fs, configPath := newFlags("serve", "Run the daemon: poll every source now and then on its interval, serve topic feeds (Atom, RSS,\nJSON Feed), OPML and the index page over HTTP, and publish changes to publish.dir and the\nWebSub hub when they are set, until SIGINT or SIGTERM.", stderr)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	cfg, ok := loadConfig(*configPath, stderr)
	if !ok {
		return 1
	}
	log := newLogger(cfg, stderr)
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	if err := serve(ctx, cfg, log); err != nil {
		log.Error("feedsieve stopped", slog.String("error", err.Error()))
		return 1
	}
	return 0
}

// serve runs the daemon until ctx ends. Dependencies are built in order and
// shut down in reverse: HTTP first, then polling (a started write
// finishes), then publishing what is pending, then the database.
func serve(ctx context.Context, cfg *Config, log *slog.Logger) error {
	p, err := openPipeline(cfg, log)
	if err != nil {
		return err
	}
	defer p.store.Close()
	inspect, err := aggregator.NewInspector(p.store, cfg.Aggregator.Topics)
	if err != nil {
		return err
	}
	mux := http.NewServeMux()
	mux.Handle("/api/", newAPI(inspect, log))
	mux.Handle("/", p.site)
	if p.publisher != nil {
		if err := p.publisher.Start(ctx); err != nil {
			return err
		}
	}

	ln, err := net.Listen("tcp", cfg.Listen)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", cfg.Listen, err)
	}
	srv := newHTTPServer(mux, log)
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	log.Info("listening", slog.String("addr", ln.Addr().String()), slog.String("base_url", cfg.BaseURL),
		slog.Int("sources", len(cfg.Aggregator.Sources)), slog.Int("topics", len(cfg.Aggregator.Topics)))
	stopBackground := p.run(ctx)

	var serveErr error
	select {
	case <-ctx.Done():
		log.Info("shutting down")
	case serveErr = <-served:
		serveErr = fmt.Errorf("http server: %w", serveErr)
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Warn("http shutdown", slog.String("error", err.Error()))
	}
	stopBackground()
	return serveErr
}

// run starts polling and publishing in the background. The returned
// function stops polling, waits for a started write to finish, then lets
// the publisher push out what is pending, and returns when both are done.
func (p *pipeline) run(ctx context.Context) (stop func()) {
	pollCtx, stopPolling := context.WithCancel(ctx)
	pubCtx, stopPublishing := context.WithCancel(context.WithoutCancel(ctx))
	var polling, publishing sync.WaitGroup
	polling.Go(func() { p.agg.Run(pollCtx) })
	if p.publisher != nil {
		publishing.Go(func() { p.publisher.Run(pubCtx) })
	}
	return func() {
		stopPolling()
		polling.Wait()
		stopPublishing()
		publishing.Wait()
	}
}

func newHTTPServer(h http.Handler, log *slog.Logger) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
}

// pipeline is what polls, stores and publishes.
type pipeline struct {
	store     *storage.Store
	agg       *aggregator.Aggregator
	site      *feeds.Server
	publisher *feeds.Publisher // nil without a hub or a publish directory
}

// openPipeline opens the database and wires the aggregator to the feed
// server, and the feed server to the publisher: a stored change
// invalidates the cached feeds, then is published. Stored items are
// re-filed if the topic rules changed since the last run.
func openPipeline(cfg *Config, log *slog.Logger) (*pipeline, error) {
	store, err := storage.Open(cfg.Storage)
	if err != nil {
		return nil, err
	}
	p := &pipeline{store: store, site: feeds.NewServer(store, log, cfg.Feeds)}
	client := aggregator.NewHTTPClient(cfg.Aggregator.Timeout, cfg.Aggregator.Concurrency)
	p.publisher = feeds.NewPublisher(p.site, client, log, cfg.Feeds.Publish)
	opts := cfg.Aggregator
	opts.OnChange = p.site.Changed
	if p.publisher != nil {
		p.site.OnChange(p.publisher.Notify)
		opts.OnPolled = func(aggregator.PollResult) { p.publisher.Notify(nil) }
	}
	p.agg, err = aggregator.New(store, client, log, opts)
	if err == nil {
		err = syncTopics(p.agg, log)
	}
	if err != nil {
		store.Close()
		return nil, err
	}
	return p, nil
}

func syncTopics(agg *aggregator.Aggregator, log *slog.Logger) error {
	n, err := agg.SyncTopics()
	if err != nil {
		return err
	}
	if n > 0 {
		log.Info("topic rules changed: re-filed stored items", slog.Int("items", n))
	}
	return nil
}
