package daemon

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"slices"
	"time"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/internal/config"
)

// reload reads the config file again and applies it. A file that did not
// change is left alone; an invalid one, or one whose new listen address
// cannot be bound, is rejected with every problem logged, and the daemon
// carries on with the config it has.
func (d *Daemon) reload(ctx context.Context, trigger string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	raw, err := config.ReadFile(d.path)
	switch {
	case err == nil && bytes.Equal(raw, d.raw):
		if d.bad != nil {
			d.log.Info("config file is the running config again: the rejected version is gone", slog.String("trigger", trigger))
			d.bad = nil
			d.config.restored()
			d.metrics.configApplied(true, time.Time{})
			return
		}
		if !d.credentialsRotated(raw) {
			d.log.Info("config unchanged", slog.String("trigger", trigger))
			return
		}
		d.log.Info("config unchanged but a source's password file changed: applying it", slog.String("trigger", trigger))
	case err == nil && bytes.Equal(raw, d.bad) && trigger != "SIGHUP":
		return // rejected already; SIGHUP retries it (a port may be free now)
	}
	d.notify.reloading()
	defer d.notify.ready()
	var cfg *config.Config
	if err == nil {
		cfg, err = config.Parse(d.path, d.version, raw)
	}
	if err == nil {
		err = d.apply(ctx, cfg, trigger)
	}
	if err != nil {
		d.bad = raw
		d.reject(trigger, err)
		return
	}
	d.raw, d.bad = raw, nil
	d.metrics.reloads.WithLabelValues("applied").Inc()
	d.configApplied(raw)
}

// credentialsRotated reports whether the unchanged config file now loads
// with other credentials: a password_file rotated (systemd's
// LoadCredential= after a restart of the credential's source, or a
// secrets manager) is read again on reload. A file that no longer loads
// is logged and the running config kept.
func (d *Daemon) credentialsRotated(raw []byte) bool {
	cfg, err := config.Parse(d.path, d.version, raw)
	if err != nil {
		d.log.Warn("the config file is unchanged but does not load now: still running on the previous config", slog.String("error", err.Error()))
		return false
	}
	old := map[string]aggregator.Source{}
	for _, s := range d.cur.Load().cfg.Aggregator.Sources {
		old[s.Name] = s
	}
	for _, s := range cfg.Aggregator.Sources {
		if o := old[s.Name]; o.Password != s.Password {
			return true
		}
	}
	return false
}

// reject logs why a config was not applied, one line per problem.
func (d *Daemon) reject(trigger string, err error) {
	d.metrics.reloads.WithLabelValues("rejected").Inc()
	d.metrics.configApplied(false, time.Time{})
	d.config.rejected(err, time.Now())
	var problems config.Errors
	if errors.As(err, &problems) {
		for _, p := range problems {
			d.log.Error("config problem", slog.String("problem", p.Error()))
		}
	}
	d.log.Error("config rejected: still running on the previous config", slog.String("trigger", trigger),
		slog.String("error", err.Error()))
}

// apply switches the daemon to cfg: the new pipeline is built and its
// listeners bound first, so that failing there leaves everything as it
// was; then polling stops, stored items are re-filed if the topic rules
// changed, and the new pipeline starts.
func (d *Daemon) apply(ctx context.Context, cfg *config.Config, trigger string) error {
	old := d.cur.Load()
	d.keepFixed(old.cfg, cfg)
	r, err := d.prepare(cfg)
	if err != nil {
		return err
	}
	public, admin, err := d.bind(cfg, d.public, d.admin)
	if err != nil {
		return err
	}
	d.switching.Lock() // deliveries wait for the new pipeline (deliver)
	old.stop()
	d.store.SetRetention(cfg.Storage.Retention)
	d.store.SetSourceQuota(cfg.Storage.SourceQuota)
	d.level.Set(cfg.LogLevel)
	if err := syncTopics(r.agg, d.log); err != nil {
		d.log.Error("re-filing stored items under the new topic rules failed; the next start tries again", slog.String("error", err.Error()))
	}
	if r.publisher != nil {
		if err := r.publisher.Resume(old.publisher); err != nil {
			d.log.Error("publishing under the new config", slog.String("error", err.Error()))
		}
	}
	d.launch(ctx, r)
	d.switching.Unlock()
	d.replaceListeners(public, admin)
	added, removed := diffSources(old.cfg.Aggregator.Sources, cfg.Aggregator.Sources)
	d.metrics.forget(removed, missing(old.cfg.TopicIDs(), cfg.TopicIDs()))
	d.log.Info("config reloaded", slog.String("trigger", trigger), slog.Any("sources_added", added), slog.Any("sources_removed", removed),
		slog.Int("sources", len(cfg.Aggregator.Sources)), slog.Int("topics", len(cfg.Aggregator.Topics)),
		slog.String("addr", d.public.addr), slog.String("admin_addr", d.admin.address()))
	return nil
}

// keepFixed keeps what a running daemon cannot change: the database it
// holds, the operator's socket, and the log format.
func (d *Daemon) keepFixed(old, cfg *config.Config) {
	if cfg.Storage.Path != old.Storage.Path {
		d.log.Warn("storage.path changed: restart feedsieve to use the new database; keeping the open one",
			slog.String("open", old.Storage.Path), slog.String("configured", cfg.Storage.Path))
		cfg.Storage.Path = old.Storage.Path
	}
	if cfg.Socket != old.Socket || cfg.SocketGroup != old.SocketGroup {
		d.log.Warn("server.socket or server.socket_group changed: restart feedsieve to apply it; keeping the open socket",
			slog.String("open", old.Socket), slog.String("configured", cfg.Socket))
		cfg.Socket, cfg.SocketGroup = old.Socket, old.SocketGroup
	}
	if cfg.LogFormat != old.LogFormat {
		d.log.Warn("log.format changed: restart feedsieve to apply it", slog.String("format", cfg.LogFormat))
		cfg.LogFormat = old.LogFormat
	}
}

// replaceListeners makes the given listeners current and shuts down the
// ones they replace, letting their requests in flight finish.
func (d *Daemon) replaceListeners(public, admin *listener) {
	for _, pair := range [][2]*listener{{d.public, public}, {d.admin, admin}} {
		if was, now := pair[0], pair[1]; was != nil && was != now {
			go func() {
				ctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
				defer cancel()
				was.close(ctx, d.log)
			}()
		}
	}
	d.public, d.admin = public, admin
}

// diffSources names the sources added and removed by a new config.
func diffSources(old, cur []aggregator.Source) (added, removed []string) {
	names := func(ss []aggregator.Source) []string {
		out := make([]string, len(ss))
		for i, s := range ss {
			out[i] = s.Name
		}
		return out
	}
	return missing(names(cur), names(old)), missing(names(old), names(cur))
}

// missing lists the elements of a that are not in b.
func missing(a, b []string) []string {
	out := []string{}
	for _, s := range a {
		if !slices.Contains(b, s) {
			out = append(out, s)
		}
	}
	return out
}
