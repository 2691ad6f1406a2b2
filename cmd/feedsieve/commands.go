package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"time"

	"github.com/feedsieve/feedsieve/feeds"
	"github.com/feedsieve/feedsieve/internal/api"
	"github.com/feedsieve/feedsieve/internal/config"
	"github.com/feedsieve/feedsieve/storage"
)

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
		return api.NewClient(cfg).Do(ctx, http.MethodGet, "/feeds/"+topic+"."+format, nil)
	}
	if err != nil {
		return nil, err
	}
	defer store.Close()
	body, _, err := feeds.NewServer(store, slog.New(slog.DiscardHandler), cfg.Feeds).Render(topic, format)
	return body, err
}
