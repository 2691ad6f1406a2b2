package main

import (
	"context"
	"fmt"
	"io"
	"net/url"

	"github.com/feedsieve/feedsieve/aggregator"
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
	known := newSourceSet(cfg)
	if err := known.admit(src); err != nil {
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

// editConfig edits the config file in place with edit and checks the
// result as feedsieve check would before writing it.
func editConfig(path string, edit func([]byte) ([]byte, error)) error {
	raw, err := config.ReadFile(path)
	if err != nil {
		return err
	}
	edited, err := edit(raw)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if _, err := config.Parse(path, versionString(), edited); err != nil {
		return fmt.Errorf("the file would not be valid any more, so it is left as it was:\n%w", err)
	}
	return configedit.ReplaceFile(path, edited)
}

// sourceSet is the configured sources by name and by normalized URL, to
// refuse duplicates.
type sourceSet struct {
	names map[string]string // name → URL
	urls  map[string]string // normalized URL → name
}

func newSourceSet(cfg *config.Config) *sourceSet {
	s := &sourceSet{names: map[string]string{}, urls: map[string]string{}}
	for _, src := range cfg.Aggregator.Sources {
		s.names[src.Name] = src.URL
		s.urls[aggregator.NormalizeLink(src.URL)] = src.Name
	}
	return s
}

// admit checks a new source and records it.
func (s *sourceSet) admit(src configedit.Source) error {
	norm := aggregator.NormalizeLink(src.URL)
	switch {
	case !config.ValidName(src.Name):
		return fmt.Errorf("name %q: use lower-case letters, digits and single dashes (e.g. bbc-world)", src.Name)
	case s.names[src.Name] != "":
		return fmt.Errorf("name %q is taken: it polls %s", src.Name, s.names[src.Name])
	case norm == "" || !config.IsHTTPURL(src.URL):
		return fmt.Errorf("url %q is not an absolute http or https URL", src.URL)
	case s.urls[norm] != "":
		return fmt.Errorf("%s is already configured as source %q", src.URL, s.urls[norm])
	}
	s.names[src.Name], s.urls[norm] = src.URL, src.Name
	return nil
}

// nameOf is the name of the source that polls feedURL, or "".
func (s *sourceSet) nameOf(feedURL string) string {
	return s.urls[aggregator.NormalizeLink(feedURL)]
}

// nameFor makes a free source name from a feed's title, else its host,
// else "feed".
func (s *sourceSet) nameFor(title, feedURL string) string {
	base := configedit.Slug(title)
	if base == "" {
		if u, err := url.Parse(feedURL); err == nil {
			base = configedit.Slug(u.Hostname())
		}
	}
	if base == "" {
		base = "feed"
	}
	return configedit.UniqueName(base, func(n string) bool { return s.names[n] != "" })
}
