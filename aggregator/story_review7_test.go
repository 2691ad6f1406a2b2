package aggregator

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/feedsieve/feedsieve/storage"
)

// putItems stores items of source src, first seen at seen, filed by a's
// matcher, each nk match a story of its own (as a collapsing topic files
// an item with no copy).
func storeItemsAt(t *testing.T, store *storage.Store, a *Aggregator, src string, seen time.Time, items ...storage.Item) {
	t.Helper()
	var es []storage.Entry
	for _, it := range items {
		it.NormLink = it.Link
		es = append(es, storage.Entry{Key: it.Link, Item: it})
	}
	_, err := store.Apply(storage.Batch{Source: src, Entries: es, Now: seen, Group: func(fresh []*storage.Item) {
		for _, it := range fresh {
			for i := range it.Topics {
				if it.Topics[i].Topic == "nk" {
					it.Topics[i].Story = it.ID
				}
			}
		}
	}}, a.matcher.Classify)
	if err != nil {
		t.Fatal(err)
	}
}

// TestHistoryCopyJoinsStoredStoryBeyondCompaction: nk collapses
// stories and holds more stored items than the history index compacts
// at (minCompact), spread over weeks. A change of nk's keywords brings
// bbc's copy of afp's stored report into nk; SyncStories files it into
// afp's story, as it does for a small history (a review found the stored
// items, entered all before, compacted away first).
func TestHistoryCopyJoinsStoredStoryBeyondCompaction(t *testing.T) {
	for _, fillers := range []int{10, minCompact + 200} {
		t.Run(fmt.Sprint(fillers), func(t *testing.T) {
			store, err := storage.Open(storage.Options{Path: filepath.Join(t.TempDir(), "a.db")})
			if err != nil {
				t.Fatal(err)
			}
			defer store.Close()
			pub := time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)
			strict := Topic{ID: "nk", Any: []string{"Karabakh"}, None: []string{"military"}, Stories: &StoryOptions{}}
			a := newTopicsAggregator(t, store, "", []Topic{strict})
			a.now = func() time.Time { return pub }
			if _, err := a.SyncTopics(); err != nil {
				t.Fatal(err)
			}
			if _, err := a.SyncStories(); err != nil {
				t.Fatal(err)
			}
			storeItemsAt(t, store, a, "afp", pub.Add(time.Hour), storage.Item{Title: "Azerbaijan launches offensive in Nagorno-Karabakh", Link: "https://afp.example/1",
				Summary: "Azerbaijan said on Tuesday it had launched anti-terrorist measures in the region after six people were killed by mines.", Language: "en", Published: pub})
			storeItemsAt(t, store, a, "bbc", pub.Add(2*time.Hour), storage.Item{Title: "Azerbaijan launches military offensive in Nagorno-Karabakh", Link: "https://bbc.example/2",
				Summary: "BAKU (AP) — Azerbaijan said on Tuesday it had launched anti-terrorist measures in the region after six people were killed by mines.", Language: "en", Published: pub.Add(90 * time.Minute)})
			for i := range fillers {
				p := pub.Add(3*24*time.Hour + time.Duration(i)*5*time.Minute)
				storeItemsAt(t, store, a, "wire", p.Add(time.Minute), storage.Item{Title: fmt.Sprintf("Karabakh bulletin %d: Qx%dz council meets on Vv%dw", i, i, i), Link: fmt.Sprintf("https://wire.example/%d", i),
					Summary: fmt.Sprintf("Notice number %d about Rr%dq and Tt%dp.", i, i, i), Language: "en", Published: p})
			}
			afp, _ := store.ItemByLink("https://afp.example/1")
			bbc, _ := store.ItemByLink("https://bbc.example/2")
			if afp.StoryIn("nk") != afp.ID || bbc.InTopic("nk") {
				t.Fatalf("setup: afp story %q, bbc in nk %v", afp.StoryIn("nk"), bbc.InTopic("nk"))
			}
			loose := strict
			loose.None = nil
			b := newTopicsAggregator(t, store, "", []Topic{loose})
			b.now = func() time.Time { return pub.Add(40 * 24 * time.Hour) }
			if _, err := b.SyncTopics(); err != nil {
				t.Fatal(err)
			}
			if _, err := b.SyncStories(); err != nil {
				t.Fatal(err)
			}
			bbc, _ = store.ItemByLink("https://bbc.example/2")
			if !bbc.InTopic("nk") {
				t.Fatal("bbc not in nk")
			}
			if bbc.StoryIn("nk") != afp.ID {
				t.Errorf("%d stored items after: bbc's copy filed from history into story %q, not afp's stored story %q", fillers, bbc.StoryIn("nk"), afp.ID)
			}
		})
	}
}

// isPrefixBySearch is the search prefixesOf replaced, which read the
// title again for each capitalized word: the oracle it must agree with.
func isPrefixBySearch(title, word string) bool {
	for at := 0; ; {
		i := strings.Index(title[at:], word)
		if i < 0 || word == "" {
			return false
		}
		end := at + i + len(word)
		if end < len(title) && title[end] == '-' {
			if r, _ := utf8.DecodeRuneInString(title[end+1:]); unicode.IsLower(r) {
				return true
			}
		}
		at += i + 1
	}
}

// TestPrefixesAsBySearch compares, for every capitalized word of a title
// that readStoryText asks about, prefixesOf(title).has(word) with the old
// isPrefix(title, word).
func TestPrefixesAsBySearch(t *testing.T) {
	titles := []string{
		"G7-backed fund to rebuild Ukraine's grid, says Kyiv",
		"G20-hosted summit opens in Delhi as Modi greets leaders",
		"COVID19-related deaths fall in Italy",
		"MH17-style investigation urged by Dutch MPs",
		"Ex-minister Smith denies Anti-war protest link",
		"Pro and Pro-growth parties clash in Berlin",
		"Cafe\u0301-owners in Paris protest new tax", // decomposed é
		"Obama-era rule struck down by Texas judge",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	caps := []string{"Trump", "Biden", "G7", "G20", "EU", "Anti", "Ex", "Pro", "Kyiv", "Post", "Washington", "F35", "Covid", "Q3", "A321neo", "Nato", "Uk"}
	lows := []string{"backed", "led", "war", "era", "style", "says", "in", "and", "growth", "minister", "related", "Led", "19"}
	for range 20000 {
		var b strings.Builder
		for j := range 3 + rng.IntN(6) {
			if j > 0 {
				b.WriteString(" ")
			}
			b.WriteString(caps[rng.IntN(len(caps))])
			if rng.IntN(3) == 0 {
				b.WriteString("-" + lows[rng.IntN(len(lows))])
			} else if rng.IntN(2) == 0 {
				b.WriteString(" " + lows[rng.IntN(len(lows))])
			}
		}
		titles = append(titles, b.String())
	}
	diffs := 0
	kinds := map[string]int{}
	defer func() { t.Logf("kinds %v", kinds) }()
	for _, title := range titles {
		p := prefixesOf(title)
		scanWords(title, -1, func(word string, at int, num bool) {
			if num || !isCapitalized(word) {
				return
			}
			if old, now := isPrefixBySearch(title, word), p.has(word); old != now {
				kind := "digits"
				if !strings.ContainsAny(word, "0123456789") {
					kind = "other"
				}
				kinds[kind+fmt.Sprint(old)]++
				if kind == "other" && kinds[kind+fmt.Sprint(old)] < 5 || diffs < 6 {
					t.Errorf("%q in %q: isPrefix was %v, prefixesOf has %v", word, title, old, now)
				}
				diffs++
			}
		})
	}
	if diffs > 0 {
		t.Errorf("%d differences in %d titles", diffs, len(titles))
	}
}

// stemUnbounded is stem as it cut endings before maxEndings: the oracle
// the bounded one must agree with on words of up to three endings.
func stemUnbounded(in *inflection, w string) string {
	w = in.cut(w, in.prefixes, strings.HasPrefix, func(w, p string) string { return w[len(p):] })
	for {
		cut := in.cut(w, in.endings, strings.HasSuffix, func(w, e string) string { return w[:len(w)-len(e)] })
		if len(cut) == len(w) || !in.again {
			return cut
		}
		w = cut
	}
}

// TestStemAsUnbounded: Korean nouns with up to three particles stem as
// they did when any number of endings was cut.
func TestStemAsUnbounded(t *testing.T) {
	r := newWordReader("ko", 8, 8)
	in := inflections["ko"]
	nouns := []string{"서울", "대한민국", "정부", "도로", "과도", "의도", "이가", "국회의원", "한국도로공사", "우크라이나", "이는", "기가", "이만", "도서"}
	parts := in.endings
	rng := rand.New(rand.NewPCG(3, 4))
	diffs := 0
	for range 50000 {
		w := nouns[rng.IntN(len(nouns))]
		for range rng.IntN(3) {
			w += parts[rng.IntN(len(parts))]
		}
		w = Fold(w)
		if old, now := stemUnbounded(in, w), r.stem(w); old != now {
			if diffs < 5 {
				t.Errorf("stem(%q): was %q, now %q", w, old, now)
			}
			diffs++
		}
	}
	if diffs > 0 {
		t.Errorf("%d differences", diffs)
	}
}

// TestPersonBeforeSkipsBrackets: a name before a reading or a note in
// brackets, a long one too, is found as it is without them (a review
// found notes of more than 20 characters hiding the name once the
// search for the bracket was bounded).
func TestPersonBeforeSkipsBrackets(t *testing.T) {
	for _, c := range []struct{ before, brackets string }{
		{"作家桜庭信彦", "（さくらば・のぶひこ）"},
		{"山田太郎", "（45）"},
		{"東京都の会社員山田太郎", "（東京都港区在住、職業不詳の自称経営コンサルタント）"},
		{"元首相の鈴木一郎", "（元内閣総理大臣・自由民主党元総裁・衆議院議員）"},
	} {
		wantName, wantTail := personBefore(c.before)
		if wantName == "" {
			t.Fatalf("no name before %q: the case tests nothing", c.before)
		}
		if name, tail := personBefore(c.before + c.brackets); name != wantName || tail != wantTail {
			t.Errorf("personBefore(%q) = %q %q, want %q %q", c.before+c.brackets, name, tail, wantName, wantTail)
		}
	}
}
