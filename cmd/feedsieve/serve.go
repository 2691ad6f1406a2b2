package main

import (
	"context"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/feedsieve/feedsieve/internal/config"
	"github.com/feedsieve/feedsieve/internal/daemon"
)

func cmdServe(ctx context.Context, args []string, _, stderr io.Writer) int {
	fs, configPath := newFlags("serve", "Run the daemon: poll every source now and then on its interval, serve topic feeds (Atom, RSS,\nJSON Feed), OPML, the index page, the JSON API, /metrics, /healthz, /readyz and, with\nserver.pprof, /debug/pprof/ over HTTP, and publish changes to publish.dir and the WebSub hub\nwhen they are set. SIGHUP, or saving the config file, reloads the config; SIGINT or SIGTERM\nstops the daemon.", stderr)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	// A reload asked for during start-up must not kill the process, which
	// is SIGHUP's default action.
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	raw, cfg, err := readConfig(*configPath)
	if err != nil {
		io.WriteString(stderr, err.Error()+"\n")
		return 1
	}
	level := new(slog.LevelVar)
	level.Set(cfg.LogLevel)
	log := daemon.NewLogger(cfg.LogFormat, level, stderr)
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	d, err := daemon.Start(ctx, cfg, raw, daemon.Options{Version: versionString(), Log: log, Level: level})
	if err == nil {
		err = d.Run(ctx, hup)
	}
	if err != nil {
		log.Error("feedsieve stopped", slog.String("error", err.Error()))
		return 1
	}
	return 0
}

// readConfig reads and validates the config file, returning its bytes too.
func readConfig(path string) ([]byte, *config.Config, error) {
	raw, err := config.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	cfg, err := config.Parse(path, versionString(), raw)
	return raw, cfg, err
}
