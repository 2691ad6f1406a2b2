// Package websub subscribes to the WebSub hubs that source feeds name, so
// that their changes are pushed to feedsieve instead of waiting for the
// next poll (W3C WebSub, subscriber side). A subscription is asked for
// when a poll finds a hub (aggregator.PollResult.Hub), confirmed by the
// hub's verification of intent, renewed before its lease runs out, and
// given up when its source leaves the config. Each delivery must carry an
// HMAC of the subscription's secret; it then goes through the same
// pipeline as a polled feed (aggregator.Deliver).
package websub

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/storage"
)

// Defaults of Options.
const (
	DefaultLease = 10 * 24 * time.Hour // asked of hubs, which may grant less
	retryAfter   = time.Hour           // after a failed request to a hub
)

// Options configure a Subscriber.
type Options struct {
	// CallbackBase is the public URL under which hubs reach Handler, with
	// a trailing slash: server.base_url + "websub/".
	CallbackBase string
	Lease        time.Duration // asked for; DefaultLease when 0
	MaxBody      int64         // largest delivery taken, in bytes
	// Client makes the requests to hubs; like the poller's, it refuses
	// private targets unless they are allowed.
	Client *http.Client
	// Deliver stores a delivered feed (aggregator.Aggregator.Deliver).
	Deliver func(ctx context.Context, source string, body []byte, contentType, topic string) aggregator.PollResult
	Log     *slog.Logger
	Now     func() time.Time // time.Now when nil
	// OnDelivery, when set, is told what became of each delivery (one of
	// the Result constants).
	OnDelivery func(result string)
	// CheckEvery is how often Run looks for leases to renew and requests
	// to retry; a minute when 0.
	CheckEvery time.Duration
}

// Subscriber keeps the subscriptions of the configured sources.
type Subscriber struct {
	store   *storage.Store
	opts    Options
	sources []string // configured, sorted
	kick    chan struct{}
	limit   chan struct{} // deliveries being stored
	stats   stats

	mu   sync.Mutex
	subs map[string]*storage.Subscription // by source
	last map[string]time.Time             // last delivery taken, by source
}

// New returns a Subscriber for the given configured sources, with the
// subscriptions stored in store.
func New(store *storage.Store, sources []string, o Options) (*Subscriber, error) {
	if o.Lease <= 0 {
		o.Lease = DefaultLease
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.CheckEvery <= 0 {
		o.CheckEvery = time.Minute
	}
	subs, err := store.Subscriptions()
	if err != nil {
		return nil, err
	}
	s := &Subscriber{store: store, opts: o, sources: slices.Sorted(slices.Values(sources)), kick: make(chan struct{}, 1),
		limit: make(chan struct{}, 2), subs: make(map[string]*storage.Subscription), last: make(map[string]time.Time)}
	for i := range subs {
		s.subs[subs[i].Source] = &subs[i]
	}
	return s, nil
}

// Pushed tells whether a hub pushes the source's changes: its
// subscription is confirmed and its lease runs.
func (s *Subscriber) Pushed(source string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	sub := s.subs[source]
	return sub != nil && sub.Mode == "subscribe" && sub.Verified && s.opts.Now().Before(sub.Expires)
}

// Polled takes note of a poll: a feed that names a hub it is not
// subscribed to there gets a subscription (asked for by Run).
func (s *Subscriber) Polled(r aggregator.PollResult) {
	if r.Err != nil || r.Hub == "" || !s.configured(r.Source) {
		return
	}
	s.mu.Lock()
	sub := s.subs[r.Source]
	fresh := sub == nil || sub.Hub != r.Hub || sub.Topic != r.Topic || sub.Mode != "subscribe"
	if fresh {
		s.subs[r.Source] = &storage.Subscription{Source: r.Source, Hub: r.Hub, Topic: r.Topic, Mode: "subscribe"}
	}
	s.mu.Unlock()
	if fresh {
		s.wake()
	}
}

func (s *Subscriber) configured(source string) bool {
	_, ok := slices.BinarySearch(s.sources, source)
	return ok
}

func (s *Subscriber) wake() {
	select {
	case s.kick <- struct{}{}:
	default:
	}
}

// Run asks hubs for what is due until ctx ends: new subscriptions,
// renewals of leases a quarter from their end, retries of failed
// requests after an hour, and unsubscriptions of sources no longer
// configured.
func (s *Subscriber) Run(ctx context.Context) {
	t := time.NewTicker(s.opts.CheckEvery)
	defer t.Stop()
	for {
		for _, sub := range s.due() {
			s.request(ctx, sub)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-s.kick:
		}
	}
}

// due lists copies of the subscriptions that need a request now.
func (s *Subscriber) due() []storage.Subscription {
	now := s.opts.Now()
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []storage.Subscription
	for _, sub := range s.subs {
		if !s.configured(sub.Source) && sub.Mode == "subscribe" {
			sub.Mode, sub.Verified, sub.Requested = "unsubscribe", false, time.Time{}
		}
		switch {
		case sub.Requested.IsZero():
		case sub.Error != "" && now.Sub(sub.Requested) < retryAfter:
			continue
		case sub.Mode == "subscribe" && sub.Verified && now.Before(sub.Expires.Add(-sub.Expires.Sub(sub.Requested)/4)):
			continue // the lease runs for more than a quarter of it
		case sub.Error == "" && !sub.Verified && now.Sub(sub.Requested) < retryAfter:
			continue // waiting for the hub to verify
		}
		out = append(out, *sub)
	}
	return out
}

// request asks the hub for sub's mode, with a new secret and callback for
// a subscription, and records how that went.
func (s *Subscriber) request(ctx context.Context, sub storage.Subscription) {
	if sub.Mode == "unsubscribe" && sub.Token == "" { // never asked for: nothing to give up
		s.forget(sub.Source)
		return
	}
	sub.Requested, sub.Error = s.opts.Now(), ""
	if sub.Mode == "subscribe" && sub.Token == "" { // a renewal keeps its callback, secret and confirmation
		sub.Token, sub.Secret, sub.Verified = randomHex(16), randomHex(32), false
	}
	s.save(&sub) // before asking: a hub may verify before it answers
	if err := s.ask(ctx, &sub); err != nil {
		s.update(sub.Source, func(cur *storage.Subscription) { cur.Error = err.Error() })
		s.opts.Log.Warn("websub request failed", slog.String("source", sub.Source), slog.String("mode", sub.Mode), slog.String("hub", sub.Hub), slog.String("error", err.Error()))
		return
	}
	s.opts.Log.Info("websub request sent", slog.String("source", sub.Source), slog.String("mode", sub.Mode), slog.String("hub", sub.Hub))
}

// ask POSTs the request to the hub, which must accept it (2xx).
func (s *Subscriber) ask(ctx context.Context, sub *storage.Subscription) error {
	form := url.Values{"hub.mode": {sub.Mode}, "hub.topic": {sub.Topic}, "hub.callback": {s.opts.CallbackBase + sub.Token}}
	if sub.Mode == "subscribe" {
		form.Set("hub.secret", sub.Secret)
		form.Set("hub.lease_seconds", strconv.Itoa(int(s.opts.Lease.Seconds())))
	}
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, sub.Hub, strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := s.opts.Client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	msg, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("hub answered %s: %s", resp.Status, strings.Join(strings.Fields(string(msg)), " "))
	}
	return nil
}

// save stores a subscription and makes it the current one of its source,
// unless another has replaced it meanwhile (a new hub).
func (s *Subscriber) save(sub *storage.Subscription) {
	s.mu.Lock()
	cur := s.subs[sub.Source]
	if cur != nil && (cur.Hub != sub.Hub || cur.Topic != sub.Topic) {
		s.mu.Unlock()
		return
	}
	c := *sub
	s.subs[sub.Source] = &c
	s.mu.Unlock()
	if err := s.store.PutSubscription(sub); err != nil {
		s.opts.Log.Error("store websub subscription", slog.String("source", sub.Source), slog.String("error", err.Error()))
	}
}

// forget drops a source's subscription once its hub confirmed the
// unsubscription.
func (s *Subscriber) forget(source string) {
	s.mu.Lock()
	delete(s.subs, source)
	s.mu.Unlock()
	if err := s.store.DeleteSubscription(source); err != nil {
		s.opts.Log.Error("delete websub subscription", slog.String("source", source), slog.String("error", err.Error()))
	}
}

// current returns a copy of a source's subscription.
func (s *Subscriber) current(source string) (storage.Subscription, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	sub := s.subs[source]
	if sub == nil {
		return storage.Subscription{}, false
	}
	return *sub, true
}

// update changes a source's subscription with change and stores it.
func (s *Subscriber) update(source string, change func(*storage.Subscription)) {
	sub, ok := s.current(source)
	if !ok {
		return
	}
	change(&sub)
	s.save(&sub)
}

// byToken finds the subscription a callback URL's token names.
func (s *Subscriber) byToken(token string) (storage.Subscription, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, sub := range s.subs {
		if sub.Token != "" && sub.Token == token {
			return *sub, true
		}
	}
	return storage.Subscription{}, false
}

func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b) // never fails (crypto/rand)
	return hex.EncodeToString(b)
}
