package aggregator

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Story text: what story grouping reads of an item's title and summary.
// The wire's furniture is stripped first (UPDATE 1-, REFILE-, BRIEF- and
// CORRECTED- before a title; a dateline such as "BRUSSELS (Reuters) -"
// or a byline such as "By Anna Smith, Business Correspondent." before a
// summary; a trailing "…" of a cut summary), since copies of one report
// differ by exactly these. What is left is read as words: folded (case,
// accents), their common endings cut so that "earthquake" and
// "earthquakes" are one word, and numbers written one way ("3,500",
// "3.500" and "3 500" are 3500; "5,1" is 5.1).

// storyWords are the words of an item's title and summary, as hashes
// salted with its language, with the numbers and names of the title that
// tell one event from another of the same kind.
type storyWords struct {
	words     []uint32   // every word, sorted, without repeats
	lower     []uint32   // the words written in lower case, unstemmed, unsorted, repeats kept
	titleNums []string   // the title's numbers, normalized
	titleCaps []nameWord // the title's capitalized words (in German, its nouns too)
	titleRest []uint32   // the title's words but numbers, sorted
	prefixes  []uint32   // the namePrefix of every word that has one, sorted
	nums      []string   // every number, normalized
}

// nameWord is a capitalized word of a title: its hash as a word, and
// unstemmed, by which it is told from a common word ("Severn" is no
// "severe", "Tours" no "tour").
type nameWord struct{ word, exact, prefix uint32 }

// wirePrefixes are the tags wires put before a title, followed by an
// optional number and a dash or colon.
var wirePrefixes = []string{"UPDATE", "CORRECTED", "REFILE", "BRIEF", "RPT", "WRAPUP", "CORRECTION"}

// stripWirePrefix removes the wire's tags before a title: "UPDATE 2-",
// "REFILE-", "BRIEF-", any number of them.
func stripWirePrefix(title string) string {
	for {
		rest, ok := "", false
		for _, p := range wirePrefixes {
			if len(title) > len(p) && strings.EqualFold(title[:len(p)], p) {
				rest, ok = title[len(p):], true
				break
			}
		}
		if !ok {
			return title
		}
		rest = strings.TrimLeft(rest, " 0123456789")
		r, n := utf8.DecodeRuneInString(rest)
		if r != '-' && r != ':' && r != '–' {
			return title
		}
		title = strings.TrimSpace(rest[n:])
	}
}

// stripDateline removes a dateline ("ATHENS (Meridian) - ", "TOURS, 16
// mars (CPA) - ") or a byline ("By Anna Smith, Business Correspondent.")
// before a summary, and the "…" of a cut one.
func stripDateline(s string) string {
	s = strings.TrimSpace(s)
	if open := strings.IndexByte(s, '('); open > 0 && open < 50 && isUpperPlace(s[:open]) {
		if end := strings.IndexByte(s[open:], ')'); end > 0 && end < 32 {
			rest := strings.TrimLeft(s[open+end+1:], " ")
			if r, n := utf8.DecodeRuneInString(rest); r == '-' || r == '–' || r == '—' {
				s = strings.TrimSpace(rest[n:])
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
	return strings.TrimRight(s, "…. ")
}

// isUpperPlace reports whether a dateline's place ("ATHENS", "TOURS, 16
// mars") is written in capitals up to its first comma.
func isUpperPlace(s string) bool {
	place, _, _ := strings.Cut(s, ",")
	place = strings.TrimSpace(place)
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

// readStoryWords reads the words of an item in language lang.
func readStoryWords(lang, title, summary string) storyWords {
	title, summary = stripWirePrefix(HTMLText(title)), stripDateline(HTMLText(summary))
	r := newWordReader(lang, min((len(title)+len(summary))/6, len(title)/4+storyLeadWords)+4)
	w := &r.w
	scanWords(title, -1, func(word string, num bool) {
		h, exact, prefix := r.add(word, num)
		switch {
		case num:
			w.titleNums = append(w.titleNums, word)
		case h == 0: // a stop word
		case isCapitalized(word) && !isPrefix(title, word):
			w.titleCaps = append(w.titleCaps, nameWord{h, exact, prefix})
			w.titleRest = append(w.titleRest, h)
		default:
			w.titleRest = append(w.titleRest, h)
		}
	})
	scanWords(summary, storyLeadWords, func(word string, num bool) { r.add(word, num) })
	w.words = sortedSet(w.words)
	w.titleRest = sortedSet(w.titleRest)
	w.prefixes = sortedSet(w.prefixes)
	return *w
}

// wordReader reads the words of one item into w.
type wordReader struct {
	w       storyWords
	lang    string
	stops   map[string]bool // the language's stop words
	english bool            // or no language: its abbreviations and adjectives are read
}

// newWordReader returns a reader of words in lang, with room for about n
// words in one allocation.
func newWordReader(lang string, n int) *wordReader {
	buf := make([]uint32, 3*n)
	return &wordReader{
		w:    storyWords{words: buf[:0:n], lower: buf[n : n : 2*n], prefixes: buf[2*n : 2*n : 3*n]},
		lang: lang, stops: stopSets[lang], english: lang == "en" || lang == "",
	}
}

// isPrefix reports whether word stands in title before a hyphen and a
// lower-case word: a prefix such as "Ex-minister" or "Anti-war", no name.
func isPrefix(title, word string) bool {
	for i := strings.Index(title, word+"-"); i >= 0; {
		if rest := title[i+len(word)+1:]; rest != "" {
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLower(r) {
				return true
			}
		}
		next := strings.Index(title[i+1:], word+"-")
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

// add adds a word, and returns its hash, its unstemmed hash and its
// namePrefix; 0 for a stop word.
func (r *wordReader) add(word string, num bool) (h, exact, prefix uint32) {
	w, lang := &r.w, r.lang
	if num {
		h := pairHash(lang, word)
		w.words, w.nums = append(w.words, h), append(w.nums, word)
		return h, h, 0
	}
	folded := foldWord(word)
	if len(folded) <= maxStopWord && r.stops[folded] {
		return 0, 0, 0
	}
	if r.english {
		if long, ok := wireAbbrev(folded); ok {
			for _, f := range strings.Fields(long) {
				r.add(f, false)
			}
			return 0, 0, 0 // neither a name nor the title's wording
		}
		if country, ok := demonym(folded); ok {
			folded = country
		}
	}
	stemmed := stem(folded)
	h, exact = pairHash(lang, stemmed), 0
	if len(stemmed) == len(folded) {
		exact = h
	} else if exact = pairHash(lang, folded); exact == h {
		exact++ // never one with a stem
	}
	w.words = append(w.words, h)
	if !isCapitalized(word) {
		w.lower = append(w.lower, exact)
	}
	if prefix = namePrefix(lang, folded); prefix != 0 {
		w.prefixes = append(w.prefixes, prefix)
	}
	return h, exact, prefix
}

// namePrefixRunes is how many first letters of a name tell it from
// others whatever its ending: "Naviglio" and "Navigli", "Hamburg" and
// "Hamburgs", "Москва" and "Москве" are one name, "Austria" and
// "Australia" two.
const namePrefixRunes = 5

// namePrefix is the hash of the first namePrefixRunes letters of a
// folded word, or 0 when it is shorter.
func namePrefix(lang, folded string) uint32 {
	n := 0
	for i := range folded {
		if n == namePrefixRunes {
			return pairHash(lang, folded[:i]) | 1
		}
		n++
	}
	if n == namePrefixRunes {
		return pairHash(lang, folded) | 1
	}
	return 0
}

// wireAbbrev is what a story writes for a BRIEF's abbreviation.
func wireAbbrev(folded string) (string, bool) {
	if len(folded) > 5 { // none is longer
		return "", false
	}
	long, ok := wireAbbrevs[folded]
	return long, ok
}

// wireAbbrevs are the abbreviations of a wire's BRIEF ("BRIEF-Brandt
// Q1 EBIT EUR 214 mln"), folded, with the words a story writes instead
// ("first-quarter operating profit of 214 million euros"); "pct" is
// dropped, as "%" is.
var wireAbbrevs = map[string]string{
	"mln": "million", "bln": "billion", "pct": "", "eur": "euro", "usd": "dollar", "gbp": "pound",
	"q1": "first quarter", "q2": "second quarter", "q3": "third quarter", "q4": "fourth quarter",
	"h1": "first half", "h2": "second half", "fy": "full year", "yr": "year", "yy": "year",
	"ebit": "operating profit", "qtrly": "quarterly", "shr": "share", "rev": "revenue",
}

// foldWord is Fold of a word: of a word written in ASCII, its lower
// case, which a word of lower-case letters already is.
func foldWord(word string) string {
	upper := false
	for i := 0; i < len(word); i++ {
		switch c := word[i]; {
		case c >= utf8.RuneSelf:
			return Fold(word)
		case 'A' <= c && c <= 'Z':
			upper = true
		}
	}
	if upper {
		return strings.ToLower(word)
	}
	return word
}

// demonyms are the adjectives of countries in English, folded, by the
// country a rewrite names instead ("a Greek island", "Greece's").
// demonym is the country an English adjective of nationality names.
func demonym(folded string) (string, bool) {
	if len(folded) < minDemonym || len(folded) > maxDemonym {
		return "", false
	}
	country, ok := demonyms[folded]
	return country, ok
}

// minDemonym and maxDemonym are the lengths of the shortest and longest
// of demonyms.
var minDemonym, maxDemonym = func() (lo, hi int) {
	lo = 1 << 30
	for k := range demonyms {
		lo, hi = min(lo, len(k)), max(hi, len(k))
	}
	return lo, hi
}()

var demonyms = map[string]string{
	"greek": "greece", "spanish": "spain", "swedish": "sweden", "french": "france", "german": "germany",
	"dutch": "netherlands", "italian": "italy", "british": "britain", "portuguese": "portugal",
	"danish": "denmark", "norwegian": "norway", "finnish": "finland", "polish": "poland",
	"austrian": "austria", "swiss": "switzerland", "belgian": "belgium", "irish": "ireland",
	"hungarian": "hungary", "turkish": "turkey", "russian": "russia", "ukrainian": "ukraine",
	"chinese": "china", "japanese": "japan", "indian": "india", "israeli": "israel", "iranian": "iran",
	"egyptian": "egypt", "slovenian": "slovenia", "croatian": "croatia", "serbian": "serbia",
	"romanian": "romania", "bulgarian": "bulgaria", "slovak": "slovakia", "czech": "czechia",
}

func isCapitalized(word string) bool {
	if word == "" {
		return false
	}
	if c := word[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(word)
	return classOf(r)&classUpper != 0
}

// stemSuffixes are the endings cut from a word of more than three
// letters besides them: a crude stemmer for the languages of Europe,
// which makes plurals and verb forms one word more often than it makes
// two words one.
var stemSuffixes = []string{"ing", "es", "s", "e", "en", "er", "n"}

func stem(w string) string {
	for _, suf := range stemSuffixes {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// storyLeadWords is how many words of a summary story grouping reads: a
// report's lede and the sentence after it, which hold the who, where and
// how many of its event. Copies of one report differ most further down,
// where outlets cut, add context or their own boilerplate, and reading
// all of a long summary (or a full article) would cost in proportion
// for no better answer.
const storyLeadWords = 80

// scanWords calls f with each of the first limit words of s (all of
// them when limit is negative) and whether it is a number, in its
// normalized form (normNumber); in a script written without spaces, each
// two consecutive characters are a word.
func scanWords(s string, limit int, f func(word string, num bool)) {
	emit := func(word string, num bool) {
		if limit != 0 {
			limit--
			f(word, num)
		}
	}
	for i := 0; i < len(s) && limit != 0; {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		c := classOf(r)
		switch {
		case c&classDigit != 0:
			end := numberEnd(s, i)
			emit(normNumber(s[i:end]), true)
			i = end
		case c&classLetter != 0:
			end := letterEnd(s, i)
			word := s[i:end]
			switch {
			case c&classSpaceless != 0:
				runePairs(word, func(a, b string) { emit(a+b, false) })
			case end < len(s) && s[end] >= '0' && s[end] <= '9':
				// a code written with digits ("Q1", "A321neo", "G20") is
				// a word: its digits are no quantity of the news
				for end < len(s) && (s[end] >= '0' && s[end] <= '9' || isASCIILetter(s[end])) {
					end++
				}
				emit(s[i:end], false)
			default:
				emit(word, false)
			}
			i = end
		default:
			i += n
		}
	}
}

// letterEnd is where the letters (and their marks) starting at i end.
func letterEnd(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if !isASCIILetter(c) {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if classOf(r)&(classLetter|classMark) == 0 {
			break
		}
		i += n
	}
	return i
}

// numberEnd is where the number starting at i ends: digits, with '.' or
// ',' between digits, and groups of three digits after a space.
func numberEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			i++
		case (c == '.' || c == ',') && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
			i++
		case c == ' ' && threeDigits(s, i+1):
			i++
		case strings.HasPrefix(s[i:], "\u00a0") && threeDigits(s, i+2), strings.HasPrefix(s[i:], "\u202f") && threeDigits(s, i+3):
			_, n := utf8.DecodeRuneInString(s[i:])
			i += n
		default:
			return i
		}
	}
	return i
}

// threeDigits reports whether s has exactly three digits at i.
func threeDigits(s string, i int) bool {
	if i+3 > len(s) {
		return false
	}
	for _, c := range []byte(s[i : i+3]) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return i+3 == len(s) || s[i+3] < '0' || s[i+3] > '9'
}

// normNumber writes a number one way: without thousands separators
// ("3,500", "3.500", "3 500": 3500) and with a decimal point ("5,1": 5.1).
func normNumber(n string) string {
	if strings.ContainsAny(n, " \u00a0\u202f") {
		n = numberSpaces.Replace(n)
	}
	if groups(n, ',') {
		n = strings.ReplaceAll(n, ",", "")
	} else if groups(n, '.') {
		n = strings.ReplaceAll(strings.ReplaceAll(n, ".", ""), ",", ".")
	}
	return strings.ReplaceAll(n, ",", ".")
}

// numberSpaces are the spaces between a number's groups of digits.
var numberSpaces = strings.NewReplacer(" ", "", "\u00a0", "", "\u202f", "")

// groups reports whether sep separates thousands in n: 1 to 3 digits,
// then groups of 3 after each sep, then perhaps a decimal part after the
// other separator.
func groups(n string, sep byte) bool {
	other := byte('.')
	if sep == '.' {
		other = ','
	}
	whole, _, _ := strings.Cut(n, string(other))
	parts := strings.Split(whole, string(sep))
	if len(parts) < 2 || len(parts[0]) > 3 {
		return false
	}
	for _, p := range parts[1:] {
		if len(p) != 3 {
			return false
		}
	}
	return true
}

// sortedSet sorts s and drops its repeats.
func sortedSet(s []uint32) []uint32 {
	slices.Sort(s)
	return slices.Compact(s)
}
