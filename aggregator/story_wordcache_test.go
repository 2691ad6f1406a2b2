package aggregator

import (
	"path/filepath"
	"reflect"
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
