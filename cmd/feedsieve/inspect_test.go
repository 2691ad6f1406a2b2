package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/feedsieve/feedsieve/aggregator"
)

// TestInspectUsageErrors checks that explain and test-topic reject bad
// flags with exit code 2 and a message naming the problem, before
// touching the database.
func TestInspectUsageErrors(t *testing.T) {
	cfg := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(cfg, []byte(`sources:
  - {name: "en", url: "http://127.0.0.1:1/feed"}
topics:
  - {id: "nk", any: ["Karabakh*"]}
`), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"explain without topic", []string{"explain"}, "feedsieve explain: -topic is required\n"},
		{"explain bad n", []string{"explain", "-topic", "nk", "-n", "0"}, "feedsieve explain: -n must be from 1 to 10000\n"},
		{"test-topic without rules", []string{"test-topic"}, "feedsieve test-topic: give -topic, or rules with -any, -all, -none or -source\n"},
		{"test-topic unknown topic", []string{"test-topic", "-topic", "zz"},
			`feedsieve test-topic: unknown topic "zz" in ` + cfg + "; give rules with -any, -all, -none or -source to try a new one\n"},
		{"test-topic unknown source", []string{"test-topic", "-topic", "nk", "-source", "de"}, `feedsieve test-topic: unknown source "de" in ` + cfg + "\n"},
		{"test-topic unknown field", []string{"test-topic", "-any", "x", "-field", "body"},
			`feedsieve test-topic: unknown field "body": use title, summary, content, article, categories, author or link` + "\n"},
		{"test-topic empty keyword", []string{"test-topic", "-topic", "nk", "-none", "--"}, `feedsieve test-topic: keyword "--" has no letters or digits` + "\n"},
		{"test-topic bad limit", []string{"test-topic", "-topic", "nk", "-limit", "0"}, "feedsieve test-topic: -limit must be from 1 to 10000\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), append(tt.args, "-config", cfg), &stdout, &stderr)
			if code != 2 || stderr.String() != tt.want || stdout.Len() != 0 {
				t.Errorf("exit %d, stderr %q, stdout %q\nwant exit 2, stderr %q", code, stderr.String(), stdout.String(), tt.want)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(cfg), "data")); !os.IsNotExist(err) {
		t.Errorf("a rejected command created the database directory: %v", err)
	}
}

// TestWriteStory: explain's story lines name the item that stands for a
// story in the feed: the first item, or a preferred source's copy that
// leads it.
func TestWriteStory(t *testing.T) {
	first := aggregator.ItemRef{ID: "f1", Title: "Offensive (BBC)", Sources: []string{"bbc"}}
	lead := aggregator.ItemRef{ID: "l2", Title: "Offensive (AFP)", Sources: []string{"afp"}}
	with := &aggregator.StoryVerdict{Same: true, Reason: "title and summary 0.80 similar (at least 0.35)"}
	for _, tt := range []struct {
		name, id string
		s        *aggregator.StoryExplanation
		want     string
	}{
		{"first", "f1", &aggregator.StoryExplanation{First: first}, "    story: its own; the item stands for it in the feed\n"},
		{"copy", "c3", &aggregator.StoryExplanation{First: first, With: &first, Verdict: with},
			"    story: the story of f1 \"Offensive (BBC)\", which stands for it in the feed\n" +
				"    grouped with f1 \"Offensive (BBC)\" from bbc: title and summary 0.80 similar (at least 0.35)\n"},
		{"first of a led story", "f1", &aggregator.StoryExplanation{First: first, Lead: &lead},
			"    story: its own; the item is its first\n" +
				"    led by l2 \"Offensive (AFP)\" from afp, the first copy from a preferred source, which stands for it in the feed\n"},
		{"the lead", "l2", &aggregator.StoryExplanation{First: first, Lead: &lead, With: &first, Verdict: with},
			"    story: the story of f1 \"Offensive (BBC)\"\n" +
				"    leads it: the first copy from a preferred source, the item stands for it in the feed\n" +
				"    grouped with f1 \"Offensive (BBC)\" from bbc: title and summary 0.80 similar (at least 0.35)\n"},
	} {
		var b strings.Builder
		writeStory(&b, tt.id, tt.s)
		if b.String() != tt.want {
			t.Errorf("%s:\n%s\nwant\n%s", tt.name, b.String(), tt.want)
		}
	}
}
