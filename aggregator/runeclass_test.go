package aggregator

import (
	"testing"
	"unicode"
)

// TestClassOf checks the table against the functions it stands for, for
// every rune of the Basic Multilingual Plane and a sample beyond.
func TestClassOf(t *testing.T) {
	check := func(r rune) {
		c := classOf(r)
		if (c&classWord != 0) != wordRune(r) || (c&classMark != 0) != unicode.IsMark(r) || (c&classSpaceless != 0) != spaceless(r) {
			t.Fatalf("classOf(%U) = %03b disagrees with wordRune, IsMark, spaceless", r, c)
		}
	}
	for r := range rune(0x10000) {
		check(r)
	}
	for _, r := range []rune{0x10000, 0x1F600, 0x20000, 0x2A6DF, 0xE0100, unicode.MaxRune} {
		check(r)
	}
}
