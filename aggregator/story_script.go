package aggregator

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Scripts: a language written in two scripts is read in one, so that
// copies of a report in each are compared word for word. Serbian (and
// Montenegrin, and Bosnian, and the Serbo-Croatian of older feeds) is
// written in Cyrillic and in Latin letters alike, the same outlet often
// publishing both ("Пожар у Новом Саду", "Požar u Novom Sadu"); the two
// map letter for letter. Chinese is written in Traditional characters in
// Taiwan, Hong Kong and Macau and in Simplified ones elsewhere, and the
// outlets of one republish the other's reports converted ("發生地震",
// "发生地震"); Traditional characters are read as their Simplified forms,
// many to one ("發" and "髮" are both "发").

// oneScript are, by language tag, how the languages written in two
// scripts read a folded word in one: Serbian, Bosnian, Montenegrin (cnr;
// it has no two-letter tag) and Serbo-Croatian in Latin letters, Chinese
// in Simplified characters.
var oneScript = map[string]func(folded string) string{
	"sr": serbianLatin, "bs": serbianLatin, "cnr": serbianLatin, "sh": serbianLatin,
	"zh": simplifiedHan,
}

// serbianCyrillic is each letter of Serbian Cyrillic, folded (small), as
// a folded word in Latin letters has it: "ч" is "c", as "č" folds to "c";
// "ђ" is "đ", which folding keeps.
var serbianCyrillic = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'ђ': "đ", 'е': "e", 'ж': "z", 'з': "z", 'и': "i",
	'ј': "j", 'к': "k", 'л': "l", 'љ': "lj", 'м': "m", 'н': "n", 'њ': "nj", 'о': "o", 'п': "p", 'р': "r",
	'с': "s", 'т': "t", 'ћ': "c", 'у': "u", 'ф': "f", 'х': "h", 'ц': "c", 'ч': "c", 'џ': "dz", 'ш': "s",
}

// serbianLatin is a folded word with its Serbian Cyrillic letters written
// in Latin ones; a word without Cyrillic is itself.
func serbianLatin(folded string) string {
	if !strings.ContainsFunc(folded, func(r rune) bool { return r >= 0x400 && r <= 0x4FF }) {
		return folded
	}
	var b strings.Builder
	b.Grow(len(folded))
	for _, r := range folded {
		if latin, ok := serbianCyrillic[r]; ok {
			b.WriteString(latin)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// hanSimplifiedTable lists Traditional characters and their Simplified
// forms, a pair a line, separated by a tab.
//
//go:embed story_hans.tsv
var hanSimplifiedTable string

// hanSimplified maps Traditional characters to their Simplified forms.
var hanSimplified = readHanTable(hanSimplifiedTable)

// readHanTable reads a table of pairs of characters; a malformed line is
// a fault of the build, and panics.
func readHanTable(table string) map[rune]rune {
	m := make(map[rune]rune, strings.Count(table, "\n"))
	for n, line := range strings.Split(strings.TrimSpace(table), "\n") {
		from, to, ok := strings.Cut(line, "\t")
		f, fs := utf8.DecodeRuneInString(from)
		t, ts := utf8.DecodeRuneInString(to)
		if !ok || fs != len(from) || ts != len(to) || f == utf8.RuneError || t == utf8.RuneError || f == t {
			panic(fmt.Sprintf("story_hans.tsv:%d: not two characters separated by a tab: %q", n+1, line))
		}
		m[f] = t
	}
	return m
}

// simplifiedHan is a folded word with its Traditional characters written
// in their Simplified forms; a word without any is itself.
func simplifiedHan(folded string) string {
	at := strings.IndexFunc(folded, func(r rune) bool { _, ok := hanSimplified[r]; return ok })
	if at < 0 {
		return folded
	}
	var b strings.Builder
	b.Grow(len(folded))
	b.WriteString(folded[:at])
	for _, r := range folded[at:] {
		if s, ok := hanSimplified[r]; ok {
			r = s
		}
		b.WriteRune(r)
	}
	return b.String()
}
