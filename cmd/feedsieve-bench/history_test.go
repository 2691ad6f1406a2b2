package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

// TestHistoryHarness runs every step of the history harness on a small
// database and checks what each step did, not only that it ran: every
// item stored, every feed rendered full, every newest query answered with
// 50 items, the oldest tenth pruned, and the new topic backfilled.
func TestHistoryHarness(t *testing.T) {
	o := historyOptions{items: 3000, sources: 10, size: 1500, topics: 20, keywords: 30, queries: 100, writers: 4}
	var out bytes.Buffer
	r, err := runHistory(&out, filepath.Join(t.TempDir(), "history.db"), o)
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	checks := []struct {
		name      string
		got, want int
	}{
		{"items stored", r.stored, o.items},
		{"fewest entries in a rendered feed", r.feedEntries, newestN},
		{"fewest items a newest query returned", r.newestLen, newestN},
		{"items pruned", r.pruned, o.items / 10},
		{"items left after the prune", r.afterPrune, o.items - o.items/10},
		{"items re-filed into the new topic", r.refiled, r.newTopic},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: %d, want %d", c.name, c.got, c.want)
		}
	}
	// Two articles in three are about one of 12 subjects, and the new
	// topic takes in three or four of them: about a quarter of the items.
	if r.newTopic < r.afterPrune/20 || r.newTopic > r.afterPrune/2 {
		t.Errorf("the new topic got %d of %d items: its keywords do not match as they should", r.newTopic, r.afterPrune)
	}
	if r.fileSize/int64(r.stored) < int64(o.size) {
		t.Errorf("%d bytes per item: less than the content alone", r.fileSize/int64(r.stored))
	}
	for _, want := range []string{"1. build", "2. memory", "3. open", "4. newest", "5. retention", "6. topic backfill", "summary", "p99 < 5 ms"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the output lacks %q:\n%s", want, out.String())
		}
	}
}

// TestHistoryFlags checks that options the harness cannot run with are
// refused before anything is built.
func TestHistoryFlags(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"too few items to prune a tenth", []string{"-items", "99", "-sources", "10"}, "want at least 10 per source"},
		{"no sources", []string{"-sources", "0"}, "must be positive"},
		{"no queries", []string{"-queries", "0"}, "must be positive"},
		{"unknown flag", []string{"-nope"}, "flag provided but not defined"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(append([]string{"history"}, tt.args...), &stdout, &stderr); code != 2 {
				t.Errorf("exit code %d, want 2", code)
			}
			if !strings.Contains(stderr.String(), tt.want) {
				t.Errorf("stderr %q lacks %q", stderr.String(), tt.want)
			}
			if stdout.Len() > 0 {
				t.Errorf("printed %q before refusing", stdout.String())
			}
		})
	}
}

// TestHistoryKeep checks -dir and -keep: the database is left where asked,
// and without -keep removed from a directory the caller gave.
func TestHistoryKeep(t *testing.T) {
	for _, keep := range []bool{true, false} {
		dir := t.TempDir()
		args := []string{"history", "-items", "100", "-sources", "5", "-queries", "5", "-dir", dir}
		if keep {
			args = append(args, "-keep")
		}
		var stdout, stderr bytes.Buffer
		if code := run(args, &stdout, &stderr); code != 0 {
			t.Fatalf("keep=%v: exit code %d: %s", keep, code, stderr.String())
		}
		matches, _ := filepath.Glob(filepath.Join(dir, "*"))
		if kept := len(matches) == 1 && filepath.Base(matches[0]) == "history.db"; kept != keep {
			t.Errorf("keep=%v: the directory holds %v", keep, matches)
		}
	}
}
