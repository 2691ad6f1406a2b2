package main

import (
	"context"
	"fmt"
	"io"

	"github.com/feedsieve/feedsieve/internal/api"
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
	body, err := api.NewReader(cfg).Feed(ctx, *topic, *format)
	if err != nil {
		fmt.Fprintln(stderr, "feedsieve export:", err)
		return 1
	}
	stdout.Write(body)
	return 0
}
