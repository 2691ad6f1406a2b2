package aggregator

import (
	"strings"
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
// writes onto a word's end, the letters it writes onto a word's start,
// and how many letters a word keeps at least.
type inflection struct {
	endings  []string // longest first; one is cut
	prefixes string   // letters cut from the start, one after another
	least    int      // letters a word keeps
}

// inflections are the languages whose words stemSuffixes leave apart:
//   - Polish names its places in whatever case the sentence needs ("pod
//     Poznaniem", "koło Poznania");
//   - Korean writes its particles onto the word ("신선대부두에서",
//     "신선대부두서", "신선대부두": at, at, the pier);
//   - Hebrew writes its article, conjunction and prepositions onto the
//     word's start ("בנמל", "נמל": in the port, port; "השריפה",
//     "שריפה"), and Arabic its article and the same ("المصرية",
//     "مصرية"), and its feminine and plural endings onto its end. Their
//     letters are cut one after another while three letters are left, so
//     that a word that begins with one of them is cut alike however
//     many are written before it ("שריפה" and "השריפה" are both
//     "ריפה");
//   - Greek declines its names ("Ρόδος", "Ρόδο", "Ρόδου").
var inflections = map[string]*inflection{
	"pl": inflected([]string{"ami", "ach", "ego", "emu", "ymi", "imi", "ych", "ich", "owi", "iem", "om", "ow", "em", "ej",
		"ym", "im", "ia", "ie", "iu", "y", "a", "u", "e", "i", "o"}, "", 4),
	"ko": inflected([]string{"에서는", "에서도", "에게서", "으로는", "으로", "에서", "에게", "까지", "부터", "께서", "처럼", "보다",
		"이나", "은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "도", "만", "로", "서"}, "", 2),
	"he": inflected(nil, "והבלמשכ", 3),
	"ar": inflected([]string{"ات", "ون", "ين", "ية", "ها", "ة", "ه", "ي"}, "والبفك", 3),
	"el": inflected([]string{"ους", "εις", "ων", "ου", "ος", "ες", "ας", "ης", "οι", "α", "ο", "η", "ι", "ε", "ς"}, "", 3),
}

// inflected is an inflection of endings and prefixes as spelled, folded
// as words are when read (a Greek word's final "ς" is folded to "σ").
func inflected(endings []string, prefixes string, least int) *inflection {
	in := &inflection{prefixes: Fold(prefixes), least: least}
	for _, e := range endings {
		in.endings = append(in.endings, Fold(e))
	}
	return in
}

// stem cuts a word's prefixes and one ending when its language has
// them, else one of stemSuffixes, leaving at least four letters.
func (r *wordReader) stem(w string) string {
	if r.inflection == nil {
		return stem(w)
	}
	in := r.inflection
	for in.prefixes != "" {
		c, n := utf8.DecodeRuneInString(w)
		if !strings.ContainsRune(in.prefixes, c) || utf8.RuneCountInString(w[n:]) < in.least {
			break
		}
		w = w[n:]
	}
	for _, end := range in.endings {
		if len(w) > len(end) && strings.HasSuffix(w, end) && utf8.RuneCountInString(w[:len(w)-len(end)]) >= in.least {
			return w[:len(w)-len(end)]
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
