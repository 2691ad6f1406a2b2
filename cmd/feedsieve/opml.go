package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/feedsieve/feedsieve/internal/configedit"
)

func cmdOPML(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	switch {
	case len(args) > 0 && args[0] == "import":
		return cmdOPMLImport(args[1:], stdout, stderr)
	case len(args) > 0 && args[0] == "export":
		return cmdOPMLExport(args[1:], stdout, stderr)
	}
	fmt.Fprintln(stderr, "Usage: feedsieve opml import [-config FILE] [-dry-run] FILE\n       feedsieve opml export [-config FILE]")
	return 2
}

func cmdOPMLImport(args []string, stdout, stderr io.Writer) int {
	fs, configPath := newFlags("opml import", "Add the feeds of an OPML subscription list (as feed readers export it) to the config file as\nsources, keeping its comments and layout. Feeds already configured (same URL) are skipped; names\nare made from the feed titles. The result is checked before it is written.", stderr, "FILE")
	dryRun := fs.Bool("dry-run", false, "only print what would be added")
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
	known := newSourceSet(cfg)
	var add []configedit.Source
	var report strings.Builder // printed after the progress line is gone
	for i, o := range outlines {
		progress.show("importing: %d of %d feeds", i+1, len(outlines))
		src := configedit.Source{Name: known.nameFor(o.Title, o.XMLURL), URL: o.XMLURL}
		if err := known.admit(src); err != nil {
			fmt.Fprintf(&report, "skip %q: %v\n", o.Title, err)
			continue
		}
		fmt.Fprintf(&report, "add  %s: %s\n", src.Name, src.URL)
		add = append(add, src)
	}
	progress.clear()
	io.WriteString(stdout, report.String())
	switch {
	case len(add) == 0:
		fmt.Fprintf(stdout, "%s: nothing to add (%s in %s)\n", cfg.Path, count(len(outlines), "feed"), fs.Arg(0))
		return 0
	case *dryRun:
		fmt.Fprintf(stdout, "dry run: %d of %s would be added to %s\n", len(add), count(len(outlines), "feed"), cfg.Path)
		return 0
	}
	if err := addSources(cfg.Path, add); err != nil {
		fmt.Fprintln(stderr, "feedsieve opml import:", err)
		return 1
	}
	fmt.Fprintf(stdout, "%s: added %d of %s\n%s\n", cfg.Path, len(add), count(len(outlines), "feed"), reloadHint)
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

func cmdOPMLExport(args []string, stdout, stderr io.Writer) int {
	fs, configPath := newFlags("opml export", "Write the configured sources as an OPML subscription list, for feed readers and other\naggregators. (GET /opml lists feedsieve's own topic feeds instead.)", stderr)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	cfg, ok := loadConfig(*configPath, stderr)
	if !ok {
		return 1
	}
	outlines := make([]configedit.Outline, len(cfg.Aggregator.Sources))
	for i, s := range cfg.Aggregator.Sources {
		outlines[i] = configedit.Outline{Title: s.Name, XMLURL: s.URL}
	}
	if err := configedit.WriteOPML(stdout, "feedsieve sources", outlines); err != nil {
		fmt.Fprintln(stderr, "feedsieve opml export:", err)
		return 1
	}
	return 0
}
