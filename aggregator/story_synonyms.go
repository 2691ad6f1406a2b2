package aggregator

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
)

// Synonyms: the words news uses for one event in turn. A rewrite says
// "blaze" where the wire said "fire", "sisma" where it said
// "terremoto", "Ausstand" where it said "Streik", and a measure made of
// words finds the copies sharing too little. Each word of a group is
// read as the group's first word: the two copies then share it, weighed
// by how rare the event's kind is in the window, as any word is. Only
// nouns of events, in their commonest forms: a verb or an adjective
// says less of which event a report tells.

// synonymTable lists the words of each kind of event, by language, a
// line for a language and a kind: "<language>\t<kind>\t<word> <word> …",
// the commonest word first. Lines starting with # are notes.
//
//go:embed story_synonyms.tsv
var synonymTable string

// eventKinds are the kinds of event the table may name, each apart from
// the others (kindsApart): a fire is no explosion, a storm no flood.
// Groups for 27 more kinds in 45 languages were measured and refused
// (docs/stories.md).
var eventKinds = []string{"fire", "earthquake", "flood", "storm", "strike", "explosion"}

// synonymGroups are groups of words for one kind of event, by language,
// written as news writes them (folded when read); a malformed table is a
// fault of the build, and panics.
var synonymGroups = func() map[string][]string {
	groups, err := readSynonyms(synonymTable)
	if err != nil {
		panic("story_synonyms.tsv: " + err.Error())
	}
	return groups
}()

// readSynonyms reads a synonym table: the lines of one language and kind
// make one group, whose first word is the first line's first.
func readSynonyms(table string) (map[string][]string, error) {
	type key struct{ lang, kind string }
	words := map[key][]string{}
	var order []key
	kindOf := map[key]string{} // a language's folded word → its kind
	for n, line := range strings.Split(table, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) != 3 || fields[0] == "" || len(strings.Fields(fields[2])) == 0 {
			return nil, fmt.Errorf("line %d: not a language, a kind and words separated by tabs: %q", n+1, line)
		}
		k := key{fields[0], fields[1]}
		if !slices.Contains(eventKinds, k.kind) {
			return nil, fmt.Errorf("line %d: %q is no kind of event (eventKinds)", n+1, k.kind)
		}
		if _, ok := words[k]; !ok {
			order = append(order, k)
		}
		for _, w := range strings.Fields(fields[2]) {
			f := key{k.lang, Fold(w)}
			switch kind, ok := kindOf[f]; {
			case !ok:
				kindOf[f] = k.kind
				words[k] = append(words[k], w)
			case kind != k.kind:
				return nil, fmt.Errorf("line %d: %s %q is of two kinds, %s and %s", n+1, k.lang, w, kind, k.kind)
			}
		}
	}
	groups := map[string][]string{}
	for _, k := range order {
		groups[k.lang] = append(groups[k.lang], strings.Join(words[k], " "))
	}
	return groups, nil
}

// addSynonyms adds the synonyms to the special words: each read as its
// group's first word, folded, and never as a name, however written
// ("Quake off Crete!").
func addSynonyms(add func(lang, word string, sw specialWord)) {
	for lang, groups := range synonymGroups {
		langs := []string{lang}
		if lang == "en" {
			langs = append(langs, "") // an item of no language is read as English
		}
		for _, g := range groups {
			words := strings.Fields(g)
			as := Fold(words[0])
			for _, w := range words {
				for _, l := range langs {
					add(l, Fold(w), specialWord{synonym: true, as: as})
				}
			}
		}
	}
}

// kindsApart reports whether the title of one of a and b names a kind of
// event the other item names nowhere, and the other names one the first
// names nowhere: a fire and a strike at one port the same morning are two
// news, however much of the place they share, and a flash that names
// only the fire is no report of the strike whose title names no kind.
func kindsApart(a, b *storyPrint) bool {
	return kindLacking(a.words.titleKind, b) && kindLacking(b.words.kinds, a) ||
		kindLacking(b.words.titleKind, a) && kindLacking(a.words.kinds, b)
}

// kindLacking reports whether one of kinds is lacking in p.
func kindLacking(kinds []uint32, p *storyPrint) bool {
	for _, k := range kinds {
		if _, found := slices.BinarySearch(p.words.words, k); !found {
			return true
		}
	}
	return false
}
