package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/feedsieve/feedsieve/internal/api"
	"github.com/feedsieve/feedsieve/internal/config"
	"github.com/feedsieve/feedsieve/internal/configedit"
)

func cmdOPML(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	switch {
	case len(args) > 0 && args[0] == "import":
		return cmdOPMLImport(args[1:], stdout, stderr)
	case len(args) > 0 && args[0] == "export":
		return cmdOPMLExport(ctx, args[1:], stdout, stderr)
	}
	fmt.Fprintln(stderr, "Usage: feedsieve opml import [-config FILE] [-dry-run] [-topics] FILE\n       feedsieve opml export [-config FILE]")
	return 2
}

func cmdOPMLImport(args []string, stdout, stderr io.Writer) int {
	fs, configPath := newFlags("opml import", "Add the feeds of an OPML subscription list (as feed readers export it) to the config file as\nsources, keeping its comments and layout. Feeds already configured (same URL) are skipped; names\nare made from the feed titles, transliterated to a-z, 0-9 and dashes; feed://host/path is polled\nas http://host/path. With -topics, each folder that gets new feeds also becomes a topic, titled\nwith the folder's path (News / World), that takes every item of the folder's feeds. The result\nis checked before it is written.", stderr, "FILE")
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
	imp := planImport(cfg, outlines, newProgressLine(stderr), *withTopics)
	io.WriteString(stdout, imp.report.String())
	switch {
	case len(imp.sources) == 0:
		fmt.Fprintf(stdout, "%s: nothing to add (%s in %s)\n", cfg.Path, count(len(outlines), "feed"), fs.Arg(0))
		return 0
	case *dryRun:
		fmt.Fprintf(stdout, "dry run: %s would be added to %s\n", imp.summary(), cfg.Path)
		return 0
	}
	err = editConfig(cfg.Path, func(raw []byte) ([]byte, error) {
		edited, err := configedit.AddSources(raw, imp.sources)
		if err != nil {
			return nil, err
		}
		return configedit.AddTopics(edited, imp.topics)
	})
	if err != nil {
		fmt.Fprintln(stderr, "feedsieve opml import:", err)
		return 1
	}
	fmt.Fprintf(stdout, "%s: added %s\n%s\n", cfg.Path, imp.summary(), reloadHint)
	return 0
}

// opmlImport is what opml import adds to the config.
type opmlImport struct {
	feeds   int
	sources []configedit.Source
	topics  []configedit.Topic
	report  strings.Builder // printed after the progress line is gone
}

// planImport names the outlines' feeds and admits those not configured
// yet; with topics, it also makes the folders' topics (folderTopics).
func planImport(cfg *config.Config, outlines []configedit.Outline, progress *progressLine, topics bool) *opmlImport {
	imp := &opmlImport{feeds: len(outlines)}
	known := configedit.NewSourceSet(cfg.Aggregator.Sources)
	added := map[string]bool{}
	for i, o := range outlines {
		progress.show("importing: %d of %d feeds", i+1, len(outlines))
		src := configedit.Source{Name: known.NameFor(o.Title, o.XMLURL), URL: o.XMLURL}
		if err := known.Admit(src); err != nil {
			fmt.Fprintf(&imp.report, "skip %q: %v\n", o.Title, err)
			continue
		}
		fmt.Fprintf(&imp.report, "add  %s: %s%s\n", src.Name, src.URL, inFolder(o.Folder))
		imp.sources = append(imp.sources, src)
		added[src.Name] = true
	}
	progress.clear()
	folders := configedit.FolderTopics(outlines, known, added, cfg.TopicIDs())
	if !topics {
		var names []string
		for _, t := range folders {
			names = append(names, strconv.Quote(t.Title))
		}
		if len(names) > 0 {
			fmt.Fprintf(&imp.report, "folders not made topics (see -topics): %s\n", strings.Join(names, ", "))
		}
		return imp
	}
	for _, t := range folders {
		fmt.Fprintf(&imp.report, "topic %s (%q): %s\n", t.ID, t.Title, strings.Join(t.Sources, ", "))
	}
	imp.topics = folders
	return imp
}

// inFolder tells which folder a feed is listed in.
func inFolder(folder string) string {
	if folder == "" {
		return ""
	}
	return fmt.Sprintf(" (folder %q)", folder)
}

// summary says how much is added: "3 of 4 feeds and 1 topic".
func (imp *opmlImport) summary() string {
	s := fmt.Sprintf("%d of %s", len(imp.sources), count(imp.feeds, "feed"))
	if len(imp.topics) > 0 {
		s += " and " + count(len(imp.topics), "topic")
	}
	return s
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
