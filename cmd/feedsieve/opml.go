package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/internal/api"
	"github.com/feedsieve/feedsieve/internal/config"
	"github.com/feedsieve/feedsieve/internal/configedit"
)

func cmdOPML(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	switch {
	case len(args) > 0 && args[0] == "import":
		return cmdOPMLImport(ctx, args[1:], stdout, stderr)
	case len(args) > 0 && args[0] == "export":
		return cmdOPMLExport(ctx, args[1:], stdout, stderr)
	}
	fmt.Fprintln(stderr, "Usage: feedsieve opml import [-config FILE] [-dry-run] [-topics] FILE\n       feedsieve opml export [-config FILE]")
	return 2
}

func cmdOPMLImport(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs, configPath := newFlags("opml import", "Add the feeds of an OPML subscription list (as feed readers export it) to the config file as\nsources, keeping its comments and layout. Feeds already configured (same URL) are skipped; names\nare made from the feed titles, transliterated to a-z, 0-9 and dashes; feed://host/path is polled\nas http://host/path; an outline naming only a site (htmlUrl) gets the site's first feed. With -topics, each folder that gets new feeds also becomes a topic, titled\nwith the folder's path (News / World), that takes every item of the folder's feeds. The result\nis checked before it is written.", stderr, "FILE")
	dryRun := fs.Bool("dry-run", false, "only print what would be added")
	withTopics := fs.Bool("topics", false, "also add a topic for each folder that gets new feeds, listing the folder's feeds (new and\nalready configured)")
	if code, ok := parsePositional(fs, args, 1); !ok {
		return code
	}
	cfg, ok := loadConfig(*configPath, stderr)
	if !ok {
		return 1
	}
	outlines, err := readOPML(fs.Arg(0))
	if err != nil {
		fmt.Fprintln(stderr, "feedsieve opml import:", err)
		return 1
	}
	progress := newProgressLine(stderr)
	imp := configedit.PlanImport(cfg.Aggregator.Sources, cfg.TopicIDs(), outlines, configedit.ImportOptions{Topics: *withTopics,
		Progress: func(done, total int) { progress.show("importing: %d of %d feeds", done, total) },
		Discover: func(site string) ([]aggregator.FoundFeed, error) {
			return discoverer(cfg).Discover(ctx, aggregator.Source{}, site)
		}})
	progress.clear()
	io.WriteString(stdout, imp.Report.String())
	switch {
	case len(imp.Sources) == 0:
		fmt.Fprintf(stdout, "%s: nothing to add (%s in %s)\n", cfg.Path, count(len(outlines), "feed"), fs.Arg(0))
		return 0
	case *dryRun:
		fmt.Fprintf(stdout, "dry run: %s would be added to %s\n", imp.Summary(), cfg.Path)
		return 0
	}
	err = editConfig(cfg.Path, func(raw []byte) ([]byte, error) {
		edited, err := configedit.AddSources(raw, imp.Sources)
		if err != nil {
			return nil, err
		}
		return configedit.AddTopics(edited, imp.Topics)
	})
	if err != nil {
		fmt.Fprintln(stderr, "feedsieve opml import:", err)
		return 1
	}
	fmt.Fprintf(stdout, "%s: added %s\n%s\n", cfg.Path, imp.Summary(), reloadHint)
	return 0
}

func readOPML(path string) ([]configedit.Outline, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	outlines, err := configedit.ParseOPML(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return outlines, nil
}

func cmdOPMLExport(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs, configPath := newFlags("opml export", "Write the configured sources as an OPML subscription list, for feed readers and other\naggregators: each with the title its feed gave at the last poll (else the source's name) and\nits site's link when the feed gave one, read from the database or, while feedsieve serve holds\nit, asked of the daemon. User names and passwords in source URLs are left out. (GET /opml\nlists feedsieve's own topic feeds instead.)", stderr)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	cfg, ok := loadConfig(*configPath, stderr)
	if !ok {
		return 1
	}
	polled, err := polledSources(ctx, cfg)
	if err != nil {
		fmt.Fprintln(stderr, "feedsieve opml export: the feeds' titles and links are left out:", err)
	}
	outlines := make([]configedit.Outline, len(cfg.Aggregator.Sources))
	for i, s := range cfg.Aggregator.Sources {
		// An exported list is handed to other programs and people: no
		// credentials (user information, secret query parameters).
		outlines[i] = configedit.Outline{Title: s.Name, XMLURL: cfg.Aggregator.PublicURL(s)}
		if st, ok := polled[s.Name]; ok && st.URL == outlines[i].XMLURL { // api.Sources shows URLs without credentials
			outlines[i].Title = cmp.Or(oneLine(st.FeedTitle), s.Name)
			if config.IsHTTPURL(st.FeedLink) {
				outlines[i].HTMLURL = st.FeedLink // stored without credentials
			}
		}
	}
	if err := configedit.WriteOPML(stdout, "feedsieve sources", outlines); err != nil {
		fmt.Fprintln(stderr, "feedsieve opml export:", err)
		return 1
	}
	return 0
}

// polledSources returns what the last polls told of the sources, by name:
// from the database opened read-only or, while the daemon holds it, from
// the daemon. Without a database there is nothing to tell.
func polledSources(ctx context.Context, cfg *config.Config) (map[string]api.SourceStatus, error) {
	sources, err := api.NewReader(cfg).Sources(ctx)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			err = nil
		}
		return nil, err
	}
	polled := make(map[string]api.SourceStatus, len(sources))
	for _, s := range sources {
		polled[s.Name] = s
	}
	return polled, nil
}
