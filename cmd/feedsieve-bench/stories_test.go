package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestStoriesHarness runs the story grouping comparison at a small scale:
// both sides poll every item, and the side grouping stories files the
// farm's copies of wire reports into stories.
func TestStoriesHarness(t *testing.T) {
	o := defaultStories
	o.feeds, o.items, o.stored, o.days, o.concurrency = 10, 40, 600, 5, 4
	var out bytes.Buffer
	if err := benchStories(&out, o, 1, [2]*profile{}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 7 || !strings.HasPrefix(lines[6], "median") {
		t.Fatalf("output:\n%s", out.String())
	}
	// 10 feeds × 2 copies each (items 13 and 33), in groups of 5 outlets:
	// 4 of 5 join a story when the report falls into a topic.
	fields := strings.Fields(lines[5])
	if len(fields) != 9 {
		t.Fatalf("round line has %d fields, want 9 (round, times, ratios, load, copies, the collector's times):\n%s", len(fields), out.String())
	}
	if copies := fields[6]; copies == "0" {
		t.Errorf("no copy was filed into a story:\n%s", out.String())
	}
}
