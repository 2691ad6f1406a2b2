package aggregator

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// Rune classes the tokenizer needs, looked up in one table for the Basic
// Multilingual Plane instead of several binary searches of Unicode tables
// per rune.
const (
	classWord      = 1 << iota // wordRune
	classMark                  // unicode.IsMark
	classSpaceless             // spaceless
	classLetter                // unicode.IsLetter
	classDigit                 // unicode.IsDigit
	classUpper                 // unicode.IsUpper
)

var (
	bmpClassOnce sync.Once
	bmpClass     *[0x10000]uint8
)

// decodeRune is utf8.DecodeRuneInString(s[i:]), decoding inline the
// two-byte sequences (the letters of Latin beyond ASCII, Greek, Cyrillic,
// Armenian, Hebrew, Arabic): the standard one leaves every rune past ASCII
// to a function call of its own.
func decodeRune(s string, i int) (rune, int) {
	if i+1 < len(s) {
		if c, d := s[i], s[i+1]; c-0xC2 < 0xE0-0xC2 && d&0xC0 == 0x80 {
			return rune(c&0x1F)<<6 | rune(d&0x3F), 2
		}
	}
	return decodeOther(s[i:])
}

// decodeOther is decodeRune's other cases, out of line so that decodeRune
// is inlined.
//
//go:noinline
func decodeOther(s string) (rune, int) { return utf8.DecodeRuneInString(s) }

// classOf returns r's classes.
func classOf(r rune) uint8 {
	if r >= 0x10000 {
		return runeClasses(r)
	}
	bmpClassOnce.Do(func() {
		t := new([0x10000]uint8)
		for c := range rune(0x10000) {
			t[c] = runeClasses(c)
		}
		bmpClass = t
	})
	return bmpClass[r]
}

func runeClasses(r rune) uint8 {
	var c uint8
	if wordRune(r) {
		c |= classWord
	}
	if unicode.IsMark(r) {
		c |= classMark
	}
	if spaceless(r) {
		c |= classSpaceless
	}
	if unicode.IsLetter(r) {
		c |= classLetter
	}
	if unicode.IsDigit(r) {
		c |= classDigit
	}
	if unicode.IsUpper(r) {
		c |= classUpper
	}
	return c
}
