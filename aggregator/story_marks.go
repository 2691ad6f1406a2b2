package aggregator

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Marks that make words: Vietnamese writes each syllable's tone and some
// of its vowels with marks, and a syllable without them is another
// word: "cháy" is a fire, "chạy" running; "bão" a storm, "báo" a
// newspaper. Folded as other Latin text is, without its marks, a bus
// that "chạy tuyến Đà Nẵng" (runs the Da Nang route) told of a fire, and
// joined a fire's story. Story grouping reads the words of these
// languages in lower case with their marks, composed (NFC), so that a
// text written with decomposed marks reads the same. Topics' keywords
// still fold them, as before.

// keepsMarks are the languages whose story words keep their marks.
var keepsMarks = map[string]bool{"vi": true}

// lowerKeepingMarks is word in lower case with its marks, composed.
func lowerKeepingMarks(word string) string {
	return strings.ToLower(norm.NFC.String(word))
}
