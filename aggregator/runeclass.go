package aggregator

import (
	"sync"
	"unicode"
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
