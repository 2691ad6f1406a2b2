package aggregator

import "unicode/utf8"

// New events of a kind: a title that tells of an aftershock, or of a new
// quake, reports another event than the quake before it, however alike
// their words and however close in time (an aftershock comes hours
// later, at the same place, from the same agency's figures).

// newEventPhrases are how titles tell of a new event of a kind told
// before, by language ("" reads as English), each also with its first
// letter capitalized. Only titles are read: a report's summary may say
// that "aftershocks are expected". Words that also mean something else
// ("réplique", "réplica": a retort) stand only in a longer phrase.
var newEventPhrases = phraseTable(map[string][]string{
	"en": {"aftershock", "another quake", "another earthquake", "new quake", "new earthquake", "second quake", "second earthquake", "fresh quake", "fresh earthquake"},
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

// tellsNewEvent reports whether title, in language lang, tells of a new
// event of a kind told before, as what it reports: among its first
// newEventWords words ("Magnitude 4.1 aftershock rattles Crete", "Campi
// Flegrei, nuova scossa"), not after them, where a report of the first
// event may mention what it fears ("Strong quake hits Crete, residents
// fear aftershocks").
// In a language written without spaces, whose words are not counted, it
// may stand anywhere in the title: "千葉県東方沖で余震".
func (w *storyWords) tellsNewEvent(lang, title string) bool {
	phrases := newEventPhrases[lang]
	if len(phrases) == 0 {
		return false
	}
	at := w.tellsBefore(title, phrases, len(title)) // the first, found before counting words
	if r, _ := utf8.DecodeRuneInString(phrases[0].lower); at < 0 || spaceless(r) {
		return at >= 0
	}
	return at < wordStart(title, newEventWords)
}

// newEventWords is how many words may stand before a title's new event.
const newEventWords = 3

// wordStart is where in s its word numbered n (from 0) starts, or len(s)
// when it has fewer; in a script written without spaces, every two
// characters count as a word.
func wordStart(s string, n int) int {
	at := len(s)
	scanWords(s, n+1, func(word string, i int, _ bool) {
		if n == 0 {
			at = i
		}
		n--
	})
	return at
}

// laterRenews reports whether the later of a and b tells in its title of
// a new event of a kind (an aftershock, "Нови земљотрес код Краљева")
// and the earlier does not, nor is the later a wire's update, which
// tells the earlier's story on.
func laterRenews(a, b *storyPrint) bool {
	if a.published.Before(b.published) {
		a, b = b, a
	}
	return a.words.renews && !b.words.renews && !a.words.update
}
