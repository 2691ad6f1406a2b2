package main

import (
	"context"
	"fmt"
	"io"

	"github.com/feedsieve/feedsieve/internal/config"
	"github.com/feedsieve/feedsieve/internal/configedit"
)

// reloadHint tells what happens after the config file was edited.
const reloadHint = "A running feedsieve serve sees the change and applies it (or: systemctl reload feedsieve)."

func cmdSources(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] != "add" {
		fmt.Fprintln(stderr, "Usage: feedsieve sources add [-config FILE] NAME URL")
		return 2
	}
	fs, configPath := newFlags("sources add", "Add a source to the config file, keeping its comments and layout; the result is checked\nbefore it is written. Refuses a name or a feed URL that is already configured.", stderr, "NAME", "URL")
	if code, ok := parsePositional(fs, args[1:], 2); !ok {
		return code
	}
	cfg, ok := loadConfig(*configPath, stderr)
	if !ok {
		return 1
	}
	src := configedit.Source{Name: fs.Arg(0), URL: fs.Arg(1)}
	known := configedit.NewSourceSet(cfg.Aggregator.Sources)
	if err := known.Admit(src); err != nil {
		fmt.Fprintln(stderr, "feedsieve sources add:", err)
		return 1
	}
	err := editConfig(cfg.Path, func(raw []byte) ([]byte, error) {
		return configedit.AddSources(raw, []configedit.Source{src})
	})
	if err != nil {
		fmt.Fprintln(stderr, "feedsieve sources add:", err)
		return 1
	}
	fmt.Fprintf(stdout, "%s: added source %s (%s)\n%s\n", cfg.Path, src.Name, src.URL, reloadHint)
	return 0
}

// editConfig edits the config file in place with edit, checking the result
// as feedsieve check would before writing it.
func editConfig(path string, edit func([]byte) ([]byte, error)) error {
	return configedit.EditFile(path, edit, func(b []byte) error {
		if _, err := config.Parse(path, versionString(), b); err != nil {
			return fmt.Errorf("the file would not be valid any more, so it is left as it was:\n%w", err)
		}
		return nil
	})
}
