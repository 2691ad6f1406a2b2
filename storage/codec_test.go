package storage

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

func codecSample() *Item {
	cet := time.FixedZone("", 2*3600)
	return &Item{
		ID: "0123456789abcdef0123456789abcdef", Source: "dr", Sources: []string{"dr", "ritzau"}, Keys: []string{"dr\x00urn:1", "ritzau\x00urn:9"},
		GUID: "urn:1", Link: "https://dr.example/a?x=1&y=2", NormLink: "https://dr.example/a?x=1&y=2",
		Title: "Нагорный Карабах: «<b>» & 纳戈尔诺-卡拉巴赫", Summary: "", Content: "<p>Tekst med æøå</p>",
		Categories: []string{"Udland", ""}, Authors: []Person{{Name: "Ritzau", Email: "r@example.org"}, {URI: "https://x.example"}},
		Language: "da", Feed: FeedInfo{Title: "DR", Link: "https://dr.example/", ID: "tag:dr", Language: "da"},
		Published: time.Date(2023, 9, 19, 15, 0, 0, 123456789, cet), Updated: time.Date(2023, 9, 19, 13, 5, 0, 0, time.UTC),
		Hash: "f650a21843770edd660363c693acd80b",
		Topics: []Match{
			{Topic: "nk", Hits: []Hit{{Keyword: "Karabakh*", Field: "title"}}},
			{Topic: "all", Story: "fedcba9876543210fedcba9876543210"},
			{Topic: "wire", Story: "fedcba9876543210fedcba9876543210", Lead: true},
			{Topic: "own", Story: "0123456789abcdef0123456789abcdef", Waits: true},
			{Topic: "led", Story: "0123456789abcdef0123456789abcdef", Lead: true},
		},
	}
}

// mediaSample is codecSample with enclosures and an image.
func mediaSample() *Item {
	it := codecSample()
	it.Enclosures = []Enclosure{{URL: "https://dr.example/a.mp3", Type: "audio/mpeg", Length: 1 << 33}, {URL: "https://dr.example/b.jpg"}}
	it.Image = "https://dr.example/b.jpg"
	return it
}

// originSample is mediaSample with an entry id and an origin feed.
func originSample() *Item {
	it := mediaSample()
	it.EntryID = "tag:dr.example,2023:1"
	it.Origin = FeedInfo{Title: "Ritzau", Link: "https://ritzau.example/", ID: "tag:ritzau.example,2023:feed"}
	return it
}

// asJSON is how an item looks through JSON, which keeps times' offsets:
// equal JSON means equal items.
func asJSON(t *testing.T, it *Item) string {
	t.Helper()
	b, err := json.Marshal(it)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestItemCodecRoundTrip(t *testing.T) {
	for _, it := range []*Item{codecSample(), mediaSample(), originSample(), {EntryID: "urn:x"}, {Image: "https://x.example/i.png"}, {}, {Published: time.Date(1960, 1, 1, 0, 0, 0, 0, time.FixedZone("", -5*3600))}} {
		got, err := decodeItem(encodeItem(it))
		if err != nil {
			t.Fatal(err)
		}
		if a, b := asJSON(t, got), asJSON(t, it); a != b {
			t.Errorf("round trip changed the item:\n got %s\nwant %s", a, b)
		}
		if !got.FirstSeen.IsZero() != !it.FirstSeen.IsZero() {
			t.Errorf("zero time not kept")
		}
	}
}

// TestItemCodecVersion: an item is written in the oldest version that
// holds its fields, so that items without the newer fields read as before.
func TestItemCodecVersion(t *testing.T) {
	for want, it := range map[byte]*Item{itemV4: codecSample(), itemV5: mediaSample(), itemV6: originSample()} {
		if got := encodeItem(it)[0]; got != want {
			t.Errorf("version %d, want %d", got, want)
		}
	}
}

// TestItemCodecReadsJSON: databases written before the binary form hold
// JSON items, which must still be read.
func TestItemCodecReadsJSON(t *testing.T) {
	want := codecSample()
	raw, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	got, err := decodeItem(raw)
	if err != nil {
		t.Fatal(err)
	}
	if asJSON(t, got) != string(raw) {
		t.Errorf("JSON item read as %s", asJSON(t, got))
	}
}

// TestItemCodecReadsV3: testdata/item-v3.bin is an item as version 3
// wrote it, codecSample with its first two matches and one more whose
// story is the item itself; stories written out as strings are read as
// they are.
func TestItemCodecReadsV3(t *testing.T) {
	raw, err := os.ReadFile("testdata/item-v3.bin")
	if err != nil {
		t.Fatal(err)
	}
	if raw[0] != itemV3 {
		t.Fatalf("testdata/item-v3.bin starts with %#x", raw[0])
	}
	got, err := decodeItem(raw)
	if err != nil {
		t.Fatal(err)
	}
	want := codecSample()
	want.Topics = append(want.Topics[:2], Match{Topic: "own", Story: want.ID})
	if a, b := asJSON(t, got), asJSON(t, want); a != b {
		t.Errorf("version 3 item read as\n%s\nwant\n%s", a, b)
	}
}

// TestItemCodecRejectsDamage: every truncation of an encoded item, and
// bytes that are no item, give an error, never a panic or a wrong item.
func TestItemCodecRejectsDamage(t *testing.T) {
	b := encodeItem(codecSample())
	for _, whole := range [][]byte{b, encodeItem(mediaSample()), encodeItem(originSample())} {
		for n := range len(whole) {
			if _, err := decodeItem(whole[:n]); err == nil {
				t.Fatalf("a truncation to %d of %d bytes decoded", n, len(whole))
			}
		}
	}
	for _, bad := range [][]byte{nil, []byte("x"), {itemV2, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}, append(bytes.Clone(b), 0)} {
		if _, err := decodeItem(bad); err == nil {
			t.Errorf("%q decoded", bad)
		}
	}
}

// TestLegacyJSONItemsInDatabase stores an item as an earlier version did,
// as JSON, and uses it: it is read, merged into by a new delivery and
// rewritten in the binary form.
func TestLegacyJSONItemsInDatabase(t *testing.T) {
	s := openTest(t, 0)
	if _, err := s.Apply(Batch{Source: "a", Entries: []Entry{entry("k1", "https://x.example/1", "Karabakh one", t0)}}, byKeyword); err != nil {
		t.Fatal(err)
	}
	it, err := s.ItemByLink("https://x.example/1")
	if err != nil {
		t.Fatal(err)
	}
	ref := refOf(t, s, it)
	raw, _ := json.Marshal(it)
	if err := s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketItems).Put(ref, raw) }); err != nil {
		t.Fatal(err)
	}
	if items, err := s.Newest("nk", 10); err != nil || len(items) != 1 || items[0].Title != "Karabakh one" {
		t.Fatalf("newest: %v, %v", items, err)
	}
	if _, err := s.Apply(Batch{Source: "b", Entries: []Entry{entry("k9", "https://x.example/1", "Karabakh one", t0)}}, byKeyword); err != nil {
		t.Fatal(err)
	}
	err = s.db.View(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bucketItems).Get(ref); len(v) == 0 || v[0] != itemV4 {
			t.Errorf("the merged item was not rewritten in the binary form")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Item(it.ID); got == nil || len(got.Sources) != 2 {
		t.Errorf("merged item: %+v", got)
	}
	if err := s.Check(); err != nil {
		t.Error(err)
	}
}

func FuzzItemCodec(f *testing.F) {
	b := encodeItem(codecSample())
	f.Add(b)
	raw, _ := json.Marshal(codecSample())
	f.Add(raw)
	f.Fuzz(func(t *testing.T, data []byte) {
		it, err := decodeItem(data)
		if err != nil {
			return
		}
		again := encodeItem(it)
		it2, err := decodeItem(again)
		if err != nil {
			t.Fatalf("re-encoded item does not decode: %v", err)
		}
		// A JSON item may hold empty lists, which come back nil; from the
		// binary form on, a round trip changes nothing.
		again2 := encodeItem(it2)
		if !bytes.Equal(again, again2) {
			t.Fatalf("re-encoding changed the item")
		}
	})
}

func TestStateCodec(t *testing.T) {
	want := SourceState{
		URL: "https://dr.example/feed", ETag: `W/"x"`, LastModified: "Tue, 19 Sep 2023 13:00:00 GMT",
		LastAttempt: time.Date(2023, 9, 19, 13, 5, 0, 7, time.UTC), LastSuccess: time.Date(2023, 9, 19, 13, 0, 0, 0, time.FixedZone("", 3600)),
		Status: 503, Error: "HTTP 503 Service Unavailable", Failures: 3, ItemsSeen: 60, FeedTitle: "DR — Udland", FeedLink: "https://dr.example/",
		NextPoll: time.Date(2023, 9, 19, 14, 0, 0, 0, time.UTC), MovedTo: "https://dr.example/new", Gone: true,
	}
	stateJSON := func(st SourceState) string {
		b, _ := json.Marshal(st)
		return string(b)
	}
	b := encodeState(&want)
	var got SourceState
	if err := decodeState(b, &got); err != nil || stateJSON(got) != stateJSON(want) {
		t.Errorf("round trip: %v\n got %s\nwant %s", err, stateJSON(got), stateJSON(want))
	}
	var legacy SourceState
	if err := decodeState([]byte(stateJSON(want)), &legacy); err != nil || stateJSON(legacy) != stateJSON(want) {
		t.Errorf("a JSON state of an earlier version: %v, %s", err, stateJSON(legacy))
	}
	for n := range len(b) {
		if err := decodeState(b[:n], &got); err == nil {
			t.Fatalf("a truncation to %d of %d bytes decoded", n, len(b))
		}
	}
	// The counts of items not stored follow, when there are any.
	counted := want
	counted.Expired, counted.OverQuota, counted.Dropped, counted.BodyHash = 2, 300, 9000, []byte("0123456789abcdef0123456789abcdef")
	b2 := encodeState(&counted)
	if err := decodeState(b2, &got); err != nil || stateJSON(got) != stateJSON(counted) || !bytes.HasPrefix(b2, b) {
		t.Errorf("round trip with counts: %v\n got %s\nwant %s", err, stateJSON(got), stateJSON(counted))
	}
	if err := decodeState(b2[:len(b2)-1], &got); err == nil {
		t.Error("a state cut inside its counts decoded")
	}
	// The article counts of full_text follow those, when there are any.
	articles := want
	articles.ArticlesFetched, articles.ArticleFailures = 198, 2
	b3 := encodeState(&articles)
	if err := decodeState(b3, &got); err != nil || stateJSON(got) != stateJSON(articles) {
		t.Errorf("round trip with article counts: %v\n got %s\nwant %s", err, stateJSON(got), stateJSON(articles))
	}
	if err := decodeState(b3[:len(b3)-1], &got); err == nil {
		t.Error("a state cut inside its article counts decoded")
	}
	// The page links follow those, when there are any.
	pages := want
	pages.PageLinks = []string{"https://dr.example/nyheder", "https://dr.example"}
	b4 := encodeState(&pages)
	if err := decodeState(b4, &got); err != nil || stateJSON(got) != stateJSON(pages) || !bytes.HasPrefix(b4, b) {
		t.Errorf("round trip with page links: %v\n got %s\nwant %s", err, stateJSON(got), stateJSON(pages))
	}
	if err := decodeState(b4[:len(b4)-1], &got); err == nil {
		t.Error("a state cut inside its page links decoded")
	}
	// The shared GUIDs follow those, when there are any.
	guids := want
	guids.SharedGUIDs = []string{"https://dr.example/", "1"}
	b5 := encodeState(&guids)
	if err := decodeState(b5, &got); err != nil || stateJSON(got) != stateJSON(guids) || !bytes.HasPrefix(b5, b) {
		t.Errorf("round trip with shared GUIDs: %v\n got %s\nwant %s", err, stateJSON(got), stateJSON(guids))
	}
	if err := decodeState(b5[:len(b5)-1], &got); err == nil {
		t.Error("a state cut inside its shared GUIDs decoded")
	}
}

// TestNotePageLink: a source remembers its page links newest first, once
// each, at most MaxPageLinks, without writing to a list a copy shares.
func TestNotePageLink(t *testing.T) {
	var st SourceState
	for i := range MaxPageLinks + 5 {
		st.NotePageLink(fmt.Sprintf("https://x.example/%d", i))
	}
	st.NotePageLink("https://x.example/30") // known: stays where it is
	st.NotePageLink("")
	if len(st.PageLinks) != MaxPageLinks || st.PageLinks[0] != "https://x.example/36" || st.PageLinks[MaxPageLinks-1] != "https://x.example/5" {
		t.Fatalf("page links %q", st.PageLinks)
	}
	copied := st
	before := slices.Clone(st.PageLinks)
	copied.NotePageLink("https://x.example/new")
	if !slices.Equal(st.PageLinks, before) || copied.PageLinks[0] != "https://x.example/new" {
		t.Errorf("noting a link in a copy changed the original: %q", st.PageLinks)
	}
}

// BenchmarkDecodeItem compares decoding an item of the binary form with
// decoding the same item as JSON, as stored before.
func BenchmarkDecodeItem(b *testing.B) {
	it := codecSample()
	it.Content = strings.Repeat("<p>Nagorno-Karabakh: Беженцы продолжают прибывать в Армению.</p>\n", 30)
	bin := encodeItem(it)
	js, _ := json.Marshal(it)
	for _, c := range []struct {
		name string
		raw  []byte
	}{{"binary", bin}, {"json", js}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.raw)))
			for b.Loop() {
				if _, err := decodeItem(c.raw); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestItemCodecRejectsStoryCodes: version 4 story codes that no item
// encodes (a lead or wait without a story, "as the previous match" when
// that has none) are refused.
func TestItemCodecRejectsStoryCodes(t *testing.T) {
	it := codecSample()
	it.Topics = []Match{{Topic: "a"}, {Topic: "b", Story: it.ID}}
	good := encodeItem(it)
	if _, err := decodeItem(good); err != nil {
		t.Fatal(err)
	}
	// The matches end the item: "a", no hits, its story code (none);
	// "b", no hits, its story code (own).
	first := len(good) - 5
	if !bytes.Equal(good[first-3:], []byte{1, 'a', 0, storyNone, 1, 'b', 0, storyOwn}) {
		t.Fatalf("the matches are not encoded as expected: % x", good[first-3:])
	}
	for _, codes := range [][2]byte{{storyLead, storyOwn}, {storyWaits, storyOwn}, {storyNone, storySame}} {
		bad := bytes.Clone(good)
		bad[first], bad[len(bad)-1] = codes[0], codes[1]
		if _, err := decodeItem(bad); err == nil {
			t.Errorf("story codes %v decoded", codes)
		}
	}
}

// TestSeenCodec checks the record of the items a source remembers
// (Seen), kept apart from its state: it reads back as written, and a cut
// record is an error.
func TestSeenCodec(t *testing.T) {
	seen := Seen{Context: 1<<64 - 1, Oldest: time.Date(2023, 8, 1, 0, 0, 0, 0, time.UTC),
		Items: []SeenItem{{Raw: 1, Key: 2}, {Raw: 1 << 63, Key: 0xdeadbeefcafe}, {Raw: 7, Key: 7}}}
	for _, tt := range []struct {
		name string
		seen Seen
	}{
		{"with an oldest date", seen},
		{"without an oldest date", Seen{Context: 5, Items: seen.Items[:1]}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e := fieldEncoder{b: []byte{seenV1}}
			e.seen(&tt.seen)
			var got Seen
			if err := decodeSeen(e.b, &got); err != nil || !reflect.DeepEqual(got, tt.seen) {
				t.Fatalf("round trip: %v\n got %+v\nwant %+v", err, got, tt.seen)
			}
			for n := len(e.b) - 16*len(tt.seen.Items); n < len(e.b); n++ { // cut within the items
				if err := decodeSeen(e.b[:n], &got); err == nil {
					t.Fatalf("a truncation to %d of %d bytes decoded", n, len(e.b))
				}
			}
		})
	}
}
