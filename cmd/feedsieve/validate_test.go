package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/feedsieve/feedsieve/internal/feedcheck"
)

// TestGoldenFeedsValidate runs the validators over the golden files of
// the feeds package, whose items carry the awkward cases: markup to
// sanitize, relative URLs, languages, an item without title or link.
func TestGoldenFeedsValidate(t *testing.T) {
	dir := filepath.Join("..", "..", "feeds", "testdata")
	for _, format := range []string{"atom", "rss"} {
		body, err := os.ReadFile(filepath.Join(dir, "nagorno-karabakh."+format+".golden"))
		if err != nil {
			t.Fatal(err)
		}
		if format == "atom" {
			feedcheck.Atom(t, body)
		}
		feedcheck.Feedparser(t, format, body, 3)
	}
}
