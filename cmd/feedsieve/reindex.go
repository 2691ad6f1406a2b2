package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/internal/api"
	"github.com/feedsieve/feedsieve/storage"
)

func cmdReindex(_ context.Context, args []string, stdout, stderr io.Writer) int {
	fs, configPath := newFlags("reindex", "File every stored item into topics again under the config's topic rules. feedsieve does this\nby itself when the rules change (at start and on reload); reindex forces it, with the daemon\nstopped.", stderr)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	cfg, ok := loadConfig(*configPath, stderr)
	if !ok {
		return 1
	}
	opts := cfg.Storage
	opts.LockTimeout = api.LockWait
	store, err := storage.Open(opts)
	if errors.Is(err, storage.ErrLocked) {
		fmt.Fprintf(stderr, "feedsieve reindex: %v\nThe running feedsieve re-files stored items itself whenever the topic rules change: save the config or reload it (systemctl reload feedsieve).\n", err)
		return 1
	}
	if err != nil {
		fmt.Fprintln(stderr, "feedsieve reindex:", err)
		return 1
	}
	defer store.Close()
	agg, err := aggregator.New(store, nil, slog.New(slog.DiscardHandler), cfg.Aggregator)
	if err != nil {
		fmt.Fprintln(stderr, "feedsieve reindex:", err)
		return 1
	}
	total, err := store.Count()
	if err != nil {
		fmt.Fprintln(stderr, "feedsieve reindex:", err)
		return 1
	}
	progress := newProgressLine(stderr)
	changed, err := agg.Refile(func(done int) { progress.show("re-filing: %d of %d items", done, total) })
	progress.clear()
	if err != nil {
		fmt.Fprintln(stderr, "feedsieve reindex:", err)
		return 1
	}
	fmt.Fprintf(stdout, "re-filed %s: %d changed topics\n", count(total, "item"), changed)
	return 0
}
