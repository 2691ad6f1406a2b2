package aggregator

import (
	"testing"
	"unicode"
	"unicode/utf8"
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

// TestDecodeRune checks decodeRune against utf8.DecodeRuneInString on
// every one- and two-byte sequence, followed or not, and on the longer and
// broken ones around them.
func TestDecodeRune(t *testing.T) {
	check := func(s string, i int) {
		r, n := decodeRune(s, i)
		wr, wn := utf8.DecodeRuneInString(s[i:])
		if r != wr || n != wn {
			t.Fatalf("decodeRune(%q, %d) = %U, %d; want %U, %d", s, i, r, n, wr, wn)
		}
	}
	for c := range 256 {
		check(string([]byte{byte(c)}), 0)
		for d := range 256 {
			s := string([]byte{'x', byte(c), byte(d)})
			check(s, 1)
			check(s+"é", 1)
		}
	}
	for _, s := range []string{"€", "𝄞", "\xe2\x82", "\xf0\x9d\x84", "\xed\xa0\x80", "\xc0\x80", "\xc1\xbf"} {
		check(s, 0)
	}
}
