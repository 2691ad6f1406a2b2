package configedit

import "strings"

// hiragana spells the hiragana from U+3041 (ぁ) to U+3096 (ゖ) in
// Hepburn; the small っ (sokuon) is "" and handled by kana.
var hiragana = [...]string{
	"a", "a", "i", "i", "u", "u", "e", "e", "o", "o", // ぁあぃいぅうぇえぉお
	"ka", "ga", "ki", "gi", "ku", "gu", "ke", "ge", "ko", "go",
	"sa", "za", "shi", "ji", "su", "zu", "se", "ze", "so", "zo",
	"ta", "da", "chi", "ji", "", "tsu", "zu", "te", "de", "to", "do",
	"na", "ni", "nu", "ne", "no",
	"ha", "ba", "pa", "hi", "bi", "pi", "fu", "bu", "pu", "he", "be", "pe", "ho", "bo", "po",
	"ma", "mi", "mu", "me", "mo",
	"ya", "ya", "yu", "yu", "yo", "yo", // ゃやゅゆょよ
	"ra", "ri", "ru", "re", "ro",
	"wa", "wa", "i", "e", "o", "n", "vu", "ka", "ke", // ゎわゐゑをんゔゕゖ
}

const (
	firstHiragana = 'ぁ'
	firstKatakana = 'ァ'
	lastKatakana  = 'ヶ'
	longVowel     = 'ー'
)

func isKana(r rune) bool {
	return firstHiragana <= r && int(r-firstHiragana) < len(hiragana) ||
		firstKatakana <= r && r <= lastKatakana || r == longVowel
}

// asHiragana maps katakana to the hiragana of the same sound.
func asHiragana(r rune) rune {
	if firstKatakana <= r && r <= lastKatakana {
		return r - firstKatakana + firstHiragana
	}
	return r
}

// kana spells a kana in Hepburn: with a small ゃ, ゅ or ょ after it
// (きゃ → kya, しゅ → shu), with a small vowel after it (ファ → fa), the
// small っ doubling the consonant after it (トップ → toppu, マッチ →
// matchi); the long vowel mark ー is left out (ニュース → nyusu).
func kana(rs []rune, i int) (string, int) {
	r := asHiragana(rs[i])
	if r == longVowel {
		return "", 1
	}
	if r == 'っ' {
		if i+1 == len(rs) || !isKana(rs[i+1]) {
			return "", 1
		}
		next, n := kana(rs, i+1)
		switch {
		case strings.HasPrefix(next, "ch"):
			return "t" + next, 1 + n
		case next != "" && !strings.ContainsRune("aeioun", rune(next[0])):
			return next[:1] + next, 1 + n
		}
		return next, 1 + n
	}
	s := hiragana[r-firstHiragana]
	if i+1 == len(rs) || !isKana(rs[i+1]) || len(s) < 2 {
		return s, 1
	}
	switch small := asHiragana(rs[i+1]); {
	case strings.ContainsRune("ゃゅょ", small) && strings.HasSuffix(s, "i"):
		s = s[:len(s)-1] // ki → k, shi → sh
		if s != "sh" && s != "ch" && s != "j" {
			s += "y"
		}
		return s + hiragana[small-firstHiragana][1:], 2
	case strings.ContainsRune("ぁぃぅぇぉ", small):
		return s[:len(s)-1] + hiragana[small-firstHiragana], 2
	}
	return s, 1
}
