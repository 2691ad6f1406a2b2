package aggregator

import "strings"

// Firms' names where every noun is capitalized. In German a capital
// tells no name, so "Vossberg Chemie senkt Jahresprognose" and "Harlan
// Maschinenbau senkt Jahresprognose" named nothing that could disagree,
// and two firms' profit warnings written alike were one story. German
// news introduces a firm by the noun of its trade, its name right after
// ("Der Krefelder Chemiekonzern Vossberg Chemie hat …", "Der
// Autozulieferer Rehm & Sohn …"): a capitalized word after such a noun
// in the summary's lead is a name as sure as a country is (nameWord.sure),
// wherever the title has it.

// firmNouns are the endings of German nouns that name a firm by its
// trade, and such nouns whole, capitalized as written.
var (
	firmNounEndings = []string{
		"konzern", "bauer", "zulieferer", "hersteller", "händler", "versicherer", "versorger", "anbieter",
		"dienstleister", "entwickler", "produzent", "unternehmen", "reederei", "fluggesellschaft", "airline",
		"discounter", "kette", "riese", "betreiber", "vermieter", "verlag", "bankhaus", "gruppe", "spezialist",
		"startup", "start-up", "firma", "werft", "brauerei", "molkerei", "kellerei", "spedition",
	}
	firmNouns = func() map[string]bool {
		m := map[string]bool{}
		for _, e := range firmNounEndings {
			m[strings.ToUpper(e[:1])+e[1:]] = true
		}
		return m
	}()
)

// firmNoun reports whether a German word names a firm by its trade
// ("Chemiekonzern", "Autozulieferer", "Konzern").
func firmNoun(word string) bool {
	if firmNouns[word] {
		return true
	}
	if !isCapitalized(word) {
		return false
	}
	for _, e := range firmNounEndings {
		if len(word) > len(e) && strings.HasSuffix(word, e) {
			return true
		}
	}
	return false
}

// firmNames collects, while a summary's lead is read, the words right
// after a firm's noun, capitalized: firms' names.
type firmNames struct {
	after bool     // the last word read names a firm by its trade
	names []uint32 // the exact hashes of the names
}

// note reads a word of the lead, with its exact hash.
func (f *firmNames) note(word string, exact uint32, num bool) {
	if f.after && !num && exact != 0 && isCapitalized(word) {
		f.names = append(f.names, exact)
	}
	f.after = !num && firmNoun(word)
}

// mark makes sure the title's names that the lead names a firm by.
func (f *firmNames) mark(caps []nameWord) {
	for i := range caps {
		for _, h := range f.names {
			if caps[i].exact == h {
				caps[i].sure = true
			}
		}
	}
}
