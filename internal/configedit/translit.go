package configedit

import (
	"strings"
	"unicode"

	"github.com/gosimple/unidecode"
)

// spell returns the ASCII spelling of the lower-case letter, mark or digit
// rs[i], with the letters after it that its script spells together, and
// how many runes it used. The spelling holds a-z and 0-9, and spaces where
// words part; "" drops the rune. Latin letters fold their accents; Greek
// (modern Greek as ELOT 743 writes it), Armenian (as Armenians write their
// names: Yerevan, Azatutyun), Arabic and Persian letters and Japanese kana
// (Hepburn) have tables here; every other script is spelled by unidecode,
// whose spellings of these scripts read badly (Kathemerine, Azatowt`yown,
// ljzyr@, niyusu), and whose Chinese readings also spell Japanese kanji
// and Korean hanja.
func spell(rs []rune, i int) (string, int) {
	r := rs[i]
	if s := latin(r); s != "" {
		return s, 1
	}
	switch {
	case 0x370 <= r && r <= 0x3ff:
		return greek(rs, i)
	case 0x530 <= r && r <= 0x58f:
		return armenian(rs, i)
	case 0x600 <= r && r <= 0x6ff:
		if s, ok := arabicLetters[r]; ok {
			return s, 1
		}
	case isKana(r):
		return kana(rs, i)
	}
	return unidecoded(r), 1
}

// unidecoded is unidecode's spelling of r in lower case without the
// apostrophes, backticks and other signs it writes for sounds ASCII
// lacks. The space after each Chinese character stays, so that each
// syllable becomes a word: 日本 → "ri ben ".
func unidecoded(r rune) string {
	var b strings.Builder
	for _, c := range unidecode.Unidecode(string(r)) {
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == ' ':
			b.WriteRune(c)
		case 'A' <= c && c <= 'Z':
			b.WriteRune(unicode.ToLower(c))
		}
	}
	return b.String()
}

var greekLetters = map[rune]string{
	'α': "a", 'ά': "a", 'β': "v", 'γ': "g", 'δ': "d", 'ε': "e", 'έ': "e", 'ζ': "z",
	'η': "i", 'ή': "i", 'θ': "th", 'ι': "i", 'ί': "i", 'ϊ': "i", 'ΐ': "i", 'κ': "k",
	'λ': "l", 'μ': "m", 'ν': "n", 'ξ': "x", 'ο': "o", 'ό': "o", 'π': "p", 'ρ': "r",
	'σ': "s", 'ς': "s", 'τ': "t", 'υ': "y", 'ύ': "y", 'ϋ': "y", 'ΰ': "y", 'φ': "f",
	'χ': "ch", 'ψ': "ps", 'ω': "o", 'ώ': "o",
}

// greek spells a Greek letter; γγ is ng, ου is ou, and αυ, ευ, ηυ are av, ev, iv
// before a vowel or voiced consonant and af, ef, if before a voiceless one
// or at the end of a word (Ναυτεμπορική → naftemporiki).
func greek(rs []rune, i int) (string, int) {
	s, ok := greekLetters[rs[i]]
	if !ok {
		return unidecoded(rs[i]), 1
	}
	if rs[i] == 'γ' && i+1 < len(rs) && rs[i+1] == 'γ' {
		return "ng", 2
	}
	if i+1 == len(rs) || rs[i+1] != 'υ' && rs[i+1] != 'ύ' {
		return s, 1
	}
	switch {
	case s == "o":
		return "ou", 2
	case strings.ContainsRune("αάεέηή", rs[i]):
		if i+2 < len(rs) && greekLetters[rs[i+2]] != "" && !strings.ContainsRune("θκξπστςφχψ", rs[i+2]) {
			return s + "v", 2
		}
		return s + "f", 2
	}
	return s, 1
}

var armenianLetters = map[rune]string{
	'ա': "a", 'բ': "b", 'գ': "g", 'դ': "d", 'ե': "e", 'զ': "z", 'է': "e", 'ը': "y",
	'թ': "t", 'ժ': "zh", 'ի': "i", 'լ': "l", 'խ': "kh", 'ծ': "ts", 'կ': "k", 'հ': "h",
	'ձ': "dz", 'ղ': "gh", 'ճ': "ch", 'մ': "m", 'յ': "y", 'ն': "n", 'շ': "sh", 'ո': "o",
	'չ': "ch", 'պ': "p", 'ջ': "j", 'ռ': "r", 'ս': "s", 'վ': "v", 'տ': "t", 'ր': "r",
	'ց': "ts", 'ւ': "v", 'փ': "p", 'ք': "k", 'օ': "o", 'ֆ': "f", 'և': "ev",
}

// armenian spells an Armenian letter; ու is u, and ե, ո and և are ye, vo
// and yev at the start of a word (Երևան → yerevan).
func armenian(rs []rune, i int) (string, int) {
	s, ok := armenianLetters[rs[i]]
	if !ok {
		return unidecoded(rs[i]), 1
	}
	if rs[i] == 'ո' && i+1 < len(rs) && rs[i+1] == 'ւ' {
		return "u", 2
	}
	if i == 0 || !unicode.IsLetter(rs[i-1]) {
		switch rs[i] {
		case 'ե', 'և':
			s = "y" + s
		case 'ո':
			s = "v" + s
		}
	}
	return s, 1
}

// arabicLetters spells the Arabic and Persian letters in the way of
// Arabic names in Latin script, short vowels where they are written. The
// hamza and ʿayn, and the other marks, are left out.
var arabicLetters = map[rune]string{
	'ا': "a", 'أ': "a", 'إ': "i", 'آ': "a", 'ٱ': "a", 'ء': "", 'ؤ': "w", 'ئ': "y",
	'ب': "b", 'ت': "t", 'ث': "th", 'ج': "j", 'ح': "h", 'خ': "kh", 'د': "d", 'ذ': "dh",
	'ر': "r", 'ز': "z", 'س': "s", 'ش': "sh", 'ص': "s", 'ض': "d", 'ط': "t", 'ظ': "z",
	'ع': "", 'غ': "gh", 'ف': "f", 'ق': "q", 'ك': "k", 'ل': "l", 'م': "m", 'ن': "n",
	'ه': "h", 'و': "w", 'ي': "y", 'ى': "a", 'ة': "a", 'ـ': "",
	'پ': "p", 'چ': "ch", 'ژ': "zh", 'گ': "g", 'ک': "k", 'ی': "y", 'ۀ': "h",
	'\u064b': "", '\u064c': "", '\u064d': "", '\u064e': "a", '\u064f': "u", '\u0650': "i",
	'\u0651': "", '\u0652': "", '\u0670': "a",
}
