package feeds

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
)

// hubPinger sends WebSub publish notifications. It remembers which bytes
// the hub last heard of for each feed URL, so that only real changes are
// announced. It is used from the publisher's goroutine only.
type hubPinger struct {
	hub    string
	client *http.Client
	last   map[string]string // feed URL → tag of the bytes announced
}

func newHubPinger(hub string, client *http.Client) *hubPinger {
	return &hubPinger{hub: hub, client: client, last: make(map[string]string)}
}

// changed reports whether a feed URL has new bytes, and records them.
func (h *hubPinger) changed(v feedVersion) bool {
	if h.last[v.url] == v.tag {
		return false
	}
	h.last[v.url] = v.tag
	return true
}

// forget drops what was recorded for a URL, so a failed ping is retried.
func (h *hubPinger) forget(feedURL string) { delete(h.last, feedURL) }

// ping tells the hub that the feed at feedURL changed: a form POST with
// hub.mode=publish and hub.url, which hubs answer with a 2xx status.
func (h *hubPinger) ping(ctx context.Context, feedURL string) error {
	form := url.Values{"hub.mode": {"publish"}, "hub.url": {feedURL}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, h.hub, strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := h.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	msg, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return fmt.Errorf("hub answered %s: %s", resp.Status, strings.TrimSpace(string(msg)))
	}
	return nil
}
