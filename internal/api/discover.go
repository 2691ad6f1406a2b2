package api

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/internal/config"
)

// DiscoverResponse is the body of GET /api/discover?url=URL: the feeds
// found for a web page, in the order to offer them.
type DiscoverResponse struct {
	URL   string                 `json:"url"`
	Feeds []aggregator.FoundFeed `json:"feeds"`
}

// handleDiscover finds the feeds of the page at url= as the pipeline
// polls: same dial guard, timeout, size cap and User-Agent. A page
// without feeds is 422, a page that cannot be fetched 424 (Failed
// Dependency): the page, not feedsieve, failed.
func (a *Handler) handleDiscover(w http.ResponseWriter, r *http.Request) {
	page := r.URL.Query().Get("url")
	if !config.IsHTTPURL(page) {
		a.fail(w, r, http.StatusBadRequest, fmt.Errorf("parameter url=%q: want an absolute http or https URL", page))
		return
	}
	if a.Discover == nil {
		a.fail(w, r, http.StatusServiceUnavailable, errors.New("discovery is not available"))
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), a.deadline)
	defer cancel()
	found, err := a.Discover(ctx, page)
	switch {
	case errors.Is(err, aggregator.ErrNoFeed):
		a.fail(w, r, http.StatusUnprocessableEntity, err)
	case err != nil:
		a.fail(w, r, http.StatusFailedDependency, fmt.Errorf("discover %s: %w", page, err))
	default:
		a.reply(w, r, DiscoverResponse{URL: page, Feeds: found})
	}
}
