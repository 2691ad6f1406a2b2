package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/feedsieve/feedsieve/internal/config"
	"github.com/feedsieve/feedsieve/storage"
)

func cmdCheck(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs, configPath := newFlags("check", `Validate the config file. Prints PATH:LINE: message for each problem; exits 0 when valid, 1 when not.
When feedsieve serve runs with this file's socket, says whether it runs this file.
With -db, also verify the database (with the daemon stopped): bbolt's page check, then that every
item decodes and every index entry and item agree. Prints what is wrong and where; exits 1 then.`, stderr)
	db := fs.Bool("db", false, "also verify the database at storage.path")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	cfg, ok := loadConfig(*configPath, stdout)
	if cs, running := runningConfig(ctx, *configPath); running {
		describeRunning(stdout, *configPath, cs)
	}
	if !ok {
		return 1
	}
	fmt.Fprintf(stdout, "%s: ok (%s, %s)\n", cfg.Path, count(len(cfg.Aggregator.Sources), "source"), count(len(cfg.Aggregator.Topics), "topic"))
	if !*db {
		return 0
	}
	n, err := verifyDatabase(cfg)
	if err != nil {
		fmt.Fprintln(stdout, err)
		return 1
	}
	fmt.Fprintf(stdout, "%s: ok (%s)\n", cfg.Storage.Path, count(n, "item"))
	return 0
}

// verifyDatabase verifies the database read-only and counts its items.
func verifyDatabase(cfg *config.Config) (int, error) {
	store, err := openReadOnly(cfg)
	if errors.Is(err, storage.ErrLocked) {
		return 0, fmt.Errorf("%w; stop feedsieve serve first (for a service: systemctl stop feedsieve), then check", err)
	}
	if err != nil {
		return 0, err
	}
	defer store.Close()
	if err := store.Check(); err != nil {
		return 0, err
	}
	return store.Count()
}
