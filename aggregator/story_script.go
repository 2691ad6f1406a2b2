package aggregator

import "strings"

// Scripts: a language written in two alphabets is read in one, so that
// copies of a report in each are compared word for word, and a keyword in
// either matches text in either. Serbian (and Montenegrin, and Bosnian,
// and the Serbo-Croatian of older feeds) is written in Cyrillic and in
// Latin letters alike, the same outlet often publishing both ("Пожар у
// Новом Саду", "Požar u Novom Sadu"); the two map letter for letter.
// (Chinese, in Traditional and Simplified characters, is folded into one
// script whatever the language: hanfold.go.)

// digraphic are the languages whose Cyrillic is read in Latin letters,
// by their tags: Serbian, Bosnian, Montenegrin (cnr; it has no two-letter
// tag) and Serbo-Croatian.
var digraphic = map[string]bool{"sr": true, "bs": true, "cnr": true, "sh": true}

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
