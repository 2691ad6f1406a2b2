package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/feedsieve/feedsieve/internal/feedcheck"
)

// TestGoldenFeedsValidate runs the validators over the golden files of
// the feeds package, whose items carry the awkward cases: markup to
// sanitize, relative URLs, languages, an item without title or link, and
// media: feedparser must find the first item's safe enclosures (all
// three in Atom, the audio one in RSS) and its thumbnail; and the
// stylesheet instruction for browsers (feed.xsl), which costs no reader
// a warning.
func TestGoldenFeedsValidate(t *testing.T) {
	const media = "https://news.example/en/1/"
	wantEnclosures := map[string][]string{
		"atom": {media + "photo.jpg", media + "report.mp3", media + "data.bin"},
		"rss":  {media + "report.mp3"},
	}
	dir := filepath.Join("..", "..", "feeds", "testdata")
	for _, format := range []string{"atom", "rss"} {
		body, err := os.ReadFile(filepath.Join(dir, "nagorno-karabakh."+format+".golden"))
		if err != nil {
			t.Fatal(err)
		}
		if format == "atom" {
			feedcheck.Atom(t, body)
		}
		feedcheck.Readers(t, body, 3)
		entries := feedcheck.Feedparser(t, format, body, 3)
		if len(entries) == 0 {
			continue // feedparser is missing, and its checks skipped
		}
		if got := entries[0].Enclosures; !slices.Equal(got, wantEnclosures[format]) {
			t.Errorf("%s: feedparser reads the enclosures %q, want %q", format, got, wantEnclosures[format])
		}
		if got := entries[0].Thumbnails; !slices.Equal(got, []string{media + "thumb.jpg"}) {
			t.Errorf("%s: feedparser reads the thumbnails %q", format, got)
		}
	}
}
