package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/feedsieve/feedsieve/internal/api"
	"github.com/feedsieve/feedsieve/storage"
)

func cmdCompact(_ context.Context, args []string, stdout, stderr io.Writer) int {
	fs, configPath := newFlags("compact", "Rewrite the database into a compact copy and replace it (bbolt files never shrink by\nthemselves). The copy is checked before it replaces the original, so a failure changes nothing.\nThe daemon must be stopped first: compaction needs the file to itself.", stderr)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	cfg, ok := loadConfig(*configPath, stderr)
	if !ok {
		return 1
	}
	stopProgress := showCompactProgress(cfg.Storage.Path, newProgressLine(stderr))
	res, err := storage.Compact(cfg.Storage.Path, api.LockWait)
	stopProgress()
	if errors.Is(err, storage.ErrLocked) {
		fmt.Fprintf(stderr, "feedsieve compact: %v\nStop feedsieve serve first (for a service: systemctl stop feedsieve), then compact.\n", err)
		return 1
	}
	if err != nil {
		fmt.Fprintln(stderr, "feedsieve compact:", err)
		return 1
	}
	fmt.Fprintf(stdout, "%s: %s → %s (%s)\n", cfg.Storage.Path, byteSize(res.Before), byteSize(res.After), count(res.Items, "item"))
	return 0
}

// showCompactProgress shows, until stop is called, how much of the
// compact copy is written beside the database.
func showCompactProgress(path string, progress *progressLine) (stop func()) {
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		start := time.Now()
		var total int64
		if fi, err := os.Stat(path); err == nil {
			total = fi.Size()
		}
		t := time.NewTicker(progressEvery)
		defer t.Stop()
		for {
			select {
			case <-done:
				progress.clear()
				return
			case <-t.C:
			}
			var written int64
			if tmps, _ := filepath.Glob(path + ".compact-*"); len(tmps) > 0 {
				if fi, err := os.Stat(tmps[0]); err == nil {
					written = fi.Size()
				}
			}
			progress.show("compacting %s: %s written of %s, %s", path, byteSize(written), byteSize(total), time.Since(start).Round(time.Second))
		}
	}()
	return func() { close(done); <-finished }
}

// byteSize formats a file size for people.
func byteSize(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}
