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
// plainly. The city's name is written after the epithet before the text
// is read, so that both share it as a word and, in a title, as a name.

// capitalHead is a word for a region's capital, and whether the word
// for its region follows it ("capital aragonesa", "столица Татарстана")
// or comes before it ("Welsh capital").
type capitalHead struct {
	word   string
	before bool
}

// capitalHeads are the words for a capital by language, as written in
// small letters and capitalized.
var capitalHeads = map[string][]capitalHead{
	"es": {{"capital", false}, {"Capital", false}},
	"pt": {{"capital", false}, {"Capital", false}},
	"it": {{"capoluogo", false}, {"Capoluogo", false}},
	"fr": {{"capitale", false}, {"Capitale", false}},
	"en": {{"capital", true}},
	"":   {{"capital", true}},
	"de": {{"Landeshauptstadt", true}},
	"ru": {{"столица", false}, {"столице", false}, {"столицу", false}, {"столицы", false}, {"Столица", false},
		{"столица", true}, {"столице", true}, {"столицу", true}, {"столицы", true}, {"Столица", true}},
}

// capitalRegions are, by language, the words for regions (in small
// letters, folded when read) that name their capital with a word of
// capitalHeads, and the capital as news writes it. Only regions whose capital is one city, and words
// that name no other region.
var capitalRegions = map[string]map[string]string{
	"es": {
		"aragonesa": "Zaragoza", "vizcaina": "Bilbao", "catalana": "Barcelona", "andaluza": "Sevilla",
		"hispalense": "Sevilla", "asturiana": "Oviedo", "cantabra": "Santander", "navarra": "Pamplona",
		"riojana": "Logroño", "murciana": "Murcia", "balear": "Palma", "extremena": "Mérida",
		"malaguena": "Málaga", "granadina": "Granada", "cordobesa": "Córdoba", "gaditana": "Cádiz",
		"alicantina": "Alicante", "tapatia": "Guadalajara", "jalisciense": "Guadalajara",
		"regiomontana": "Monterrey", "neoleonesa": "Monterrey", "poblana": "Puebla",
		"espanola": "Madrid", "francesa": "París", "alemana": "Berlín", "italiana": "Roma",
		"portuguesa": "Lisboa", "britanica": "Londres", "rusa": "Moscú", "japonesa": "Tokio",
		"mexicana": "Ciudad de México", "chilena": "Santiago", "peruana": "Lima", "colombiana": "Bogotá",
		"venezolana": "Caracas", "argentina": "Buenos Aires", "cubana": "La Habana",
	},
	"pt": {
		"paranaense": "Curitiba", "pernambucana": "Recife", "gaucha": "Porto Alegre", "baiana": "Salvador",
		"mineira": "Belo Horizonte", "paulista": "São Paulo", "cearense": "Fortaleza", "amazonense": "Manaus",
		"paraense": "Belém", "catarinense": "Florianópolis", "potiguar": "Natal", "goiana": "Goiânia",
		"maranhense": "São Luís", "alagoana": "Maceió", "paraibana": "João Pessoa", "sergipana": "Aracaju",
		"capixaba": "Vitória", "piauiense": "Teresina", "portuguesa": "Lisboa", "brasileira": "Brasília",
		"espanhola": "Madrid", "francesa": "Paris", "madeirense": "Funchal", "acoriana": "Ponta Delgada",
	},
	"it": {
		"lombardo": "Milano", "piemontese": "Torino", "ligure": "Genova", "veneto": "Venezia",
		"emiliano": "Bologna", "toscano": "Firenze", "campano": "Napoli", "siciliano": "Palermo",
		"sardo": "Cagliari", "pugliese": "Bari", "calabrese": "Catanzaro", "umbro": "Perugia",
		"marchigiano": "Ancona", "abruzzese": "L'Aquila", "friulano": "Trieste", "lucano": "Potenza",
		"molisano": "Campobasso", "altoatesino": "Bolzano", "trentino": "Trento", "valdostano": "Aosta",
	},
	"fr": {
		"bretonne": "Rennes", "alsacienne": "Strasbourg", "girondine": "Bordeaux", "normande": "Rouen",
		"lorraine": "Nancy", "picarde": "Amiens", "corse": "Ajaccio", "auvergnate": "Clermont-Ferrand",
		"bourguignonne": "Dijon", "savoyarde": "Chambéry", "francaise": "Paris",
		"belge": "Bruxelles", "espagnole": "Madrid", "allemande": "Berlin", "italienne": "Rome",
		"britannique": "Londres", "russe": "Moscou",
	},
	"en": {
		"welsh": "Cardiff", "scottish": "Edinburgh", "catalan": "Barcelona", "bavarian": "Munich",
		"basque": "Vitoria", "breton": "Rennes", "sicilian": "Palermo", "andalusian": "Seville",
		"tatarstan": "Kazan", "kurdish": "Erbil", "wales": "Cardiff", "scotland": "Edinburgh",
		"catalonia": "Barcelona", "bavaria": "Munich",
	},
	"de": {
		"bayerische": "München", "bayerischen": "München", "sachsische": "Dresden", "sachsischen": "Dresden",
		"hessische": "Wiesbaden", "hessischen": "Wiesbaden", "niedersachsische": "Hannover", "niedersachsischen": "Hannover",
		"thuringer": "Erfurt", "brandenburgische": "Potsdam", "brandenburgischen": "Potsdam",
		"saarlandische": "Saarbrücken", "saarlandischen": "Saarbrücken", "baden-wurttembergische": "Stuttgart",
		"baden-wurttembergischen": "Stuttgart", "nordrhein-westfalische": "Düsseldorf", "nordrhein-westfalischen": "Düsseldorf",
		"rheinland-pfalzische": "Mainz", "rheinland-pfalzischen": "Mainz", "schleswig-holsteinische": "Kiel",
		"schleswig-holsteinischen": "Kiel",
	},
	"ru": {
		"татарстана": "Казань", "башкирии": "Уфа", "башкортостана": "Уфа", "урала": "Екатеринбург",
		"кубани": "Краснодар", "сибири": "Новосибирск", "сибирская": "Новосибирск", "сибирской": "Новосибирск",
		"сибирскую": "Новосибирск", "северная": "Петербург", "северной": "Петербург", "северную": "Петербург",
		"чечни": "Грозный", "дагестана": "Махачкала", "приморья": "Владивосток", "кузбасса": "Кемерово",
	},
}

// namedEpithets are cities' names of their own by language, as news
// writes them, and the city.
var namedEpithets = map[string][][2]string{
	"en": {{"Mile High City", "Denver"}, {"Windy City", "Chicago"}, {"Big Apple", "New York"}, {"Motor City", "Detroit"},
		{"Granite City", "Aberdeen"}, {"Big Easy", "New Orleans"}, {"Eternal City", "Rome"}},
	"es": {{"Ciudad Condal", "Barcelona"}, {"ciudad condal", "Barcelona"}, {"Perla Tapatía", "Guadalajara"},
		{"capital del Turia", "Valencia"}, {"Ciudad Eterna", "Roma"}},
	"pt": {{"Cidade Maravilhosa", "Rio de Janeiro"}, {"Cidade Invicta", "Porto"}, {"cidade Invicta", "Porto"}},
	"fr": {{"Ville rose", "Toulouse"}, {"ville rose", "Toulouse"}, {"cité phocéenne", "Marseille"},
		{"Cité phocéenne", "Marseille"}, {"Ville lumière", "Paris"}, {"cité des Ducs", "Nantes"},
		{"capitale des Gaules", "Lyon"}},
	"it": {{"Città Eterna", "Roma"}, {"Serenissima", "Venezia"}},
	"de": {{"Domstadt", "Köln"}, {"Mainmetropole", "Frankfurt"}, {"Isarmetropole", "München"}, {"Fuggerstadt", "Augsburg"}},
	"ja": {{"杜の都", "仙台"}},
	"ar": {{"عروس البحر المتوسط", "الإسكندرية"}},
}

// epithetSet is one language's epithets: namedEpithets by their last
// word ("City" of "Mile High City", "Windy City"), so that a text is
// searched once for each last word, and for the epithets that end so
// only where one stands; and its capitalHeads and capitalRegions.
type epithetSet struct {
	ends    []epithetEnd
	heads   []capitalHead
	regions map[string]string
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
	for lang, heads := range capitalHeads {
		set(lang).heads = heads
	}
	for lang, regions := range capitalRegions {
		folded := make(map[string]string, len(regions))
		for word, city := range regions {
			folded[Fold(word)] = city // "сибирской" is read as "сибирскои"
		}
		set(lang).regions = folded
	}
	sets[""] = sets["en"]
	return sets
}()

// nameEpithets writes after each epithet of text, in language lang, the
// city it names, and returns text as it was when it has none.
func nameEpithets(lang, text string) string {
	set := epithetSets[lang]
	if set == nil {
		return text
	}
	for _, end := range set.ends {
		if strings.Contains(text, end.last) {
			for _, e := range end.epithets {
				text = nameAfter(text, e[0], e[1])
			}
		}
	}
	for _, h := range set.heads {
		for from := 0; from < len(text); {
			i := strings.Index(text[from:], h.word)
			if i < 0 {
				break
			}
			at, end := from+i, from+i+len(h.word)
			from = end
			if !wordBounded(text, at, end) {
				continue
			}
			var word string
			var after int // where the city is written
			if h.before {
				word, _ = lastWord(text[:at])
				after = end
			} else {
				var wordEnd int
				word, wordEnd = firstWord(text[end:])
				after = end + wordEnd
			}
			if city, ok := set.regions[Fold(word)]; ok && word != "" {
				text = text[:after] + " " + city + text[after:]
				from = after + 1 + len(city)
			}
		}
	}
	return text
}

// nameAfter writes city after each epithet e of text, a whole word or
// words (or anywhere in a script without spaces).
func nameAfter(text, e, city string) string {
	for from := 0; from < len(text); {
		i := strings.Index(text[from:], e)
		if i < 0 {
			break
		}
		at, end := from+i, from+i+len(e)
		from = end
		r, _ := utf8.DecodeRuneInString(e)
		if !spaceless(r) && !wordBounded(text, at, end) {
			continue
		}
		text = text[:end] + " " + city + text[end:]
		from = end + 1 + len(city)
	}
	return text
}

// wordBounded reports whether text[at:end] is whole words: no letter
// right before or right after it.
func wordBounded(text string, at, end int) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:at])
	after, _ := utf8.DecodeRuneInString(text[end:])
	return (at == 0 || !unicode.IsLetter(before)) && (end == len(text) || !unicode.IsLetter(after))
}

// firstWord is the word s starts with after spaces, and where it ends
// in s; a word of letters, hyphens within it ("baden-württembergische").
func firstWord(s string) (string, int) {
	start := len(s) - len(strings.TrimLeft(s, " "))
	end := start
	for end < len(s) {
		r, n := utf8.DecodeRuneInString(s[end:])
		if !unicode.IsLetter(r) && !unicode.IsMark(r) && r != '-' {
			break
		}
		end += n
	}
	return strings.TrimRight(s[start:end], "-"), end
}

// lastWord is the word s ends with before spaces.
func lastWord(s string) (string, int) {
	end := len(strings.TrimRight(s, " "))
	start := end
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:start])
		if !unicode.IsLetter(r) && !unicode.IsMark(r) && r != '-' && r != '\'' && r != '’' {
			break
		}
		start -= n
	}
	word := s[start:end]
	if i := strings.IndexAny(word, "'’"); i >= 0 {
		word = word[:i] // "Wales's", "Tatarstan's"
	}
	return word, start
}
