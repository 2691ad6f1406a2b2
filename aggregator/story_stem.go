package aggregator

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Stemming: the crude stemmer story grouping reads words with, so that
// plurals, verb forms and (in Polish) a name's cases are one word; and
// long words truncated, so that the endings of inflected and compound
// words ("zpoždění" and "zpožděním", "evacuated" and "evacuation",
// "Новосибирске" and "Новосибирск") do not make them two.

// stemSuffixes are the endings cut from a word of more than three
// letters besides them: a crude stemmer for the languages of Europe,
// which makes plurals and verb forms one word more often than it makes
// two words one.
var stemSuffixes = []string{"ing", "es", "s", "e", "en", "er", "n"}

// stemEnding marks the last bytes of stemSuffixes: a word ending in
// another has none of them.
var stemEnding = func() (ends [256]bool) {
	for _, suf := range stemSuffixes {
		ends[suf[len(suf)-1]] = true
	}
	return ends
}()

// inflection is how a language's words change with their grammar, past
// what stemSuffixes cut: the endings of its cases and the particles it
// writes onto a word's end, and the article and conjunctions it writes
// onto a word's start.
type inflection struct {
	script   *unicode.RangeTable // its words' letters: a word in another script is stemmed as stem does
	prefixes []string            // longest first; one is cut
	endings  []string            // longest first; one is cut, or as many as again allows
	again    bool                // endings are cut while one is left (Korean particles stack)
	least    int                 // letters a word keeps
}

// inflections are the languages whose words stemSuffixes leave apart:
//   - Polish names its places in whatever case the sentence needs ("pod
//     Poznaniem", "koło Poznania");
//   - Korean writes its particles onto the word ("신선대부두에서",
//     "신선대부두서", "신선대부두": at, at, the pier), and they are cut
//     as long as one ends the word, the bare word's too, so that a name
//     ending as a particle does ("김정은", "우크라이나") is cut alike
//     in every form;
//   - Hebrew writes its conjunction and article onto the word's start
//     ("השריפה", "שריפה": the fire, fire; "והשריפה"), and Arabic its
//     article, with or without a conjunction or preposition before it
//     ("المصرية", "بالمدينة"), and its feminine and plural endings
//     onto its end ("مصرية", "مصر"). Their prepositions of one letter
//     ("בנמל", "in the port") are not cut: the letters they are written
//     with begin as many words, and cutting them made names of other
//     countries one ("بولندا" and "كندا", Poland and Canada);
//   - Greek declines its names ("Ρόδος", "Ρόδο", "Ρόδου");
//   - Azerbaijani writes its cases onto a name ("Lənkəranda",
//     "Lənkərandan": in, from), and only these two are cut: a dative's
//     or a locative's other endings end names too ("Rusiya",
//     "Ermənistan", not "Rusiy-a", "Ermənis-tan"), and its genitive
//     ends "Lənkəranın" and "Gəncənin" alike, the one after a consonant,
//     the other after a vowel, which no ending tells. Its words are
//     read by their first letters too (prefixLanguages), the genitive's
//     with them; these endings tell whether two titles are written
//     alike (storyWords.titleRest).
var inflections = foldInflections(map[string]*inflection{
	"pl": {endings: []string{"ami", "ach", "ego", "emu", "ymi", "imi", "ych", "ich", "owi", "iem", "om", "ow", "em", "ej",
		"ym", "im", "ia", "ie", "iu", "y", "a", "u", "e", "i", "o"}, least: 4},
	"ko": {script: unicode.Hangul, endings: []string{"에서는", "에서도", "에게서", "으로는", "으로", "에서", "에게", "까지", "부터", "께서", "처럼", "보다",
		"이나", "은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "도", "만", "로", "서"}, again: true, least: 2},
	"he": {script: unicode.Hebrew, prefixes: []string{"וה", "ה", "ו"}, least: 3},
	"ar": {script: unicode.Arabic, prefixes: []string{"وال", "بال", "كال", "فال", "لل", "ال"},
		endings: []string{"ات", "ون", "ين", "ية", "ها", "ة", "ه", "ي"}, least: 3},
	"az": {endings: []string{"dakı", "dəki", "dan", "dən", "da", "də"}, least: 4},
	"el": {script: unicode.Greek, endings: []string{"ους", "εις", "ων", "ου", "ος", "ες", "ας", "ης", "οι", "α", "ο", "η", "ι", "ε", "ς"}, least: 3},
})

// foldInflections folds the prefixes and endings of inflections, as
// spelled, as words are when read (a Greek word's final "ς" is folded to
// "σ"). It runs as the table is made, not in an init function: other
// tables of the package read words while they are made (story_events.go,
// story_phrases.go), and a word read with affixes not yet folded would
// be kept so in the word cache.
func foldInflections(ins map[string]*inflection) map[string]*inflection {
	for _, in := range ins {
		foldAll(in.prefixes)
		foldAll(in.endings)
	}
	return ins
}

// stem cuts a word's prefix and ending when its language has them,
// else one of stemSuffixes, leaving at least four letters.
func (r *wordReader) stem(w string) string {
	in := r.inflection
	if in == nil {
		return stem(w)
	}
	if first, _ := utf8.DecodeRuneInString(w); in.script != nil && !unicode.Is(in.script, first) {
		return stem(w) // "Oscars" in a Greek title
	}
	w = in.cut(w, in.prefixes, strings.HasPrefix, func(w, p string) string { return w[len(p):] })
	for range maxEndings {
		cut := in.cut(w, in.endings, strings.HasSuffix, func(w, e string) string { return w[:len(w)-len(e)] })
		if len(cut) == len(w) || !in.again {
			return cut
		}
		w = cut
	}
	return w
}

// maxEndings is the most endings cut from one word in a language whose
// endings stack (Korean's particles, "에서는"): a word cut more often is
// no word, and cutting each costs a count of the letters left.
const maxEndings = 4

// cut is w without the first of affixes it has, when as many letters as
// the inflection keeps are left.
func (in *inflection) cut(w string, affixes []string, has func(w, a string) bool, without func(w, a string) string) string {
	for _, a := range affixes {
		if len(w) > len(a) && has(w, a) {
			if rest := without(w, a); utf8.RuneCountInString(rest) >= in.least {
				return rest
			}
		}
	}
	return w
}

func stem(w string) string {
	if len(w) < 5 || !stemEnding[w[len(w)-1]] {
		return w
	}
	for _, suf := range stemSuffixes {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// prefixLanguages are the languages whose words are read by their
// first prefixLetters letters, stemmed or not: they write a word's case,
// number and possessor onto its end, and a name's stem often changes
// with them, so that no list of endings finds it ("Tampere",
// "Tampereen", "Tampereella"; "Kaunas", "Kaune"; "Rodos", "na Rodosu";
// "Debrecen", "Debrecenben"; "İzmir", "İzmir'de"). Finnish, Estonian,
// Hungarian, Lithuanian, Latvian, Slovenian, Turkish, Azerbaijani,
// Czech, Slovak and the three standards of Serbo-Croatian: on the
// tuning halves, 19 more right pairs and no wrong one. Not Russian,
// Ukrainian and Belarusian, nor Armenian and Georgian, whose look-alikes
// then merged (11 wrong pairs made on tuning11.json and tuning18.json,
// and 3), nor the Germanic languages (3 wrong pairs), nor Polish, whose
// endings are cut by its own table (inflections) and whose rewrites of
// one storm then lost 3 pairs on tuning17.json. A word's rarity weighs
// what the letters share: a prefix many words begin with counts for
// little. A beginning is compared, never looked up: a title's name, and
// the words by which a report mentions an arrest, are looked up among
// the other item's words read whole (storyWords.lookup), so that
// "Budapest" is not in "Budaörs".
var prefixLanguages = map[string]bool{
	"fi": true, "et": true, "hu": true, "lt": true, "lv": true, "sl": true,
	"tr": true, "az": true, "cs": true, "sk": true, "hr": true, "sr": true, "bs": true,
}

// prefixLetters is how many first letters a word of prefixLanguages is
// read by: four found more pairs of one story on the tuning halves than
// five, and made no more wrong ones.
const prefixLetters = 4

// wordBeginning is a folded word's first prefixLetters letters, when it
// has as many and no digit: a code written with digits is read whole
// ("TK1878" is no "TK1845"), and so is a shorter word.
func wordBeginning(w string) (string, bool) {
	n, end := 0, len(w)
	for i, r := range w {
		if r >= '0' && r <= '9' || unicode.IsDigit(r) {
			return w, false
		}
		if n == prefixLetters {
			end = i
		}
		n++
	}
	if n < prefixLetters {
		return w, false
	}
	return w[:end], true
}

// caseVowels are the vowels that end a name's cases in prefixLanguages
// ("Kaune", "Kauno"; "Celje", "v Celju"; "Praha", "Prahy"), folded: a
// name of one of them is looked up without them, so that its cases are
// one name and "İzmir" and "İzmit" two; "y" is a consonant in Turkish,
// Azerbaijani and Hungarian ("Hatay", "Günay"). What is left has
// prefixLetters letters at least, and is hashed apart from whole words
// (bareSeed): "Bari" left as "bar" would be the Serbian "Bar", and
// "Gəncə" left as "gənc" the word for young.
const caseVowels = "aeiouyəı"

// caseVowelsOf is caseVowels in lang.
func caseVowelsOf(lang string) string {
	switch lang {
	case "tr", "az", "hu":
		return "aeiouəı"
	}
	return caseVowels
}

// bareSeed sets the hashes of words without their last vowels apart
// from those of whole words and of beginnings.
const bareSeed = 0xc2b2ae3d27d4eb4f

// beginningSeed sets the hashes of words' beginnings apart from those
// of words read whole (storyWords.lookup).
const beginningSeed = 0x5bd1e9955bd1e995

// A stemmed word of at least truncateFrom letters is cut to its first
// truncateTo: in the languages of Europe a long word's first six letters
// tell it from others, and what follows is inflection, derivation or the
// tail of a compound. Shorter words keep their endings, which tell more
// of them apart ("police" and "policy"). The figures were chosen on the tuning corpora:
// cutting every word to five letters found more copies but grouped
// look-alikes in Russian and in the project's own corpus.
const (
	truncateFrom = 8
	truncateTo   = 6
)

// truncateStem cuts a stemmed word of at least truncateFrom letters to
// its first truncateTo. It counts letters by the bytes that start them,
// which is all a folded word needs.
func truncateStem(w string) string {
	if len(w) < truncateFrom {
		return w // fewer bytes, fewer letters
	}
	cut, n := 0, 0
	for i := 0; i < len(w); i++ {
		if w[i]&0xc0 == 0x80 {
			continue // within a letter
		}
		if n == truncateTo {
			cut = i
		}
		if n++; n == truncateFrom {
			return w[:cut]
		}
	}
	return w
}

// namePrefixRunes is how many first letters of a name tell it from
// others whatever its ending: "Naviglio" and "Navigli", "Hamburg" and
// "Hamburgs", "Москва" and "Москве" are one name, "Slovenia" and
// "Slovakia" two.
const namePrefixRunes = 5

// namePrefix is the hash of the first namePrefixRunes letters of a
// folded word, or 0 when it is shorter.
func (r *wordReader) namePrefix(folded string) uint32 {
	if len(folded) < namePrefixRunes {
		return 0 // fewer bytes, fewer letters
	}
	n := 0
	for i := 0; i < len(folded); {
		if n == namePrefixRunes {
			return hashAfter(r.seed, folded[:i]) | 1
		}
		n++
		if folded[i] < utf8.RuneSelf {
			i++
		} else {
			_, size := decodeRune(folded, i)
			i += size
		}
	}
	if n == namePrefixRunes {
		return hashAfter(r.seed, folded) | 1
	}
	return 0
}
