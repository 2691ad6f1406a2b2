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
// keywords: NFKC; soft hyphen, zero-width characters and the Arabic tatweel
// removed; every apostrophe made U+0027; full case folding with dotless ı
// mapped to i and Traditional Chinese characters to Simplified ones
// (hanfold.go); diacritics removed (diacritics.go) and what stays composed
// again (NFC), so that Hangul syllables, kana and Indic letters compare
// as written.
func Fold(s string) string {
	if out, ok := foldFast(s); ok {
		return out
	}
	return foldSlow(s)
}

// foldSlow is Fold's definition, step by step; foldFast must agree with it.
func foldSlow(s string) string {
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
	s = strings.Map(dropDiacritics, s)
	return norm.NFC.String(s)
}

// dropJoiners removes the characters that join a word rather than
// separate it, and makes every apostrophe U+0027, which separates words:
// the modifier letters ʼ U+02BC (Ukrainian перемирʼя), ʻ U+02BB (Uzbek
// oʻ) and ʽ U+02BD are letters to Unicode but typed as ' or ’ just as
// often, and the same word must match however it was typed.
func dropJoiners(r rune) rune {
	switch r {
	case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF':
		return -1
	case '\u0640': // Arabic tatweel: stretches a word (كـاراباخ), no letter
		return -1
	case '\u02BB', '\u02BC', '\u02BD':
		return '\''
	}
	return r
}

// finishFold maps dotless ı to i and Traditional Chinese characters to
// Simplified ones, and mends x/text's case folding of Cherokee, which
// swaps small and capital letters instead of folding both to the capitals
// as Unicode's CaseFolding.txt does (folding twice would otherwise undo
// the first).
func finishFold(r rune) rune {
	switch {
	case r == 'ı':
		return 'i'
	case r >= 0xAB70 && r <= 0xABBF: // Cherokee small letters
		return r - 0xAB70 + 0x13A0
	case r >= 0x13F8 && r <= 0x13FD:
		return r - 0x13F8 + 0x13F0
	case r >= hanFirst:
		return simplifiedHan(r) // Traditional Chinese read as Simplified
	}
	return r
}

// spaceless reports whether r belongs to a script written without spaces
// between words; its words are matched as substrings.
func spaceless(r rune) bool {
	if r < 0x0E00 { // Thai is the first of these scripts
		return false
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana,
		unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar)
}

// wordRune reports whether r is part of a word. Marks stay inside words so
// that scripts with spacing vowel signs (Devanagari, Bengali…) are not cut.
func wordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r)
}

// token is a word of folded text.
type token struct {
	text      string
	spaceless bool // a run of a spaceless script: matched by substring
	prefix    bool // keyword word ending in '*'
	particles bool // keyword word of Hangul: Korean particles may follow it
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = [utf8.RuneSelf]bool{
	'0': true, '1': true, '2': true, '3': true, '4': true, '5': true, '6': true, '7': true, '8': true, '9': true,
	'A': true, 'B': true, 'C': true, 'D': true, 'E': true, 'F': true, 'G': true, 'H': true, 'I': true, 'J': true,
	'K': true, 'L': true, 'M': true, 'N': true, 'O': true, 'P': true, 'Q': true, 'R': true, 'S': true, 'T': true,
	'U': true, 'V': true, 'W': true, 'X': true, 'Y': true, 'Z': true,
	'a': true, 'b': true, 'c': true, 'd': true, 'e': true, 'f': true, 'g': true, 'h': true, 'i': true, 'j': true,
	'k': true, 'l': true, 'm': true, 'n': true, 'o': true, 'p': true, 'q': true, 'r': true, 's': true, 't': true,
	'u': true, 'v': true, 'w': true, 'x': true, 'y': true, 'z': true,
}

// tokenize splits folded text into words: runs of letters, numbers and
// marks, also cut where a spaceless script meets another. With wildcards
// set, a '*' right after a word marks that word as a prefix.
func tokenize(s string, wildcards bool) []token {
	return appendTokens(make([]token, 0, len(s)/4+1), s, wildcards)
}

// appendTokens is tokenize appending to out.
func appendTokens(out []token, s string, wildcards bool) []token {
	start, kind := -1, false // the word being read, and whether it is spaceless
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf { // ASCII: a word character or a separator
			if asciiWord[c] {
				if start >= 0 && kind {
					out = append(out, token{text: s[start:i], spaceless: true})
					start = -1
				}
				if start < 0 {
					start, kind = i, false
				}
			} else if start >= 0 {
				out = append(out, token{text: s[start:i], spaceless: kind})
				start = -1
				if wildcards && c == '*' {
					out[len(out)-1].prefix = true
				}
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		switch cl := classOf(r); {
		case cl&classWord == 0:
			if start >= 0 {
				out = append(out, token{text: s[start:i], spaceless: kind})
				start = -1
			}
		default:
			sl := cl&classSpaceless != 0
			if start >= 0 && cl&classMark != 0 {
				sl = kind // a mark belongs to the run it follows
			}
			if start >= 0 && sl != kind {
				out = append(out, token{text: s[start:i], spaceless: kind})
				start = -1
			}
			if start < 0 {
				start, kind = i, sl
			}
		}
		i += w
	}
	if start >= 0 {
		out = append(out, token{text: s[start:], spaceless: kind})
	}
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
