package aggregator

import "testing"

// TestMarksTellVietnameseWords: Vietnamese syllables that differ only in
// their marks are different words, and a word written with decomposed
// marks is the word written with composed ones.
func TestMarksTellVietnameseWords(t *testing.T) {
	word := func(s string) uint32 { return readStoryWords("vi", s, "").words[0] }
	for _, tt := range []struct {
		a, b string
		same bool
	}{
		{"cháy", "chạy", false}, // a fire, running
		{"bão", "báo", false},   // a storm, a newspaper
		{"Cháy", "cháy", true},
		{"cha\u0301y", "cháy", true}, // decomposed, composed
	} {
		if got := word(tt.a) == word(tt.b); got != tt.same {
			t.Errorf("%q and %q one word: %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
	// French folds its accents as before
	if readStoryWords("fr", "grève", "").words[0] != readStoryWords("fr", "greve", "").words[0] {
		t.Error("French grève and greve are two words")
	}
}
