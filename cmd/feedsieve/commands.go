package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/feeds"
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
	fs, configPath := newFlags("poll", "Poll every source once, store new and updated items, print one line per source and exit.\nExits 0 even when sources fail (their lines say why); 1 when the config or database is unusable.", stderr)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	cfg, ok := loadConfig(*configPath, stderr)
	if !ok {
		return 1
	}
	// Per-source log lines would repeat the printed summary: log errors only.
	log := slog.New(levelFloor{newLogger(cfg, stderr).Handler(), slog.LevelError})
	store, agg, err := openPipeline(cfg, log)
	if err != nil {
		fmt.Fprintln(stderr, "feedsieve poll:", err)
		return 1
	}
	defer store.Close()
	for _, r := range agg.PollAll(ctx) {
		fmt.Fprintln(stdout, formatPollResult(r))
	}
	return 0
}

func formatPollResult(r aggregator.PollResult) string {
	status := "-"
	if r.Status != 0 {
		status = fmt.Sprintf("%d", r.Status)
	}
	if r.Err != nil {
		msg := strings.TrimPrefix(r.Err.Error(), "poll "+r.Source+": ")
		return fmt.Sprintf("%s: status %s, error: %s", r.Source, status, msg)
	}
	if r.NotModified {
		return fmt.Sprintf("%s: status %s, not modified", r.Source, status)
	}
	return fmt.Sprintf("%s: status %s, %d items, %d new, %d updated", r.Source, status, r.Items, r.New, r.Updated)
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
	format := fs.String("format", "atom", "feed format: atom")
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

func exportFeed(ctx context.Context, cfg *Config, topic, format string) ([]byte, error) {
	opts := cfg.Storage
	opts.ReadOnly = true
	opts.LockTimeout = 200 * time.Millisecond
	store, err := storage.Open(opts)
	if errors.Is(err, storage.ErrLocked) {
		return fetchFromDaemon(ctx, cfg, "/feeds/"+topic+"."+format)
	}
	if err != nil {
		return nil, err
	}
	defer store.Close()
	body, _, err := feeds.NewServer(store, slog.New(slog.DiscardHandler), cfg.Feeds).Render(topic, format)
	return body, err
}

// fetchFromDaemon GETs a path from the running daemon's listen address.
func fetchFromDaemon(ctx context.Context, cfg *Config, path string) ([]byte, error) {
	host, port, err := net.SplitHostPort(cfg.Listen)
	if err != nil {
		return nil, err
	}
	if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) {
		host = "127.0.0.1"
	}
	url := "http://" + net.JoinHostPort(host, port) + path
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	resp, err := (&http.Client{Timeout: 30 * time.Second}).Do(req)
	if err != nil {
		return nil, fmt.Errorf("database is locked by a running feedsieve, and asking it failed: %w", err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", url, err)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s: %s: %s", url, resp.Status, strings.TrimSpace(string(body)))
	}
	return body, nil
}
