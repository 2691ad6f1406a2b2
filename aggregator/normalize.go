package aggregator

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// folders pools case folders: a cases.Caser keeps state between calls and
// must never be used by two goroutines at once.
var folders = sync.Pool{New: func() any { c := cases.Fold(); return &c }}

// Fold normalizes text for matching, identically for item text and
// keywords: NFKC; soft hyphen and zero-width characters removed; full case
// folding with dotless ı mapped to i; canonical decomposition with
// nonspacing marks removed.
func Fold(s string) string {
	// The norm package passes some text after an invalid byte through
	// unnormalized; a replacement character separates words anyway.
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = norm.NFKC.String(s)
	s = strings.Map(dropJoiners, s)
	c := folders.Get().(*cases.Caser)
	s = c.String(s)
	folders.Put(c)
	s = strings.Map(finishFold, s)
	s = norm.NFD.String(s)
	return strings.Map(dropNonspacing, s)
}

func dropJoiners(r rune) rune {
	switch r {
	case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF':
		return -1
	}
	return r
}

// finishFold maps dotless ı to i and mends x/text's case folding of
// Cherokee, which swaps small and capital letters instead of folding both
// to the capitals as Unicode's CaseFolding.txt does (folding twice would
// otherwise undo the first).
func finishFold(r rune) rune {
	switch {
	case r == 'ı':
		return 'i'
	case r >= 0xAB70 && r <= 0xABBF: // Cherokee small letters
		return r - 0xAB70 + 0x13A0
	case r >= 0x13F8 && r <= 0x13FD:
		return r - 0x13F8 + 0x13F0
	}
	return r
}

func dropNonspacing(r rune) rune {
	if unicode.Is(unicode.Mn, r) {
		return -1
	}
	return r
}

// spaceless reports whether r belongs to a script written without spaces
// between words; its words are matched as substrings.
func spaceless(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana,
		unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar)
}

// wordRune reports whether r is part of a word. Marks stay inside words so
// that scripts with spacing vowel signs (Devanagari, Bengali…) are not cut.
func wordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r)
}

// token is a word of folded text.
type token struct {
	text      string
	spaceless bool // a run of a spaceless script: matched by substring
	prefix    bool // keyword word ending in '*'
}

// tokenize splits folded text into words: runs of letters, numbers and
// marks, also cut where a spaceless script meets another. With wildcards
// set, a '*' right after a word marks that word as a prefix.
func tokenize(s string, wildcards bool) []token {
	var out []token
	start, kind, lastEnd := -1, false, -1
	flush := func(end int) {
		if start >= 0 {
			out = append(out, token{text: s[start:end], spaceless: kind})
			start, lastEnd = -1, end
		}
	}
	for i, r := range s {
		if !wordRune(r) {
			flush(i)
			if wildcards && r == '*' && lastEnd == i {
				out[len(out)-1].prefix = true
			}
			continue
		}
		sl := spaceless(r)
		if unicode.IsMark(r) && start >= 0 {
			sl = kind // a mark belongs to the run it follows
		}
		if start >= 0 && sl != kind {
			flush(i)
		}
		if start < 0 {
			start, kind = i, sl
		}
	}
	flush(len(s))
	return out
}

// Words returns the folded words of a text, as the matcher sees them.
func Words(s string) []string {
	toks := tokenize(Fold(s), false)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.text
	}
	return out
}
