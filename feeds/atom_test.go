package feeds

import (
	"bytes"
	"encoding/xml"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

var update = flag.Bool("update", false, "rewrite golden files")

func testItems() []*storage.Item {
	pub := time.Date(2023, 9, 19, 10, 0, 0, 0, time.UTC)
	return []*storage.Item{
		{
			ID: "00112233445566778899aabbccddeeff", Link: "https://news.example/en/1",
			Title: "Offensive in Nagorno-Karabakh & talks <maybe>", Summary: "<p>Shelling near <b>Stepanakert</b>.</p>",
			Categories: []string{"Caucasus", "Armenia & Azerbaijan"}, Authors: []storage.Person{{Name: "Anna Reporter"}},
			Feed:      storage.FeedInfo{Title: "World Desk", Link: "https://news.example/en/", ID: "https://news.example/en/feed.xml"},
			Published: pub, Updated: pub.Add(time.Hour),
		},
		{
			ID: "ffeeddccbbaa99887766554433221100", Title: "Լեռնային Ղարաբաղ",
			Content: "<p>Բովանդակություն</p>", Published: pub.Add(-time.Hour), Updated: pub.Add(-time.Hour),
		},
		{ID: "0f0e0d0c0b0a09080706050403020100", Published: pub.Add(-2 * time.Hour), Updated: pub.Add(-2 * time.Hour)},
	}
}

func TestRenderAtomGolden(t *testing.T) {
	topic := Topic{ID: "nagorno-karabakh", Title: "Nagorno-Karabakh", Description: "All of it", MaxItems: 50}
	got, err := RenderAtom(topic, testItems(), NewSite("https://feeds.example/", "1.0.0"))
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "nagorno-karabakh.atom.golden")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("atom output differs from %s (run go test ./feeds -update after checking):\n%s", golden, got)
	}
}

func TestRenderAtomProperties(t *testing.T) {
	topic := Topic{ID: "t", Title: "T"}
	site := NewSite("https://feeds.example", "x")
	a, _ := RenderAtom(topic, testItems(), site)
	b, _ := RenderAtom(topic, testItems(), site)
	if !bytes.Equal(a, b) {
		t.Error("two renders of the same items differ")
	}
	s := string(a)
	for _, want := range []string{
		`<link href="https://feeds.example/feeds/t.atom" rel="self" type="application/atom+xml"></link>`,
		`<id>` + TopicID("t") + `</id>`,
		`<category term="Armenia &amp; Azerbaijan"></category>`,
		`<title>Offensive in Nagorno-Karabakh &amp; talks &lt;maybe&gt;</title>`,
		`<updated>2023-09-19T11:00:00Z</updated>`,
	} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %s", want)
		}
	}
	if strings.Contains(s, "&amp;amp;") {
		t.Error("double-escaped text")
	}
	var doc struct {
		Entries []struct {
			ID string `xml:"id"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal(a, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Entries) != 3 || doc.Entries[0].ID != EntryID("00112233445566778899aabbccddeeff") {
		t.Errorf("entries: %+v", doc.Entries)
	}
	empty, _ := RenderAtom(topic, nil, site)
	if !strings.Contains(string(empty), "<updated>1970-01-01T00:00:00Z</updated>") {
		t.Errorf("empty feed lacks a valid updated:\n%s", empty)
	}
}

func TestIDs(t *testing.T) {
	if got := EntryID("00112233445566778899aabbccddeeff"); got != "urn:uuid:00112233-4455-8677-8899-aabbccddeeff" {
		t.Errorf("EntryID = %s", got)
	}
	if TopicID("a") == TopicID("b") || TopicID("a") != TopicID("a") {
		t.Error("topic ids are not distinct and stable")
	}
}
