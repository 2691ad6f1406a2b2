package aggregator

import (
	"slices"
	"unicode/utf8"
)

// New events of a kind: a title that tells of an aftershock, or of a new
// quake, reports another event than the quake before it, however alike
// their words and however close in time (an aftershock comes hours
// later, at the same place, from the same agency's figures); one that
// tells of an arrest, a charge or a verdict reports justice's next step
// after the crime that a report before it told.

// newEventPhrases are how titles tell of a new event of a kind told
// before, by language ("" reads as English), each also with its first
// letter capitalized. Only titles are read: a report's summary may say
// that "aftershocks are expected". Words that also mean something else
// ("réplique", "réplica": a retort) stand only in a longer phrase.
var newEventPhrases = phraseTable(map[string][]string{
	"en": {"aftershock", "aftershocks", "another quake", "another earthquake", "new quake", "new earthquake", "second quake", "second earthquake", "fresh quake", "fresh earthquake"},
	"de": {"Nachbeben", "neues Beben", "neues Erdbeben", "erneutes Beben", "erneutes Erdbeben", "weiteres Beben", "weiteres Erdbeben"},
	"fr": {"nouveau séisme", "nouvelle secousse", "nouveau tremblement de terre", "réplique sismique", "réplique de magnitude", "forte réplique"},
	"es": {"nuevo sismo", "nuevo terremoto", "nuevo temblor", "réplica de magnitud", "fuerte réplica"},
	"it": {"nuova scossa", "scossa di assestamento", "nuovo terremoto", "nuovo sisma"},
	"pt": {"novo sismo", "novo terremoto", "novo tremor", "réplica de magnitude", "forte réplica"},
	"nl": {"naschok", "nieuwe aardbeving", "opnieuw aardbeving", "opnieuw een aardbeving"},
	"pl": {"wstrząs wtórny", "kolejne trzęsienie", "nowe trzęsienie", "kolejny wstrząs"},
	"cs": {"dotřes", "další zemětřesení", "nové zemětřesení"},
	"ru": {"афтершок", "новое землетрясение", "повторное землетрясение", "повторный толчок", "новый толчок"},
	"uk": {"афтершок", "новий землетрус", "повторний землетрус", "новий поштовх"},
	"sr": {"нови земљотрес", "novi zemljotres", "нови потрес", "novi potres", "накнадни потрес", "naknadni potres"},
	"bs": {"novi zemljotres", "novi potres", "naknadni potres"},
	"hr": {"novi potres", "naknadni potres"},
	"tr": {"artçı", "yeni deprem"},
	"el": {"μετασεισμός"},
	"da": {"efterskælv", "nyt jordskælv"},
	"sv": {"efterskalv", "nytt jordskalv"},
	"no": {"etterskjelv", "nytt jordskjelv"},
	"ja": {"余震"},
	"zh": {"余震", "餘震"},
})

// arrestPhrases are how titles tell of an arrest, a charge or a verdict:
// justice's next step after a crime, news of its own ("Two men arrested
// over Edinburgh museum raid" the day after the raid), by language. Not
// words a doctor uses too ("cardiac arrest", "arresto cardiaco"), nor
// those of a stopped train, a delayed flight or a decree ("fermati",
// "detenido", "zatrzymany", "задержан", "arrêté").
var arrestPhrases = phraseTable(map[string][]string{
	"en": {"arrested", "arrests", "charged", "convicted", "sentenced", "jailed", "detained", "acquitted"},
	"de": {"festgenommen", "Festnahme", "Festnahmen", "verhaftet", "angeklagt", "Anklage gegen", "verurteilt", "Haftstrafe"},
	"fr": {"interpellé", "interpellés", "interpellées", "interpellation", "mis en examen", "mise en examen", "condamné", "condamnés", "écroué", "écroués"},
	"es": {"detenidos", "detenidas", "detención", "arrestado", "arrestados", "condenado", "condenados", "imputado", "imputados"},
	"it": {"arrestato", "arrestati", "arrestata", "condannato", "condannati"},
	"pt": {"preso", "presos", "detido", "detidos", "condenado", "condenados"},
	"nl": {"aangehouden", "gearresteerd", "arrestatie", "veroordeeld"},
	"pl": {"zatrzymani", "aresztowany", "aresztowani", "skazany", "skazani"},
	"cs": {"zadržen", "zadrželi", "obviněn", "odsouzen"},
	"da": {"anholdt", "anholdte", "anholdelse", "sigtet", "dømt", "varetægtsfængslet"},
	"sv": {"gripen", "gripna", "greps", "häktad", "häktade", "dömd", "åtalad"},
	"no": {"pågrepet", "pågrepne", "siktet", "dømt"},
	"ru": {"задержали", "арестован", "арестованы", "арестовали", "осужден", "осуждён", "приговорен", "приговорён"},
	"uk": {"заарештовано", "засуджено"},
	"sr": {"uhapšen", "uhapšeni", "ухапшен", "ухапшени"},
	"tr": {"gözaltına", "tutuklandı", "tutuklama"},
})

// tellsNewEvent reports whether title, in language lang, tells of a new
// event of a kind told before, as what it reports: among its first
// newEventWords words (starts), ("Magnitude 4.1 aftershock rattles
// Crete", "Campi Flegrei, nuova scossa"), not after them, where a report
// of the first event may mention what it fears ("Strong quake hits Crete,
// residents fear aftershocks"). In a language written without spaces,
// whose words are not counted, it may stand anywhere in the title:
// "千葉県東方沖で余震".
func (w *storyWords) tellsNewEvent(lang, title string, starts *wordStarts) bool {
	return w.tellsEarly(title, newEventPhrases[lang], starts)
}

// wordStarts are where a title's first newEventWords words start.
type wordStarts struct {
	at [newEventWords]int
	n  int
}

// note notes that a word starts at i.
func (s *wordStarts) note(i int) {
	if s.n < len(s.at) {
		s.at[s.n] = i
		s.n++
	}
}

// tellsEarly reports whether one of phrases starts at one of the title's
// first words, or anywhere in a title written without spaces. Every
// item's title is read so: a phrase is compared only where one of those
// words starts with its first letter, no title searched.
func (w *storyWords) tellsEarly(title string, phrases []tellPhrase, starts *wordStarts) bool {
	if len(phrases) == 0 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(phrases[0].lower); spaceless(r) {
		return w.tellsBefore(title, phrases, len(title)) >= 0
	}
	for _, at := range starts.at[:starts.n] {
		c := title[at]
		for i := range phrases {
			p := &phrases[i]
			if (c == p.lower[0] || c == p.upper[0]) && p.startsAt(title, at) && p.heldBy(w.words) {
				return true
			}
		}
	}
	return false
}

// newEventWords is how many words may stand before a title's new event.
const newEventWords = 3

// departurePhrases are how titles tell that someone leaves a post: a
// manager sacked, a minister resigning, a chief stepping down, news of
// its own after the defeat or the row that a report before told. Not
// words of other news too: "fires" (blazes), "fired" (shots), "cesa" (la
// lluvia), "odwołany" (a flight), "покидает" (a ship leaves port),
// "zwalnia" (inflation slows), "avgår" (a train), "esonero" (from a
// tax), "ontslagen" (from hospital), "renuncia a" (a plan), "ousted"
// (long before).
var departurePhrases = phraseTable(map[string][]string{
	"en": {"sack", "sacks", "sacked", "resigns", "resigned", "steps down", "quits", "part company", "parts company"},
	"de": {"entlässt", "trennt sich", "Rücktritt", "tritt zurück", "gefeuert"},
	"fr": {"limogé", "limoge", "limogeage", "démissionne", "démission", "se sépare"},
	"es": {"destituido", "destituye", "dimite", "dimisión", "cesado"},
	"it": {"esonerato", "esonera", "si dimette", "dimissioni"},
	"pt": {"demitido", "demite", "demissão"},
	"nl": {"ontslaat", "stapt op", "treedt af"},
	"sv": {"sparkad", "sparkar"},
	"pl": {"zwolniony", "dymisja", "rezygnuje"},
	"tr": {"görevden alındı", "istifa", "yollar ayrıldı"},
	"da": {"fyret", "fyrer", "træder tilbage", "går af"},
	"ru": {"уволен", "уволил", "отставка", "отставку"},
})

// newsKind is a kind of news that a title tells of, as what it reports,
// among its first words (arrests, departures), and that an earlier item
// may mention anywhere in its title or lead by all the words of one of
// its phrases ("No arrests have been made", "could be sacked"), read
// whole (storyWords.lookup): a beginning is no mention ("istifa",
// resigns, begins as "istikrar" does).
type newsKind struct {
	keys map[string][][]uint32 // each phrase's words as read whole, stop words aside
}

func newNewsKind(phrases map[string][]tellPhrase) newsKind {
	keys := map[string][][]uint32{}
	for lang, ps := range phrases {
		for _, p := range ps {
			var words []uint32
			scanWords(p.lower+p.gap+p.rest, -1, func(word string, _ int, num bool) {
				if prefixLanguages[lang] {
					if w := wholeWord(lang, word); w != 0 {
						words = append(words, w)
					}
				} else if r := readStoryWords(lang, word, ""); len(r.words) == 1 {
					words = append(words, r.words[0])
				}
			})
			if len(words) > 0 {
				keys[lang] = append(keys[lang], words)
			}
		}
	}
	return newsKind{keys: keys}
}

// wholeWord is a word of lang read whole, as storyWords.lookup holds
// it (wordRead.whole); 0 for a stop word.
func wholeWord(lang, word string) uint32 {
	r := newWordReader(lang, 1, 1)
	r.seed = hashSeed(lang)
	if c, _ := r.read(word); !c.stop && !c.replaced {
		return c.whole
	}
	return 0
}

// arrests and departures are the kinds of news a title tells of among
// its first words that an earlier report's mention keeps one story.
var (
	arrests    = newNewsKind(arrestPhrases)
	departures = newNewsKind(departurePhrases)
)

// mentionedIn reports whether p's words hold every word of one of the
// kind's phrases: it is looked up only in the few items a report of the
// kind is compared with.
func (k *newsKind) mentionedIn(p *storyPrint) bool {
	for _, words := range k.keys[p.lang] {
		if holdsAll(p.words.lookup(), words) {
			return true
		}
	}
	return false
}

// holdsAll reports whether sorted words hold each of keys: every word of
// a phrase, "tritt" and "zurück", not one ("weist Kritik zurück").
func holdsAll(words, keys []uint32) bool {
	for _, k := range keys {
		if _, found := slices.BinarySearch(words, k); !found {
			return false
		}
	}
	return true
}

// laterRenews reports whether the later of a and b tells in its title of
// a new event of a kind (an aftershock, "Нови земљотрес код Краљева")
// and the earlier's title does not, or of an arrest, a charge or a
// verdict, or of someone leaving a post, and the earlier's title and
// lead do not ("no arrests have been made", "under pressure to resign"
// are no other event); nor is the later a wire's update, which tells the
// earlier's story on.
func laterRenews(a, b *storyPrint) bool {
	if a.published.Equal(b.published) {
		return false // neither is later
	}
	if a.published.Before(b.published) {
		a, b = b, a
	}
	return !a.words.update && (a.words.renews && !b.words.renews ||
		a.words.arrests && !b.words.arrests && !arrests.mentionedIn(b) ||
		a.words.departs && !b.words.departs && !departures.mentionedIn(b))
}
