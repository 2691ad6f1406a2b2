package aggregator

import (
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Most text folds rune by rune: when no rune interacts with the one before
// it under NFKC and no folded rune is a reordrable non-starter, folding
// the whole text is folding each rune. foldFast does that with a table of
// per-rune results, built once, for the scripts below Han and for the
// unified ideographs; anything else (a combining mark, Hangul, invalid
// UTF-8…) takes foldSlow. A fuzz test checks that both agree.

// foldTableSize covers Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic,
// the Indic scripts, Georgian, punctuation, Hiragana and Katakana.
const foldTableSize = 0x3100

// complexRune marks a table entry that cannot be folded on its own. It is
// not valid UTF-8, so no fold result equals it.
const complexRune = "\xff"

var foldTable = sync.OnceValue(func() []string {
	t := make([]string, foldTableSize)
	for r := range rune(foldTableSize) {
		t[r] = complexRune
		s := string(r)
		if !norm.NFKC.PropertiesString(s).BoundaryBefore() {
			continue
		}
		out := foldSlow(s)
		if hasNonStarter(out) {
			continue
		}
		t[r] = out
	}
	return t
})

func hasNonStarter(s string) bool {
	for _, r := range s {
		if norm.NFD.PropertiesString(string(r)).CCC() != 0 {
			return true
		}
	}
	return false
}

// unifiedIdeograph reports whether r is a CJK unified ideograph of the
// basic block or extension A: they fold to themselves.
func unifiedIdeograph(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF
}

// foldFast folds s rune by rune, or reports false when s holds a rune
// that needs foldSlow.
func foldFast(s string) (string, bool) {
	t := foldTable()
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case r < foldTableSize:
			out := t[r]
			if out == complexRune {
				return "", false
			}
			b = append(b, out...)
		case unifiedIdeograph(r):
			b = append(b, s[i:i+w]...)
		default:
			return "", false
		}
		i += w
	}
	return string(b), true
}
