package aggregator

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Epithets: a city named by its region's capital ("la capital
// aragonesa", "il capoluogo lombardo", "the Welsh capital", "столица
// Татарстана") or by a name of its own ("the Mile High City", "la Ciudad
// Condal", "杜の都"), as a rewrite names the place its original names
// plainly. The cities a title's or a lead's epithets name are written
// before the summary when the text is read, so that the rewrite shares
// the city's name as a word with the reports that name it; not in the
// title, where the city would be a name that a copy naming a district
// instead ("el Actur", "Zapopan") lacks.

// capitalHeads are the words for a capital by language: the letters
// every form of the word holds, looked for in the text, and the forms,
// folded. The word for the region follows the word for capital
// ("capital aragonesa", "столица Татарстана") or comes before it
// ("Welsh capital", "сибирская столица"), by the tables of
// capitalRegions.
var capitalHeads = map[string]struct {
	stem  string
	forms []string
}{
	"es": {"apital", []string{"capital"}},
	"pt": {"apital", []string{"capital"}},
	"it": {"apoluogo", []string{"capoluogo"}},
	"fr": {"apitale", []string{"capitale"}},
	"en": {"apital", []string{"capital"}},
	"de": {"andeshauptstadt", []string{"landeshauptstadt"}},
	"ru": {"толиц", []string{"столица", "столице", "столицу", "столицы"}},
}

// capitalRegions are, by language, the words for regions (in small
// letters, folded when read) that name their capital with a word of
// capitalHeads after it (after) or before it (before), and the capital
// as news writes it. Only regions whose capital is one city, and words
// that say nothing else after the word for capital: no adjective of
// both genders in a language whose money is "capital" too ("de capital
// balear", Balearic-owned), no region two cities claim.
var capitalRegions = map[string]struct{ after, before map[string]string }{
	"es": {after: map[string]string{
		"aragonesa": "Zaragoza", "vizcaína": "Bilbao", "catalana": "Barcelona", "andaluza": "Sevilla",
		"asturiana": "Oviedo", "cántabra": "Santander", "navarra": "Pamplona", "riojana": "Logroño",
		"murciana": "Murcia", "extremeña": "Mérida", "malagueña": "Málaga", "granadina": "Granada",
		"cordobesa": "Córdoba", "gaditana": "Cádiz", "alicantina": "Alicante", "tapatía": "Guadalajara",
		"regiomontana": "Monterrey", "neoleonesa": "Monterrey", "poblana": "Puebla",
		"española": "Madrid", "francesa": "París", "alemana": "Berlín", "italiana": "Roma",
		"portuguesa": "Lisboa", "británica": "Londres", "rusa": "Moscú", "japonesa": "Tokio",
		"mexicana": "Ciudad de México", "chilena": "Santiago", "peruana": "Lima", "colombiana": "Bogotá",
		"venezolana": "Caracas", "argentina": "Buenos Aires", "cubana": "La Habana",
	}},
	"pt": {after: map[string]string{
		"pernambucana": "Recife", "gaúcha": "Porto Alegre", "baiana": "Salvador", "mineira": "Belo Horizonte",
		"goiana": "Goiânia", "alagoana": "Maceió", "paraibana": "João Pessoa", "sergipana": "Aracaju",
		"portuguesa": "Lisboa", "brasileira": "Brasília", "espanhola": "Madrid", "francesa": "Paris",
	}},
	"it": {after: map[string]string{
		"lombardo": "Milano", "piemontese": "Torino", "ligure": "Genova", "emiliano": "Bologna",
		"toscano": "Firenze", "campano": "Napoli", "siciliano": "Palermo", "sardo": "Cagliari",
		"pugliese": "Bari", "calabrese": "Catanzaro", "umbro": "Perugia", "marchigiano": "Ancona",
		"abruzzese": "L'Aquila", "friulano": "Udine", "giuliano": "Trieste", "lucano": "Potenza",
		"molisano": "Campobasso", "altoatesino": "Bolzano", "valdostano": "Aosta",
	}},
	"fr": {after: map[string]string{
		"bretonne": "Rennes", "alsacienne": "Strasbourg", "girondine": "Bordeaux", "picarde": "Amiens",
		"corse": "Ajaccio", "auvergnate": "Clermont-Ferrand", "bourguignonne": "Dijon", "savoyarde": "Chambéry",
		"française": "Paris", "belge": "Bruxelles", "espagnole": "Madrid", "allemande": "Berlin",
		"italienne": "Rome", "britannique": "Londres", "russe": "Moscou",
	}},
	"en": {before: map[string]string{
		"welsh": "Cardiff", "scottish": "Edinburgh", "catalan": "Barcelona", "bavarian": "Munich",
		"basque": "Vitoria", "breton": "Rennes", "sicilian": "Palermo", "andalusian": "Seville",
		"tatarstan": "Kazan", "scotland": "Edinburgh", "catalonia": "Barcelona", "bavaria": "Munich",
	}},
	"de": {before: map[string]string{
		"bayerische": "München", "bayerischen": "München", "sächsische": "Dresden", "sächsischen": "Dresden",
		"hessische": "Wiesbaden", "hessischen": "Wiesbaden", "niedersächsische": "Hannover", "niedersächsischen": "Hannover",
		"thüringer": "Erfurt", "brandenburgische": "Potsdam", "brandenburgischen": "Potsdam",
		"saarländische": "Saarbrücken", "saarländischen": "Saarbrücken", "baden-württembergische": "Stuttgart",
		"baden-württembergischen": "Stuttgart", "nordrhein-westfälische": "Düsseldorf", "nordrhein-westfälischen": "Düsseldorf",
		"rheinland-pfälzische": "Mainz", "rheinland-pfälzischen": "Mainz", "schleswig-holsteinische": "Kiel",
		"schleswig-holsteinischen": "Kiel", "sachsen-anhaltische": "Magdeburg", "sachsen-anhaltischen": "Magdeburg",
		"bayerns": "München", "sachsens": "Dresden", "hessens": "Wiesbaden", "thüringens": "Erfurt",
	}},
	"ru": {
		// a region's name in the genitive after the word, an adjective
		// before it: "столице Северной Кореи" is Pyongyang's
		after: map[string]string{
			"татарстана": "Казань", "башкирии": "Уфа", "башкортостана": "Уфа", "урала": "Екатеринбург",
			"кубани": "Краснодар", "сибири": "Новосибирск", "чечни": "Грозный", "дагестана": "Махачкала",
			"приморья": "Владивосток", "кузбасса": "Кемерово",
		},
		before: map[string]string{
			"сибирская": "Новосибирск", "сибирской": "Новосибирск", "сибирскую": "Новосибирск",
			"северная": "Петербург", "северной": "Петербург", "северную": "Петербург",
		},
	},
}

// capitalNouns are the words after "capital" in English that make it
// money, not a city: "Scottish capital markets".
var capitalNouns = foldAll([]string{"market", "markets", "investment", "investments", "spending", "flight", "gains",
	"raising", "expenditure", "fund", "funds", "funding", "budget", "costs", "projects", "programme", "programmes",
	"program", "programs", "grant", "grants", "requirements", "ratio", "base", "allowance", "allowances"})

// namedEpithets are cities' names of their own by language, as news
// writes them, and the city: only names that no other city has.
var namedEpithets = map[string][][2]string{
	"en": {{"Mile High City", "Denver"}, {"Big Apple", "New York"}, {"Motor City", "Detroit"},
		{"Big Easy", "New Orleans"}, {"Eternal City", "Rome"}},
	"es": {{"Ciudad Condal", "Barcelona"}, {"ciudad condal", "Barcelona"}, {"Perla Tapatía", "Guadalajara"},
		{"capital del Turia", "Valencia"}, {"Ciudad Eterna", "Roma"}},
	"pt": {{"Cidade Maravilhosa", "Rio de Janeiro"}, {"Cidade Invicta", "Porto"}, {"cidade Invicta", "Porto"}},
	"fr": {{"Ville rose", "Toulouse"}, {"ville rose", "Toulouse"}, {"cité phocéenne", "Marseille"},
		{"Cité phocéenne", "Marseille"}, {"Ville lumière", "Paris"}, {"capitale des Gaules", "Lyon"}},
	"it": {{"Città Eterna", "Roma"}},
	"de": {{"Mainmetropole", "Frankfurt"}, {"Isarmetropole", "München"}, {"Fuggerstadt", "Augsburg"}},
	"ja": {{"杜の都", "仙台"}},
	"ar": {{"عروس البحر المتوسط", "الإسكندرية"}},
}

// epithetSet is one language's epithets: namedEpithets by their last
// word ("City" of "Mile High City", "Windy City"), so that a text is
// searched once for each last word, and for the epithets that end so
// only where one stands; and its word for capital and regions.
type epithetSet struct {
	ends          []epithetEnd
	stem          string
	forms         []string
	after, before map[string]string // folded
	nouns         bool              // every noun is capitalized: one after the word names no place
}

type epithetEnd struct {
	last     string
	epithets [][2]string
}

// epithetSets are the languages' epithetSet, "" read as English.
var epithetSets = func() map[string]*epithetSet {
	sets := map[string]*epithetSet{}
	set := func(lang string) *epithetSet {
		if sets[lang] == nil {
			sets[lang] = &epithetSet{}
		}
		return sets[lang]
	}
	for lang, es := range namedEpithets {
		s := set(lang)
		for _, e := range es {
			last := e[0][strings.LastIndexByte(e[0], ' ')+1:]
			i := slices.IndexFunc(s.ends, func(end epithetEnd) bool { return end.last == last })
			if i < 0 {
				i, s.ends = len(s.ends), append(s.ends, epithetEnd{last: last})
			}
			s.ends[i].epithets = append(s.ends[i].epithets, e)
		}
	}
	folded := func(m map[string]string) map[string]string {
		out := make(map[string]string, len(m))
		for word, city := range m {
			out[Fold(word)] = city // "сибирской" is read as "сибирскои"
		}
		return out
	}
	for lang, h := range capitalHeads {
		s := set(lang)
		s.stem, s.forms = h.stem, foldAll(h.forms)
		s.after, s.before = folded(capitalRegions[lang].after), folded(capitalRegions[lang].before)
		s.nouns = capsNounsIn(lang)
	}
	sets[""] = sets["en"]
	return sets
}()

// epithetLead is how much of a summary is searched for epithets: more
// than the words of its lead that are read (storyLeadWords).
const epithetLead = 1024

// nameEpithets returns summary with the cities that the epithets of the
// title and of the summary's lead name, in language lang, written
// before it; summary as it was when they name none.
func nameEpithets(lang, title, summary string) string {
	set := epithetSets[lang]
	if set == nil {
		return summary
	}
	lead := summary
	if len(lead) > epithetLead {
		lead = lead[:epithetLead]
		for lead != "" && !utf8.RuneStart(summary[len(lead)]) {
			lead = lead[:len(lead)-1] // not within a letter
		}
	}
	var buf [4]string
	cities := set.cities(lead, set.cities(title, buf[:0]))
	if len(cities) == 0 {
		return summary
	}
	return strings.Join(cities, " ") + ". " + summary
}

// cities appends to out the cities the epithets of text name, once each.
func (set *epithetSet) cities(text string, out []string) []string {
	add := func(city string) {
		if !slices.Contains(out, city) {
			out = append(out, city)
		}
	}
	for _, end := range set.ends {
		if !strings.Contains(text, end.last) {
			continue
		}
		for _, e := range end.epithets {
			if epithetIn(text, e[0]) {
				add(e[1])
			}
		}
	}
	if set.stem == "" {
		return out
	}
	for from := 0; from < len(text); {
		i := strings.Index(text[from:], set.stem)
		if i < 0 {
			break
		}
		at, end := wordAround(text, from+i, from+i+len(set.stem))
		from = end
		if !slices.Contains(set.forms, Fold(text[at:end])) {
			continue // "capitalist", "capitalism"
		}
		next, nextEnd := firstWord(text[end:])
		if city, ok := set.after[Fold(next)]; ok && next != "" && !ofPlace(text[end+nextEnd:]) {
			add(city) // not "Capital Española de la Gastronomía", an award
		}
		if prev := lastWord(text[:at]); prev != "" && !slices.Contains(capitalNouns, Fold(next)) && (set.nouns || !isCapitalized(next)) {
			if city, ok := set.before[Fold(prev)]; ok {
				add(city) // not "северной столице Таиланда", of the place named after it
			}
		}
	}
	return out
}

// epithetIn reports whether e stands in text as whole words (or
// anywhere in a script written without spaces).
func epithetIn(text, e string) bool {
	r, _ := utf8.DecodeRuneInString(e)
	for from := 0; from < len(text); {
		i := strings.Index(text[from:], e)
		if i < 0 {
			return false
		}
		at, end := from+i, from+i+len(e)
		if spaceless(r) || wordBounded(text, at, end) {
			return true
		}
		from = end
	}
	return false
}

// wordAround widens text[at:end] to the whole word it is in.
func wordAround(text string, at, end int) (int, int) {
	for at > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:at])
		if !unicode.IsLetter(r) {
			break
		}
		at -= n
	}
	for end < len(text) {
		r, n := utf8.DecodeRuneInString(text[end:])
		if !unicode.IsLetter(r) {
			break
		}
		end += n
	}
	return at, end
}

// wordBounded reports whether text[at:end] is whole words: no letter
// right before or right after it.
func wordBounded(text string, at, end int) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:at])
	after, _ := utf8.DecodeRuneInString(text[end:])
	return (at == 0 || !unicode.IsLetter(before)) && (end == len(text) || !unicode.IsLetter(after))
}

// firstWord is the word s starts with after spaces, and where it ends
// in s; a word of letters, hyphens within it ("baden-württembergische"),
// read to at most epithetWordMost bytes: a longer one is no word looked
// up, and a run of "capital-capital-…" is not read again at each.
func firstWord(s string) (string, int) {
	start := len(s) - len(strings.TrimLeft(s, " "))
	end := start
	for end < len(s) && end-start < epithetWordMost {
		r, n := utf8.DecodeRuneInString(s[end:])
		if !unicode.IsLetter(r) && !unicode.IsMark(r) && r != '-' {
			break
		}
		end += n
	}
	return strings.Trim(s[start:end], "-"), end
}

// epithetWordMost bounds, in bytes, the words firstWord and lastWord
// read: twice the longest word they are looked up among, so that every
// such word, however its letters are written before folding, is read
// whole.
var epithetWordMost = func() int {
	n := 0
	for _, set := range capitalRegions {
		for _, m := range []map[string]string{set.after, set.before} {
			for w := range m {
				n = max(n, len(w))
			}
		}
	}
	for _, w := range append(slices.Clone(capitalNouns), ofWords...) {
		n = max(n, len(w))
	}
	return 2 * n
}()

// ofWords are the words that make what follows a word for capital and
// its region's the capital of something else: "Capital Española de la
// Gastronomía", "capitale française de la gastronomie".
var ofWords = []string{"de", "del", "da", "do", "des", "du", "di", "of"}

// ofPlace reports whether s, what follows a region's word, opens with
// one of ofWords.
func ofPlace(s string) bool {
	w, _ := firstWord(s)
	return slices.Contains(ofWords, strings.ToLower(w))
}

// lastWord is the word s ends with before spaces, without a possessive
// ("Wales's", "Tatarstan's"), read back to at most epithetWordMost bytes
// as firstWord is.
func lastWord(s string) string {
	end := len(strings.TrimRight(s, " "))
	start := end
	for start > 0 && end-start < epithetWordMost {
		r, n := utf8.DecodeLastRuneInString(s[:start])
		if !unicode.IsLetter(r) && !unicode.IsMark(r) && r != '-' && r != '\'' && r != '’' {
			break
		}
		start -= n
	}
	word := s[start:end]
	if i := strings.IndexAny(word, "'’"); i >= 0 {
		word = word[:i]
	}
	return word
}
