package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/internal/api"
	"github.com/feedsieve/feedsieve/internal/config"
)

// listFlag is a flag that may be repeated; each use adds one value.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ", ") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

func cmdExplain(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs, configPath := newFlags("explain", `Say why items are or are not in a topic, naming the keywords found and the fields they were found in,
and, in a topic that collapses stories, which story each item belongs to and why.
Without -item, explains the topic's newest items. While feedsieve serve holds the database, the daemon answers.`, stderr)
	topic := fs.String("topic", "", "topic id (required)")
	var items listFlag
	fs.Var(&items, "item", "item id or link to explain; repeat for several")
	with := fs.String("with", "", "in a topic that collapses stories, compare each item with this one (id or link): one story or not, and why")
	n := fs.Int("n", api.DefaultExplainItems, "without -item, how many of the topic's newest items to explain")
	asJSON := fs.Bool("json", false, "print JSON, as GET /api/topics/{topic}/explain returns it")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	switch {
	case *topic == "":
		fmt.Fprintln(stderr, "feedsieve explain: -topic is required")
		return 2
	case *n < 1 || *n > api.MaxListedItems:
		fmt.Fprintf(stderr, "feedsieve explain: -n must be from 1 to %d\n", api.MaxListedItems)
		return 2
	}
	cfg, ok := loadConfig(*configPath, stderr)
	if !ok {
		return 1
	}
	res, err := api.NewReader(cfg).Explain(ctx, *topic, items, *n, *with)
	if err != nil {
		fmt.Fprintln(stderr, "feedsieve explain:", err)
		return 1
	}
	if *asJSON {
		return writeJSON(stdout, stderr, res)
	}
	fmt.Fprintf(stdout, "topic %s: %s\n", res.Topic, count(len(res.Items), "item"))
	for _, e := range res.Items {
		writeExplanation(stdout, "", e)
		if e.Stored != e.Matched {
			fmt.Fprintf(stdout, "    filed under the topic now: %s (filed under other rules; the config's rules apply at the next start)\n", yesNo(e.Stored))
		}
	}
	return 0
}

func cmdTestTopic(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs, configPath := newFlags("test-topic", `Dry run: evaluate a topic's rules against every stored item and list what the topic would hold and why, changing nothing.
The rules are the config's for -topic; -any, -all, -none, -source and -field replace the corresponding list (each may be repeated).
Without -topic, they make up a new topic. For a configured topic, + marks items it would gain and - items it would lose.`, stderr)
	topic := fs.String("topic", "", "topic id from the config")
	var anyKw, allKw, noneKw, sources, fields listFlag
	fs.Var(&anyKw, "any", "keyword of which one must match (repeatable)")
	fs.Var(&allKw, "all", "keyword that must match (repeatable)")
	fs.Var(&noneKw, "none", "keyword that must not match (repeatable)")
	fs.Var(&sources, "source", "source whose items the topic takes (repeatable; default: every source)")
	fs.Var(&fields, "field", "field to search: title, summary, content, article, categories, author or link (repeatable; default: the first five)")
	limit := fs.Int("limit", api.DefaultDryRunItems, "list at most this many items")
	asJSON := fs.Bool("json", false, "print JSON, as POST /api/test-topic returns it")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if *limit < 1 || *limit > api.MaxListedItems {
		fmt.Fprintf(stderr, "feedsieve test-topic: -limit must be from 1 to %d\n", api.MaxListedItems)
		return 2
	}
	cfg, ok := loadConfig(*configPath, stderr)
	if !ok {
		return 1
	}
	rules := aggregator.Topic{ID: *topic}
	if i := slices.IndexFunc(cfg.Aggregator.Topics, func(t aggregator.Topic) bool { return t.ID == *topic }); i >= 0 {
		rules = cfg.Aggregator.Topics[i]
	}
	inline := map[string]*[]string{"any": &rules.Any, "all": &rules.All, "none": &rules.None, "source": &rules.Sources, "field": &rules.Fields}
	given := map[string][]string{"any": anyKw, "all": allKw, "none": noneKw, "source": sources, "field": fields}
	set := 0
	fs.Visit(func(f *flag.Flag) {
		if dst, ok := inline[f.Name]; ok {
			*dst = given[f.Name]
			set++
		}
	})
	if err := checkDryRunRules(cfg, rules, set); err != nil {
		fmt.Fprintln(stderr, "feedsieve test-topic:", err)
		return 2
	}
	res, err := api.NewReader(cfg).DryRun(ctx, rules, *limit)
	if err != nil {
		fmt.Fprintln(stderr, "feedsieve test-topic:", err)
		return 1
	}
	if *asJSON {
		return writeJSON(stdout, stderr, res)
	}
	writeDryRun(stdout, res)
	return 0
}

// checkDryRunRules rejects rules that cannot be evaluated, and what would
// silently evaluate to nothing: an unknown topic without rules of its own,
// or an unknown source.
func checkDryRunRules(cfg *config.Config, rules aggregator.Topic, inline int) error {
	known := slices.ContainsFunc(cfg.Aggregator.Topics, func(t aggregator.Topic) bool { return t.ID == rules.ID })
	switch {
	case rules.ID == "" && inline == 0:
		return errors.New("give -topic, or rules with -any, -all, -none or -source")
	case rules.ID != "" && !known && inline == 0:
		return fmt.Errorf("unknown topic %q in %s; give rules with -any, -all, -none or -source to try a new one", rules.ID, cfg.Path)
	}
	for _, s := range rules.Sources {
		if !slices.ContainsFunc(cfg.Aggregator.Sources, func(src aggregator.Source) bool { return src.Name == s }) {
			return fmt.Errorf("unknown source %q in %s", s, cfg.Path)
		}
	}
	for _, f := range rules.Fields {
		if err := aggregator.CheckField(f); err != nil {
			return err
		}
	}
	for _, kws := range [][]string{rules.Any, rules.All, rules.None} {
		for _, kw := range kws {
			if err := aggregator.CheckKeyword(kw); err != nil {
				return err
			}
		}
	}
	return nil
}

func writeJSON(stdout, stderr io.Writer, v any) int {
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		fmt.Fprintln(stderr, "feedsieve:", err)
		return 1
	}
	return 0
}

func writeDryRun(w io.Writer, res aggregator.DryRun) {
	fmt.Fprintf(w, "topic %s would hold %d of %d stored items", res.Rules.ID, res.Holds, res.Scanned)
	if res.Compared {
		fmt.Fprintf(w, ": %d added, %d removed", res.Added, res.Removed)
	}
	fmt.Fprintln(w)
	for _, e := range res.Items {
		mark := " "
		switch {
		case res.Compared && e.Matched && !e.Stored:
			mark = "+"
		case res.Compared && !e.Matched:
			mark = "-"
		}
		writeExplanation(w, mark, e)
	}
	if res.More > 0 {
		fmt.Fprintf(w, "… and %d more (raise -limit to list them)\n", res.More)
	}
}

// writeExplanation prints one item: a line naming it, where to find it,
// the deciding rule, and the keywords found, also as matching compared
// them: folded, in the folded text around the place found.
func writeExplanation(w io.Writer, mark string, e aggregator.ItemExplanation) {
	title := e.Item.Title
	if title == "" {
		title = "(untitled)"
	}
	fmt.Fprintf(w, "%-1s %s  %s\n", mark, e.Item.Published.UTC().Format("2006-01-02 15:04"), title)
	fmt.Fprintf(w, "    id %s  from %s  %s\n", e.Item.ID, api.FromText(e.Item.Sources, e.Item.Origin), e.Item.Link)
	verdict := "not in topic"
	if e.Matched {
		verdict = "in topic"
	}
	fmt.Fprintf(w, "    %s: %s\n", verdict, e.Reason)
	var found, folded []string
	for _, k := range e.Keywords {
		if len(k.Fields) > 0 {
			found = append(found, fmt.Sprintf("%s %q in %s", k.Rule, k.Keyword, strings.Join(k.Fields, ", ")))
			folded = append(folded, fmt.Sprintf("%s %q in %q", k.Rule, k.Folded, k.Window))
		}
	}
	if len(found) > 0 {
		fmt.Fprintf(w, "    found: %s\n", strings.Join(found, "; "))
		fmt.Fprintf(w, "    folded: %s\n", strings.Join(folded, "; "))
	}
	writeStory(w, e.Item.ID, e.Story)
}

// writeStory prints the story of an item in a topic that collapses
// stories: the first item of a story stands for it, unless a preferred
// source's copy leads it; a copy names the first item and the copy it
// was found alike, with why.
func writeStory(w io.Writer, id string, s *aggregator.StoryExplanation) {
	if s == nil {
		return
	}
	stands := ", which stands for it in the feed"
	if s.Lead != nil || s.Waits {
		stands = ""
	}
	switch {
	case s.First.ID == "": // compared with another item (-with) only
	case s.First.ID == id && s.Waits:
		fmt.Fprintln(w, "    story: its own; the item is its first")
	case s.First.ID == id && s.Lead == nil:
		fmt.Fprintln(w, "    story: its own; the item stands for it in the feed")
	case s.First.ID == id:
		fmt.Fprintln(w, "    story: its own; the item is its first")
	case s.First.Title != "":
		fmt.Fprintf(w, "    story: the story of %s %q%s\n", s.First.ID, s.First.Title, stands)
	default:
		fmt.Fprintf(w, "    story: the story of %s, which is no longer stored\n", s.First.ID)
	}
	why := "the first copy from a preferred source"
	switch {
	case s.Settled:
		why = "the earliest published copy when the story settled"
	case s.Waited:
		why = "no preferred source's copy came within the wait"
	}
	switch {
	case s.Waits:
		fmt.Fprintln(w, "    waits for its lead (prefer, settle): not in the feed yet")
	case s.Lead == nil:
	case s.Lead.ID == id:
		fmt.Fprintf(w, "    leads it: %s, the item stands for it in the feed\n", why)
	default:
		fmt.Fprintf(w, "    led by %s %q from %s, %s, which stands for it in the feed\n", s.Lead.ID, s.Lead.Title, strings.Join(s.Lead.Sources, ", "), why)
	}
	if s.With != nil {
		verb := "grouped with"
		if !s.Verdict.Same {
			verb = "not one story with"
		}
		fmt.Fprintf(w, "    %s %s %q from %s: %s\n", verb, s.With.ID, s.With.Title, strings.Join(s.With.Sources, ", "), s.Verdict.Reason)
	}
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}
