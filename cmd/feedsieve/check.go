package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/feedsieve/feedsieve/internal/api"
	"github.com/feedsieve/feedsieve/internal/config"
	"github.com/feedsieve/feedsieve/storage"
)

func cmdCheck(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs, configPath := newFlags("check", `Validate the config file. Prints PATH:LINE: message for each problem; exits 0 when valid, 1 when not.
When feedsieve serve runs with this file's socket, says whether it runs this file.
With -dump, print the effective config (defaults filled in, secrets left out) as YAML.
With -db, also verify the database (with the daemon stopped): bbolt's page check, then that every
item decodes and every index entry and item agree. Prints what is wrong and where; exits 1 then.`, stderr)
	db := fs.Bool("db", false, "also verify the database at storage.path")
	dump := fs.Bool("dump", false, "print the effective config instead: every key with its value, defaults filled in, secrets left out")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if *dump {
		return dumpConfig(*configPath, stdout, stderr)
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
	store, err := api.OpenReadOnly(cfg)
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

// dumpConfig prints the effective config of a valid file.
func dumpConfig(path string, stdout, stderr io.Writer) int {
	cfg, ok := loadConfig(path, stderr)
	if !ok {
		return 1
	}
	b, err := config.Dump(cfg)
	if err != nil {
		fmt.Fprintln(stderr, "feedsieve check:", err)
		return 1
	}
	fmt.Fprintf(stdout, "# effective config of %s (defaults filled in, secrets left out)\n", cfg.Path)
	stdout.Write(b)
	return 0
}
