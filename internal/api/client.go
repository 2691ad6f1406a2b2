package api

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/feedsieve/feedsieve/internal/config"
)

// Client asks a running feedsieve, at the addresses its config gives:
// API requests go to its admin address when there is one, others to its
// listen address. The command line uses it while the daemon holds the
// database.
type Client struct {
	listen, admin string
	http          *http.Client
}

// NewClient returns a client of the daemon that runs under cfg.
func NewClient(cfg *config.Config) *Client {
	return &Client{listen: cfg.Listen, admin: cfg.AdminListen, http: &http.Client{Timeout: 60 * time.Second}}
}

// Do sends a request and returns the body of a 200 response; another
// status is an error with the daemon's message.
func (c *Client) Do(ctx context.Context, method, path string, body io.Reader) ([]byte, error) {
	url, err := c.url(path)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, method, url, body)
	if err != nil {
		return nil, err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("database is locked by a running feedsieve, and asking it failed: %w", err)
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

// url is where to send a request for path; a daemon listening on all
// addresses is asked on loopback.
func (c *Client) url(path string) (string, error) {
	addr := c.listen
	if c.admin != "" && strings.HasPrefix(path, "/api/") {
		addr = c.admin
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "", err
	}
	if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, port) + path, nil
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
