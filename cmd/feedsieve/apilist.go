package main

import (
	"net/http"
)

// Listing bounds of GET /api/items.
const defaultListedItems = 50

func (a *api) handleSources(w http.ResponseWriter, r *http.Request) {
	sources, err := sourceStatuses(a.store, a.cfg)
	if err != nil {
		a.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	a.reply(w, r, map[string]any{"sources": sources})
}

func (a *api) handleTopics(w http.ResponseWriter, r *http.Request) {
	topics, err := topicSummaries(a.store, a.cfg)
	if err != nil {
		a.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	a.reply(w, r, map[string]any{"topics": topics})
}

// handleItems lists the newest items, filtered by topic=, source= and q=,
// at most limit= (default 50).
func (a *api) handleItems(w http.ResponseWriter, r *http.Request) {
	limit, err := countParam(r, "limit", defaultListedItems)
	if err != nil {
		a.fail(w, r, http.StatusBadRequest, err)
		return
	}
	query := r.URL.Query()
	f := itemFilter{Topic: query.Get("topic"), Source: query.Get("source"), Query: query.Get("q"), Limit: limit}
	items, err := listItems(r.Context(), a.store, a.cfg, f)
	if err != nil {
		a.fail(w, r, statusOf(err), err)
		return
	}
	a.reply(w, r, map[string]any{"items": items})
}
