package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/internal/config"
	"github.com/feedsieve/feedsieve/internal/configedit"
)

// reloadHint tells what happens after the config file was edited.
const reloadHint = "A running feedsieve serve sees the change and applies it (or: systemctl reload feedsieve)."

func cmdSources(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] != "add" {
		fmt.Fprintln(stderr, "Usage: feedsieve sources add [-config FILE] [-pick N] NAME URL")
		return 2
	}
	fs, configPath := newFlags("sources add", "Add a source to the config file, keeping its comments and layout; the result is checked\nbefore it is written. Refuses a name or a feed URL that is already configured. A web page's URL\nis looked at first and its feed added instead: the one its page names, or that the site serves\nat /feed, /rss, /atom.xml or /index.xml; several are listed, to choose one with -pick.", stderr, "NAME", "URL")
	pick := fs.Int("pick", 0, "when the page names several feeds, add the Nth of the list")
	if code, ok := parsePositional(fs, args[1:], 2); !ok {
		return code
	}
	cfg, ok := loadConfig(*configPath, stderr)
	if !ok {
		return 1
	}
	src := configedit.Source{Name: fs.Arg(0), URL: fs.Arg(1)}
	err := configedit.NewSourceSet(cfg.Aggregator.Sources).Admit(src)
	if err == nil {
		found, derr := discoverer(cfg).Discover(ctx, aggregator.Source{}, src.URL)
		switch {
		case errors.Is(derr, aggregator.ErrNoFeed):
			err = derr
		case derr != nil:
			fmt.Fprintf(stderr, "feedsieve sources add: cannot look at %s, adding it as given: %v\n", src.URL, derr)
		default:
			if src, err = configedit.ChooseFeed(src, found, *pick); err == nil {
				err = configedit.NewSourceSet(cfg.Aggregator.Sources).Admit(src)
			}
		}
	}
	if err != nil {
		fmt.Fprintln(stderr, "feedsieve sources add:", err)
		return 1
	}
	err = editConfig(cfg.Path, func(raw []byte) ([]byte, error) {
		return configedit.AddSources(raw, []configedit.Source{src})
	})
	if err != nil {
		fmt.Fprintln(stderr, "feedsieve sources add:", err)
		return 1
	}
	fmt.Fprintf(stdout, "%s: added source %s (%s)\n%s\n", cfg.Path, src.Name, src.URL, reloadHint)
	return 0
}

// discoverer fetches pages to find their feeds as polling would: the
// config's dial guard, timeout, size cap and User-Agent.
func discoverer(cfg *config.Config) *aggregator.Fetcher {
	o := cfg.Aggregator
	return aggregator.NewFetcher(aggregator.NewHTTPClient(o.Timeout, 1, cfg.AllowNetworks), o.UserAgent, o.MaxBody, o.MinRate)
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
