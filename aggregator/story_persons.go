package aggregator

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// People where no capital tells a name: Japanese writes a person's name
// before an honorific or the word for a suspect or a defendant
// ("桜庭信彦さん", "山田太郎容疑者", "トランプ氏"), which tells it as surely as
// a capital does elsewhere. Two obituaries or two arrests written alike
// ("作家の桜庭信彦さん死去 84歳", "作家の上条由紀子さん死去 79歳") name other
// people, and disagree on names as capitalized titles do.

// personMarks are the words that follow a person's name, by language.
// Roles that also follow a place or a trade ("知事", "監督": "東京都知事",
// "映画監督") are not among them.
var personMarks = map[string][]string{
	"ja": {"さん", "氏", "容疑者", "被告", "受刑者", "死刑囚"},
}

// personRunes is how many last letters of the name before a mark are
// compared: a given name and the end of the family name, without a
// trade written against it ("作家桜庭信彦さん").
const personRunes = 3

// personSalt keeps a person's hash apart from the words'.
const personSalt = 0x7e750a5

// notePersons notes the people the title names before a mark of the
// language's, as names of the title: each by the first and the last
// pair of letters of its last personRunes letters, which are words of
// any item that names the person (hasPerson), and its own hash.
func (r *wordReader) notePersons(title string, marks []string) {
	w := &r.w
	for _, mark := range marks {
		for at := 0; ; {
			i := strings.Index(title[at:], mark)
			if i < 0 {
				break
			}
			if len(w.titleCaps) >= maxTitleNames {
				return
			}
			i += at
			at = i + len(mark)
			name, tail := personBefore(title[:i])
			if name == "" {
				continue
			}
			first, last := r.pairHash(tail, true), r.pairHash(tail, false)
			if first == 0 || last == 0 || containsName(w.titleCaps, first) {
				continue
			}
			// exact, never a word written in lower case, makes it a name
			// (isTitleName); a pair of Han letters is written in no case
			nw := nameWord{word: first, alias: last, exact: hashAfter(r.seed^personSalt, tail), person: true}
			w.titleCaps = append(w.titleCaps, nw)
			r.note(nw.exact, name)
		}
	}
}

// personBefore is the name that ends s, of at most personMost letters,
// and its last personRunes letters: Han or katakana letters, with a
// reading in brackets between the name and its mark skipped
// ("桜庭信彦（さくらば・のぶひこ）"); "" when the name has fewer than two
// letters ("同氏", "皆さん").
func personBefore(s string) (name, tail string) {
	if strings.HasSuffix(s, "）") {
		from := max(0, len(s)-readingMost)
		if open := strings.LastIndex(s[from:], "（"); open >= 0 {
			s = s[:from+open]
		}
	}
	start, n, tailAt := len(s), 0, len(s)
	for start > 0 && n < personMost {
		r, size := utf8.DecodeLastRuneInString(s[:start])
		if !isNameLetter(r) {
			break
		}
		start -= size
		if n++; n <= personRunes {
			tailAt = start
		}
	}
	if n < 2 {
		return "", ""
	}
	return s[start:], s[tailAt:]
}

// personMost is the most letters of a name before a mark shown as the
// person's: a trade written against it included ("作家桜庭信彦").
const personMost = 8

// readingMost is how far back, in bytes, a bracket before a mark is
// looked for: a name's reading ("（さくらば・のぶひこ）") or a note on the
// person ("（東京都港区在住、職業不詳の自称経営コンサルタント）") of up to 80
// characters.
const readingMost = 246

// isNameLetter reports whether r may be a letter of a Japanese name:
// Han, katakana, the iteration mark and the long vowel mark.
func isNameLetter(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Katakana, r) || r == 'ー' || r == '々'
}

// pairHash is the hash of the first or the last pair of letters of name
// as a word of the reader's language, as the title's words are read; 0
// for a stop word.
func (r *wordReader) pairHash(name string, first bool) uint32 {
	_, n := utf8.DecodeRuneInString(name)
	pair := name
	if first {
		_, m := utf8.DecodeRuneInString(name[n:])
		pair = name[:n+m]
	} else if utf8.RuneCountInString(name) > 2 {
		_, m := utf8.DecodeLastRuneInString(name)
		_, l := utf8.DecodeLastRuneInString(name[:len(name)-m])
		pair = name[len(name)-m-l:]
	}
	c, _ := r.read(pair)
	if c.stop || c.replaced {
		return 0
	}
	return c.h
}

// hasPerson reports whether p names person nw: has both pairs of
// letters it is known by.
func (p *storyPrint) hasPerson(nw nameWord) bool {
	_, first := slices.BinarySearch(p.words.words, nw.word)
	_, last := slices.BinarySearch(p.words.words, nw.alias)
	return first && last
}

// key is the hash a name's text is noted by, for explain: a person's
// own, any other name's as a word.
func (nw nameWord) key() uint32 {
	switch {
	case nw.person:
		return nw.exact
	case nw.whole != 0:
		return nw.whole
	}
	return nw.word
}
