package aggregator

import (
	"slices"
	"strings"
	"testing"
)

func TestReadSynonyms(t *testing.T) {
	groups, err := readSynonyms("# a note\nen\tfire\tfire blaze\nde\tfire\tbrand\n\nen\tflood\tflood\nen\tfire\tinferno blaze\n")
	if err != nil {
		t.Fatal(err)
	}
	// one group per language and kind, in the order first met, the words
	// of its lines joined and each once
	want := map[string][]string{"en": {"fire blaze inferno", "flood"}, "de": {"brand"}}
	for lang, g := range want {
		if !slices.Equal(groups[lang], g) {
			t.Errorf("%s: got %q, want %q", lang, groups[lang], g)
		}
	}
	for _, tc := range []struct{ table, says string }{
		{"en\tfire", "line 1: not a language, a kind and words"},
		{"en\tfire\t ", "line 1: not a language, a kind and words"},
		{"en\tfire\tfire\tblaze", "line 1: not a language"},
		{"\tfire\tfire", "line 1: not a language"},
		{"en\tfire\tfire\nen\tsunshine\tsun", `line 2: "sunshine" is no kind of event`},
		{"en\tfire\tfire blaze\nen\texplosion\tBlaze", `line 2: en "Blaze" is of two kinds, fire and explosion`},
	} {
		if _, err := readSynonyms(tc.table); err == nil || !strings.Contains(err.Error(), tc.says) {
			t.Errorf("%q: got error %v, want one saying %q", tc.table, err, tc.says)
		}
	}
}

// TestSynonymTable checks the shipped table: it reads, and each word of a
// group is read in its language as the group's first word.
func TestSynonymTable(t *testing.T) {
	groups, err := readSynonyms(synonymTable)
	if err != nil {
		t.Fatal(err)
	}
	if len(groups) < 10 {
		t.Fatalf("the table holds %d languages", len(groups))
	}
	for lang, gs := range groups {
		for _, g := range gs {
			words := strings.Fields(g)
			head := readStoryWords(lang, words[0], "").words
			for _, w := range words[1:] {
				if got := readStoryWords(lang, w, "").words; !slices.Equal(got, head) {
					t.Errorf("%s: %q is read as %v, its group's first word %q as %v", lang, w, got, words[0], head)
				}
			}
		}
	}
}
