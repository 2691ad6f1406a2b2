package aggregator

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// checkSkipLinesUp parses a document whole, then again skipping every
// other item it told, and checks that the items parsed the second time
// are those of the first at the places not skipped, as stored; or, when
// the second parse could not tell the items apart, that it parsed them
// all. It reports whether any item was skipped.
func checkSkipLinesUp(t *testing.T, doc []byte) bool {
	t.Helper()
	full, err := parseFeed(doc, "", 0, map[uint64]uint64{})
	if err != nil || full.raw == nil {
		return false
	}
	skip := map[uint64]uint64{}
	for i, it := range full.raw {
		if i%2 == 0 && it.hash != 0 {
			skip[it.hash] = 1
		}
	}
	part, err := parseFeed(doc, "", 0, skip)
	if err != nil {
		t.Fatalf("skipping: %v (whole: no error)", err)
	}
	want, got := itemsJSON(t, full), itemsJSON(t, part)
	if part.raw == nil {
		if len(got) != len(want) {
			t.Fatalf("fell back to %d items of %d", len(got), len(want))
		}
		return false
	}
	var kept []string
	for i, it := range full.raw {
		if _, ok := skip[it.hash]; !ok || it.hash == 0 {
			kept = append(kept, want[i])
		}
	}
	if strings.Join(kept, "\n") != strings.Join(got, "\n") {
		t.Fatalf("items parsed when skipping:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(kept, "\n"))
	}
	return len(kept) < len(want)
}

func itemsJSON(t *testing.T, p *ParsedFeed) []string {
	t.Helper()
	var out []string
	for _, e := range toEntries(p.Feed, "https://example.com/feed/", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)) {
		b, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

// TestSkipZoo checks skipping on every XML document of the zoo.
func TestSkipZoo(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "zoo", "*.xml"))
	if err != nil || len(files) == 0 {
		t.Fatal(files, err)
	}
	skipped := 0
	for _, name := range files {
		doc, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(filepath.Base(name), func(t *testing.T) {
			if checkSkipLinesUp(t, doc) {
				skipped++
			}
		})
	}
	t.Logf("items skipped in %d documents of %d", skipped, len(files))
	if skipped < len(files)/3 {
		t.Errorf("items skipped in %d documents of %d", skipped, len(files))
	}
}

func FuzzSkipItems(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "zoo", "*.xml"))
	for _, name := range files[:min(len(files), 40)] {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		checkSkipLinesUp(t, doc)
	})
}
