package aggregator

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"path/filepath"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/feeds"
	"github.com/feedsieve/feedsieve/storage"
)

// FuzzPipeline runs fetched bytes through everything after the fetch:
// parse, turn into entries, store (with dedup and topic filing), read the
// topic back and render it in every format. An input the parser rejects
// is fine; after that nothing may fail, the database must stay
// consistent, and every rendering must be well-formed. One database, in
// the test's own directory, serves every input of a process: opening
// bbolt for each would dominate the run.
func FuzzPipeline(f *testing.F) {
	for _, name := range []string{"rss2-en.xml", "rdf-de.xml", "atom-hy-ru.xml", "json-zh.json", "cp1251-ru.xml"} {
		f.Add(fixture(f, name))
	}
	f.Add([]byte(rssFeed(`<item><guid>` + string(bytes.Repeat([]byte("g"), 40000)) + `</guid><title>Karabakh</title></item>`)))
	f.Add([]byte(rssFeed(`<item><link>https://x.test/` + string(bytes.Repeat([]byte("l"), 40000)) + `</link><title>Karabakh</title></item>`)))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"1","title":"Karabakh","content_html":"<script>x</script>"}]}`))
	f.Add([]byte(sampleDayPage))
	f.Add([]byte(sameGUIDTwice))
	f.Add(append([]byte("\xff\xfe"), []byte("<\x00r\x00s\x00s\x00>\x00")...)) // UTF-16 LE
	m, err := NewMatcher([]Topic{{ID: "all"}, {ID: "nk", Any: []string{"Karabakh*", "Карабах*"}}})
	if err != nil {
		f.Fatal(err)
	}
	renderer := feeds.NewRenderer(feeds.NewSite("https://fuzz.test", "fuzz"))
	now := time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)
	store, err := storage.Open(storage.Options{Path: filepath.Join(f.TempDir(), "fuzz.db")})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { store.Close() })
	f.Fuzz(func(t *testing.T, body []byte) {
		feed, err := ParseFeed(body, "", 0)
		if err != nil {
			return
		}
		entries := toEntries(feed.Feed, "https://fuzz.test/feed.xml", now)
		if _, err := store.Apply(storage.Batch{Source: "fuzz", Entries: entries, Now: now}, m.Classify); err != nil {
			t.Fatalf("store %d parsed entries: %v", len(entries), err)
		}
		items, err := store.Newest("all", 50)
		if err != nil {
			t.Fatal(err)
		}
		for _, format := range feeds.Formats {
			out, err := renderer.Render(feeds.Topic{ID: "all", Title: "All", MaxItems: 50}, format, items)
			if err != nil {
				t.Fatalf("render %s: %v", format, err)
			}
			if format == "json" {
				if !json.Valid(out) {
					t.Fatalf("invalid JSON Feed:\n%s", out)
				}
			} else if err := wellFormed(out); err != nil {
				t.Fatalf("%s output is not well-formed XML: %v\n%s", format, err, out)
			}
		}
	})
	if err := store.Check(); err != nil {
		f.Fatal(err)
	}
}

// wellFormed reads an XML document to its end in strict mode.
func wellFormed(doc []byte) error {
	d := xml.NewDecoder(bytes.NewReader(doc))
	for {
		if _, err := d.Token(); err != nil {
			if err.Error() == "EOF" {
				return nil
			}
			return err
		}
	}
}
