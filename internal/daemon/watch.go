package daemon

import (
	"context"
	"log/slog"
	"path/filepath"
	"time"

	"github.com/fsnotify/fsnotify"
)

// ConfigSettle lets the several events of one save (an editor writing a
// temporary file and renaming it over the config) settle into one reload.
const ConfigSettle = 300 * time.Millisecond

// watchConfig reports changes of the config file until ctx ends. It
// watches the file's directory, so that a file replaced by rename, as
// most editors save, is still seen. Without a watcher it logs why and
// reports nothing: SIGHUP still reloads.
func watchConfig(ctx context.Context, path string, log *slog.Logger) <-chan struct{} {
	changed := make(chan struct{}, 1)
	abs, err := filepath.Abs(path)
	if err != nil {
		log.Warn("cannot watch the config file: reload with SIGHUP", slog.String("error", err.Error()))
		return changed
	}
	w, err := fsnotify.NewWatcher()
	if err == nil {
		err = w.Add(filepath.Dir(abs))
	}
	if err != nil {
		log.Warn("cannot watch the config file: reload with SIGHUP", slog.String("path", abs), slog.String("error", err.Error()))
		if w != nil {
			w.Close()
		}
		return changed
	}
	go forwardChanges(ctx, w, abs, changed, log)
	return changed
}

func forwardChanges(ctx context.Context, w *fsnotify.Watcher, path string, changed chan<- struct{}, log *slog.Logger) {
	defer w.Close()
	settle := time.NewTimer(time.Hour)
	settle.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case ev, ok := <-w.Events:
			if !ok {
				return
			}
			if filepath.Clean(ev.Name) == path && ev.Op != fsnotify.Chmod {
				settle.Reset(ConfigSettle)
			}
		case err, ok := <-w.Errors:
			if !ok {
				return
			}
			log.Warn("watching the config file", slog.String("error", err.Error()))
		case <-settle.C:
			select {
			case changed <- struct{}{}:
			default: // a reload is already pending; it reads the newest bytes
			}
		}
	}
}
