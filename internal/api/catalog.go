package api

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/internal/config"
	"github.com/feedsieve/feedsieve/storage"
)

// SourceStatus is what the API and `feedsieve status` tell about a source.
type SourceStatus struct {
	Name         string     `json:"name"`
	URL          string     `json:"url"`
	Interval     string     `json:"interval"`
	Status       string     `json:"status"` // ok, failing, gone or new (not polled yet)
	HTTPStatus   int        `json:"http_status,omitempty"`
	LastAttempt  *time.Time `json:"last_attempt,omitempty"`
	LastSuccess  *time.Time `json:"last_success,omitempty"`
	NextPoll     *time.Time `json:"next_poll,omitempty"`
	Failures     int        `json:"failures"`
	Error        string     `json:"error,omitempty"`
	ItemsSeen    int        `json:"items_seen"`
	FeedTitle    string     `json:"feed_title,omitempty"`
	FeedLink     string     `json:"feed_link,omitempty"`     // the feed's <link>, its site, as the last poll gave it
	SuggestedURL string     `json:"suggested_url,omitempty"` // where permanent redirects lead
	// Items of the last successful fetch not stored: older than
	// storage.retention, or over storage.source_quota.
	Expired   int `json:"expired,omitempty"`
	OverQuota int `json:"over_quota,omitempty"`
	Dropped   int `json:"dropped,omitempty"` // past poll.max_items_per_feed
	// Article pages of the new items of the last poll that fetched any
	// (full_text): kept, and failed.
	ArticlesFetched int `json:"articles_fetched,omitempty"`
	ArticleFailures int `json:"article_failures,omitempty"`
	// Links the source gave more than one item: pages, not articles, the
	// newest first (README "A page's link is no article's").
	PageLinks []string `json:"page_links,omitempty"`
	// GUIDs the source gave items with other links: no item's identity.
	SharedGUIDs []string `json:"shared_guids,omitempty"`
}

// Sources reports on every configured source, in config order.
func Sources(store *storage.Store, cfg *config.Config) ([]SourceStatus, error) {
	out := make([]SourceStatus, 0, len(cfg.Aggregator.Sources))
	for _, src := range cfg.Aggregator.Sources {
		st, err := store.SourceState(src.Name)
		if err != nil {
			return nil, err
		}
		if st.URL != src.URL { // never polled at this URL
			st = storage.SourceState{}
		}
		interval := cfg.Aggregator.SourceInterval(src)
		out = append(out, SourceStatus{
			Name: src.Name, URL: cfg.Aggregator.PublicURL(src), Interval: interval.String(), Status: healthOf(st),
			HTTPStatus: st.Status, LastAttempt: timeOrNil(st.LastAttempt), LastSuccess: timeOrNil(st.LastSuccess),
			NextPoll: timeOrNil(st.NextPoll), Failures: st.Failures, Error: st.Error, ItemsSeen: st.ItemsSeen,
			FeedTitle: st.FeedTitle, FeedLink: st.FeedLink, SuggestedURL: st.MovedTo, Expired: st.Expired, OverQuota: st.OverQuota, Dropped: st.Dropped,
			ArticlesFetched: st.ArticlesFetched, ArticleFailures: st.ArticleFailures, PageLinks: st.PageLinks, SharedGUIDs: st.SharedGUIDs,
		})
	}
	return out, nil
}

func healthOf(st storage.SourceState) string {
	switch {
	case st.Gone:
		return "gone"
	case st.Failures > 0:
		return "failing"
	case st.LastAttempt.IsZero():
		return "new"
	}
	return "ok"
}

func timeOrNil(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}

// TopicSummary is what the API tells about a topic.
type TopicSummary struct {
	ID          string            `json:"id"`
	Title       string            `json:"title"`
	Description string            `json:"description,omitempty"`
	Items       int               `json:"items"`
	Newest      *time.Time        `json:"newest,omitempty"`
	Feeds       map[string]string `json:"feeds"` // format → URL
}

// Topics reports on every configured topic, in config order.
func Topics(store *storage.Store, cfg *config.Config) ([]TopicSummary, error) {
	out := make([]TopicSummary, 0, len(cfg.Feeds.Topics))
	for _, t := range cfg.Feeds.Topics {
		n, newest, err := store.TopicStats(t.ID)
		if err != nil {
			return nil, err
		}
		feeds := map[string]string{}
		for _, f := range []string{"atom", "rss", "json"} {
			feeds[f] = cfg.Feeds.Site.FeedURL(t.ID, f)
		}
		out = append(out, TopicSummary{ID: t.ID, Title: t.Title, Description: t.Description, Items: n, Newest: timeOrNil(newest), Feeds: feeds})
	}
	return out, nil
}

// ItemFilter selects items for the API and `feedsieve items`.
type ItemFilter struct {
	Topic  string `json:"topic,omitempty"`
	Source string `json:"source,omitempty"`
	Query  string `json:"q,omitempty"` // words in the title or summary, folded like keywords
	Limit  int    `json:"limit"`
}

// ItemSummary is one listed item.
type ItemSummary struct {
	ID        string    `json:"id"`
	Title     string    `json:"title"`
	Link      string    `json:"link,omitempty"`
	Source    string    `json:"source"`
	Sources   []string  `json:"sources"`
	Published time.Time `json:"published"`
	Topics    []string  `json:"topics"`
	// Origin names the feed that first published the item, when its
	// source is an aggregator that said so (aggregator.OriginName).
	Origin string `json:"origin,omitempty"`
}

// From is where the item came from, for people (FromText).
func (s ItemSummary) From() string { return FromText([]string{s.Source}, s.Origin) }

// FromText is where an item came from, for people: its sources, and the
// feed that first published it when one of them said.
func FromText(sources []string, origin string) string {
	from := strings.Join(sources, ", ")
	if origin != "" {
		from += " (first published by " + origin + ")"
	}
	return from
}

// ListItems returns the newest items that pass f. A topic must be
// configured; a source need not be, as its items stay until they expire.
func ListItems(ctx context.Context, store *storage.Store, cfg *config.Config, f ItemFilter) ([]ItemSummary, error) {
	if f.Topic != "" && !slices.Contains(cfg.TopicIDs(), f.Topic) {
		return nil, fmt.Errorf("%w %q", aggregator.ErrUnknownTopic, f.Topic)
	}
	q := storage.ItemQuery{Topic: f.Topic, Source: f.Source, Limit: f.Limit}
	if words := aggregator.Fold(strings.TrimSpace(f.Query)); words != "" {
		q.Match = func(it *storage.Item) bool {
			return strings.Contains(aggregator.Fold(it.Title+"\n"+aggregator.HTMLText(it.Summary)), words)
		}
	}
	items, err := store.Query(ctx, q)
	if err != nil {
		return nil, err
	}
	out := make([]ItemSummary, len(items))
	for i, it := range items {
		topics := make([]string, len(it.Topics))
		for j, m := range it.Topics {
			topics[j] = m.Topic
		}
		out[i] = ItemSummary{ID: it.ID, Title: it.Title, Link: it.Link, Source: it.Source, Sources: it.Sources, Published: it.Published, Topics: topics, Origin: aggregator.OriginName(it)}
	}
	return out, nil
}
