package feeds

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
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
			Feed: storage.FeedInfo{Title: "World Desk", Link: "https://news.example/en/", ID: "https://news.example/en/feed.xml", Language: "en_us"},
			Content: `<p onclick="steal()">Map: <img src="/img/map.png" srcset="map-2x.png 2x, //cdn.example/map-3x.png 3x" alt="map"></p>` +
				`<script>alert(1)</script><style>p{}</style><a href="javascript:alert(1)">bad</a> <a href="../2">next</a> <img src="data:image/png;base64,AAAA">`,
			Published: pub, Updated: pub.Add(time.Hour),
			Enclosures: []storage.Enclosure{
				{URL: "https://news.example/en/1/photo.jpg", Type: "image/jpeg"},
				{URL: "javascript:alert(1)", Type: "audio/mpeg"},
				{URL: "https://news.example/en/1/report.mp3", Type: "audio/mpeg; charset=x", Length: 5 << 30},
				{URL: "https://news.example/en/1/data.bin", Type: "not a type"},
			},
			Image: "https://news.example/en/1/thumb.jpg",
		},
		{
			ID: "ffeeddccbbaa99887766554433221100", Title: "Լեռնային Ղարաբաղ", Language: "hy",
			Content: "<p>Բովանդակություն</p>", Published: pub.Add(-time.Hour), Updated: pub.Add(-time.Hour),
		},
		{ID: "0f0e0d0c0b0a09080706050403020100", Published: pub.Add(-2 * time.Hour), Updated: pub.Add(-2 * time.Hour)},
	}
}

// render renders items through a fresh Renderer, as the server does.
func render(t *testing.T, format string, topic Topic, items []*storage.Item, site Site) []byte {
	t.Helper()
	body, err := NewRenderer(site).Render(topic, format, items)
	if err != nil {
		t.Fatal(err)
	}
	return body
}

func TestRenderGolden(t *testing.T) {
	topic := Topic{ID: "nagorno-karabakh", Title: "Nagorno-Karabakh", Description: "All of it", MaxItems: 50}
	site := NewSite("https://feeds.example/", "1.0.0")
	site.Hub = "https://hub.example/"
	for _, format := range Formats {
		t.Run(format, func(t *testing.T) {
			got := render(t, format, topic, testItems(), site)
			again := render(t, format, topic, testItems(), site)
			if !bytes.Equal(got, again) {
				t.Error("two renders differ")
			}
			golden := filepath.Join("testdata", "nagorno-karabakh."+format+".golden")
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
				t.Errorf("%s output differs from %s (run go test ./feeds -update after checking):\n%s", format, golden, got)
			}
		})
	}
}

// TestSameEntriesInEveryFormat checks that the three formats carry the
// same entries under the same ids.
func TestSameEntriesInEveryFormat(t *testing.T) {
	topic := Topic{ID: "t", Title: "T"}
	site := NewSite("https://feeds.example", "x")
	var want []string
	for _, it := range testItems() {
		want = append(want, EntryID(it.ID))
	}
	atomBody := render(t, "atom", topic, testItems(), site)
	var a struct {
		Entries []struct {
			ID string `xml:"id"`
		} `xml:"entry"`
	}
	rssBody := render(t, "rss", topic, testItems(), site)
	var r struct {
		Items []struct {
			GUID string `xml:"guid"`
		} `xml:"channel>item"`
	}
	jsonBody := render(t, "json", topic, testItems(), site)
	var j struct {
		Items []struct {
			ID string `json:"id"`
		} `json:"items"`
	}
	if err := errors.Join(xml.Unmarshal(atomBody, &a), xml.Unmarshal(rssBody, &r), json.Unmarshal(jsonBody, &j)); err != nil {
		t.Fatal(err)
	}
	var ids [3][]string
	for _, e := range a.Entries {
		ids[0] = append(ids[0], e.ID)
	}
	for _, e := range r.Items {
		ids[1] = append(ids[1], e.GUID)
	}
	for _, e := range j.Items {
		ids[2] = append(ids[2], e.ID)
	}
	for i, format := range []string{"atom", "rss", "json"} {
		if !slices.Equal(ids[i], want) {
			t.Errorf("%s ids %q, want %q", format, ids[i], want)
		}
	}
	empty := render(t, "json", topic, nil, site)
	if !bytes.Contains(empty, []byte(`"items": []`)) {
		t.Errorf("an empty JSON feed needs \"items\": []:\n%s", empty)
	}
}

func TestRenderAtomProperties(t *testing.T) {
	topic := Topic{ID: "t", Title: "T"}
	site := NewSite("https://feeds.example", "x")
	a := render(t, "atom", topic, testItems(), site)
	b := render(t, "atom", topic, testItems(), site)
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
	empty := render(t, "atom", topic, nil, site)
	if !strings.Contains(string(empty), "<updated>1970-01-01T00:00:00Z</updated>") {
		t.Errorf("empty feed lacks a valid updated:\n%s", empty)
	}
}

func TestIDs(t *testing.T) {
	if got := EntryID("00112233445566778899aabbccddeeff"); got != "urn:uuid:00112233-4455-8677-8899-aabbccddeeff" {
		t.Errorf("EntryID = %s", got)
	}
	if again := TopicID("a"); TopicID("a") == TopicID("b") || TopicID("a") != again {
		t.Error("topic ids are not distinct and stable")
	}
}
