package aggregator

import "strings"

// Stop words: the commonest words of the languages feedsieve's users
// read most, which say nothing of which news an item reports. Word
// weights (story_weights.go) learn this from the window's items; the list
// keeps it true while the window is still nearly empty, after a start
// with no history.

// stopWords are folded, space-separated, by language.
var stopWords = map[string]string{
	"en": "the a an and or of to in on at for by with from as is are was were be been has have had it its this that these those he she they his her their we you i not but after over into about than said says will would could new",
	"fr": "le la les un une des de du d l et ou a au aux en dans sur par pour avec est sont a ete il elle ils elles son sa ses leur qui que ce cette ne pas plus se apres selon",
	"de": "der die das den dem des ein eine einer eines einem einen und oder in im am an auf fur mit von vom zu zum zur ist sind war wurde wurden hat haben es sich nicht nach bei aus als auch dass",
	"es": "el la los las un una unos unas de del y o en a al por para con es son fue ha han se su sus que lo no mas tras segun este esta",
	"it": "il lo la i gli le un una di del della dei delle da dal e o in nel nella a al alla per con su sono e stato ha hanno si suo sua che non piu dopo",
	"nl": "de het een en of in op aan van voor met door bij uit is zijn was werd wordt heeft hebben er zich niet na naar ook dat die dit te om",
	"ru": "и в во на с со по к от из за для о об не что это как а но же у был была были его ее их",
	"da": "og i pa af til for med fra en et den det de er var har som ikke at efter om",
}

// specialWord is what the word reader makes of a word instead of
// hashing it: nothing (a stop word), other words (a BRIEF's
// abbreviation), or a country (an English adjective of nationality);
// or what it notes of a word it hashes as written: a name's metonyms,
// a day of the week.
type specialWord struct {
	stop    bool
	country bool   // as is a country, read in the word's place
	synonym bool   // as is the word's synonym, read in its place
	as      string // the words to read instead, "" for none
	// alias names the word's group of names for one thing ("EU",
	// "Brussels"), 0 for none: a name of a group is found in an item
	// that has another of it (metonyms).
	alias uint32
	// unsure: the word's alias does not make it a sure name, and holds
	// only where the word is capitalized (a country's and its capital's
	// names, landAliases)
	unsure bool
	day    uint8 // a day of the week, 1 for Monday, 0 for none
}

// specialWords are a language's special words, looked up once per word.
type specialWords struct {
	words   map[string]specialWord
	longest int // bytes: a longer word is none
}

// specialSets are the special words by language: its stop words, and in
// English (or no language) the wire's abbreviations and the adjectives of
// countries. Read only.
var specialSets = func() map[string]specialWords {
	sets := map[string]specialWords{}
	add := func(lang, word string, sw specialWord) {
		set := sets[lang]
		if set.words == nil {
			set.words = map[string]specialWord{}
		}
		if _, ok := set.words[word]; !ok { // stop words first, then abbreviations
			set.words[word], set.longest = sw, max(set.longest, len(word))
		}
		sets[lang] = set
	}
	for lang, words := range stopWords {
		for _, w := range strings.Fields(words) {
			add(lang, w, specialWord{stop: true})
		}
	}
	addWeekdays(add)
	addSynonyms(add)
	aliases := metonymAliases()
	lands := landAliases(aliases)
	groupOf := func(lang, country string) metonymGroup {
		if g, ok := aliases[country]; ok {
			return g
		}
		return lands[lang][country]
	}
	addCountries(add, groupOf)
	for _, lang := range []string{"en", ""} {
		for abbrev, long := range wireAbbrevs {
			add(lang, abbrev, specialWord{as: long})
		}
		for adjective, country := range demonyms {
			add(lang, adjective, specialWord{country: true, as: country, alias: groupOf(lang, country).of(lang)})
		}
	}
	for word, group := range aliases {
		for _, lang := range metonymLanguages {
			if cyrillic(word) == cyrillicLanguage(lang) {
				add(lang, word, specialWord{alias: group.of(lang)})
			}
		}
	}
	for lang, words := range lands {
		for word, group := range words {
			add(lang, word, specialWord{alias: group.of(lang), unsure: true})
		}
	}
	return sets
}()
