package daemon

import (
	"net/http"
	"net/http/pprof"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/internal/api"
)

// handlers returns what a pipeline serves: public, to anyone on
// server.listen, only the feeds, OPML and the index page; ops, on
// server.admin_listen, the metrics, health checks and, with server.pprof,
// the profiles; operator, on the operator's socket, all of those and the
// API.
func (d *Daemon) handlers(r *running, inspect *aggregator.Inspector) (public, ops, operator http.Handler) {
	opsMux := http.NewServeMux()
	opsMux.Handle("GET /metrics", d.metrics.handler(d.log))
	opsMux.Handle("GET /healthz", api.Healthz(d))
	opsMux.Handle("GET /readyz", api.Readyz(d))
	if r.cfg.Pprof {
		handleProfiles(opsMux)
	}
	opsMux.Handle("/", http.NotFoundHandler())
	operatorMux := http.NewServeMux()
	operatorMux.Handle("/api/", api.New(api.Deps{Store: d.store, Config: r.cfg, Inspect: inspect, Refresh: r.agg.Refresh, Discover: r.agg.Discover}, d.log))
	for _, p := range []string{"/metrics", "/healthz", "/readyz", "/debug/pprof/"} {
		operatorMux.Handle(p, opsMux)
	}
	operatorMux.Handle("/", r.site)
	public = r.site
	if r.subscriber != nil { // hubs call back on the public listener: they are out there
		publicMux := http.NewServeMux()
		publicMux.Handle("/websub/", r.subscriber)
		publicMux.Handle("/", r.site)
		public = publicMux
	}
	return d.metrics.instrument(public), d.metrics.instrument(opsMux), d.metrics.instrument(operatorMux)
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
