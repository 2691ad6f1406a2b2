package websub

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/internal/websubtest"
	"github.com/feedsieve/feedsieve/storage"
)

var loopback = []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8"), netip.MustParsePrefix("::1/128")}

const topicFeed = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Up</title><id>urn:up</id><updated>2024-03-01T00:00:00Z</updated>
<entry><title>Karabakh %s</title><id>urn:up:%s</id><updated>2024-03-01T00:00:00Z</updated><link href="https://up.example/%s"/></entry></feed>`

func feedWith(id string) string { return strings.ReplaceAll(topicFeed, "%s", id) }

// fixture is a subscriber for source "up", with its callback served on
// loopback, over a real store and aggregator.
type fixture struct {
	store    *storage.Store
	sub      *Subscriber
	callback *httptest.Server
	hub      *websubtest.Hub
	hubSrv   *httptest.Server
	cancel   context.CancelFunc
	done     chan struct{}
}

func newFixture(t *testing.T, hubLease int, sources []string, store *storage.Store, allow []netip.Prefix) *fixture {
	t.Helper()
	if store == nil {
		var err error
		store, err = storage.Open(storage.Options{Path: filepath.Join(t.TempDir(), "w.db")})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { store.Close() })
	}
	f := &fixture{store: store, hub: websubtest.New(hubLease), done: make(chan struct{})}
	f.hubSrv = httptest.NewServer(f.hub)
	t.Cleanup(f.hubSrv.Close)
	log := slog.New(slog.DiscardHandler)
	var srcs []aggregator.Source
	for _, s := range sources {
		srcs = append(srcs, aggregator.Source{Name: s, URL: "http://up.invalid/feed"})
	}
	agg, err := aggregator.New(store, aggregator.NewHTTPClient(5*time.Second, 2, loopback), log, aggregator.Options{
		MaxBody: 1 << 20, Sources: srcs, Topics: []aggregator.Topic{{ID: "nk", Any: []string{"Karabakh"}}}})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	f.callback = httptest.NewServer(mux)
	t.Cleanup(f.callback.Close)
	f.sub, err = New(store, sources, Options{CallbackBase: f.callback.URL + "/websub/", MaxBody: 1 << 20, Log: log,
		Client: aggregator.NewHTTPClient(5*time.Second, 2, allow), Deliver: agg.Deliver, CheckEvery: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	mux.Handle("/websub/", f.sub)
	ctx, cancel := context.WithCancel(context.Background())
	f.cancel = cancel
	go func() { f.sub.Run(ctx); close(f.done) }()
	t.Cleanup(f.stop)
	return f
}

func (f *fixture) stop() {
	f.cancel()
	<-f.done
}

func (f *fixture) topic() string { return f.hubSrv.URL + "/topic/up" }

// deliver has the hub deliver body to the subscriber, signed with secret
// ("" for the subscription's own), and returns the status.
func (f *fixture) deliver(t *testing.T, body, secret string) int {
	t.Helper()
	code, err := f.hub.Deliver(f.topic(), body, "application/atom+xml", secret)
	if err != nil {
		t.Fatal(err)
	}
	return code
}

// subscribe has the subscriber see a poll that names the hub, and waits
// until both sides hold the subscription.
func (f *fixture) subscribe(t *testing.T) {
	t.Helper()
	f.sub.Polled(aggregator.PollResult{Source: "up", Hub: f.hubSrv.URL, Topic: f.topic()})
	waitFor(t, "the subscription to be confirmed", func() bool { return f.sub.Pushed("up") && f.hub.Has(f.topic()) })
}

func waitFor(t *testing.T, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func storedTitles(t *testing.T, store *storage.Store) []string {
	items, err := store.Query(context.Background(), storage.ItemQuery{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, it := range items {
		out = append(out, it.Title)
	}
	return out
}

// TestSubscribeVerifyDeliver: a poll that finds a hub leads to a
// subscription with a secret, which the hub's verification of intent
// confirms; a delivery signed with the secret is stored like a poll, one
// with a wrong or no signature is acknowledged and dropped, and callbacks
// nobody asked for are refused.
func TestSubscribeVerifyDeliver(t *testing.T) {
	f := newFixture(t, 3600, []string{"up"}, nil, loopback)
	if f.sub.Pushed("up") {
		t.Fatal("pushed before any subscription")
	}
	f.subscribe(t)
	reqs := f.hub.Taken("subscribe")
	if len(reqs) != 1 || len(reqs[0].Get("hub.secret")) < 32 || reqs[0].Get("hub.lease_seconds") != "864000" ||
		!strings.HasPrefix(reqs[0].Get("hub.callback"), f.callback.URL+"/websub/") {
		t.Fatalf("subscription requests: %v", reqs)
	}
	if code := f.deliver(t, feedWith("one"), ""); code != http.StatusNoContent {
		t.Fatalf("signed delivery: status %d", code)
	}
	if got := storedTitles(t, f.store); len(got) != 1 || got[0] != "Karabakh one" {
		t.Fatalf("stored after the delivery: %q", got)
	}
	if code := f.deliver(t, feedWith("forged"), "not-the-secret"); code != http.StatusAccepted {
		t.Errorf("forged delivery: status %d, want 202 (acknowledged, dropped)", code)
	}
	callback := reqs[0].Get("hub.callback")
	resp, err := http.Post(callback, "application/atom+xml", strings.NewReader(feedWith("unsigned")))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if got := storedTitles(t, f.store); len(got) != 1 {
		t.Errorf("a delivery without a valid signature was stored: %q", got)
	}
	if st := f.sub.Stats(); st.Stored != 1 || st.BadSignature != 2 {
		t.Errorf("stats %+v, want 1 stored, 2 with a bad signature", st)
	}
	for _, u := range []string{
		callback + "?hub.mode=subscribe&hub.topic=https://other.example/&hub.challenge=x", // another topic
		callback + "?hub.mode=unsubscribe&hub.topic=" + f.topic() + "&hub.challenge=x",    // a mode not asked for
		f.callback.URL + "/websub/0123456789abcdef?hub.mode=subscribe&hub.challenge=x",    // no such callback
	} {
		resp, err := http.Get(u)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusNotFound || strings.Contains(string(body), "x\n") && len(body) == 1 {
			t.Errorf("GET %s: %d %q, want 404", u, resp.StatusCode, body)
		}
	}
}

// TestDeliveriesBounded: a second delivery within minDeliveryGap is
// refused with 429 and Retry-After, and one over MaxBody with 413.
func TestDeliveriesBounded(t *testing.T) {
	f := newFixture(t, 3600, []string{"up"}, nil, loopback)
	f.subscribe(t)
	if code := f.deliver(t, feedWith("one"), ""); code != http.StatusNoContent {
		t.Fatalf("first delivery: %d", code)
	}
	if code := f.deliver(t, feedWith("two"), ""); code != http.StatusTooManyRequests {
		t.Errorf("second delivery at once: %d, want 429", code)
	}
	if code := f.deliver(t, strings.Repeat("x", 1<<20+1), ""); code != http.StatusRequestEntityTooLarge {
		t.Errorf("delivery over max_body: %d, want 413", code)
	}
	if st := f.sub.Stats(); st.Stored != 1 || st.Refused != 2 {
		t.Errorf("stats %+v", st)
	}
}

// TestLeaseRenewed: a subscription is asked for again, with the same
// callback and secret, before the lease the hub granted runs out.
func TestLeaseRenewed(t *testing.T) {
	f := newFixture(t, 1, []string{"up"}, nil, loopback)
	f.sub.Polled(aggregator.PollResult{Source: "up", Hub: f.hubSrv.URL, Topic: f.topic()})
	waitFor(t, "a renewal", func() bool { return len(f.hub.Taken("subscribe")) >= 2 })
	reqs := f.hub.Taken("subscribe")
	if reqs[0].Get("hub.callback") != reqs[1].Get("hub.callback") || reqs[0].Get("hub.secret") != reqs[1].Get("hub.secret") {
		t.Errorf("the renewal changed the callback or secret: %v, %v", reqs[0], reqs[1])
	}
}

// TestUnsubscribeRemovedSource: a subscription whose source left the
// config is given up at the hub, and forgotten once the hub confirms.
func TestUnsubscribeRemovedSource(t *testing.T) {
	f := newFixture(t, 3600, []string{"up"}, nil, loopback)
	f.subscribe(t)
	f.stop()
	g := newFixture(t, 3600, nil, f.store, loopback) // the config no longer has "up"
	g.hubSrv.Close()
	g.hub, g.hubSrv = f.hub, f.hubSrv // the hub that has the subscription
	f.callback.Config.Handler = g.callback.Config.Handler
	waitFor(t, "the unsubscription", func() bool {
		subs, err := g.store.Subscriptions()
		return err == nil && len(subs) == 0
	})
	if reqs := f.hub.Taken("unsubscribe"); len(reqs) != 1 || reqs[0].Get("hub.topic") != f.topic() {
		t.Errorf("unsubscription requests: %v", reqs)
	}
}

// TestHubOnPrivateNetworkRefused: the hub a feed names is a target like a
// feed: on a network poll.allow_networks does not allow, it is refused.
func TestHubOnPrivateNetworkRefused(t *testing.T) {
	f := newFixture(t, 3600, []string{"up"}, nil, nil)
	f.sub.Polled(aggregator.PollResult{Source: "up", Hub: f.hubSrv.URL, Topic: f.topic()})
	waitFor(t, "the request to fail", func() bool {
		sub, ok := f.sub.current("up")
		return ok && sub.Error != ""
	})
	sub, _ := f.sub.current("up")
	t.Logf("refused: %s", sub.Error)
	if !strings.Contains(sub.Error, "not allowed") && !strings.Contains(sub.Error, "refus") {
		t.Errorf("error %q", sub.Error)
	}
	if n := len(f.hub.Taken("subscribe")); n != 0 || f.sub.Pushed("up") {
		t.Errorf("the hub got %d requests", n)
	}
}
