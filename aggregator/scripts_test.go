package aggregator

import (
	"testing"

	"github.com/feedsieve/feedsieve/storage"
)

// TestScriptMatching checks, script by script, that matching treats as
// one word what a reader of the script reads as one, and keeps apart what
// a reader keeps apart: each rule in both directions.
func TestScriptMatching(t *testing.T) {
	tests := []struct {
		name    string
		keyword string
		title   string
		want    bool
	}{
		// Marks that are letters stay (and compose again).
		{"Japanese voicing mark is a letter", "ガザ", "カザフスタン大統領が来日", false},
		{"Japanese voiced keyword in text", "ガザ", "ガザ地区で停戦交渉", true},
		{"Japanese semi-voiced mark", "パリ", "ハリケーンが上陸", false},
		{"Japanese unvoiced keyword, voiced text", "カザフ*", "ガザフ", false},
		{"Japanese half-width voiced", "ガザ", "ｶﾞｻﾞ地区", true},
		{"Japanese decomposed voicing mark", "ガザ", "カ\u3099サ\u3099地区", true},
		{"Hiragana voicing mark", "ぶどう", "ふとうな扱い", false},
		{"Hangul prefix stays inside syllables", "카라바*", "카라반 여행", false},
		{"Hangul prefix", "카라바*", "카라바흐 분쟁", true},
		{"Hangul decomposed into jamo", "카라바흐", "\u110F\u1161\u1105\u1161\u1107\u1161\u1112\u1173 분쟁", true},
		{"Hindi vowel sign is a letter", "पुल", "एक पल में सब बदल गया", false},
		{"Hindi vowel sign keyword in text", "पुल", "नदी पर पुल टूटा", true},
		{"Hindi keyword without vowel sign", "मरा", "मेरा देश महान", false},
		{"Hindi virama", "हिन्दी", "हिनदी", false},
		{"Hindi virama in text", "हिन्दी", "हिन्दी समाचार", true},
		{"Hindi nukta stays", "ज़मीन", "जमीन का विवाद", false},
		{"Hindi nukta precomposed and decomposed", "\u095Bमीन", "\u091C\u093Cमीन का विवाद", true},
		{"Bengali candrabindu", "চাদ", "আকাশে চাঁদ উঠেছে", false},
		{"Bengali candrabindu in text", "চাঁদ", "আকাশে চাঁদ উঠেছে", true},
		{"Bengali vowel sign", "বক", "বুক ব্যথা", false},
		{"Thai tone mark", "ข้าว", "เสื้อสีขาว", false},
		{"Thai without tone mark", "ขาว", "ราคาข้าวสูงขึ้น", false},
		{"Thai tone mark in text", "ข้าว", "ราคาข้าวสูงขึ้น", true},
		{"Thai tone mark at the end", "ไก่", "เดินทางไกล", false},
		{"Thai tone mark at the end in text", "ไก่", "ข้าวมันไก่", true},

		// Diacritics on a base letter go.
		{"Latin accents", "Stepanakert", "STÉPANAKERT", true},
		{"Latin letter without decomposition", "Orsted", "Ørsted", false},
		{"Greek tonos", "Καραμπάχ", "ΚΑΡΑΜΠΑΧ", true},
		{"Greek dialytika", "Ταϊλάνδη", "ΤΑΙΛΑΝΔΗ", true},
		{"Greek other word", "Καραμπάχ", "Καραμπαχικός", false},
		{"Cyrillic stress mark", "Карабах", "Кара\u0301бах", true},
		{"Cyrillic titlo", "Бог", "Бг\u0483ъ", false},
		{"Armenian with an accent", "Ղարաբաղ", "Ղարաբա\u0301ղ", true},
		{"Georgian capitals", "ყარაბაღი", "ᲧᲐᲠᲐᲑᲐᲦᲘ", true},
		{"Georgian other word", "ყარაბაღი", "ყარაბაღელი", false},
		{"Hebrew niqqud in text", "קרבאך", "קָרַבָּאךְ", true},
		{"Hebrew niqqud in keyword", "קָרַבָּאךְ", "קרבאך", true},
		{"Hebrew cantillation", "בראשית", "בְּרֵאשִׁ֖ית", true},
		{"Hebrew other word", "קרבאך", "קרב", false},
		{"Arabic harakat in text", "كاراباخ", "كَارَابَاخ", true},
		{"Arabic harakat in keyword", "كَارَابَاخ", "كاراباخ", true},
		{"Arabic superscript alef", "هذا", "هٰذَا", true},
		{"Arabic Quranic marks", "الرحمن", "الرَّحْمَٰنِ\u06DA", true},
		{"Arabic hamza on alef", "اذربيجان", "أذربيجان", true},
		{"Arabic other word", "كاراباخ", "كاراباخي", false},

		// Characters inside words that are not letters to a reader.
		{"Arabic tatweel in text", "كاراباخ", "إقليم كـاراباخ", true},
		{"Arabic tatweel in keyword", "كـاراباخ", "إقليم كاراباخ", true},
		{"Persian tatweel", "قره\u200cباغ*", "قره\u200cبـاغ", true},
		{"tatweel does not join words", "كاراباخ", "كارا ـ باخ", false},
		{"Ukrainian apostrophe U+02BC, text U+0027", "перемир\u02BCя", "Угода про перемир'я", true},
		{"Ukrainian apostrophe U+02BC, text U+2019", "перемир\u02BCя", "Угода про перемир\u2019я", true},
		{"Ukrainian apostrophe U+0027, text U+02BC", "перемир'я", "Угода про перемир\u02BCя", true},
		{"Ukrainian apostrophe U+2019, text U+02BC", "перемир\u2019я", "Угода про перемир\u02BCя", true},
		{"Ukrainian apostrophe, other ending", "перемир\u02BCя", "перемир'ям", false},
		{"Ukrainian apostrophe, prefix", "перемир\u02BCя*", "перемир'ям", true},
		{"Ukrainian without apostrophe", "перемир\u02BCя", "перемиря", false},
		{"Turkish suffix after U+02BC", "Karabağ", "Karabağ\u02BCda", true},
		{"Uzbek okina U+02BB, text U+2018", "O\u02BBzbekiston", "O\u2018zbekiston", true},
		{"Uzbek okina U+02BB, text U+0027", "O\u02BBzbekiston", "O'zbekiston", true},

		// Korean particles.
		{"Korean locative particle", "카라바흐", "카라바흐에서 교전 재개", true},
		{"Korean genitive particle", "카라바흐", "카라바흐의 미래", true},
		{"Korean topic particle", "카라바흐", "카라바흐는 어디인가", true},
		{"Korean two particles", "카라바흐", "카라바흐에서는 교전이 멈췄다", true},
		{"Korean comitative and genitive", "카라바흐", "카라바흐와의 국경", true},
		{"Korean bare word", "카라바흐", "카라바흐 분쟁", true},
		{"Korean longer word", "카라바흐", "카라바흐스탄", false},
		{"Korean suffix that is no particle", "카라바흐", "카라바흐인 난민", false},
		{"Korean word ending in the keyword", "카라바흐", "남카라바흐", false},
		{"Korean three particles", "카라바흐", "카라바흐에서부터는", false},
		{"Korean prefix keyword", "카라바흐*", "카라바흐스탄", true},
		{"Korean phrase with particles", "아르메니아 총리", "아르메니아의 총리는 말했다", true},
		{"Korean phrase after a hyphen", "나고르노 카라바흐", "나고르노-카라바흐에서", true},
		{"Korean phrase, other word", "나고르노 카라바흐", "나고르노 카라반", false},
		{"Korean particles only after Hangul", "Karabakh", "Karabakh는", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := NewMatcher([]Topic{{ID: "t", Any: []string{tt.keyword}}})
			if err != nil {
				t.Fatal(err)
			}
			got := len(m.Classify(&storage.Item{Title: tt.title})) == 1
			if got != tt.want {
				t.Errorf("keyword %q (folded %q) in %q (words %q): matched=%v, want %v",
					tt.keyword, Fold(tt.keyword), tt.title, Words(tt.title), got, tt.want)
			}
		})
	}
}

// TestDiacritic checks which marks folding removes: diacritics on a base
// letter go, marks that are letters of their script stay.
func TestDiacritic(t *testing.T) {
	tests := []struct {
		r    rune
		want bool
	}{
		{0x0301, true},  // combining acute accent
		{0x0306, true},  // breve (й → и)
		{0x0483, true},  // Cyrillic titlo
		{0x05B8, true},  // Hebrew qamats
		{0x0591, true},  // Hebrew etnahta (cantillation)
		{0x064E, true},  // Arabic fatha
		{0x0654, true},  // Arabic hamza above
		{0x0670, true},  // Arabic superscript alef
		{0x06DA, true},  // Arabic Quranic small high jeem
		{0x0730, true},  // Syriac pthaha
		{0xFE0F, true},  // variation selector 16
		{0xE0100, true}, // variation selector 17
		{0x3099, false}, // Japanese voicing mark
		{0x309A, false}, // Japanese semi-voicing mark
		{0x094D, false}, // Devanagari virama
		{0x093C, false}, // Devanagari nukta
		{0x0941, false}, // Devanagari vowel sign u
		{0x0981, false}, // Bengali candrabindu
		{0x0E48, false}, // Thai mai ek
		{0x0E31, false}, // Thai mai han-akat
		{0x0EB4, false}, // Lao vowel sign i
		{0x17B7, false}, // Khmer vowel sign i
		{0x07A6, false}, // Thaana abafili: Thaana vowels are letters
		{0x0903, false}, // Devanagari visarga, a spacing mark
		{0x20DD, false}, // combining enclosing circle, an enclosing mark
		{0x0640, false}, // Arabic tatweel: a letter to Unicode, removed as a joiner
		{'a', false},
	}
	for _, tt := range tests {
		if got := diacritic(tt.r); got != tt.want {
			t.Errorf("diacritic(%U) = %v, want %v", tt.r, got, tt.want)
		}
	}
}
