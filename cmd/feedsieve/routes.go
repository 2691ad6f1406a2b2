package main

import (
	"encoding/json"
	"net/http"
	"net/http/pprof"

	"github.com/feedsieve/feedsieve/aggregator"
)

// handlers returns what a pipeline serves: feeds, OPML and the index page
// publicly; the API, metrics, health checks and, with server.pprof, the
// profiles on the admin listener when there is one, else beside the feeds.
func (d *daemon) handlers(r *running, inspect *aggregator.Inspector) (public, admin http.Handler) {
	ops := http.NewServeMux()
	ops.Handle("/api/", newAPI(apiDeps{store: d.store, cfg: r.cfg, inspect: inspect}, d.log))
	ops.Handle("GET /metrics", d.metrics.handler(d.log))
	ops.HandleFunc("GET /healthz", d.handleHealthz)
	ops.HandleFunc("GET /readyz", d.handleReadyz)
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

// healthBody is the body of /healthz and /readyz.
type healthBody struct {
	Status string `json:"status"` // "ok", "unhealthy" or "starting"
	Error  string `json:"error,omitempty"`
	Ready  bool   `json:"ready"`
}

// handleHealthz is the liveness check: the database can be read and the
// poll loop is making progress. It answers 200 exactly when the systemd
// watchdog is being notified.
func (d *daemon) handleHealthz(w http.ResponseWriter, r *http.Request) {
	body := healthBody{Status: "ok", Ready: d.ready.Load()}
	status := http.StatusOK
	if err := d.healthy(); err != nil {
		body.Status, body.Error, status = "unhealthy", err.Error(), http.StatusServiceUnavailable
	}
	replyJSON(w, status, body)
}

// handleReadyz is the readiness check: the first poll cycle is done, so
// the feeds hold what the sources offer.
func (d *daemon) handleReadyz(w http.ResponseWriter, r *http.Request) {
	if !d.ready.Load() {
		replyJSON(w, http.StatusServiceUnavailable, healthBody{Status: "starting", Error: "the first poll cycle is not finished"})
		return
	}
	replyJSON(w, http.StatusOK, healthBody{Status: "ok", Ready: true})
}

// replyJSON answers v as indented JSON, never cached.
func replyJSON(w http.ResponseWriter, status int, v any) {
	body, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(append(body, '\n'))
}
