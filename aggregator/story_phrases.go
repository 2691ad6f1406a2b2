package aggregator

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Told phrases: the words by which a report tells how its news stands to
// another's (a day after it, a service to its readers, a figure risen),
// by language. A phrase is looked for only in a text whose words, as
// story grouping reads them, hold its keys.

// dayAfterPhrases are how reports tell their news as coming after
// another's, by language ("" reads as English), each also with its
// first letter capitalized: "a day after a pilots' walkout", "au
// lendemain d'un report".
var dayAfterPhrases = phraseTable(map[string][]string{
	"en": {"a day after", "the day after"},
	"fr": {"au lendemain", "un jour après"},
	"de": {"einen Tag nach", "am Tag nach"},
	"es": {"un día después", "al día siguiente"},
	"it": {"il giorno dopo", "all'indomani", "un giorno dopo"},
	"pt": {"um dia depois", "no dia seguinte"},
	"nl": {"een dag na"},
	"pl": {"dzień po", "nazajutrz"},
	"cs": {"den poté", "den po"},
	"ru": {"на следующий день", "день спустя"},
	"uk": {"наступного дня", "день по тому"},
	"da": {"dagen efter"},
	"sv": {"dagen efter"},
	"no": {"dagen etter"},
	"tr": {"bir gün sonra"},
})

// servicePhrases are how a title tells that its report serves readers
// of news already out ("what passengers need to know", "ce qu'il faut
// savoir", "was Pendler jetzt wissen müssen"), by language ("" reads as
// English), lower case; tellsService looks for them in two spellings.
var servicePhrases = phraseTable(map[string][]string{
	"en": {"need to know", "what we know", "should know", "what it means for", "what…means for you"},
	"fr": {"ce qu'il faut savoir", "ce qu’il faut savoir", "ce que l'on sait", "ce que l’on sait", "ce qui change", "ce que ça change"},
	"de": {"wissen müssen", "müssen…wissen", "wissen sollten", "sollten…wissen", "was wir wissen", "was bekannt ist", "für Sie bedeutet", "was sich ändert"},
	"es": {"lo que hay que saber", "qué hay que saber", "lo que se sabe", "lo que debes saber", "qué cambia", "lo que cambia"},
	"it": {"cosa sapere", "cosa c'è da sapere", "cosa c’è da sapere", "cosa sappiamo", "cosa cambia"},
	"pt": {"o que se sabe", "o que saber", "o que precisa saber"},
	"nl": {"wat je moet weten", "wat we weten", "wat u moet weten"},
	"pl": {"co trzeba wiedzieć", "co wiemy", "co musisz wiedzieć"},
	"cs": {"co je třeba vědět", "co víme", "co potřebujete vědět"},
	"ru": {"что нужно знать", "что известно"},
	"uk": {"що потрібно знати", "що відомо", "що треба знати"},
	"da": {"det skal du vide", "hvad du skal vide", "det ved vi"},
	"sv": {"det här gäller", "det här vet vi", "behöver veta"},
	"no": {"dette må du vite", "dette vet vi"},
	"tr": {"bilmeniz gerekenler", "neler biliniyor"},
})

// tellsService reports whether title, in language lang, is a service
// report's. A regional paper's column of briefs ("Kurz notiert:
// Hafenbrand gelöscht"), which reprints the day before's news, is one
// too: readStoryText tells it by briefColumn, which it strips first.
func (w *storyWords) tellsService(lang, title string) bool {
	return w.tells(title, servicePhrases[lang])
}

// risePhrases are how a title tells that a figure rose to a new one,
// by language ("" reads as English), lower case: a verb with the word
// for "to" ("rises to", "eleva a", "ارتفع إلى", "に増加"), or a count
// that rises ("ارتفاع حصيلة", the toll); not a verb of arriving or
// being promoted too ("çatıb", "ascienden a"), one that any rise by
// some percent would say ("늘어", "बढ़कर"), nor two parts far apart.
var risePhrases = phraseTable(map[string][]string{
	"en": {"rises to", "rise to", "rose to", "climbs to", "grows to", "jumps to", "reaches"},
	"de": {"steigt auf", "stieg auf", "wächst auf"},
	"fr": {"passe à", "grimpe à", "s'élève à", "s’élève à", "monte à"},
	"es": {"sube a", "asciende a", "se eleva a", "aumenta a", "eleva a", "elevan a", "elevó a", "se elevan a"},
	"it": {"sale a", "salgono a", "sale fino a"},
	"pt": {"sobe para", "aumenta para", "subiu para", "aumentou para", "eleva para", "elevam para"},
	"nl": {"stijgt naar", "loopt op tot"},
	"pl": {"wzrosła do", "wzrósł do", "wzrosło do", "rośnie do"},
	"cs": {"stoupl na", "vzrostl na", "stoupla na", "vzrostla na"},
	"ru": {"возросло до", "выросло до", "возросла до", "выросла до", "увеличилось до"},
	"uk": {"зросла до", "зросло до", "зріс до"},
	"da": {"stiger til", "steg til"},
	"sv": {"stiger till", "ökar till", "steg till"},
	"tr": {"yükseldi"},
	"zh": {"增至", "升至", "增为", "增為", "增加至", "上升至", "增加到", "上升到"},
	"sr": {"porastao na", "porasla na", "poraslo na", "povećan na", "povećana na", "порастао на", "порасла на", "порасло на", "повећан на", "повећана на"},
	"bs": {"porastao na", "porasla na", "poraslo na", "povećan na", "povećana na"},
	"ar": {"ارتفاع حصيلة", "ارتفعت حصيلة", "ترتفع إلى", "يرتفع إلى", "ارتفعت إلى", "ارتفع إلى"},
	"ja": {"に増加", "に拡大", "に増える", "に増えた"},
	"ms": {"meningkat kepada", "bertambah kepada"},
	"id": {"bertambah menjadi", "naik menjadi", "meningkat menjadi"},
	"ro": {"a crescut la", "crește la"},
	"el": {"αυξάνεται σε", "αυξήθηκε σε", "ανέβηκε σε"},
	"bn": {"সংখ্যা বেড়ে"},
	"ta": {"ஆக உயர்வு", "ஆக அதிகரிப்பு"},
	"he": {"עלה ל-", "עלתה ל-", "עלה ל\u05be", "עלתה ל\u05be"}, // "ל-5", the figure: not "עלה לטיסה", boarded
	"th": {"เพิ่มเป็น", "เพิ่มขึ้นเป็น"},
})

// tellsRise reports whether title, in language lang, says a figure
// rose.
func (w *storyWords) tellsRise(lang, title string) bool {
	return w.tells(title, risePhrases[lang]) || figureRise(title, figureRisePhrases[lang])
}

// figureRisePhrases are how a title tells that a figure rose where the
// figure stands within the phrase, by language: the words before it
// ("" for none) and after it. Urdu's count "becomes" the figure ("جاں
// بحق افراد کی تعداد ۹ ہو گئی"), Persian's "reaches" it ("به ۵ نفر
// رسید"), Korean's people "rise to" it by the counter's case ("3명으로
// 늘어"), Hindi's count "having risen becomes" it ("बढ़कर 5 हो गई"); the
// words apart, or another figure's, say other things ("به پایان رسید",
// it ended; "7% 늘어", up 7%; "500 अंक बढ़कर", up 500 points).
var figureRisePhrases = map[string][][2]string{
	"ur": {{"تعداد", "ہو گئی"}, {"تعداد", "ہوگئی"}, {"تعداد", "تک پہنچ گئی"}, {"بڑھ کر", "ہو گئی"}, {"بڑھ کر", "ہوگئی"}},
	"fa": {{"به", "نفر رسید"}, {"به", "تن رسید"}, {"به", "نفر افزایش یافت"}},
	"ko": {{"", "명으로 늘어"}, {"", "명으로 늘었"}, {"", "명으로 증가"}},
	// ढ़ written as one letter or as ड and its dot
	"hi": {{"बढ़कर", "हो"}, {"बढ़कर", "हुई"}, {"बढ़कर", "हुए"}, {"बढ़कर", "पहुंची"},
		{"ब\u095dकर", "हो"}, {"ब\u095dकर", "हुई"}, {"ब\u095dकर", "हुए"}, {"ब\u095dकर", "पहुंची"}},
}

// figureRise reports whether one of phrases stands in title with a
// figure between its words before and after: the figure starts a word,
// and the words before it, if any, end right before it.
func figureRise(title string, phrases [][2]string) bool {
	for _, p := range phrases {
		for from := 0; from < len(title); {
			i := strings.Index(title[from:], p[1])
			if i < 0 {
				break
			}
			at := from + i
			from = at + len(p[1])
			head := strings.TrimRight(title[:at], " ")
			rest := strings.TrimRightFunc(head, isFigureRune)
			if len(rest) == len(head) || !unicode.IsDigit(lastRune(head)) || rest != "" && !strings.HasSuffix(rest, " ") {
				continue // no figure, or one that ends a word: "7%"
			}
			if p[0] == "" || strings.HasSuffix(strings.TrimRight(rest, " "), p[0]) {
				return true
			}
		}
	}
	return false
}

// isFigureRune reports whether r is of a figure: a digit of any script,
// or a separator within one.
func isFigureRune(r rune) bool {
	return unicode.IsDigit(r) || r == ',' || r == '.' || r == '٫' || r == '٬'
}

// lastRune is the last rune of s, utf8.RuneError for none.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// phraseTable is phrases by language, made ready to look for; an item
// of no language ("") is read as English.
func phraseTable(byLang map[string][]string) map[string][]tellPhrase {
	sets := make(map[string][]tellPhrase, len(byLang)+1)
	for lang, phrases := range byLang {
		for _, p := range phrases {
			sets[lang] = append(sets[lang], newTellPhrase(lang, p))
		}
	}
	for _, p := range byLang["en"] {
		sets[""] = append(sets[""], newTellPhrase("", p)) // its words hashed as an item of no language's
	}
	return sets
}

// tellPhrase is words to look for, their first letter in lower or upper
// case, in two parts when written with "…" between them
// ("müssen…wissen": "das müssen Fahrgäste wissen"): the second, when
// not empty, anywhere after the first.
type tellPhrase struct {
	lower, upper string // the first letter
	gap          string // the spaces that follow it, if any
	rest, then   string
	keys         [3]uint32 // the hashes of its longest words as read in its language, but stop words; 0 for none
}

// newTellPhrase splits p for tellPhrase.in, which looks for the text after
// its first letter and the spaces that follow: " day after" would stop
// at every space of a summary, "day after" stops at few places.
func newTellPhrase(lang, p string) tellPhrase {
	first, then, _ := strings.Cut(p, "…")
	r, n := utf8.DecodeRuneInString(first)
	rest := strings.TrimLeft(first[n:], " ")
	upper := unicode.ToUpper(r)
	if lang == "tr" || lang == "az" {
		upper = unicode.TurkishCase.ToUpper(r) // "istifa", "İstifa"
	}
	return tellPhrase{lower: first[:n], upper: string(upper), gap: first[n : len(first)-len(rest)], rest: rest, then: then,
		keys: phraseKeys(lang, first)}
}

// phraseKeys are the hashes of the longest words of phrase p but stop
// words and its last word, as readStoryText reads them in language lang:
// a text whose words lack one of them does not hold the phrase. Each is
// looked for, since one such as "after" of "a day after" is in most
// texts. The last word may go on in a text ("bir gün sonrasında" holds
// "bir gün sonra"), so it is no key: a phrase of one word has none.
func phraseKeys(lang, p string) (keys [3]uint32) {
	r := newWordReader(lang, 8, 8)
	r.seed = hashSeed(lang)
	var lens [len(keys)]int
	words := 0
	scanWords(p, -1, func(string, int, bool) { words++ })
	scanWords(p, words-1, func(word string, _ int, num bool) {
		h, _, _ := r.add(word, num)
		if h == 0 {
			return // a stop word
		}
		for i := range keys { // longest first
			if len(word) > lens[i] {
				copy(keys[i+1:], keys[i:len(keys)-1])
				copy(lens[i+1:], lens[i:len(lens)-1])
				keys[i], lens[i] = h, len(word)
				return
			}
		}
	})
	return keys
}

// heldBy reports whether the words ws, sorted, hold each of p's keys.
func (p *tellPhrase) heldBy(ws []uint32) bool {
	for _, k := range p.keys {
		if k == 0 {
			return true
		}
		if _, found := slices.BinarySearch(ws, k); !found {
			return false
		}
	}
	return true
}

// tells reports whether s, whose words w has read, contains one of
// phrases; it looks only for those whose keys w has. Looking for every
// phrase in every title and lede was a quarter of reading an item.
func (w *storyWords) tells(s string, phrases []tellPhrase) bool {
	return w.tellsBefore(s, phrases, len(s)) >= 0
}

// tellsBefore is where in s the first of phrases found starts, if it
// starts before end, or -1.
func (w *storyWords) tellsBefore(s string, phrases []tellPhrase, end int) int {
	first := -1
	for i := range phrases {
		if phrases[i].heldBy(w.words) {
			if at := phrases[i].index(s, end); at >= 0 && (first < 0 || at < first) {
				first = at
			}
		}
	}
	return first
}

// index is where in s the phrase first stands, starting a word, if it
// starts before end, or -1: it is looked for by what follows its first
// letter and a space.
func (p *tellPhrase) index(s string, end int) int {
	for at := 0; at < len(s); {
		i := strings.Index(s[at:], p.rest)
		if i < 0 || i+at-len(p.gap)-max(len(p.lower), len(p.upper)) >= end {
			return -1
		}
		i += at
		at = i + 1
		if p.then != "" && !strings.Contains(s[i+len(p.rest):], p.then) {
			return -1 // nor after any later start
		}
		before, gapped := strings.CutSuffix(s[:i], p.gap)
		if !gapped {
			continue
		}
		switch {
		case startsWord(before, p.lower) && len(before)-len(p.lower) < end:
			return len(before) - len(p.lower)
		case startsWord(before, p.upper) && len(before)-len(p.upper) < end:
			return len(before) - len(p.upper)
		}
	}
	return -1
}

// startsAt reports whether the phrase stands in s at i, a word's start,
// as whole words.
func (p *tellPhrase) startsAt(s string, i int) bool {
	rest, ok := strings.CutPrefix(s[i:], p.lower)
	if !ok {
		if rest, ok = strings.CutPrefix(s[i:], p.upper); !ok {
			return false
		}
	}
	if rest, ok = strings.CutPrefix(rest, p.gap); !ok {
		return false
	}
	if rest, ok = strings.CutPrefix(rest, p.rest); !ok {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLetter(r) {
		return false // the start of a longer word: "Sackler", "Limoges"
	}
	return p.then == "" || strings.Contains(rest, p.then)
}

// startsWord reports whether s ends with letter, and no letter or digit
// stands before it: "Umstieg auf" says no "stieg auf", nor does the code
// "A0stieg". In a script written without spaces, a word may start
// anywhere: "火警增至2人" says "增至".
func startsWord(s, letter string) bool {
	s, found := strings.CutSuffix(s, letter)
	if !found {
		return false
	}
	if l, _ := utf8.DecodeRuneInString(letter); spaceless(l) {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return s == "" || !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// tellsDayAfter reports whether s, in language lang, tells its news as
// following another's.
func (w *storyWords) tellsDayAfter(lang, s string) bool { return w.tells(s, dayAfterPhrases[lang]) }
