package daemon

import (
	"io"
	"log/slog"
	"os"

	"github.com/coreos/go-systemd/v22/journal"
	"github.com/feedsieve/feedsieve/internal/config"
)

// NewLogger returns the logger a config asks for: text or JSON records at
// a level that a reload can change through level. Under journald, which
// stamps every line itself, records carry no time.
func NewLogger(format string, level *slog.LevelVar, w io.Writer) *slog.Logger {
	opts := &slog.HandlerOptions{Level: level}
	if w == io.Writer(os.Stderr) && underJournald() {
		opts.ReplaceAttr = dropTime
	}
	if format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// ConfigLogger is NewLogger at the config's fixed level.
func ConfigLogger(cfg *config.Config, w io.Writer) *slog.Logger {
	var level slog.LevelVar
	level.Set(cfg.LogLevel)
	return NewLogger(cfg.LogFormat, &level, w)
}

// underJournald reports whether standard error is connected to the
// journal, as systemd says in JOURNAL_STREAM.
func underJournald() bool {
	ok, err := journal.StderrIsJournalStream()
	return err == nil && ok
}

func dropTime(groups []string, a slog.Attr) slog.Attr {
	if len(groups) == 0 && a.Key == slog.TimeKey {
		return slog.Attr{}
	}
	return a
}
