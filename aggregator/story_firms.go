package aggregator

import "strings"

// Firms' names where every noun is capitalized. In German a capital
// tells no name, so "Vossberg Chemie senkt Jahresprognose" and "Harlan
// Maschinenbau senkt Jahresprognose" named nothing that could disagree,
// and two firms' profit warnings written alike were one story. German
// news introduces a firm by the noun of its trade, its name right after
// ("Der Krefelder Chemiekonzern Vossberg Chemie hat …", "Der
// Autozulieferer Rehm & Sohn …"): a capitalized word after such a noun,
// in one sentence of the summary's lead, is a name as sure as a country
// is (nameWord.sure), wherever the title has it.

// firmNounEndings are the endings of German compound nouns that name a
// firm by its trade ("Chemiekonzern", "Autozulieferer"). A noun that is
// only the ending ("der Konzern", "das Unternehmen") is the firm named
// again, and what follows it is anything ("im Unternehmen Stellen
// abbauen").
var firmNounEndings = []string{
	"konzern", "bauer", "zulieferer", "hersteller", "händler", "versicherer", "versorger", "anbieter",
	"dienstleister", "entwickler", "produzent", "unternehmen", "reederei", "fluggesellschaft", "airline",
	"discounter", "kette", "riese", "betreiber", "vermieter", "verlag", "bankhaus", "gruppe", "spezialist",
	"startup", "firma", "werft", "brauerei", "molkerei", "kellerei", "spedition",
}

// firmNoun reports whether a German word is a compound noun that names a
// firm by its trade.
func firmNoun(word string) bool {
	if !isCapitalized(word) {
		return false
	}
	for _, e := range firmNounEndings {
		if len(word) > len(e)+2 && strings.HasSuffix(word, e) {
			return true
		}
	}
	return false
}

// firmNames collects, while a summary's lead is read, the words right
// after a firm's noun in one sentence, capitalized: firms' names.
type firmNames struct {
	after bool     // the last word read names a firm by its trade
	end   int      // where the last word read ends in the lead
	names []uint32 // the exact hashes of the names
}

// note reads a word of lead at offset at, with its exact hash.
func (f *firmNames) note(lead, word string, at int, exact uint32, num bool) {
	if f.after && !num && exact != 0 && isCapitalized(word) && at >= f.end && !strings.ContainsAny(lead[f.end:at], ".!?:;") {
		f.names = append(f.names, exact)
	}
	f.after, f.end = !num && firmNoun(word), at+len(word)
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
