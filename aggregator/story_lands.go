package aggregator

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Countries in titles. Two reports of one kind on two countries share
// every word of their kind ("UN Security Council extends Libya mission
// for a year", "UN Security Council renews authorisation for EU force in
// Bosnia"), and the text of each may name the other's country in passing
// ("in the same session that extended the Libya mission"), so neither
// title's names are lacking in the other item. When each title names a
// country (or its capital) and no country of the other's title, they
// report on different countries: different news (likeness.conflict
// "countries"). A rewrite that names its country otherwise (its
// capital) names the same country; one that names none disagrees with
// nothing.

// landsPenalty is how much less alike two items are whose titles each
// name a country and none of the other's: two template reports on two
// countries (0.2 to 0.5 alike on the tuning halves) fall below the
// threshold, and two copies of one wire text under titles that pick
// other countries ("… as China and Russia abstain", 0.86 alike) stay
// one story.
const landsPenalty = 0.35

// landNames are the countries' numbers (from 1) by folded name, in
// each language of landLanguages, and the first words of their names of
// several (landPrefix); abbreviations are kept apart, by their letters
// as written.
var landNames = func() map[string]map[string]uint8 {
	out := map[string]map[string]uint8{}
	for _, lang := range landLanguages {
		out[lang] = map[string]uint8{}
	}
	n := 0
	for _, line := range strings.Split(strings.TrimSpace(landTable), "\n") {
		n++
		for i, names := range strings.Split(line, ";") {
			for _, name := range strings.Split(names, "|") {
				if name = strings.TrimSpace(name); name != "" && name != "-" {
					key, m := landKey(name), out[landLanguages[i]]
					m[key] = uint8(n)
					for j := strings.LastIndexByte(key, ' '); j > 0; j = strings.LastIndexByte(key[:j], ' ') {
						if _, ok := m[key[:j]]; !ok {
							m[key[:j]] = landPrefix // "south" of "south sudan"
						}
					}
				}
			}
		}
	}
	return out
}()

// landPrefix marks in landNames the first words of a name of several,
// which name no country alone: reading goes on to the next word only
// after them or a country's name.
const landPrefix = 255

// landKey is the key of a name in landNames: an abbreviation ("UK",
// "EEUU") as written, any other name folded.
func landKey(name string) string {
	if isAbbreviation(name) {
		return name
	}
	return Fold(name)
}

// isAbbreviation reports whether a word of at most four letters is all
// capitals.
func isAbbreviation(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 4
}

// maxLandWords is the most words of a country's name ("Bosnia and
// Herzegovina", "Emiratos Árabes Unidos").
const maxLandWords = 4

// titleLands are the countries a title names, by number, at most len of
// the result; 0 for none. It reads the title in place, in one pass, and
// allocates nothing: every item's title is read, most of them naming no
// country, and a feed's title may be long.
func titleLands(lang, title string) (lands [4]uint8) {
	names := landNames[lang]
	if names == nil {
		return lands
	}
	r := landReader{names: names, title: title, genitive: lang == "de" || lang == "da"}
	k := 0
	for i := 0; i < len(title) && k < len(lands); {
		start, end := nextLandWord(title, i)
		if start < 0 {
			break
		}
		i = end
		if c, _ := utf8.DecodeRuneInString(title[start:]); !unicode.IsUpper(c) {
			continue // a country's name begins with a capital
		}
		n, next := r.at(start, end)
		if n == 0 {
			continue
		}
		i = max(next, end)
		if !slices.Contains(lands[:k], n) {
			lands[k] = n
			k++
		}
	}
	return lands
}

// maxLandBytes is the most bytes of a word of a country's name, and of
// a name of several words folded: longer words are no country's, and
// the key of a name fits the reader's buffer.
const maxLandBytes = 40

// landReader reads a title's countries from the names of its language.
type landReader struct {
	names    map[string]uint8
	title    string
	genitive bool // a name may take a genitive's s (German, Danish)
	shouting int8 // the title is in capitals, 1, or not, -1, once asked: no abbreviation is told from a word there
	buf      [2 * maxLandBytes]byte
}

// at is the country whose longest name the words of the title from the
// one at start (ending at end) begin with, and where that name ends.
func (r *landReader) at(start, end int) (n uint8, next int) {
	word := r.title[start:end]
	if isAbbreviation(word) && !r.inCapitals() {
		return r.names[word], end
	}
	if len(word) > maxLandBytes {
		return 0, 0
	}
	n, next = r.ofWord(word, start, end)
	key := r.buf[:0]
	for j := 0; j < maxLandWords && start >= 0 && end-start <= maxLandBytes && len(key) <= maxLandBytes; j++ {
		if j > 0 {
			key = append(key, ' ')
		}
		key = appendFolded(key, r.title[start:end])
		m, found := r.names[string(key)]
		if !found {
			break // no name begins so
		}
		if m != landPrefix {
			n, next = m, end
		}
		start, end = nextLandWord(r.title, end)
	}
	return n, next
}

// ofWord is the country one word (at start, ending at end) names other
// than whole: by its part before a hyphen ("Libyen-Mission",
// "Libya-based"), or, in German and Danish, without a genitive's s
// ("Deutschlands", "Ruslands"); the word is read to its end either way.
func (r *landReader) ofWord(word string, start, end int) (uint8, int) {
	if i := strings.IndexByte(word, '-'); i > 0 {
		if n := r.names[string(appendFolded(r.buf[:0], word[:i]))]; n != 0 {
			return n, end
		}
	}
	if stem, ok := strings.CutSuffix(word, "s"); ok && r.genitive && len(stem) > 2 {
		return r.names[string(appendFolded(r.buf[:0], stem))], end
	}
	return 0, 0
}

// inCapitals reports whether the title is all in capitals, asked once.
func (r *landReader) inCapitals() bool {
	if r.shouting == 0 {
		r.shouting = -1
		if !hasLower(r.title) {
			r.shouting = 1
		}
	}
	return r.shouting > 0
}

// hasLower reports whether s has a small letter.
func hasLower(s string) bool {
	for _, c := range s {
		if unicode.IsLower(c) {
			return true
		}
	}
	return false
}

// appendFolded appends word to b, folded.
func appendFolded(b []byte, word string) []byte {
	at := len(b)
	b, ok := appendFoldFast(b, word)
	if !ok {
		b = append(b[:at], Fold(word)...)
	}
	return b
}

// nextLandWord is where the next word of title from i starts and ends:
// a run of letters, with the hyphens and apostrophes within it
// ("Bosnie-Herzégovine", "N'Djamena"); a French or Italian elision
// before a capital is passed over ("l'Italie"). -1 when none is left.
// ASCII is read byte by byte: every item's title is read.
func nextLandWord(title string, i int) (start, end int) {
	for i < len(title) {
		if c := title[i]; c < utf8.RuneSelf {
			if isASCIILetter(c) {
				break
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(title[i:])
		if unicode.IsLetter(r) {
			break
		}
		i += w
	}
	if i >= len(title) {
		return -1, len(title)
	}
	start, end = i, i
	for end < len(title) {
		r, w := rune(title[end]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(title[end:])
		} else if isASCIILetter(byte(r)) {
			end++
			continue
		}
		if !landJoiner(r) {
			if !unicode.IsLetter(r) {
				break
			}
			end += w
			continue
		}
		next, _ := utf8.DecodeRuneInString(title[end+w:])
		if !unicode.IsLetter(next) {
			break // a hyphen or an apostrophe that ends the word
		}
		if r != '-' && unicode.IsUpper(next) && elision(title[start:end]) {
			start = end + w // "l'Italie", "d'Algérie", "dell'Italia"
		}
		end += w
	}
	return start, end
}

// elision reports whether the letters before an apostrophe are an
// article or a preposition elided before a name: "l", "d", "L", "D", or
// up to four small letters ("dell", "nell"); "N'Djamena" is a name.
func elision(s string) bool {
	switch s {
	case "l", "d", "L", "D":
		return true
	}
	return len(s) <= 4 && strings.ToLower(s) == s
}

// landJoiner reports whether r joins the parts of a name: a hyphen or an
// apostrophe.
func landJoiner(r rune) bool { return r == '-' || r == '\'' || r == '’' }

// landsApart reports whether each title names a country and none that
// the other's names.
func landsApart(a, b *storyPrint) bool {
	if a.words.lands[0] == 0 || b.words.lands[0] == 0 {
		return false
	}
	for _, n := range a.words.lands {
		if n != 0 && slices.Contains(b.words.lands[:], n) {
			return false
		}
	}
	return true
}
