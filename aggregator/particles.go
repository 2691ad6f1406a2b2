package aggregator

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Korean writes particles onto the noun they follow: 카라바흐에서 (in
// Karabakh), 카라바흐의 (of Karabakh), 카라바흐에서는. A keyword word of
// Hangul therefore also matches the same word followed by one particle of
// koreanParticles, or two in a row, and by nothing else: 카라바흐 matches
// 카라바흐에서는 but not 카라바흐스탄. Both forms of the particles that
// change after a consonant are listed, whichever the noun takes.
var koreanParticles = []string{
	"은", "는", "이", "가", "을", "를", "의", "에", "에서", "에게", "께", "께서",
	"한테", "에게서", "한테서", "로", "으로", "로서", "으로서", "로써", "으로써",
	"와", "과", "랑", "이랑", "하고", "도", "만", "까지", "부터", "처럼", "보다",
	"마다", "조차", "마저", "뿐", "밖에", "나", "이나",
}

// hangulWord reports whether a folded keyword word is all Hangul, and so
// also matches with particles.
func hangulWord(w string) bool {
	for _, r := range w {
		if !unicode.Is(unicode.Hangul, r) {
			return false
		}
	}
	return w != ""
}

// withParticles reports whether text is word followed by nothing, one
// Korean particle or two.
func withParticles(text, word string) bool {
	rest, ok := strings.CutPrefix(text, word)
	if !ok {
		return false
	}
	if rest == "" {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(rest); r < 0xAC00 { // particles are syllables
		return false
	}
	for _, p := range koreanParticles {
		if after, ok := strings.CutPrefix(rest, p); ok && (after == "" || isParticle(after)) {
			return true
		}
	}
	return false
}

func isParticle(s string) bool {
	for _, p := range koreanParticles {
		if s == p {
			return true
		}
	}
	return false
}
