// Package websubtest is a WebSub hub for tests, on loopback: it takes
// subscription requests, verifying their intent at the callback before it
// answers (as some hubs do), delivers content signed with each
// subscription's secret, and on a publish ping fetches the topic and
// delivers it to its subscribers.
package websubtest

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Hub is a WebSub hub; its zero value is not usable, use New. Like real
// hubs, it retries a delivery answered 429 (three seconds later, up to
// five times) when it publishes.
type Hub struct {
	lease int // lease_seconds it grants

	mu       sync.Mutex
	requests []url.Values            // every subscription request it took, in order
	subs     map[string][]url.Values // by topic
	pushes   atomic.Int64
}

// New returns a hub granting leases of lease seconds.
func New(lease int) *Hub { return &Hub{lease: lease, subs: map[string][]url.Values{}} }

func (h *Hub) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	form := r.PostForm
	switch mode := form.Get("hub.mode"); mode {
	case "publish":
		w.WriteHeader(http.StatusNoContent)
		go h.publish(form.Get("hub.url"))
	case "subscribe", "unsubscribe":
		h.mu.Lock()
		h.requests = append(h.requests, form)
		challenge := fmt.Sprintf("challenge-%d", len(h.requests))
		h.mu.Unlock()
		if err := verify(form, challenge, h.lease); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		h.mu.Lock()
		topic := form.Get("hub.topic")
		subs := h.subs[topic][:0:0]
		for _, s := range h.subs[topic] {
			if s.Get("hub.callback") != form.Get("hub.callback") {
				subs = append(subs, s)
			}
		}
		if mode == "subscribe" {
			subs = append(subs, form)
		}
		h.subs[topic] = subs
		h.mu.Unlock()
		w.WriteHeader(http.StatusAccepted)
	default:
		http.Error(w, "unknown hub.mode", http.StatusBadRequest)
	}
}

// verify asks the callback to confirm a request with the challenge.
func verify(form url.Values, challenge string, lease int) error {
	q := url.Values{"hub.mode": {form.Get("hub.mode")}, "hub.topic": {form.Get("hub.topic")}, "hub.challenge": {challenge},
		"hub.lease_seconds": {strconv.Itoa(lease)}}
	resp, err := http.Get(form.Get("hub.callback") + "?" + q.Encode())
	if err != nil {
		return err
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || string(body) != challenge {
		return fmt.Errorf("verification of intent failed: %s %q", resp.Status, body)
	}
	return nil
}

// Has tells whether the hub holds a subscription to topic.
func (h *Hub) Has(topic string) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.subs[topic]) > 0
}

// Subscribers counts the subscriptions the hub holds, over all topics.
func (h *Hub) Subscribers() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	n := 0
	for _, s := range h.subs {
		n += len(s)
	}
	return n
}

// Taken returns the requests of a mode the hub took.
func (h *Hub) Taken(mode string) []url.Values {
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []url.Values
	for _, r := range h.requests {
		if r.Get("hub.mode") == mode {
			out = append(out, r)
		}
	}
	return out
}

// Pushes counts the deliveries the hub made that were answered.
func (h *Hub) Pushes() int64 { return h.pushes.Load() }

// Deliver sends body to the topic's first subscriber, signed with secret
// (the subscription's own when secret is ""), and returns the status.
func (h *Hub) Deliver(topic, body, contentType, secret string) (int, error) {
	h.mu.Lock()
	subs := h.subs[topic]
	h.mu.Unlock()
	if len(subs) == 0 {
		return 0, fmt.Errorf("no subscription to %s at the hub", topic)
	}
	return h.send(subs[0], body, contentType, secret)
}

func (h *Hub) send(sub url.Values, body, contentType, secret string) (int, error) {
	if secret == "" {
		secret = sub.Get("hub.secret")
	}
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(body))
	req, err := http.NewRequest(http.MethodPost, sub.Get("hub.callback"), strings.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", contentType)
	req.Header.Set("X-Hub-Signature", "sha256="+hex.EncodeToString(mac.Sum(nil)))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	resp.Body.Close()
	h.pushes.Add(1)
	return resp.StatusCode, nil
}

// publish fetches a topic and delivers it to every subscriber.
func (h *Hub) publish(topic string) {
	resp, err := http.Get(topic)
	if err != nil {
		return
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	h.mu.Lock()
	subs := h.subs[topic]
	h.mu.Unlock()
	for _, s := range subs {
		for try := 0; try < 5; try++ {
			code, err := h.send(s, string(body), resp.Header.Get("Content-Type"), "")
			if err != nil || code != http.StatusTooManyRequests {
				break
			}
			time.Sleep(3 * time.Second) // feedsieve asks for 2 s
		}
	}
}
