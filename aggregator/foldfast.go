package aggregator

import (
	"sync"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// Most text folds rune by rune: when no rune interacts with the one before
// it under NFKC and no folded rune is a reorderable non-starter or
// composes with the one before it under NFC, folding the whole text is
// folding each rune. foldFast does that with a table of per-rune results,
// built once, for the scripts below Han and a few blocks above them
// (foldBlocks), reads the unified ideographs in Simplified characters
// (hanfold.go) and passes Hangul syllables through; anything else (a
// combining mark, a conjoining jamo, invalid UTF-8…) takes foldSlow. A
// fuzz test checks that both agree.

// foldTableSize covers Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic,
// the Indic scripts, Georgian, punctuation, Hiragana and Katakana, and
// the compatibility jamo and CJK letters and units ("ㅋ", "㈜", "30㎝").
const foldTableSize = 0x3400

// complexRune marks a table entry that cannot be folded on its own. It is
// not valid UTF-8, so no fold result equals it.
const complexRune = "\xff"

var foldTable = sync.OnceValue(func() []string { return foldRunes(0, foldTableSize) })

// foldBlocks are the other blocks folded rune by rune from a table: the
// presentation forms of Latin ligatures ("ﬁ") and of Arabic letters, the
// variation selectors and the small and vertical forms; the halfwidth and
// fullwidth forms, whose comma, colon and brackets ("，", "：", "（") are
// in every other sentence of Chinese and Japanese; and the emoji and
// pictographs that open many titles ("🔴 LIVE:", "⚡️"), and the
// mathematical letters of "𝐁𝐑𝐄𝐀𝐊𝐈𝐍𝐆" titles. Any rune of
// theirs otherwise sent the whole text through the normalizers.
var foldBlocks = [...]struct{ first, end rune }{{0xFB00, 0xFFF0}, {0x1D400, 0x1D800}, {0x1F000, 0x1FB00}}

// blockTables are the folds of foldBlocks' runes, built once.
var blockTables = sync.OnceValue(func() *[len(foldBlocks)][]string {
	var t [len(foldBlocks)][]string
	for i, b := range foldBlocks {
		t[i] = foldRunes(b.first, b.end)
	}
	return &t
})

// blockFold is the fold of r from foldBlocks' tables, complexRune for a
// rune that cannot be folded alone, and false when no block holds r.
func blockFold(r rune) (string, bool) {
	for i, b := range foldBlocks {
		if r >= b.first && r < b.end {
			return blockTables()[i][r-b.first], true
		}
	}
	return "", false
}

// foldRunes are the folds of the runes from first to end, each on its
// own, or complexRune for those that cannot be folded alone.
func foldRunes(first, end rune) []string {
	t := make([]string, end-first)
	for r := first; r < end; r++ {
		t[r-first] = complexRune
		s := string(r)
		if !norm.NFKC.PropertiesString(s).BoundaryBefore() {
			continue
		}
		out := foldSlow(s)
		if !startersOnly(out) {
			continue
		}
		t[r-first] = out
	}
	return t
}

// startersOnly reports whether every rune of s is a starter that does not
// compose with the rune before it: neither reordered nor composed with
// what a neighbour folds to.
func startersOnly(s string) bool {
	for _, r := range s {
		if !norm.NFC.PropertiesString(string(r)).BoundaryBefore() {
			return false
		}
	}
	return true
}

// unifiedIdeograph reports whether r is a CJK unified ideograph of the
// basic block or extension A: they fold to themselves, or a Traditional
// character to its Simplified form.
func unifiedIdeograph(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF
}

// hangulSyllable reports whether r is a precomposed Hangul syllable: it
// folds to itself, and composes only with a following trailing jamo,
// which takes foldSlow.
func hangulSyllable(r rune) bool {
	return r >= 0xAC00 && r <= 0xD7A3
}

// foldFast folds s rune by rune, or reports false when s holds a rune
// that needs foldSlow.
func foldFast(s string) (string, bool) {
	b, ok := appendFoldFast(make([]byte, 0, len(s)), s)
	if !ok {
		return "", false
	}
	return unsafe.String(unsafe.SliceData(b), len(b)), true // b is not written again
}

// appendFoldFast appends s folded rune by rune to b, or reports false
// when s holds a rune that needs foldSlow.
func appendFoldFast(b []byte, s string) ([]byte, bool) {
	t := foldTable()
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, w := decodeRune(s, i)
		switch {
		case r < foldTableSize:
			out := t[r]
			if out == complexRune {
				return b, false
			}
			b = append(b, out...)
		case unifiedIdeograph(r):
			if simple := simplifiedHan(r); simple != r {
				b = utf8.AppendRune(b, simple)
			} else {
				b = append(b, s[i:i+w]...)
			}
		case hangulSyllable(r):
			b = append(b, s[i:i+w]...)
		default:
			out, ok := blockFold(r)
			if !ok || out == complexRune {
				return b, false
			}
			b = append(b, out...)
		}
		i += w
	}
	return b, true
}
