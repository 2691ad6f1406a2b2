package daemon

import (
	"net/http"
	"net/http/pprof"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/internal/api"
)

// handlers returns what a pipeline serves: feeds, OPML and the index page
// publicly; the API, metrics, health checks and, with server.pprof, the
// profiles on the admin listener when there is one, else beside the feeds.
func (d *Daemon) handlers(r *running, inspect *aggregator.Inspector) (public, admin http.Handler) {
	ops := http.NewServeMux()
	ops.Handle("/api/", api.New(api.Deps{Store: d.store, Config: r.cfg, Inspect: inspect}, d.log))
	ops.Handle("GET /metrics", d.metrics.handler(d.log))
	ops.Handle("GET /healthz", api.Healthz(d.healthy, d.ready.Load))
	ops.Handle("GET /readyz", api.Readyz(d.ready.Load))
	if r.cfg.Pprof {
		handleProfiles(ops)
	}
	if r.cfg.AdminListen != "" {
		return d.metrics.instrument(r.site), d.metrics.instrument(ops)
	}
	ops.Handle("/", r.site)
	return d.metrics.instrument(ops), nil
}

// handleProfiles serves net/http/pprof under /debug/pprof/. The package
// registers the same handlers on http.DefaultServeMux when imported, but
// feedsieve never serves that mux: they are reachable only from here.
func handleProfiles(mux *http.ServeMux) {
	mux.HandleFunc("/debug/pprof/", pprof.Index) // also heap, goroutine, allocs, block, mutex, threadcreate
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
}
