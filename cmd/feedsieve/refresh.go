package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"strings"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/internal/api"
	"github.com/feedsieve/feedsieve/internal/daemon"
	"github.com/feedsieve/feedsieve/storage"
)

func cmdRefresh(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs, configPath := newFlags("refresh", `Poll the named sources now, or every source, whatever their next turn: a source failing with a
long backoff (after a network outage, say) is retried at once and its failures are forgotten.
While feedsieve serve runs, it polls them (see feedsieve status for the outcome); otherwise they
are polled here, printing a line each as feedsieve poll does.`, stderr, "[NAME...]")
	if err := fs.Parse(args); errors.Is(err, flag.ErrHelp) {
		return 0
	} else if err != nil {
		return 2
	}
	cfg, ok := loadConfig(*configPath, stderr)
	if !ok {
		return 1
	}
	names := fs.Args()
	var unknown []string
	for _, n := range names {
		if !slices.ContainsFunc(cfg.Aggregator.Sources, func(s aggregator.Source) bool { return s.Name == n }) {
			unknown = append(unknown, n)
		}
	}
	if len(unknown) > 0 {
		fmt.Fprintf(stderr, "feedsieve refresh: unknown source %s in %s\n", strings.Join(unknown, ", "), cfg.Path)
		return 2
	}
	var res aggregator.Refreshed
	err := api.NewClient(cfg).JSON(ctx, "POST", "/api/refresh", api.RefreshRequest{Sources: names}, &res)
	if err == nil {
		fmt.Fprintf(stdout, "the running feedsieve polls now: %s\n", orDash(strings.Join(res.Polling, ", ")))
		if len(res.Gone) > 0 {
			fmt.Fprintf(stdout, "not polled, gone for good (HTTP 410): %s; change their url in the config\n", strings.Join(res.Gone, ", "))
		}
		return 0
	}
	// No daemon answered: poll here, if the database is free.
	if len(names) > 0 {
		cfg.Aggregator.Sources = slices.DeleteFunc(slices.Clone(cfg.Aggregator.Sources), func(s aggregator.Source) bool { return !slices.Contains(names, s.Name) })
	}
	log := slog.New(levelFloor{daemon.ConfigLogger(cfg, stderr).Handler(), slog.LevelError})
	results, perr := daemon.PollOnce(ctx, cfg, log, nil)
	if errors.Is(perr, storage.ErrLocked) {
		fmt.Fprintf(stderr, "feedsieve refresh: %v, and asking it failed: %v\n", perr, err)
		return 1
	}
	for _, r := range results {
		fmt.Fprintln(stdout, formatPollResult(r, cfg))
	}
	if perr != nil {
		fmt.Fprintln(stderr, "feedsieve refresh:", perr)
		return 1
	}
	return 0
}
