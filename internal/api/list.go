package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
)

// SourcesResponse is the body of GET /api/sources.
type SourcesResponse struct {
	Sources []SourceStatus `json:"sources"`
}

// TopicsResponse is the body of GET /api/topics.
type TopicsResponse struct {
	Topics []TopicSummary `json:"topics"`
}

// ItemsResponse is the body of GET /api/items.
type ItemsResponse struct {
	Items []ItemSummary `json:"items"`
}

func (a *Handler) handleSources(w http.ResponseWriter, r *http.Request) {
	sources, err := Sources(a.Store, a.Config)
	if err != nil {
		a.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	a.reply(w, r, SourcesResponse{Sources: sources})
}

func (a *Handler) handleTopics(w http.ResponseWriter, r *http.Request) {
	topics, err := Topics(a.Store, a.Config)
	if err != nil {
		a.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	a.reply(w, r, TopicsResponse{Topics: topics})
}

// handleItems lists the newest items, filtered by topic=, source= and q=,
// at most limit= (default 50).
func (a *Handler) handleItems(w http.ResponseWriter, r *http.Request) {
	limit, err := countParam(r, "limit", DefaultListedItems)
	if err != nil {
		a.fail(w, r, http.StatusBadRequest, err)
		return
	}
	query := r.URL.Query()
	f := ItemFilter{Topic: query.Get("topic"), Source: query.Get("source"), Query: query.Get("q"), Limit: limit}
	ctx, cancel := context.WithTimeout(r.Context(), a.deadline)
	defer cancel()
	items, err := ListItems(ctx, a.Store, a.Config, f)
	if err != nil {
		a.fail(w, r, statusOf(err), err)
		return
	}
	a.reply(w, r, ItemsResponse{Items: items})
}

// Path is the GET /api/items request that answers f.
func (f ItemFilter) Path() string {
	q := url.Values{"limit": {strconv.Itoa(f.Limit)}}
	for k, v := range map[string]string{"topic": f.Topic, "source": f.Source, "q": f.Query} {
		if v != "" {
			q.Set(k, v)
		}
	}
	return "/api/items?" + q.Encode()
}

// RefreshRequest is the body of POST /api/refresh: the sources to poll
// now; none means every source.
type RefreshRequest struct {
	Sources []string `json:"sources"`
}

func (a *Handler) handleRefresh(w http.ResponseWriter, r *http.Request) {
	var req RefreshRequest
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, MaxRequestBody))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil && !errors.Is(err, io.EOF) {
		a.fail(w, r, http.StatusBadRequest, fmt.Errorf("request body: %w", err))
		return
	}
	if a.Refresh == nil {
		a.fail(w, r, http.StatusServiceUnavailable, errors.New("not polling"))
		return
	}
	res, err := a.Refresh(req.Sources)
	if err != nil {
		a.fail(w, r, statusOf(err), err)
		return
	}
	a.reply(w, r, res)
}
