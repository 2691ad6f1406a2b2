package api

import (
	"net/http"
	"time"
)

// Health is the body of /healthz and /readyz.
type Health struct {
	Status string       `json:"status"` // "ok", "unhealthy" or "starting"
	Error  string       `json:"error,omitempty"`
	Ready  bool         `json:"ready"`
	Config *ConfigState `json:"config,omitempty"` // in /healthz
}

// Daemon is what the health checks ask.
type Daemon interface {
	Healthy() error      // what keeps the daemon from doing its work
	Ready() bool         // whether its first poll cycle is done
	Config() ConfigState // which config it runs
}

// Healthz is the liveness check. It answers 200 exactly when the daemon
// is healthy, which a rejected config file does not change: the body
// says so instead.
func Healthz(d Daemon) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		cs := d.Config()
		body := Health{Status: "ok", Ready: d.Ready(), Config: &cs}
		status := http.StatusOK
		if err := d.Healthy(); err != nil {
			body.Status, body.Error, status = "unhealthy", err.Error(), http.StatusServiceUnavailable
		}
		WriteJSON(w, status, body)
	}
}

// Readyz is the readiness check: the first poll cycle is done, so the
// feeds hold what the sources offer.
func Readyz(d Daemon) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !d.Ready() {
			WriteJSON(w, http.StatusServiceUnavailable, Health{Status: "starting", Error: "the first poll cycle is not finished"})
			return
		}
		WriteJSON(w, http.StatusOK, Health{Status: "ok", Ready: true})
	}
}

// ConfigState says which config file the daemon runs, and whether the
// file on disk was rejected: an invalid file keeps the daemon healthy on
// its previous config, but the next start would fail.
type ConfigState struct {
	OK      bool      `json:"ok"`               // the file on disk is the one running
	File    string    `json:"file"`             // the config file's path
	Applied time.Time `json:"applied"`          // when the running config was applied
	SHA256  string    `json:"sha256"`           // of the running config's bytes
	Errors  []string  `json:"errors,omitempty"` // why the file on disk was rejected
	Since   time.Time `json:"since,omitzero"`   // when it was first rejected
}
