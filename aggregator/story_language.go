package aggregator

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The language an item's words are read in. It is its feed's tag, but
// many feeds carry none, and some the wrong one (a Danish paper tagged
// "en" by its software): read in no language or the wrong one, an item
// shares no word with its copies, whose words are hashed in theirs. An
// item without a tag is read as English, the commonest; when the words
// read in a language whose stop words are known have few of them (fewer
// than three in twenty of a dozen words or more), the language is
// guessed from the words and letters (guessLanguage) and the item read
// again in that one. A language that is not guessed with confidence
// leaves the tag as it was, and an untagged item read as English.

// readItemWords reads an item's words in the language its tag says, or
// the one its words say; it returns that language.
func readItemWords(tag, title, summary string) (string, storyWords) {
	lang := tag
	if lang == "" {
		lang = "en"
	}
	w := readStoryWords(lang, title, summary)
	if !w.foreignTo(lang, title) && !(tag == "" && w.read < wordsToTell) {
		return lang, w
	}
	if guess := guessLanguage(title, summary); guess != "" && guess != lang {
		return guess, readStoryWords(guess, title, summary)
	}
	return lang, w
}

// foreignTo reports whether words read in lang hold too few of its stop
// words to be in it: fewer than three in twenty of at least a dozen
// (English prose holds a third; Serbian read as English, a tenth, by its
// "a" and "i"); or, fewer, none of them, under a title written mostly in
// another script than Latin or Cyrillic (a Chinese title alone, which an
// untagged feed sends).
func (w *storyWords) foreignTo(lang, title string) bool {
	if _, known := stopWords[lang]; !known {
		return false
	}
	if w.read >= wordsToTell {
		return w.stops*20 < 3*w.read
	}
	return w.stops == 0 && otherScript(title)
}

// otherScript reports whether most of a title's letters are written in
// another script than Latin or Cyrillic.
func otherScript(title string) bool {
	letters, other := 0, 0
	for _, r := range title {
		if classOf(r)&classLetter == 0 {
			continue
		}
		letters++
		if r >= 0x250 && (r < 0x400 || r >= 0x530) {
			other++
		}
	}
	return 2*other > letters
}

// guessWords are the commonest short words of languages written in Latin
// or Cyrillic letters, folded: a text's language is the one whose words
// it has most, each word counting for every language that has it shared.
var guessWords = map[string]string{
	"en": "the of and to in is was for on that with as by at from are be has have it this which after said will were its an",
	"de": "der die das und ist nicht mit von zu den dem des ein eine auf fur sich auch bei nach wird wurde sind im aus am vom zum zur",
	"fr": "le la les des et est une du dans pour que qui sur pas par au aux avec ce se ont sont cette selon il elle ne",
	"es": "el la los las del y en que por con una para es se al lo mas sus fue segun tras este esta como",
	"it": "il la di che e del della per con non sono una nel alla gli dei delle dal anche stato nella sul",
	"pt": "o a os as do da dos das que em um uma para com nao por no na mais foi pelo pela ao",
	"nl": "de het een en van in is op te dat die voor met zijn niet aan er ook bij naar werd om",
	"da": "og i at det er en til pa med for som af den har de ikke var fra efter blev kan vil bliver siger mod ud op hvad nogle mellem",
	"sv": "och i att det som en pa ar av for med till den har inte var fran efter blev kan",
	"no": "og i at det er en til pa med for som av den har de ikke var fra etter ble kan vil blir sier mot ut opp hva noen mellom",
	"pl": "i w na z sie nie do to jest ze o dla po przez oraz jak od sa przy byl",
	"cs": "a v na se je ze s do to z o pro jako by po ale jsou byl bylo podle",
	"ro": "si in la de cu pe a din pentru care este nu sa un o mai au fost",
	"hu": "a az es hogy nem is egy van volt meg mar csak de ki ezt",
	"tr": "ve bir bu da de ile icin olarak olan gibi daha en ama cok sonra",
	"az": "ve bir bu da de ile ucun olan daha amma sonra isə",
	"id": "yang dan di ke dari ini itu dengan untuk pada tidak akan oleh adalah",
	"ru": "и в не на что с по как это из за от для но о к у был было была же его ее во со при после также года только более уже или",
	"uk": "і в на що з не до як це та у за від для але про був була",
	"sr": "и у на да је се за са од не из као су што то u da je za sa od iz kao su sto koji koja koje nije bio bila ali ili prema posle nakon tokom kod",
	"bg": "и в на да е се за с от не са че по като",
}

// guessSigns are letters that only some languages write, by language.
var guessSigns = map[string]string{
	"pl": "ąęłśźżńć", "cs": "řěů", "hu": "őű", "az": "ə", "tr": "ğış", "ro": "șțăâî",
	"es": "ñ¿¡", "pt": "ãõ", "de": "ßäöü", "da": "æøå", "no": "æøå", "sv": "åäö", "fr": "œèêëç",
	"it": "òì", "uk": "іїєґ", "sr": "јљњћђџđć", "ru": "ыэё", "bg": "ъ",
}

// guessLanguages numbers the languages guessWords knows; wordMasks are
// the languages of each word, as bits; signs are guessSigns' letters, and
// signMasks the languages of each.
var guessLanguages, wordMasks, signs, signMasks = func() ([]string, map[string]uint32, []rune, []uint32) {
	var langs []string
	words := map[string]uint32{}
	for lang := range guessWords {
		langs = append(langs, lang)
	}
	slices.Sort(langs)
	var signs []rune
	var masks []uint32
	for i, lang := range langs {
		for _, w := range strings.Fields(guessWords[lang]) {
			words[w] |= 1 << i
		}
		for _, r := range guessSigns[lang] {
			k := slices.Index(signs, r)
			if k < 0 {
				k, signs, masks = len(signs), append(signs, r), append(masks, 0)
			}
			masks[k] |= 1 << i
		}
	}
	return langs, words, signs, masks
}()

// longestGuessWord is the length of guessWords' longest word: a longer
// one is looked up in vain.
var longestGuessWord = func() int {
	n := 0
	for w := range wordMasks {
		n = max(n, len(w))
	}
	return n
}()

// Every sign is below signRunes. Above it, only letters between
// signCasedFrom and signCasedTo lower-case to one (ẞ to ß, the Ångström
// sign to å): TestSignIn tries every rune.
const (
	signRunes                  = 0x500
	signCasedFrom, signCasedTo = 0x1E00, 0x2200
)

// signOf numbers each letter below signRunes whose lower case is a sign:
// one more than the sign's index in signs, 0 for any other letter.
var signOf = func() (of [signRunes]uint8) {
	for r := range rune(signRunes) {
		if k := slices.Index(signs, unicode.ToLower(r)); k >= 0 {
			of[r] = uint8(k + 1)
		}
	}
	return of
}()

// signIn is the number signOf gives r's lower case, wherever r is.
func signIn(r rune) int {
	if r >= signRunes {
		if r < signCasedFrom || r >= signCasedTo {
			return 0
		}
		if r = unicode.ToLower(r); r >= signRunes {
			return 0
		}
	}
	return int(signOf[r])
}

// scriptLanguages are the languages of scripts only one language of
// feedsieve's users writes, or mostly one.
var scriptLanguages = [...]struct {
	script *unicode.RangeTable
	lang   string
}{
	{unicode.Armenian, "hy"}, {unicode.Georgian, "ka"}, {unicode.Greek, "el"}, {unicode.Hebrew, "he"},
	{unicode.Hangul, "ko"}, {unicode.Hiragana, "ja"}, {unicode.Katakana, "ja"}, {unicode.Han, "zh"},
	{unicode.Thai, "th"}, {unicode.Devanagari, "hi"}, {unicode.Bengali, "bn"}, {unicode.Tamil, "ta"},
	{unicode.Ethiopic, "am"}, {unicode.Arabic, "ar"},
}

// guessedText is how much of an item's text, in bytes, guessing its
// language reads.
const guessedText = 1200

// guessLanguage guesses the language of a title and summary, or returns
// "" when it cannot say with confidence. A script that one language
// writes tells it (Japanese by its kana among Chinese characters, Persian
// and Urdu by their letters among Arabic's); in Latin or Cyrillic
// letters, the language whose common words and letters the text has
// clearly most.
func guessLanguage(title, summary string) string {
	text := HTMLText(title) + " " + htmlTextPrefix(summary, guessedText)
	text = text[:min(len(text), guessedText)]
	var letters, latin, cyrillic int
	var scripts [len(scriptLanguages)]int
	for _, r := range text {
		if classOf(r)&classLetter == 0 {
			continue
		}
		letters++
		switch {
		case r < 0x250:
			latin++
		case r >= 0x400 && r < 0x530 || unicode.Is(unicode.Cyrillic, r): // the letters of Cyrillic's first blocks, then the rest
			cyrillic++
		default:
			for i, s := range scriptLanguages {
				if unicode.Is(s.script, r) {
					scripts[i]++
					break
				}
			}
		}
	}
	if letters == 0 {
		return ""
	}
	if other := letters - latin - cyrillic; 2*other > letters {
		return scriptLanguage(text, &scripts)
	}
	return wordsLanguage(text)
}

// scriptLanguage is the language of the script most of the text's
// letters are in, counted by script in scripts.
func scriptLanguage(text string, scripts *[len(scriptLanguages)]int) string {
	best := 0
	for i := range scripts {
		if scripts[i] > scripts[best] {
			best = i
		}
	}
	if scripts[best] == 0 {
		return "" // a script none of scriptLanguages: Kannada, Khmer, …
	}
	switch lang := scriptLanguages[best].lang; {
	case lang == "zh" && strings.ContainsFunc(text, func(r rune) bool { return unicode.In(r, unicode.Hiragana, unicode.Katakana) }):
		return "ja"
	case lang == "ar" && strings.ContainsAny(text, "ٹڈڑںے"):
		return "ur"
	case lang == "ar" && strings.ContainsAny(text, "گچپژ"):
		return "fa"
	default:
		return lang
	}
}

// wordsLanguage is the language whose common words and letters text has
// clearly most: at least two, 0.75 more than any other's; each word or
// letter counts once, shared by the languages that have it ("y/y" of a
// BRIEF is no Spanish, however often).
func wordsLanguage(text string) string {
	var score [32]float64 // by guessLanguages, as the bits of a mask
	add := func(mask uint32) {
		share := 1 / float64(bits.OnesCount32(mask))
		for ; mask != 0; mask &= mask - 1 {
			score[bits.TrailingZeros32(mask)] += share
		}
	}
	var seen uint64 // signs, by index
	for _, r := range text {
		if r < utf8.RuneSelf {
			continue // no sign is ASCII
		}
		if k := signIn(r); k > 0 && seen&(1<<(k-1)) == 0 {
			seen |= 1 << (k - 1)
			add(signMasks[k-1])
		}
	}
	var words [80]string // the words counted, once each
	n := 0
	scanWords(Fold(text), len(words), func(word string, _ int, num bool) {
		if num || len(word) > longestGuessWord {
			return
		}
		if m, ok := wordMasks[word]; ok && !slices.Contains(words[:n], word) {
			words[n], n = word, n+1
			add(m)
		}
	})
	best, second := 0, 0.0
	for i := 1; i < len(guessLanguages); i++ {
		switch s := score[i]; {
		case s > score[best]:
			second, best = score[best], i
		case s > second:
			second = s
		}
	}
	if score[best] < 2 || score[best]-second < 0.75 {
		return ""
	}
	return guessLanguages[best]
}

// wordsToTell is how many words, numbers aside, tell the language they
// are in by the stop words among them (foreignTo); an untagged item of
// fewer has its language guessed from its words and letters however few
// stop words it has ("Zderzenie tramwajów na Woli, są ranni", read as
// English, had none of English's).
const wordsToTell = 12
