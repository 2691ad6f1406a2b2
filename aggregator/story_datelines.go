package aggregator

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Datelines: the place and agency a wire's summary opens with
// ("ATHENS (Meridian) - ", "بيروت (وكالة النيل) - "), cut as furniture
// before its words are read, and kept as its place, by which one
// source's two reports from two places are apart (datelinesApart).

// stripDateline removes a dateline ("ATHENS (Meridian) - ", "TOURS, 16
// mars (CPA) - ") or a byline ("By Anna Smith, Business Correspondent.")
// before a summary, and the "…" of a cut one.
func stripDateline(s string) string {
	s, _ = cutDateline("", s)
	return s
}

// cutDateline is stripDateline, also returning the dateline's place
// ("ATHENS", "TOURS"), "" for none.
func cutDateline(lang, s string) (rest, place string) {
	s = strings.TrimSpace(s)
	if open := strings.IndexByte(s, '('); open > 0 && open < 50 {
		if end := strings.IndexByte(s[open:], ')'); end > 0 && end < 32 && (isUpperPlace(s[:open]) || isCaselessPlace(lang, s[:open], s[open+1:open+end])) {
			rest := strings.TrimLeft(s[open+end+1:], " ")
			if r, n := utf8.DecodeRuneInString(rest); r == '-' || r == '–' || r == '—' || r == '.' && datedUpperPlace(s[:open], s[open+1:open+end]) {
				place, s = datelineHead(s[:open]), strings.TrimSpace(rest[n:])
			}
		}
	}
	for _, by := range []string{"By ", "Von ", "Par ", "Por ", "Door ", "Di "} {
		if strings.HasPrefix(s, by) {
			if dot := strings.IndexByte(s, '.'); dot > 0 && dot < 90 {
				s = strings.TrimSpace(s[dot+1:])
			}
			break
		}
	}
	return strings.TrimRight(s, "…. "), place
}

// datelinesApart reports whether a and b, of one source, each open their
// summary with a dateline, and no place of one's is the other's: a
// wire's reports datelined AUGSBURG and STUTTGART tell two firms' news,
// however alike their words ("… senkt Prognose"). Copies of one report
// keep its dateline, and one datelined from two places
// ("BRUSSELS/AUSTIN") is one of each.
func datelinesApart(a, b *storyPrint) bool {
	da, db := a.words.dateline, b.words.dateline
	if da[0] == 0 || db[0] == 0 || !sameSource(a, b) {
		return false
	}
	for _, x := range da {
		if x != 0 && (x == db[0] || x == db[1]) {
			return false
		}
	}
	return true
}

// datelinePlaces hashes the places of a dateline ("BRUSSELS/AUSTIN";
// "ATHENS 14:05", whose time is no place, nor what follows it), their
// words parted by single spaces: two at most, none when it names more,
// whose places one cannot all keep; 0 for none.
func datelinePlaces(dateline string) (out [2]uint32) {
	n := 0
	var held [4]string // most datelines' words: no allocation
	for part := range strings.SplitSeq(dateline, "/") {
		words := held[:0]
		for w := range strings.FieldsSeq(part) {
			if strings.ContainsFunc(w, unicode.IsDigit) {
				break
			}
			words = append(words, w)
		}
		if len(words) == 0 {
			continue
		}
		if n == len(out) {
			return [2]uint32{}
		}
		out[n] = uint32(hashSeed(strings.Join(words, " "))) | 1 // never 0, which is none
		n++
	}
	return out
}

// isUpperPlace reports whether a dateline's place ("ATHENS", "TOURS, 16
// mars") is written in capitals up to its first comma.
func isUpperPlace(s string) bool {
	place := datelineHead(s)
	letters := 0
	for _, r := range place {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsLower(r):
			return false
		}
	}
	return letters >= 2
}

// datedUpperPlace reports whether a dateline's head is a place in
// capitals and a short date after its comma ("KAUNAS, gegužės 10 d.",
// "LIEPĀJA, 11. maijs"), and its brackets one word, an agency's name:
// the Baltic agencies' datelines end in a full stop after the agency's
// name ("(BNA). "), which after a head of another kind ends a sentence
// ("NATO (the alliance). ", "TÜİK, nisan enflasyonunu açıkladı: %69,8
// (yıllık). ").
func datedUpperPlace(head, bracket string) bool {
	_, date, ok := strings.Cut(head, ",")
	return ok && isUpperPlace(head) && utf8.RuneCountInString(date) <= maxDateRunes &&
		strings.ContainsFunc(date, unicode.IsDigit) && !strings.ContainsAny(date, ":%") && !hasDecimal(date) &&
		bracket != "" && !strings.ContainsFunc(bracket, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsDigit(r) })
}

// maxDateRunes is the longest date of a dateline closed by a full stop,
// spaces included: "gegužės 10 d.", "11. maijs", "2027 m. rugpjūčio
// 14 d.".
const maxDateRunes = 32

// hasDecimal reports whether s holds a number with a decimal comma or
// point ("69,8", "2.9"): a figure, not a date's day ("11. maijs").
func hasDecimal(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if (s[i] == ',' || s[i] == '.') && s[i-1] >= '0' && s[i-1] <= '9' && s[i+1] >= '0' && s[i+1] <= '9' {
			return true
		}
	}
	return false
}

// datelineHead is a dateline's words before its first comma (or Arabic
// comma), trimmed.
func datelineHead(s string) string {
	if i := strings.IndexAny(s, ",،"); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}

// isCaselessPlace reports whether a dateline's place in a script without
// capitals ("بيروت (وكالة النيل) -"), whose brackets and dash alone must
// tell a dateline, is one: a place the language's list holds, or one
// word of letters of no case that is no wire's tag; and the brackets,
// an agency's name, hold no digit (a firm's share code: "トヨタ(7203) -").
// A ministry's or a body's name before a bracket ("وزارة الصحة (غزة) -")
// is no dateline.
func isCaselessPlace(lang, head, bracket string) bool {
	if strings.ContainsFunc(bracket, unicode.IsDigit) {
		return false
	}
	place := datelineHead(head)
	if l := placeLists[lang]; l != nil {
		if _, ok := l.names[Fold(place)]; ok {
			return true
		}
	}
	if place == "" || strings.ContainsFunc(place, notCaseless) {
		return false
	}
	_, tag := wireTag(place)
	return !tag
}

// notCaseless reports whether r is no letter (or mark) of a script
// without capitals: a space, a digit, a letter in either case.
func notCaseless(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsMark(r) || unicode.IsUpper(r) || unicode.IsLower(r)
}
