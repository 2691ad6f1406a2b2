// Package aggregator polls feed sources, parses and deduplicates their
// items, files them into topics and hands them to storage.
package aggregator

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"sync/atomic"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// Options configures an Aggregator.
type Options struct {
	Interval    time.Duration // default poll interval
	Timeout     time.Duration // per request
	Concurrency int           // polls fetching and parsing at once; more may wait for their write
	PerHost     int           // polls fetching at once per registrable domain (default 2)
	MaxInterval time.Duration // longest wait a feed's freshness hint or Retry-After may impose (default 24h)
	MaxBackoff  time.Duration // longest wait after repeated failures (default 6h)
	MaxBody     int64         // bytes
	// MinRate is the rate in bytes per second a response body must keep
	// up on average once MinRateGrace has passed, or it is abandoned and
	// its poll slot freed; 0: no minimum. DefaultMinRate is a sane value.
	MinRate   int64
	UserAgent string
	// SecretParams names the query parameters (case-insensitive) whose
	// values are secrets, removed with the user information from every URL
	// the aggregator logs, returns or stores. nil: DefaultSecretParams.
	SecretParams []string
	Sources      []Source
	Topics       []Topic
	// OnChange, when set, is called after a batch changed the given topics.
	OnChange func(topics []string)
	// OnPolled, when set, is called after every poll, successful or not,
	// and after every delivery (Deliver).
	OnPolled func(PollResult)
	// Pushed, when set, tells whether a WebSub hub pushes a source's
	// changes: such a source is polled only every PushInterval (default
	// DefaultPushInterval), unless its own interval is longer.
	Pushed       func(source string) bool
	PushInterval time.Duration
	// MaxItemsPerFeed is how many items a poll takes from one response,
	// the newest; the others are dropped and counted in
	// PollResult.Dropped. 0 means DefaultMaxItemsPerFeed.
	MaxItemsPerFeed int
}

// Aggregator polls sources and stores what they deliver.
type Aggregator struct {
	store    *storage.Store
	fetcher  *Fetcher
	matcher  *Matcher
	stories  *storyFiler // nil when no topic collapses stories
	articles *articles   // fetches the article pages of full_text sources
	log      *slog.Logger
	opts     Options
	limits   *limits
	pending  *budget // response bytes of the polls whose items wait to be committed
	progress *progress
	sched    *scheduler // when each source is polled next; Refresh wakes sources there
	now      func() time.Time
	round    atomic.Pointer[storyRound] // the round of polls filed as one batch (story_round.go), during PollAll and Run
	build    string                     // buildID, part of the items' context (itemskip.go)
	whole    bool                       // parse every document whole, as tests compare with
}

// Defaults for Options left zero.
const (
	DefaultPerHost     = 2
	DefaultMaxInterval = 24 * time.Hour
	DefaultMaxBackoff  = 6 * time.Hour
)

// New returns an Aggregator. It fails when a topic's rules do not compile.
func New(store *storage.Store, client *http.Client, logger *slog.Logger, opts Options) (*Aggregator, error) {
	m, err := NewMatcher(opts.Topics)
	if err != nil {
		return nil, err
	}
	if opts.Concurrency < 1 {
		opts.Concurrency = 1
	}
	if opts.PerHost < 1 {
		opts.PerHost = DefaultPerHost
	}
	if opts.MaxInterval <= 0 {
		opts.MaxInterval = DefaultMaxInterval
	}
	if opts.MaxBackoff <= 0 {
		opts.MaxBackoff = DefaultMaxBackoff
	}
	if opts.SecretParams == nil {
		opts.SecretParams = DefaultSecretParams
	}
	opts.Sources = slices.Clone(opts.Sources)
	for i := range opts.Sources {
		opts.Sources[i].PublicURL = opts.PublicURL(opts.Sources[i])
	}
	a := &Aggregator{
		limits:   newLimits(opts.Concurrency, opts.PerHost, opts.Sources),
		pending:  newBudget(int64(pendingPerSlot*opts.Concurrency), maxPendingBytes),
		progress: newProgress(len(opts.Sources)),
		store:    store,
		fetcher:  NewFetcher(client, opts.UserAgent, opts.MaxBody, opts.MinRate),
		articles: newArticles(NewFetcher(client, opts.UserAgent, opts.MaxBody, opts.MinRate), opts),
		matcher:  m,
		stories:  newStoryFiler(opts.Topics),
		log:      logger,
		opts:     opts,
		now:      func() time.Time { return time.Now().UTC() },
		build:    buildID(),
	}
	a.sched = newScheduler(a)
	return a, nil
}

// PollResult is the outcome of polling one source once.
type PollResult struct {
	Source      string
	Status      int  // HTTP status, 0 when there was no response
	NotModified bool // 304
	Items       int  // items taken from the feed
	// Skipped counts the items of Items not parsed, as their bytes were
	// those the last poll stored (rawitems.go); Unchanged includes them.
	Skipped int
	Dropped int // items of the feed left out: over Options.MaxItemsPerFeed
	storage.Result
	Duration time.Duration
	Err      error
	NextPoll time.Time // when the source is due again
	Gone     bool      // 410: the source is not polled any more
	// Hub and Topic are the WebSub hub the feed names and the URL to
	// subscribe to there (its rel="self"), when it names both and they
	// carry none of the source's secrets (hub.go); "" otherwise.
	Hub, Topic string
	// MovedTo is where permanent redirects led, when they did, without
	// user information and secret parameters: RedactURL's form of it.
	MovedTo string
	// Cancelled reports a poll stopped by its context (shutdown or a
	// reload) before anything was stored: it is not a failure of the
	// source, and its state is left as it was.
	Cancelled bool
	// Articles counts the article pages of the new items, for a source
	// with FullText; Articles.Err is redacted.
	Articles ArticleStats
}

// PollAll polls every source once, at most Concurrency at a time and
// PerHost per domain, and returns the results in source order. Like Run,
// it polls with a pool of workers, not a goroutine per source.
func (a *Aggregator) PollAll(ctx context.Context) []PollResult {
	return newScheduler(a).pollAll(ctx)
}

// Poll fetches one source, stores its items and its new state, and logs
// one line with the outcome.
func (a *Aggregator) Poll(ctx context.Context, src Source) PollResult {
	return a.pollSlot(ctx, src, func() {})
}

// pollSlot is Poll holding a slot of the poll limits, which it releases
// as soon as the feed is fetched and its items prepared: waiting for the
// write holds no slot, so other polls fetch and parse meanwhile, and their
// writes join the same commit.
func (a *Aggregator) pollSlot(ctx context.Context, src Source, release func()) PollResult {
	return a.pollSlotWith(ctx, src, release, a.fetch)
}

// pollSlotWith is pollSlot getting the feed with fetch.
func (a *Aggregator) pollSlotWith(ctx context.Context, src Source, release func(), fetch fetchFunc) PollResult {
	slot, released := release, false
	release = func() { // once: by ingest, or here at the end; one goroutine calls both
		if !released {
			released = true
			slot()
		}
	}
	defer release()
	start := time.Now()
	res := a.poll(ctx, src, release, fetch)
	res.Duration = time.Since(start)
	if res.Cancelled {
		a.log.Debug("poll cancelled", slog.String("source", src.Name))
		return res
	}
	a.logPoll(ctx, src, &res)
	if a.opts.OnPolled != nil {
		a.opts.OnPolled(res)
	}
	return res
}

// fetchFunc gets a source's feed, given its state's validators: a poll
// fetches it (Fetcher.Fetch), a WebSub delivery has it (deliver.go).
type fetchFunc func(ctx context.Context, src Source, st *storage.SourceState) (*Response, error)

func (a *Aggregator) fetch(ctx context.Context, src Source, st *storage.SourceState) (*Response, error) {
	return a.fetcher.Fetch(ctx, src, st.ETag, st.LastModified)
}

func (a *Aggregator) poll(ctx context.Context, src Source, release func(), fetch fetchFunc) PollResult {
	res := PollResult{Source: src.Name}
	state, err := a.store.SourceState(src.Name)
	if err != nil {
		res.Err = err
		return res
	}
	if state.URL != src.URL {
		// A new source, or the config points it elsewhere: what was
		// learned about the old URL no longer applies.
		state = storage.SourceState{URL: src.URL}
	}
	now := a.now()
	state.LastAttempt = now
	// The source's redactor is built when something is to be redacted:
	// a 304 has nothing.
	var red *redactor
	redact := func() *redactor {
		if red == nil {
			red = newRedactor(src, a.opts.PublicURL(src), a.opts.SecretParams)
		}
		return red
	}
	resp, err := fetch(ctx, src, &state)
	state.Status = 0
	if resp != nil {
		res.Status = resp.Status
		state.Status = resp.Status
		state.MovedTo = ""
		if resp.MovedTo != "" {
			state.MovedTo = redact().url(resp.MovedTo)
		}
		state.Gone = resp.Status == http.StatusGone
	}
	switch {
	case err == nil && !resp.NotModified && !sameBody(&state, resp):
		err = a.ingest(ctx, &res, src, redact(), resp, &state, now, release)
	case err == nil:
		// 304, or 200 with the very bytes whose items are stored: nothing
		// to parse or write. The wait the feed asked for last time (its
		// ttl, say) is read from the last schedule, as it is not parsed.
		res.NotModified = true
		hint := resp.FreshFor
		if !resp.NotModified {
			hint = max(hint, state.NextPoll.Sub(state.LastSuccess))
		}
		markSuccess(&state, now)
		state.NextPoll = a.nextPoll(src, 0, resp.Status, hint, 0, now)
		a.store.NoteSourceState(src.Name, &state) // only bookkeeping changed: written within a second
	}
	if err != nil {
		err = redact().err(err)
	}
	if err != nil && ctx.Err() != nil {
		res.Err, res.Cancelled = fmt.Errorf("poll %s: %w", src.Name, ctx.Err()), true
		return res
	}
	if err != nil {
		res.Err = fmt.Errorf("poll %s: %w", src.Name, err)
		a.fail(src, &state, resp, err, now)
	}
	res.NextPoll, res.Gone, res.MovedTo = state.NextPoll, state.Gone, state.MovedTo
	return res
}

// ingest parses a fetched body and writes its items with the source's new
// state in one transaction (the new items of a FullText source get their
// article's text first). It calls release once the items are prepared,
// before waiting for the write. Relative links resolve against the final
// URL as red redacts it, and nothing stored carries the source's secrets.
// It returns how many items it took and dropped (Options.MaxItemsPerFeed),
// and what the write did.
func (a *Aggregator) ingest(ctx context.Context, res *PollResult, src Source, red *redactor, resp *Response, state *storage.SourceState, now time.Time, release func()) error {
	items, err := a.parseItems(src, red, resp, state, now)
	if err != nil {
		return err
	}
	parsed, entries := items.parsed, items.entries
	if parsed.Warning != "" {
		a.log.Warn("feed read despite a problem", slog.String("source", src.Name), slog.String("url", a.opts.PublicURL(src)), slog.String("warning", parsed.Warning))
	}
	feed, dropped := parsed.Feed, parsed.Dropped
	res.Items, res.Dropped = items.count(), dropped
	res.Hub, res.Topic = red.hub(feed, resp)
	// The new state is stored with the items; until they are, the state
	// keeps the old validators, so that a failed write is not followed by
	// a 304 for items never stored.
	next := *state
	next.ETag, next.LastModified = resp.ETag, resp.LastModified
	next.FeedTitle, next.FeedLink = HTMLText(feed.Title), red.url(webLink(resolveLink(nil, feed.Link)))
	next.ItemsSeen, next.Dropped = items.count(), dropped
	next.BodyHash = bodyHash(resp)
	for _, link := range items.pages {
		next.NotePageLink(link)
	}
	for _, guid := range items.guids {
		next.NoteSharedGUID(guid)
	}
	markSuccess(&next, now)
	next.NextPoll = a.nextPoll(src, 0, resp.Status, max(resp.FreshFor, rssTTL(feed.Custom[customTTL])), 0, now)
	// classify may run again when a shared commit is retried: changed
	// only ever gains topics, so a retry can at worst re-render a feed.
	var changed []string
	// Prepare groups the new items into stories all at once; the items
	// Commit classifies again are filed one by one.
	grouped := false
	classify := func(it *storage.Item) []storage.Match {
		before := topicsOf(it.Topics)
		ms := a.matcher.Classify(it)
		if grouped {
			a.stories.file(it, ms, a.now())
		}
		changed = appendChanged(changed, before, ms)
		return ms
	}
	batch := storage.Batch{Source: src.Name, Entries: entries, State: &next, Now: now, Skipped: items.remembered()}
	// Nothing past here reads items, so that a poll waiting for its round
	// (Batch.Group) does not keep the parsed document for the collector
	// to mark at every collection: only its entries.
	skipped := len(items.skipped.Items)
	a.enrichWithArticles(ctx, &batch, src, red, &res.Articles)
	var fresh []*storage.Item
	size, waited := int64(len(resp.Body)), false
	if a.stories != nil {
		batch.Group = func(items []*storage.Item) {
			fresh = items
			if r := a.round.Load(); r != nil && !resp.Pushed {
				// waiting for the round is waiting for the write
				a.pending.acquire(size)
				waited = true
				release()
				r.join(ctx, src.Name, items, size)
				return
			}
			a.stories.fileAll(items, a.now())
		}
	}
	prepared, err := a.store.Prepare(batch, classify)
	grouped = true
	if err == nil && batch.Enrich != nil {
		err = ctx.Err() // stopped while fetching articles: nothing is stored, so the next poll fetches them
	}
	if err != nil {
		if waited {
			a.pending.release(size)
		}
		if a.stories != nil {
			a.stories.forget(fresh, a.now()) // filed, but not stored
		}
		return err
	}
	if n := res.Articles; n.Fetched+n.Failed > 0 { // stored with the items, for status
		next.ArticlesFetched, next.ArticleFailures = n.Fetched, n.Failed
	}
	// Wait for room among the batches waiting to commit before giving up
	// the slot: with the slots, the budget bounds the memory of a burst.
	if !waited {
		a.pending.acquire(size)
	}
	release()
	r, err := a.store.Commit(prepared)
	a.pending.release(size)
	if err != nil {
		if a.stories != nil {
			a.stories.forget(fresh, a.now()) // not stored
		}
		res.Result = r
		return err
	}
	if a.stories != nil && len(prepared.Unstored()) > 0 {
		// over the quota, or merged into another delivery of their link
		// stored meanwhile
		a.stories.forget(itemsWithIDs(fresh, prepared.Unstored()), a.now())
	}
	*state = next
	if len(changed) > 0 && a.opts.OnChange != nil {
		a.opts.OnChange(changed)
	}
	res.Result, res.Skipped = r, skipped
	res.Unchanged += res.Skipped
	return nil
}
