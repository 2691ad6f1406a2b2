package aggregator

import (
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestWordCacheReadsAsReading reads every text of the story corpora as
// filing does, through the word cache, and as explain does, past it: the
// words must be the same, whether the cache was empty or held each word
// already, and in the item's language or another (a word read in one
// language is not found in another's).
func TestWordCacheReadsAsReading(t *testing.T) {
	files, err := filepath.Glob("testdata/stories/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpora: %v", err)
	}
	texts := 0
	for _, file := range files {
		for _, c := range loadEvalCorpus(t, filepath.Base(file)) {
			for _, lang := range []string{primaryLanguage(c.Lang), "en", "de", "sr"} {
				past := readStoryText(lang, c.Title, c.Summary, map[uint32]string{})
				for pass := range 2 { // filling the cache, then finding every word in it
					if got := readStoryWords(lang, c.Title, c.Summary); !reflect.DeepEqual(got, past) {
						t.Fatalf("%s: %q read in %q, pass %d:\nthrough the cache %+v\npast it            %+v", file, c.Title, lang, pass, got, past)
					}
				}
				texts++
			}
		}
	}
	if texts < 10000 {
		t.Fatalf("read %d texts, want the corpora's thousands", texts)
	}
	held := 0
	for i := range wordCache {
		if wordCache[i].Load() != nil {
			held++
		}
	}
	if held == 0 || held > wordCacheSlots {
		t.Fatalf("the cache holds %d words", held)
	}
}

// TestWordCacheHoldsWhatReadingGives: every word the cache holds, however
// it came there (the package's tables read words as they are made), is
// what reading it afresh gives.
func TestWordCacheHoldsWhatReadingGives(t *testing.T) {
	readStoryWords("el", "Ισχυρός σεισμός στη Ρόδο", "Σεισμός 5,1 βαθμών.") // at least some words, whatever ran before
	held := 0
	for i := range wordCache {
		c := wordCache[i].Load()
		if c == nil {
			continue
		}
		held++
		r := newWordReader(c.lang, 4, 1)
		r.seed = hashSeed(c.lang)
		fresh, _ := r.read(c.word)
		fresh.lang, fresh.word = c.lang, c.word
		if fresh != *c {
			t.Errorf("%q in %q: cached %+v, read %+v", c.word, c.lang, *c, fresh)
		}
	}
	if held == 0 {
		t.Fatal("the cache holds no word")
	}
}

// TestNameKeysFoundHoweverMany: a name's key is found in the item whose
// title has it, among a few keys (kept as read) or hundreds (sorted).
func TestNameKeysFoundHoweverMany(t *testing.T) {
	for _, n := range []int{3, keysScanned, 4 * keysScanned} {
		var title strings.Builder
		names := make([]string, n)
		for i := range n {
			names[i] = fmt.Sprintf("%c%corvath", 'B'+i%20, 'a'+i/20) // names of their own first letters
			title.WriteString(names[i] + " ")
		}
		w := readStoryWords("en", title.String(), "")
		if want := min(n, maxTitleNames); len(w.titleCaps) != want {
			t.Fatalf("%d names read as %d, want %d", n, len(w.titleCaps), want)
		}
		keys := map[uint32]bool{}
		for _, name := range names {
			k := readStoryWords("en", name, "").titleCaps[0].prefix // the name's key, read alone
			keys[k] = true
			if !hasKey(w.prefixes, k) {
				t.Errorf("%d names: the key of %s, in the title, is not found", n, name)
				break
			}
		}
		if len(keys) != n {
			t.Errorf("%d names have %d keys", n, len(keys))
		}
	}
}
