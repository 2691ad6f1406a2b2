// Package api is feedsieve's operator API: an http.Handler answering JSON
// under /api/ (sources, topics, items, explain, test-topic, discover), the health
// checks, the types of their answers, and the Client the command line uses
// to ask a running daemon.
package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/internal/config"
	"github.com/feedsieve/feedsieve/storage"
)

// Defaults and bounds of what one request may ask for. Every request
// that reads many items is bounded in what it returns, in time and, for
// dry runs, in how many run at once; over a bound it gets a 4xx naming it.
const (
	DefaultExplainItems = 20
	DefaultDryRunItems  = 50
	DefaultListedItems  = 50
	MaxListedItems      = 10000
	MaxRequestBody      = 64 << 10         // bytes of a POST body
	MaxDryRuns          = 2                // dry runs at once; each reads every stored item
	RequestDeadline     = 30 * time.Second // for a dry run, an explanation or a listing
)

// Deps is what the API reads: the database, under one config, and what
// it may ask of the running pipeline.
type Deps struct {
	Store   *storage.Store
	Config  *config.Config
	Inspect *aggregator.Inspector
	// Refresh polls the named sources now (aggregator.Aggregator.Refresh);
	// nil: POST /api/refresh answers 503.
	Refresh func(names []string) (aggregator.Refreshed, error)
	// Discover finds the feeds of a web page (aggregator.Aggregator.Discover);
	// nil: GET /api/discover answers 503.
	Discover func(ctx context.Context, pageURL string) ([]aggregator.FoundFeed, error)
}

// Handler serves the JSON API under /api/.
type Handler struct {
	Deps
	log      *slog.Logger
	mux      *http.ServeMux
	dryRuns  chan struct{} // a place for each dry run in progress
	deadline time.Duration // RequestDeadline
}

// New returns the API's handler over deps; it logs server errors to log.
func New(deps Deps, log *slog.Logger) *Handler {
	a := &Handler{Deps: deps, log: log, mux: http.NewServeMux(), dryRuns: make(chan struct{}, MaxDryRuns), deadline: RequestDeadline}
	a.route("GET", "/api/sources", a.handleSources)
	a.route("GET", "/api/topics", a.handleTopics)
	a.route("GET", "/api/items", a.handleItems)
	a.route("GET", "/api/topics/{topic}/explain", a.handleExplain)
	a.route("POST", "/api/test-topic", a.handleTestTopic)
	a.route("POST", "/api/refresh", a.handleRefresh)
	a.route("GET", "/api/discover", a.handleDiscover)
	a.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		a.fail(w, r, http.StatusNotFound, errors.New("no such API endpoint"))
	})
	return a
}

// route registers a handler for one method; other methods on the path
// get a JSON 405 naming the allowed one.
func (a *Handler) route(method, path string, h http.HandlerFunc) {
	a.mux.HandleFunc(method+" "+path, h)
	a.mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", method)
		a.fail(w, r, http.StatusMethodNotAllowed, fmt.Errorf("method %s not allowed: use %s", r.Method, method))
	})
}

func (a *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) { a.mux.ServeHTTP(w, r) }

// ExplainResponse is the body of GET /api/topics/{topic}/explain.
type ExplainResponse struct {
	Topic string                       `json:"topic"`
	Items []aggregator.ItemExplanation `json:"items"`
}

// handleExplain explains a topic for the items named by repeated item=
// parameters (ids or links) or, without any, for its newest n items; with
// with=, comparing each with that item.
func (a *Handler) handleExplain(w http.ResponseWriter, r *http.Request) {
	n, err := countParam(r, "n", DefaultExplainItems)
	if err != nil {
		a.fail(w, r, http.StatusBadRequest, err)
		return
	}
	topic := r.PathValue("topic")
	ctx, cancel := context.WithTimeout(r.Context(), a.deadline)
	defer cancel()
	items, err := a.Inspect.ExplainContext(ctx, topic, r.URL.Query()["item"], n, r.URL.Query().Get("with"))
	if err != nil {
		a.fail(w, r, statusOf(err), err)
		return
	}
	a.reply(w, r, ExplainResponse{Topic: topic, Items: items})
}

// TestTopicRequest is the body of POST /api/test-topic.
type TestTopicRequest struct {
	Rules aggregator.Topic `json:"rules"`
	Limit int              `json:"limit"`
}

func (a *Handler) handleTestTopic(w http.ResponseWriter, r *http.Request) {
	var req TestTopicRequest
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, MaxRequestBody))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		status := http.StatusBadRequest
		if tooLarge := (*http.MaxBytesError)(nil); errors.As(err, &tooLarge) {
			status, err = http.StatusRequestEntityTooLarge, fmt.Errorf("over %d bytes, the most a request may send", MaxRequestBody)
		}
		a.fail(w, r, status, fmt.Errorf("request body: %w", err))
		return
	}
	if req.Limit == 0 {
		req.Limit = DefaultDryRunItems
	}
	if req.Limit < 0 || req.Limit > MaxListedItems {
		a.fail(w, r, http.StatusBadRequest, fmt.Errorf("limit %d: want 1 to %d", req.Limit, MaxListedItems))
		return
	}
	select {
	case a.dryRuns <- struct{}{}:
		defer func() { <-a.dryRuns }()
	default:
		w.Header().Set("Retry-After", "5")
		a.fail(w, r, http.StatusTooManyRequests, fmt.Errorf("%d dry runs are in progress, the most at once; try again when one has finished", MaxDryRuns))
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), a.deadline)
	defer cancel()
	res, err := a.Inspect.DryRun(ctx, req.Rules, req.Limit)
	if err != nil {
		a.fail(w, r, statusOf(err), err)
		return
	}
	a.reply(w, r, res)
}

// countParam reads a positive count from the query, or returns def.
func countParam(r *http.Request, name string, def int) (int, error) {
	s := r.URL.Query().Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > MaxListedItems {
		return 0, fmt.Errorf("parameter %s=%q: want a number from 1 to %d", name, s, MaxListedItems)
	}
	return n, nil
}

// statusOf maps an inspection error to an HTTP status.
func statusOf(err error) int {
	var input *aggregator.InputError
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusBadRequest // too broad a request: narrow it down
	case errors.Is(err, aggregator.ErrUnknownTopic), errors.Is(err, aggregator.ErrUnknownSource), errors.Is(err, storage.ErrNotFound):
		return http.StatusNotFound
	case errors.As(err, &input):
		return http.StatusBadRequest
	}
	return http.StatusInternalServerError
}

func (a *Handler) reply(w http.ResponseWriter, _ *http.Request, v any) {
	WriteJSON(w, http.StatusOK, v)
}

// fail answers {"error": "..."}; server errors are logged here, once.
func (a *Handler) fail(w http.ResponseWriter, r *http.Request, status int, err error) {
	msg := err.Error()
	if r.Context().Err() != nil {
		return // the client is gone
	}
	if errors.Is(err, context.DeadlineExceeded) {
		msg = fmt.Sprintf("the request took longer than %s, the most a request may take: narrow it down", a.deadline)
	} else if status >= 500 {
		a.log.Error("api request failed", slog.String("path", r.URL.Path), slog.String("error", msg))
		msg = "internal error"
	}
	WriteJSON(w, status, map[string]string{"error": msg})
}

// WriteJSON answers v as indented JSON, never cached.
func WriteJSON(w http.ResponseWriter, status int, v any) {
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
