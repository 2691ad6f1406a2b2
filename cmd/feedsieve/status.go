package main

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/feedsieve/feedsieve/internal/api"
	"github.com/feedsieve/feedsieve/internal/config"
)

func cmdStatus(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs, configPath := newFlags("status", "Show every source's health: status, last success, failures in a row, next poll and the URL\nto use instead when the feed moved. Asks the running feedsieve when it holds the database.", stderr)
	asJSON := fs.Bool("json", false, "print JSON, as GET /api/sources answers")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	var resp api.SourcesResponse
	cfg, ok := loadConfig(*configPath, stderr)
	if !ok {
		// The file is invalid; a daemon running an earlier version of it
		// can still tell how its sources are.
		err := api.NewSocketClient(config.SocketOf(*configPath), probeTimeout).JSON(ctx, "GET", "/api/sources", nil, &resp)
		if err == nil {
			printSources(stdout, stderr, resp, *asJSON)
			if cs, running := runningConfig(ctx, *configPath); running {
				warnRejected(stderr, cs)
			}
		}
		return 1
	}
	var err error
	resp.Sources, err = api.NewReader(cfg).Sources(ctx)
	if err != nil {
		fmt.Fprintln(stderr, "feedsieve status:", err)
		return 1
	}
	if code := printSources(stdout, stderr, resp, *asJSON); code != 0 {
		return code
	}
	if cs, running := runningConfig(ctx, *configPath); running {
		warnRejected(stderr, cs)
	}
	return 0
}

// printSources prints the sources as JSON or as a table.
func printSources(stdout, stderr io.Writer, resp api.SourcesResponse, asJSON bool) int {
	if asJSON {
		return writeJSON(stdout, stderr, resp)
	}
	printStatus(stdout, resp.Sources, time.Now())
	return 0
}

// printStatus writes the sources as a table, then their errors.
func printStatus(w io.Writer, sources []api.SourceStatus, now time.Time) {
	var tw table
	tw.add("SOURCE", "STATUS", "LAST SUCCESS", "FAILURES", "NEXT POLL", "SUGGESTED URL")
	for _, s := range sources {
		status := s.Status
		if s.HTTPStatus != 0 {
			status += " (" + strconv.Itoa(s.HTTPStatus) + ")"
		}
		next := relTime(s.NextPoll, now)
		if s.Status == "gone" {
			next = "never"
		}
		tw.add(s.Name, status, relTime(s.LastSuccess, now), strconv.Itoa(s.Failures), next, orDash(s.SuggestedURL))
	}
	tw.write(w)
	sep := "\n"
	for _, s := range sources {
		if s.Error != "" {
			fmt.Fprintf(w, "%s%s: %s\n", sep, s.Name, s.Error)
			sep = ""
		}
		if s.Expired > 0 || s.OverQuota > 0 || s.Dropped > 0 {
			fmt.Fprintf(w, "%s%s: the last poll did not store %d items older than storage.retention, %d over storage.source_quota and %d past poll.max_items_per_feed\n",
				sep, s.Name, s.Expired, s.OverQuota, s.Dropped)
			sep = ""
		}
		if s.ArticleFailures > 0 {
			fmt.Fprintf(w, "%s%s: %d of the last poll's %d article pages failed (full_text); those items have their feed text\n",
				sep, s.Name, s.ArticleFailures, s.ArticleFailures+s.ArticlesFetched)
			sep = ""
		}
	}
}

// relTime says when t is from now: "3m ago", "in 12m", or "-".
func relTime(t *time.Time, now time.Time) string {
	if t == nil {
		return "-"
	}
	d := t.Sub(now)
	switch {
	case d > -time.Second && d < time.Second:
		return "now"
	case d < 0:
		return shortDuration(-d) + " ago"
	}
	return "in " + shortDuration(d)
}

// shortDuration rounds d to its largest unit: 45s, 12m, 5h, 3d.
func shortDuration(d time.Duration) string {
	switch {
	case d < time.Minute:
		return fmt.Sprintf("%ds", int(d/time.Second))
	case d < time.Hour:
		return fmt.Sprintf("%dm", int(d/time.Minute))
	case d < 48*time.Hour:
		return fmt.Sprintf("%dh", int(d/time.Hour))
	}
	return fmt.Sprintf("%dd", int(d/(24*time.Hour)))
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func cmdItems(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs, configPath := newFlags("items", "List stored items, newest first. Asks the running feedsieve when it holds the database.", stderr)
	var f api.ItemFilter
	fs.StringVar(&f.Topic, "topic", "", "only items in this topic")
	fs.StringVar(&f.Source, "source", "", "only items from this source")
	fs.StringVar(&f.Query, "q", "", "only items with these words in the title or summary (folded: case, accents and dashes do not matter)")
	fs.IntVar(&f.Limit, "n", 20, fmt.Sprintf("at most this many items (1 to %d)", api.MaxListedItems))
	asJSON := fs.Bool("json", false, "print JSON, as GET /api/items answers")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if f.Limit < 1 || f.Limit > api.MaxListedItems {
		fmt.Fprintf(stderr, "feedsieve items: -n %d: want 1 to %d\n", f.Limit, api.MaxListedItems)
		return 2
	}
	cfg, ok := loadConfig(*configPath, stderr)
	if !ok {
		return 1
	}
	var resp api.ItemsResponse
	var err error
	resp.Items, err = api.NewReader(cfg).Items(ctx, f)
	if err != nil {
		fmt.Fprintln(stderr, "feedsieve items:", err)
		return 1
	}
	if *asJSON {
		return writeJSON(stdout, stderr, resp)
	}
	printItems(stdout, resp.Items)
	return 0
}

// printItems writes one line per item: when, where from, which topics,
// the title, and the link.
func printItems(w io.Writer, items []api.ItemSummary) {
	var tw table
	tw.add("PUBLISHED", "SOURCE", "TOPICS", "TITLE", "LINK")
	for _, it := range items {
		tw.add(it.Published.UTC().Format("2006-01-02 15:04"), it.From(),
			orDash(strings.Join(it.Topics, ",")), clip(oneLine(it.Title), 72), orDash(it.Link))
	}
	tw.write(w)
}

// oneLine folds a title's line breaks and tabs into spaces, which would
// break the table.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
