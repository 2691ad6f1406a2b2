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
	fs, configPath := newFlags("serve", "Run the daemon: poll every source now and then on its interval, and serve topic feeds over HTTP until SIGINT or SIGTERM.", stderr)
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
// finishes), then the database.
func serve(ctx context.Context, cfg *Config, log *slog.Logger) error {
	store, agg, err := openPipeline(cfg, log)
	if err != nil {
		return err
	}
	defer store.Close()

	inspect, err := aggregator.NewInspector(store, cfg.Aggregator.Topics)
	if err != nil {
		return err
	}
	mux := http.NewServeMux()
	mux.Handle("/api/", newAPI(inspect, log))
	mux.Handle("/", feeds.NewServer(store, log, cfg.Feeds))

	ln, err := net.Listen("tcp", cfg.Listen)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", cfg.Listen, err)
	}
	srv := &http.Server{
		Handler:           mux,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	log.Info("listening", slog.String("addr", ln.Addr().String()), slog.String("base_url", cfg.BaseURL),
		slog.Int("sources", len(cfg.Aggregator.Sources)), slog.Int("topics", len(cfg.Aggregator.Topics)))

	pollCtx, stopPolling := context.WithCancel(ctx)
	polled := make(chan struct{})
	go func() {
		agg.Run(pollCtx)
		close(polled)
	}()

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
	stopPolling()
	<-polled
	return serveErr
}

// openPipeline opens the database and builds the aggregator, re-filing
// stored items if the topic rules changed since the last run.
func openPipeline(cfg *Config, log *slog.Logger) (*storage.Store, *aggregator.Aggregator, error) {
	store, err := storage.Open(cfg.Storage)
	if err != nil {
		return nil, nil, err
	}
	client := aggregator.NewHTTPClient(cfg.Aggregator.Timeout, cfg.Aggregator.Concurrency)
	agg, err := aggregator.New(store, client, log, cfg.Aggregator)
	if err != nil {
		store.Close()
		return nil, nil, err
	}
	n, err := agg.SyncTopics()
	if err != nil {
		store.Close()
		return nil, nil, err
	}
	if n > 0 {
		log.Info("topic rules changed: re-filed stored items", slog.Int("items", n))
	}
	return store, agg, nil
}
