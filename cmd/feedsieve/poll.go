package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync/atomic"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/internal/config"
	"github.com/feedsieve/feedsieve/internal/daemon"
)

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
	log := slog.New(levelFloor{daemon.ConfigLogger(cfg, stderr).Handler(), slog.LevelError})
	progress := newProgressLine(stderr)
	var polled atomic.Int32
	total := len(cfg.Aggregator.Sources)
	results, err := daemon.PollOnce(ctx, cfg, log, func(r aggregator.PollResult) {
		progress.show("polling: %d of %d sources done (last: %s)", polled.Add(1), total, r.Source)
	})
	progress.clear()
	for _, r := range results {
		fmt.Fprintln(stdout, formatPollResult(r, cfg))
	}
	if err != nil {
		fmt.Fprintln(stderr, "feedsieve poll:", err)
		return 1
	}
	return 0
}

func formatPollResult(r aggregator.PollResult, cfg *config.Config) string {
	st, maxItems := cfg.Storage, cfg.Aggregator.MaxItemsPerFeed
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
		line = fmt.Sprintf("%s: status %s, %s, %d new, %d updated", r.Source, status, count(r.Items, "item"), r.New, r.Updated)
		if r.Expired > 0 {
			line += fmt.Sprintf(", %d older than storage.retention (%s) not stored", r.Expired, st.Retention)
		}
		if r.Dropped > 0 {
			line += fmt.Sprintf(", %d past poll.max_items_per_feed (%d) not taken", r.Dropped, maxItems)
		}
		if r.OverQuota > 0 {
			line += fmt.Sprintf(", %d not stored: the source has storage.source_quota (%d) items", r.OverQuota, st.SourceQuota)
		}
		if a := r.Articles; a.Fetched+a.Failed > 0 {
			line += fmt.Sprintf(", %s fetched", count(a.Fetched, "article"))
			if a.Failed > 0 {
				line += fmt.Sprintf(", %d failed (%v)", a.Failed, a.Err)
			}
		}
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
