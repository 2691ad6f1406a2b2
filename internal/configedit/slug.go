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
// their accents (é→e, ø→o, æ→ae, ß→ss); letters of other scripts are
// transliterated (see spell: Медуза→meduza, 日本→ri-ben); everything else
// separates words. Slug returns "" when nothing is left; the caller then
// needs another name, such as the feed's host.
func Slug(title string) string {
	var b strings.Builder
	dash := false
	rs := []rune(strings.ToLower(title))
	for i := 0; i < len(rs); {
		if unicode.Is(unicode.Cf, rs[i]) {
			i++ // a soft hyphen or (in Persian) a zero-width non-joiner is inside a word
			continue
		}
		if !unicode.IsLetter(rs[i]) && !unicode.IsMark(rs[i]) && !unicode.IsDigit(rs[i]) {
			dash = true
			i++
			continue
		}
		spelled, n := spell(rs, i)
		i += n
		for _, c := range spelled {
			if c == ' ' {
				dash = true
				continue
			}
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(c)
			dash = false
		}
	}
	return b.String()
}

// latin spells r, a lower-case ASCII letter or digit or an accented Latin
// letter, in ASCII, or returns "" for any other rune.
func latin(r rune) string {
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
