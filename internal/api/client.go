package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	neturl "net/url"
	"strings"
	"time"

	"github.com/feedsieve/feedsieve/internal/config"
)

// Client asks a running feedsieve over its operator socket
// (server.socket), which serves the API and the feeds alike. The command
// line uses it while the daemon holds the database.
type Client struct {
	socket string
	http   *http.Client
}

// NewClient returns a client of the daemon that runs under cfg.
func NewClient(cfg *config.Config) *Client { return NewSocketClient(cfg.Socket, 60*time.Second) }

// NewSocketClient returns a client of the daemon serving the socket at
// path, whose requests time out after timeout.
func NewSocketClient(path string, timeout time.Duration) *Client {
	dial := func(ctx context.Context, _, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, "unix", path)
	}
	return &Client{socket: path, http: &http.Client{Timeout: timeout, Transport: &http.Transport{DialContext: dial}}}
}

// Do sends a request and returns the body of a 200 response; another
// status is an error with the daemon's message.
func (c *Client) Do(ctx context.Context, method, path string, body io.Reader) ([]byte, error) {
	url := "http://feedsieve" + path // the host is not looked up: every request goes to the socket
	req, err := http.NewRequestWithContext(ctx, method, url, body)
	if err != nil {
		return nil, err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := c.http.Do(req)
	if ue := (*neturl.Error)(nil); errors.As(err, &ue) {
		err = ue.Err // its URL names no real host
	}
	if err != nil {
		return nil, fmt.Errorf("database is locked by a running feedsieve, and asking it at %s failed: %w", c.socket, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", url, err)
	}
	if resp.StatusCode != http.StatusOK {
		var e struct {
			Error string `json:"error"`
		}
		if json.Unmarshal(b, &e) == nil && e.Error != "" {
			return nil, fmt.Errorf("the running feedsieve answered: %s", e.Error)
		}
		return nil, fmt.Errorf("%s %s: %s: %s", method, url, resp.Status, strings.TrimSpace(string(b)))
	}
	return b, nil
}

// JSON sends in (when not nil) as JSON and decodes the JSON answer into
// out.
func (c *Client) JSON(ctx context.Context, method, path string, in, out any) error {
	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body = bytes.NewReader(b)
	}
	b, err := c.Do(ctx, method, path, body)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, out); err != nil {
		return fmt.Errorf("decode the daemon's answer to %s: %w", path, err)
	}
	return nil
}
