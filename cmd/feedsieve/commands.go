package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/feeds"
	"github.com/feedsieve/feedsieve/internal/config"
	"github.com/feedsieve/feedsieve/storage"
)

func cmdCheck(_ context.Context, args []string, stdout, stderr io.Writer) int {
	fs, configPath := newFlags("check", "Validate the config file. Prints PATH:LINE: message for each problem; exits 0 when valid, 1 when not.", stderr)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	cfg, ok := loadConfig(*configPath, stdout)
	if !ok {
		return 1
	}
	fmt.Fprintf(stdout, "%s: ok (%d sources, %d topics)\n", cfg.Path, len(cfg.Aggregator.Sources), len(cfg.Aggregator.Topics))
	return 0
}

func cmdPoll(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs, configPath := newFlags("poll", "Poll every source once, store new and updated items, print one line per source, publish changed\ntopics to publish.dir and the WebSub hub when they are set, and exit.\nExits 0 even when sources fail (their lines say why); 1 when the config or database is unusable\nor publishing failed.", stderr)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	cfg, ok := loadConfig(*configPath, stderr)
	if !ok {
		return 1
	}
	// Per-source log lines would repeat the printed summary: log errors only.
	log := slog.New(levelFloor{configLogger(cfg, stderr).Handler(), slog.LevelError})
	progress := newProgressLine(stderr)
	var polled atomic.Int32
	total := len(cfg.Aggregator.Sources)
	p, err := openPipeline(cfg, log, hooks{polled: func(r aggregator.PollResult) {
		progress.show("polling: %d of %d sources done (last: %s)", polled.Add(1), total, r.Source)
	}})
	if err != nil {
		fmt.Fprintln(stderr, "feedsieve poll:", err)
		return 1
	}
	defer p.store.Close()
	if p.publisher != nil {
		if err := p.publisher.Start(ctx); err != nil {
			fmt.Fprintln(stderr, "feedsieve poll:", err)
			return 1
		}
	}
	results := p.agg.PollAll(ctx)
	progress.clear()
	for _, r := range results {
		fmt.Fprintln(stdout, formatPollResult(r))
	}
	if p.publisher != nil && !p.publisher.Flush(ctx) {
		fmt.Fprintln(stderr, "feedsieve poll: publishing failed (see the errors above)")
		return 1
	}
	return 0
}

func formatPollResult(r aggregator.PollResult) string {
	status := "-"
	if r.Status != 0 {
		status = fmt.Sprintf("%d", r.Status)
	}
	var line string
	switch {
	case r.Err != nil:
		msg := strings.TrimPrefix(r.Err.Error(), "poll "+r.Source+": ")
		line = fmt.Sprintf("%s: status %s, error: %s", r.Source, status, msg)
	case r.NotModified:
		line = fmt.Sprintf("%s: status %s, not modified", r.Source, status)
	default:
		line = fmt.Sprintf("%s: status %s, %d items, %d new, %d updated", r.Source, status, r.Items, r.New, r.Updated)
	}
	if r.Gone {
		line += "; gone for good: serve no longer polls it, remove it from the config or change its url"
	}
	if r.MovedTo != "" {
		line += "; moved permanently to " + r.MovedTo + ": update its url in the config"
	}
	return line
}

// levelFloor drops records below a level.
type levelFloor struct {
	slog.Handler
	min slog.Level
}

func (h levelFloor) Enabled(ctx context.Context, l slog.Level) bool {
	return l >= h.min && h.Handler.Enabled(ctx, l)
}

func cmdExport(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs, configPath := newFlags("export", "Write one topic feed to standard output. While feedsieve serve holds the database, the feed is fetched from it.", stderr)
	topic := fs.String("topic", "", "topic id (required)")
	format := fs.String("format", "atom", "feed format: atom, rss or json")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if *topic == "" {
		fmt.Fprintln(stderr, "feedsieve export: -topic is required")
		return 2
	}
	cfg, ok := loadConfig(*configPath, stderr)
	if !ok {
		return 1
	}
	body, err := exportFeed(ctx, cfg, *topic, *format)
	if err != nil {
		fmt.Fprintln(stderr, "feedsieve export:", err)
		return 1
	}
	stdout.Write(body)
	return 0
}

// lockWait is how long a command waits for the database lock before it
// asks the running daemon instead.
const lockWait = 200 * time.Millisecond

func exportFeed(ctx context.Context, cfg *config.Config, topic, format string) ([]byte, error) {
	store, err := openReadOnly(cfg)
	if errors.Is(err, storage.ErrLocked) {
		return askDaemon(ctx, cfg, http.MethodGet, "/feeds/"+topic+"."+format, nil)
	}
	if err != nil {
		return nil, err
	}
	defer store.Close()
	body, _, err := feeds.NewServer(store, slog.New(slog.DiscardHandler), cfg.Feeds).Render(topic, format)
	return body, err
}

// askDaemon sends a request to the running daemon and returns the body of
// a 200 response: API requests go to its admin address when there is one,
// others to its listen address.
func askDaemon(ctx context.Context, cfg *config.Config, method, path string, body io.Reader) ([]byte, error) {
	addr := cfg.Listen
	if cfg.AdminListen != "" && strings.HasPrefix(path, "/api/") {
		addr = cfg.AdminListen
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, err
	}
	if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) {
		host = "127.0.0.1"
	}
	url := "http://" + net.JoinHostPort(host, port) + path
	req, err := http.NewRequestWithContext(ctx, method, url, body)
	if err != nil {
		return nil, err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := (&http.Client{Timeout: 60 * time.Second}).Do(req)
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

// askDaemonJSON sends in (when not nil) as JSON to the daemon and decodes
// its JSON answer into out.
func askDaemonJSON(ctx context.Context, cfg *config.Config, method, path string, in, out any) error {
	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body = bytes.NewReader(b)
	}
	b, err := askDaemon(ctx, cfg, method, path, body)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, out); err != nil {
		return fmt.Errorf("decode the daemon's answer to %s: %w", path, err)
	}
	return nil
}
