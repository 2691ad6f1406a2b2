// Package daemon is feedsieve serve, and feedsieve poll's one cycle: it
// builds the pipeline (aggregator, feed server, publisher) from a config
// over the database, runs it, reloads the config on SIGHUP and when the
// file changes, binds the public listener, the operator's socket and admin
// listener, reports readiness,
// health and the watchdog to systemd, and keeps the Prometheus metrics.
package daemon

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/internal/api"
	"github.com/feedsieve/feedsieve/internal/config"
	"github.com/feedsieve/feedsieve/storage"
)

// shutdownTimeout bounds how long in-flight HTTP requests may take to
// finish on SIGINT or SIGTERM before their connections are closed; with
// the publisher's last flush (at most 5 s) the daemon stops within 10 s.
const shutdownTimeout = 3 * time.Second

// Daemon is feedsieve serve. It holds the database for its whole life and
// runs one pipeline at a time, replacing it when the config is reloaded.
// Its listeners serve whatever the current pipeline's handlers are.
type Daemon struct {
	path    string
	version string
	log     *slog.Logger
	level   *slog.LevelVar
	store   *storage.Store
	notify  notifier
	metrics *metrics
	ready   atomic.Bool
	config  configState
	fatal   chan error // a listener stopped serving

	cur atomic.Pointer[running]
	// switching is held by a reload from stopping the old pipeline until
	// the new one runs; a WebSub delivery holds it for reading (deliver).
	switching sync.RWMutex

	mu     sync.Mutex // start, reload and shutdown run one at a time
	raw    []byte     // the applied config file's bytes
	bad    []byte     // the bytes last rejected, not retried on file events
	public *listener
	admin  *listener // nil without server.admin_listen
	socket *listener // the operator's Unix socket
}

// running is a pipeline in operation, with its config and its handlers.
type running struct {
	*pipeline
	cfg      *config.Config
	public   http.Handler // feeds, OPML, the index page
	ops      http.Handler // metrics, health checks and, with server.pprof, profiles
	operator http.Handler // ops, the API and the public pages: the socket's
	stop     func()
}

// Options are what a daemon needs besides its config.
type Options struct {
	Version string         // feedsieve's, for the configs it reloads
	Log     *slog.Logger   // where it logs
	Level   *slog.LevelVar // Log's level, which a reload sets
}

// Start opens the database, binds the listeners and starts polling and
// publishing under cfg, read from the bytes raw; then it tells systemd it
// is ready.
func Start(ctx context.Context, cfg *config.Config, raw []byte, o Options) (*Daemon, error) {
	log, notify := o.Log, notifier{o.Log}
	opts := cfg.Storage
	opts.Log = log
	opts.UpgradeProgress = notify.upgrading
	store, err := storage.Open(opts)
	if err != nil {
		return nil, err
	}
	d := &Daemon{path: cfg.Path, version: o.Version, log: log, level: o.Level, store: store, notify: notify, fatal: make(chan error, 2), raw: raw}
	d.metrics = newMetrics(newStoredItems(store, d.topicIDs))
	d.configApplied(raw)
	r, err := d.prepare(cfg)
	if err == nil {
		err = syncTopics(r.agg, log)
	}
	if err == nil && r.publisher != nil {
		err = r.publisher.Start(ctx)
	}
	if err == nil {
		d.cur.Store(r) // what the listeners serve from their first request
		d.public, d.admin, err = d.bind(cfg, nil, nil)
	}
	if err == nil {
		d.socket, err = listenSocket(cfg.Socket, cfg.SocketGroup, http.HandlerFunc(d.serveOperator), log, d.fatal)
		if err != nil {
			d.closeListeners()
		}
	}
	if err != nil {
		store.Close()
		return nil, err
	}
	d.launch(ctx, r)
	log.Info("listening", slog.String("addr", d.public.addr), slog.String("admin_addr", d.admin.address()), slog.String("socket", d.socket.address()),
		slog.String("base_url", cfg.BaseURL), slog.Int("sources", len(cfg.Aggregator.Sources)), slog.Int("topics", len(cfg.Aggregator.Topics)))
	d.notify.ready()
	return d, nil
}

// prepare builds a pipeline for cfg over the open database, with its
// handlers, without starting anything.
func (d *Daemon) prepare(cfg *config.Config) (*running, error) {
	p, err := newPipeline(d.store, cfg, d.log, hooks{polled: d.metrics.polled, rendered: d.metrics.rendered, delivered: d.metrics.delivered, deliver: d.deliver})
	if err != nil {
		return nil, err
	}
	inspect, err := aggregator.NewInspector(d.store, cfg.Aggregator.Topics)
	if err != nil {
		return nil, err
	}
	r := &running{pipeline: p, cfg: cfg}
	r.public, r.ops, r.operator = d.handlers(r, inspect)
	return r, nil
}

// deliver files a WebSub delivery with the pipeline that runs, whichever
// pipeline's subscriber took it. While a reload switches pipelines it
// waits, and then goes to the new one: the new aggregator loads the
// stories before it runs, and an item the old one stored meanwhile would
// be missing from them (a second lead for its story, copies that could
// not join it).
func (d *Daemon) deliver(ctx context.Context, source string, body []byte, contentType, topic string) aggregator.PollResult {
	d.switching.RLock()
	defer d.switching.RUnlock()
	return d.cur.Load().agg.Deliver(ctx, source, body, contentType, topic)
}

// launch starts a prepared pipeline and makes it the one served.
func (d *Daemon) launch(ctx context.Context, r *running) {
	ctx, cancel := context.WithCancel(ctx)
	stop := r.start(ctx)
	r.stop = func() {
		stop()
		cancel()
	}
	d.cur.Store(r)
	go d.awaitReady(ctx, r)
}

// awaitReady marks the daemon ready once a pipeline's first poll cycle is
// done, unless the pipeline stops first. Readiness is never lost again: a
// reload polls new sources at once.
func (d *Daemon) awaitReady(ctx context.Context, r *running) {
	select {
	case <-r.agg.Ready():
		if !d.ready.Swap(true) {
			d.log.Info("ready: every source had its first poll")
		}
	case <-ctx.Done():
	}
}

// Run serves until ctx ends or a listener fails, reloading the config on
// a signal from hup (SIGHUP) and when the file changes.
func (d *Daemon) Run(ctx context.Context, hup <-chan os.Signal) error {
	changes := watchConfig(ctx, d.path, d.log)
	go d.watchdog(ctx)
	for {
		select {
		case <-ctx.Done():
			d.shutdown()
			return nil
		case err := <-d.fatal:
			d.shutdown()
			return err
		case <-hup:
			d.reload(ctx, "SIGHUP")
		case <-changes:
			d.reload(ctx, "config file changed")
		}
	}
}

// shutdown stops serving HTTP, then polling (a started write finishes),
// then publishing what is pending, then closes the database.
func (d *Daemon) shutdown() {
	d.notify.stopping()
	d.log.Info("shutting down")
	d.mu.Lock()
	defer d.mu.Unlock()
	d.closeListeners()
	d.cur.Load().stop()
	if err := d.store.Close(); err != nil {
		d.log.Error("close database", slog.String("error", err.Error()))
	}
}

// closeListeners stops the listeners, letting requests in flight finish
// for a while.
func (d *Daemon) closeListeners() {
	ctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	var wg sync.WaitGroup
	for _, l := range []*listener{d.public, d.admin, d.socket} {
		wg.Go(func() { l.close(ctx, d.log) })
	}
	wg.Wait()
}

// Healthy reports what keeps the daemon from doing its work.
func (d *Daemon) Healthy() error { return d.healthy() }

// Ready reports whether every source had its first poll.
func (d *Daemon) Ready() bool { return d.ready.Load() }

// Config reports which config file the daemon runs, and whether the file
// on disk was rejected.
func (d *Daemon) Config() api.ConfigState { return d.config.get() }

// configApplied records raw as the running config.
func (d *Daemon) configApplied(raw []byte) {
	d.config.applied(d.path, raw, time.Now())
	d.metrics.configApplied(true, time.Now())
}

// topicIDs lists the topics of the current config.
func (d *Daemon) topicIDs() []string {
	if r := d.cur.Load(); r != nil {
		return r.cfg.TopicIDs()
	}
	return nil
}

// healthy reports what keeps the daemon from doing its work: an
// unreadable database, writes that fail, or a stalled poll loop.
func (d *Daemon) healthy() error {
	done := make(chan error, 1)
	go func() { done <- d.store.Ping() }()
	select {
	case err := <-done:
		if err != nil {
			return err
		}
	case <-time.After(5 * time.Second):
		return errors.New("database: a read took longer than 5 s")
	}
	if err := d.store.WriteHealth(); err != nil {
		return err
	}
	if r := d.cur.Load(); r != nil {
		return r.agg.Stalled()
	}
	return nil
}

// watchdog tells systemd's watchdog that all is well, at half its
// interval, only while the daemon is healthy.
func (d *Daemon) watchdog(ctx context.Context) {
	every := watchdogInterval(d.log)
	if every <= 0 {
		return
	}
	t := time.NewTicker(every)
	defer t.Stop()
	var failing bool
	for {
		err := d.healthy()
		switch {
		case err == nil:
			d.notify.send("WATCHDOG=1")
			if failing {
				d.log.Info("healthy again: watchdog notified")
			}
		case !failing:
			d.log.Error("unhealthy: not notifying the watchdog", slog.String("error", err.Error()))
		}
		failing = err != nil
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
