package api

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"time"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/feeds"
	"github.com/feedsieve/feedsieve/internal/config"
	"github.com/feedsieve/feedsieve/storage"
)

// LockWait is how long a command waits for the database lock before it
// takes the file as held by a running daemon.
const LockWait = 200 * time.Millisecond

// Reader answers the operator's questions from the database opened
// read-only or, while feedsieve serve holds it, by asking the daemon over
// its socket: the commands print the same either way.
type Reader struct {
	cfg *config.Config
}

// NewReader returns a Reader of the database and daemon of cfg.
func NewReader(cfg *config.Config) *Reader { return &Reader{cfg: cfg} }

// Sources reports on every configured source.
func (r *Reader) Sources(ctx context.Context) ([]SourceStatus, error) {
	var resp SourcesResponse
	err := r.readOrAsk(ctx, "/api/sources", &resp, func(s *storage.Store) (err error) {
		resp.Sources, err = Sources(s, r.cfg)
		return err
	})
	return resp.Sources, err
}

// Items lists the newest items that pass f.
func (r *Reader) Items(ctx context.Context, f ItemFilter) ([]ItemSummary, error) {
	var resp ItemsResponse
	err := r.readOrAsk(ctx, f.Path(), &resp, func(s *storage.Store) (err error) {
		resp.Items, err = ListItems(ctx, s, r.cfg, f)
		return err
	})
	return resp.Items, err
}

// Explain explains a topic for the given items, or its newest n.
func (r *Reader) Explain(ctx context.Context, topic string, items []string, n int, with string) (ExplainResponse, error) {
	res := ExplainResponse{Topic: topic}
	err := r.withInspector(func(in *aggregator.Inspector) (err error) {
		res.Items, err = in.Explain(topic, items, n, with)
		return err
	})
	if errors.Is(err, storage.ErrLocked) {
		q := url.Values{"item": items, "n": {fmt.Sprint(n)}}
		if with != "" {
			q.Set("with", with)
		}
		err = NewClient(r.cfg).JSON(ctx, "GET", "/api/topics/"+url.PathEscape(topic)+"/explain?"+q.Encode(), nil, &res)
	}
	return res, err
}

// DryRun evaluates rules against every stored item.
func (r *Reader) DryRun(ctx context.Context, rules aggregator.Topic, limit int) (aggregator.DryRun, error) {
	var res aggregator.DryRun
	err := r.withInspector(func(in *aggregator.Inspector) (err error) {
		res, err = in.DryRun(ctx, rules, limit)
		return err
	})
	if errors.Is(err, storage.ErrLocked) {
		err = NewClient(r.cfg).JSON(ctx, "POST", "/api/test-topic", TestTopicRequest{Rules: rules, Limit: limit}, &res)
	}
	return res, err
}

// Feed renders one topic feed in format (atom, rss or json).
func (r *Reader) Feed(ctx context.Context, topic, format string) ([]byte, error) {
	var body []byte
	err := r.withStore(func(s *storage.Store) (err error) {
		body, _, err = feeds.NewServer(s, slog.New(slog.DiscardHandler), r.cfg.FeedsOptions()).Render(topic, format)
		return err
	})
	if errors.Is(err, storage.ErrLocked) {
		return NewClient(r.cfg).Do(ctx, http.MethodGet, "/feeds/"+topic+"."+format, nil)
	}
	return body, err
}

// readOrAsk runs local on the database or, while the daemon holds it,
// gets path from the daemon's API into out.
func (r *Reader) readOrAsk(ctx context.Context, path string, out any, local func(*storage.Store) error) error {
	err := r.withStore(local)
	if errors.Is(err, storage.ErrLocked) {
		return NewClient(r.cfg).JSON(ctx, "GET", path, nil, out)
	}
	return err
}

func (r *Reader) withInspector(fn func(*aggregator.Inspector) error) error {
	return r.withStore(func(store *storage.Store) error {
		in, err := aggregator.NewInspector(store, r.cfg.Aggregator.Topics)
		if err != nil {
			return err
		}
		return fn(in)
	})
}

// withStore runs fn over the database opened read-only; it fails with
// storage.ErrLocked while feedsieve serve holds the database.
func (r *Reader) withStore(fn func(*storage.Store) error) error {
	store, err := OpenReadOnly(r.cfg)
	if err != nil {
		return err
	}
	defer store.Close()
	return fn(store)
}

// OpenReadOnly opens the database for reading without waiting long for
// the lock: while the daemon runs, it returns storage.ErrLocked at once.
func OpenReadOnly(cfg *config.Config) (*storage.Store, error) {
	opts := cfg.Storage
	opts.ReadOnly = true
	opts.LockTimeout = LockWait
	store, err := storage.Open(opts)
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w (nothing is stored yet: run feedsieve poll or serve first)", err)
	}
	return store, err
}
