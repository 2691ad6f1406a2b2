package configedit

import (
	"strconv"
	"strings"
	"unicode"
)

// folds spells accented Latin letters (lower case) in ASCII.
var folds = []struct{ from, to string }{
	{"àáâãäåāăą", "a"}, {"æ", "ae"}, {"çćĉċč", "c"}, {"ðďđ", "d"},
	{"èéêëēĕėęěə", "e"}, {"ĝğġģ", "g"}, {"ĥħ", "h"}, {"ìíîïĩīĭįı", "i"},
	{"ĳ", "ij"}, {"ĵ", "j"}, {"ķĸ", "k"}, {"ĺļľŀł", "l"}, {"ñńņňŉŋ", "n"},
	{"òóôõöøōŏő", "o"}, {"œ", "oe"}, {"ŕŗř", "r"}, {"śŝşšșſ", "s"}, {"ß", "ss"},
	{"ţťŧț", "t"}, {"þ", "th"}, {"ùúûüũūŭůűų", "u"}, {"ŵ", "w"}, {"ýÿŷ", "y"},
	{"źżž", "z"},
}

// Slug turns a feed title into a source name: lower-case ASCII letters and
// digits in groups joined by single dashes. Accented Latin letters lose
// their accents (é→e, ø→o, æ→ae, ß→ss); other letters, such as Cyrillic or
// CJK, are dropped, and everything else separates words. Slug returns ""
// when nothing is left; the caller then needs another name, such as the
// feed's host.
func Slug(title string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(title) {
		word := asciiWord(r)
		switch {
		case word != "":
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteString(word)
			dash = false
		case !unicode.IsLetter(r) && !unicode.IsMark(r) && !unicode.IsDigit(r):
			dash = true
		}
	}
	return b.String()
}

// asciiWord is r as lower-case ASCII letters or digits, or "" when r has
// no such spelling.
func asciiWord(r rune) string {
	if 'a' <= r && r <= 'z' || '0' <= r && r <= '9' {
		return string(r)
	}
	for _, f := range folds {
		if strings.ContainsRune(f.from, r) {
			return f.to
		}
	}
	return ""
}

// UniqueName returns base when taken reports it free, else the first free
// one of base-2, base-3, and so on. taken must eventually report a name
// free.
func UniqueName(base string, taken func(string) bool) string {
	name := base
	for n := 2; taken(name); n++ {
		name = base + "-" + strconv.Itoa(n)
	}
	return name
}
