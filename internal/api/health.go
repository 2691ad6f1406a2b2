package api

import "net/http"

// Health is the body of /healthz and /readyz.
type Health struct {
	Status string `json:"status"` // "ok", "unhealthy" or "starting"
	Error  string `json:"error,omitempty"`
	Ready  bool   `json:"ready"`
}

// Healthz is the liveness check: healthy says what keeps the daemon from
// doing its work, ready whether its first poll cycle is done. It answers
// 200 exactly when healthy returns nil.
func Healthz(healthy func() error, ready func() bool) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		body := Health{Status: "ok", Ready: ready()}
		status := http.StatusOK
		if err := healthy(); err != nil {
			body.Status, body.Error, status = "unhealthy", err.Error(), http.StatusServiceUnavailable
		}
		WriteJSON(w, status, body)
	}
}

// Readyz is the readiness check: the first poll cycle is done, so the
// feeds hold what the sources offer.
func Readyz(ready func() bool) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !ready() {
			WriteJSON(w, http.StatusServiceUnavailable, Health{Status: "starting", Error: "the first poll cycle is not finished"})
			return
		}
		WriteJSON(w, http.StatusOK, Health{Status: "ok", Ready: true})
	}
}
