package aggregator

import (
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

// synonymGroups are groups of words for one kind of event, by language,
// written as news writes them (folded when read).
var synonymGroups = map[string][]string{
	"en": {
		"fire blaze blazes inferno",
		"earthquake quake quakes tremor tremors",
		"flood floods flooding",
	},
	"de": {
		"brand feuer großbrand",
		"erdbeben beben",
		"unwetter gewitter",
		"hochwasser überschwemmung überschwemmungen flut",
		"streik ausstand warnstreik",
		"explosion detonation",
	},
	"fr": {
		"séisme tremblement",
		"orage orages intempéries",
		"inondation inondations crue crues",
		"grève débrayage",
		"explosion déflagration",
	},
	"es": {
		"incendio fuego",
		"terremoto sismo seísmo",
		"inundación inundaciones riada",
		"explosión deflagración",
	},
	"it": {
		"incendio rogo",
		"terremoto sisma scossa",
		"maltempo nubifragio temporale",
		"alluvione inondazione esondazione",
		"esplosione deflagrazione",
	},
	"pt": {
		"incêndio fogo",
		"terremoto sismo",
		"inundação inundações enchente",
		"greve paralisação",
	},
	"nl": {
		"aardbeving beving",
		"noodweer onweer",
		"overstroming overstromingen",
		"explosie ontploffing",
	},
	"pl": {
		"pożar pożaru pożarze ogień",
		"trzęsienie wstrząs",
		"nawałnica nawałnicy nawałnicę burza burzy",
		"powódź powodzi",
		"strajk strajku",
		"wybuch eksplozja",
	},
	"cs": {
		"požár požáru",
		"bouřka bouřky bouře",
		"povodeň povodně záplavy",
		"stávka stávky",
		"výbuch exploze",
	},
	"ru": {
		"пожар пожара возгорание",
		"землетрясение землетрясения толчки",
		"гроза грозы буря шторм",
		"наводнение наводнения паводок",
		"забастовка забастовки стачка",
		"взрыв взрыва",
	},
	"uk": {
		"пожежа пожежі",
		"землетрус землетрусу",
		"гроза грози буря",
		"повінь повені",
		"страйк страйку",
		"вибух вибуху",
	},
	"sv": {
		"brand branden",
		"jordbävning jordskalv skalv",
		"oväder storm",
		"översvämning översvämningar",
		"strejk strejken",
		"explosion smäll",
	},
	"da": {
		"brand branden",
		"uvejr storm",
		"oversvømmelse oversvømmelser",
		"strejke strejken",
	},
	"tr": {
		"yangın yangında yangını",
		"deprem sarsıntı",
		"sel taşkın",
	},
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
