package websub

import (
	"context"
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"hash"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// Bounds on what a hub, or anyone who knows a callback URL, can make
// feedsieve do: a delivery is at most Options.MaxBody bytes and is
// stored at most once per minDeliveryGap per source, at most two at a
// time; more is refused with 429 and Retry-After, which hubs honour by
// retrying later. A challenge is at most maxChallenge bytes.
const (
	minDeliveryGap = 2 * time.Second
	maxChallenge   = 1 << 10
	deliverTimeout = time.Minute
)

// stats count deliveries by what became of them.
type stats struct {
	stored, badSignature, refused, failed atomic.Int64
}

// Stats are the counts of deliveries since the Subscriber started.
type Stats struct {
	Stored       int64 // signed right, and stored (as a poll would)
	BadSignature int64 // without a valid signature: dropped
	Refused      int64 // too large, too frequent, or for no confirmed subscription
	Failed       int64 // signed right, but not a feed that could be stored
}

// Results of a delivery, as Options.OnDelivery is told.
const (
	ResultStored       = "stored"
	ResultBadSignature = "bad_signature"
	ResultRefused      = "refused"
	ResultFailed       = "failed"
)

// count records what became of a delivery.
func (s *Subscriber) count(result string) {
	switch result {
	case ResultStored:
		s.stats.stored.Add(1)
	case ResultBadSignature:
		s.stats.badSignature.Add(1)
	case ResultRefused:
		s.stats.refused.Add(1)
	case ResultFailed:
		s.stats.failed.Add(1)
	}
	if s.opts.OnDelivery != nil {
		s.opts.OnDelivery(result)
	}
}

// Stats returns the counts of deliveries.
func (s *Subscriber) Stats() Stats {
	return Stats{Stored: s.stats.stored.Load(), BadSignature: s.stats.badSignature.Load(), Refused: s.stats.refused.Load(), Failed: s.stats.failed.Load()}
}

// ServeHTTP answers hubs at CallbackBase + token: GET is a verification
// of intent, POST a delivery.
func (s *Subscriber) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	token := r.URL.Path[strings.LastIndexByte(r.URL.Path, '/')+1:]
	sub, ok := s.byToken(token)
	switch {
	case !ok:
		http.Error(w, "no such subscription", http.StatusNotFound)
	case r.Method == http.MethodGet:
		s.verify(w, r, sub.Source, sub.Mode, sub.Topic)
	case r.Method == http.MethodPost:
		s.deliver(w, r, sub.Source)
	default:
		w.Header().Set("Allow", "GET, POST")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	}
}

// verify answers a hub's verification of intent: with its challenge only
// when feedsieve asked for this very mode and topic.
func (s *Subscriber) verify(w http.ResponseWriter, r *http.Request, source, mode, topic string) {
	q := r.URL.Query()
	challenge := q.Get("hub.challenge")
	if q.Get("hub.mode") == "denied" && q.Get("hub.topic") == topic {
		s.update(source, func(sub *storage.Subscription) {
			sub.Verified, sub.Error = false, "denied by the hub: "+q.Get("hub.reason")
		})
		w.WriteHeader(http.StatusOK)
		return
	}
	if q.Get("hub.mode") != mode || q.Get("hub.topic") != topic || challenge == "" || len(challenge) > maxChallenge {
		http.Error(w, "not asked for", http.StatusNotFound)
		return
	}
	if mode == "unsubscribe" {
		s.forget(source)
	} else {
		lease := s.opts.Lease
		if n, err := strconv.Atoi(q.Get("hub.lease_seconds")); err == nil && n > 0 {
			lease = time.Duration(n) * time.Second
		}
		now := s.opts.Now()
		s.update(source, func(sub *storage.Subscription) {
			sub.Verified, sub.Error, sub.Expires, sub.Requested = true, "", now.Add(lease), now
		})
		s.opts.Log.Info("websub subscription confirmed", slog.String("source", source), slog.Duration("lease", lease))
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	io.WriteString(w, challenge)
}

// deliver takes a delivery for a source: signed with the subscription's
// secret, it is stored; otherwise it is acknowledged and dropped, as
// WebSub asks (a hub must not learn whether a forgery worked).
func (s *Subscriber) deliver(w http.ResponseWriter, r *http.Request, source string) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.opts.MaxBody))
	if err != nil {
		s.count(ResultRefused)
		http.Error(w, "delivery too large", http.StatusRequestEntityTooLarge)
		return
	}
	sub, ok := s.current(source)
	if !ok || !validSignature(r.Header.Get("X-Hub-Signature"), sub.Secret, body) {
		s.count(ResultBadSignature)
		s.opts.Log.Warn("websub delivery dropped: no valid signature", slog.String("source", source))
		w.WriteHeader(http.StatusAccepted)
		return
	}
	if !sub.Verified || sub.Mode != "subscribe" || !s.takeTurn(source) {
		s.count(ResultRefused)
		w.Header().Set("Retry-After", strconv.Itoa(int(minDeliveryGap.Seconds())))
		http.Error(w, "too many deliveries", http.StatusTooManyRequests)
		return
	}
	defer func() { <-s.limit }()
	ctx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), deliverTimeout)
	defer cancel()
	if res := s.opts.Deliver(ctx, source, body, r.Header.Get("Content-Type"), sub.Topic); res.Err != nil {
		s.count(ResultFailed)
	} else {
		s.count(ResultStored)
	}
	w.WriteHeader(http.StatusNoContent)
}

// takeTurn takes one of the delivery slots for a source, unless its last
// delivery is too recent or both slots are taken.
func (s *Subscriber) takeTurn(source string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.opts.Now()
	if now.Sub(s.last[source]) < minDeliveryGap {
		return false
	}
	select {
	case s.limit <- struct{}{}:
		s.last[source] = now
		return true
	default:
		return false
	}
}

// validSignature checks an X-Hub-Signature header, "method=hex", against
// the HMAC of body under secret.
func validSignature(header, secret string, body []byte) bool {
	method, sig, ok := strings.Cut(header, "=")
	if !ok || secret == "" {
		return false
	}
	var h func() hash.Hash
	switch method {
	case "sha1":
		h = sha1.New
	case "sha256":
		h = sha256.New
	case "sha384":
		h = sha512.New384
	case "sha512":
		h = sha512.New
	default:
		return false
	}
	want, err := hex.DecodeString(sig)
	if err != nil {
		return false
	}
	mac := hmac.New(h, []byte(secret))
	mac.Write(body)
	return hmac.Equal(mac.Sum(nil), want)
}
