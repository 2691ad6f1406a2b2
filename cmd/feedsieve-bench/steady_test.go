package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/feedsieve/feedsieve/internal/benchdata"
)

// TestSteadyHarness runs the steady-state comparison on a few feeds: each
// changed cycle must find exactly one new item per feed and no update,
// and each unchanged one nothing (steadyCycle checks both).
func TestSteadyHarness(t *testing.T) {
	var out bytes.Buffer
	if err := benchSteady(&out, ingestOptions{feeds: 8, items: 5, size: 200, topics: 2, keywords: 3, concurrency: 4}, 2, ""); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "median") {
		t.Errorf("no medians in:\n%s", out.String())
	}
}

// TestFeedWindow: the window one item later has one new item and keeps
// the others as they were.
func TestFeedWindow(t *testing.T) {
	for _, i := range []int{0, 3} { // RSS and Atom
		a, b := string(benchdata.FeedWindow(i, 5, 200, 0)), string(benchdata.FeedWindow(i, 5, 200, -1))
		if !strings.Contains(b, "/news/m-1") || strings.Contains(b, "/news/m4") || strings.Contains(a, "/news/m-1") {
			t.Errorf("feed %d: the windows do not shift by one item", i)
		}
		cut := func(s string) string { return s[strings.Index(s, "/news/m0"):strings.Index(s, "/news/m3")] }
		if cut(a) != cut(b) {
			t.Errorf("feed %d: the items both windows have differ", i)
		}
	}
}
