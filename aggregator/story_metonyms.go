package aggregator

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Metonyms: names news uses for one another, "Brussels" for the EU,
// "the Kremlin" for Russia's government, "Matignon" for France's. A
// rewrite picks its own ("EU fines Lumiq", "Brussels hits Lumiq"), so a
// title's name is not one the other item lacks when it has another name
// of the same group. Only the names' presence is matched this way, when
// titles are checked for names they disagree on or share; their words
// are weighed as they are written.

// metonymGroups are groups of names for one thing, folded, in the
// languages of Europe's news (names that inflect, in their commonest
// forms).
var metonymGroups = []string{
	"eu brussels european bruxelles europeenne brussel europaische bruselas bruxelas bruksela bryssel брюссель евросоюз ес єс",
	"russia kremlin moscow moskau moscou moscu mosca moskva moskwa kreml кремль москва москве россия",
	"ukraine kyiv kiev kiew kijow kyjev київ киев украина україна",
	"china beijing peking pekin pechino pekina пекин китаи",
	"britain uk london londres londra londyn downing westminster",
	"france paris elysee matignon parigi parys париж франция",
	"germany berlin berlino berlijn берлин германия",
	"turkey ankara turkiye турция",
	// the running example's places, by their Armenian and their
	// Azerbaijani names, as news in one language writes either
	"stepanakert khankendi xankendi xankəndi hankendi степанакерт ханкенди",
	"shusha shushi susa шуша шуши",
	"lachin berdzor lacin лачин бердзор",
	"kalbajar karvachar kelbajar kəlbəcər кельбаджар карвачар",
	"aghdam agdam akna агдам",
	"khojaly xocali ivanyan ходжалы иванян",
	"khojavend xocavend xocavənd martuni ходжавенд мартуни",
	"karabakh artsakh qarabag karabach bergkarabach карабах арцах",
}

// metonymLanguages are the languages whose special words hold the
// metonyms: those the groups are written in.
var metonymLanguages = []string{"", "en", "fr", "de", "es", "it", "pt", "nl", "pl", "cs", "ru", "uk", "da", "sv", "no", "tr", "az"}

// metonymGroup is one of metonymGroups, by its first name.
type metonymGroup string

// of is the group's alias in language lang: a hash salted apart from
// any word's.
func (g metonymGroup) of(lang string) uint32 {
	if g == "" {
		return 0
	}
	return hashAfter(hashSeed(lang), "\x00alias "+string(g)) | 1
}

// metonymAliases maps each name of a group to the group.
func metonymAliases() map[string]metonymGroup {
	aliases := map[string]metonymGroup{}
	for _, g := range metonymGroups {
		names := strings.Fields(g)
		for _, n := range names {
			aliases[n] = metonymGroup(names[0])
		}
	}
	return aliases
}

// landAliases maps, by language, the names of a country and of its
// capital in that language's column of landTable ("Libya", "Tripoli";
// "Libië", "Tripoli"), of one word each, to the country's group: news
// writes "Tripoli" for Libya's government as it writes "Moscow" for
// Russia's. A country of metonymGroups, known by its English name, has
// its other names join its group; a name known has its own group still
// ("Brussels" is the EU's, not Belgium's). They are no sure names, as
// metonymGroups' are (a country's name opens a title as a rubric,
// "Brasil: duas toneladas…", that its copies need not repeat), and
// count only capitalized (Dutch "wenen" is to weep, "Wenen" Vienna).
// English's are also those of an item of no language.
func landAliases(known map[string]metonymGroup) map[string]map[string]metonymGroup {
	aliases := map[string]map[string]metonymGroup{}
	for _, line := range strings.Split(strings.TrimSpace(landTable), "\n") {
		columns := strings.Split(line, ";")
		group := metonymGroup("")
		for i, column := range columns {
			lang := landLanguages[i]
			for _, name := range landAliasNames(column) {
				if group == "" {
					group = metonymGroup(name) // the first name, English if it has one
					if g, ok := known[name]; ok && i == 0 {
						group = g
					}
				}
				if _, ok := known[name]; ok {
					continue
				}
				langs := []string{lang}
				if lang == "en" {
					langs = append(langs, "")
				}
				for _, l := range langs {
					if aliases[l] == nil {
						aliases[l] = map[string]metonymGroup{}
					}
					aliases[l][name] = group
				}
			}
		}
	}
	return aliases
}

// landAliasNames are a column of landTable's names that a word can be,
// folded: of one word, not an abbreviation ("UK" is matched as written
// by titleLands), and with no hyphen or apostrophe, at which words are
// parted ("Royaume-Uni", "N'Djamena").
func landAliasNames(column string) []string {
	var names []string
	for _, name := range strings.Split(column, "|") {
		if name = strings.TrimSpace(name); name != "" && name != "-" && !strings.ContainsAny(name, " -'’") && !isAbbreviation(name) {
			names = append(names, Fold(name))
		}
	}
	return names
}

// cyrillic reports whether a word is written in Cyrillic: its names are
// looked up among the words of languages written so, and the others'
// among the rest.
func cyrillic(word string) bool {
	r, _ := utf8.DecodeRuneInString(word)
	return unicode.Is(unicode.Cyrillic, r)
}

// cyrillicLanguage reports whether a language of metonymLanguages is
// written in Cyrillic.
func cyrillicLanguage(lang string) bool { return lang == "ru" || lang == "uk" }
