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

// caseEndings are, for Polish, the endings of its nouns' and adjectives'
// cases, folded ("ów" is "ow"), longest first: a report names its places
// in whatever case the sentence needs ("pod Poznaniem", "koło Poznania").
var caseEndings = map[string][]string{
	"pl": {"ami", "ach", "ego", "emu", "ymi", "imi", "ych", "ich", "owi", "iem", "om", "ow", "em", "ej",
		"ym", "im", "ia", "ie", "iu", "y", "a", "u", "e", "i", "o"},
}

// stem cuts a word's case ending when its language has them, else one
// of stemSuffixes, leaving at least four letters.
func (r *wordReader) stem(w string) string {
	if r.endings == nil {
		return stem(w)
	}
	for _, end := range r.endings {
		if len(w) > len(end) && strings.HasSuffix(w, end) && utf8.RuneCountInString(w[:len(w)-len(end)]) >= 4 {
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
