package aggregator

import (
	"html"
	"reflect"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/feedsieve/feedsieve/storage"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ｋａｒａｂａｋｈ", "karabakh"},                             // 1. NFKC: full width
		{"ｶﾗﾊﾞﾌ", "カラバフ"},                                    // 1. NFKC half width; 4. the voicing mark stays
		{"Kara\u00adbakh", "karabakh"},                       // 2. soft hyphen
		{"a\u200bb\u200cc\u200dd\u2060e\ufefff", "abcdef"},   // 2. zero-width characters
		{"STRASSE Straße", "strasse strasse"},                // 3. full case folding
		{"DAĞLIQ QARABAĞ", "dagliq qarabag"},                 // 3. ı → i; 4. ğ → g
		{"İzmir", "izmir"},                                   // 3. İ folds to i + U+0307, 4. which goes
		{"ᲧᲐᲠᲐᲑᲐᲦᲘ", "ყარაბაღი"},                             // 3. Georgian Mtavruli
		{"ԱՐՑԱԽ", "արցախ"},                                   // 3. Armenian capitals
		{"Stépanakért Ærø Ålborg", "stepanakert ærø alborg"}, // 4. é, å lose marks; æ, ø stay
		{"ΚΑΡΑΜΠΆΧ", "καραμπαχ"},                             // 4. Greek tonos
		{"Xankəndi", "xankəndi"},
		{"ᏣᎳᎩ ꮳꮃꭹ", "ᏣᎳᎩ ᏣᎳᎩ"},                                                  // Cherokee folds to capitals
		{"0\xf7ǅ", "0\ufffddz"},                                                 // invalid UTF-8 does not stop NFKC                             // ə has no decomposition
		{"كـاراباخ", "كاراباخ"},                                                 // 2. tatweel
		{"a'b a\u2019b a\u02BCb a\u02BBb a\u02BDb", "a'b a\u2019b a'b a'b a'b"}, // 2. apostrophes
		{"קָרַבָּאךְ", "קרבאך"},                                                 // 4. Hebrew niqqud
		{"كَارَابَاخ هٰذَا", "كاراباخ هذا"},                                     // 4. Arabic harakat, superscript alef
		{"أذربيجان", "اذربيجان"},                                                // 4. hamza above alef
		{"Й й Ё", "и и е"},                                                      // 4. Cyrillic breve and diaeresis
		{"葛\U000E0100", "葛"},                                                    // 4. variation selector
		{"カ\u3099サ\u3099", "ガザ"},                                                // 4. voicing marks stay and compose
		{"\u110F\u1161\u1105\u1161\u1107\u1161\u11AB", "카라반"},                   // 4. Hangul jamo compose
		{"हिन्दी \u095Bमीन", "हिन्दी \u091C\u093Cमीन"},                          // 4. virama and nukta stay (NFC keeps ज़ decomposed)
		{"ข้าว ไก่", "ข้าว ไก่"},                                                // 4. Thai marks stay
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		// 5. every character that is not a letter or number separates words
		{"Nagorno-Karabakh Nagorno\u2010Karabakh Nagorno\u2011Karabakh", []string{"nagorno", "karabakh", "nagorno", "karabakh", "nagorno", "karabakh"}},
		{"a\u2012b\u2013c\u2014d\u2015e\u2212f", []string{"a", "b", "c", "d", "e", "f"}},
		{"l'Artsakh «Karabakh» \"x\" Karabağ’dan", []string{"l", "artsakh", "karabakh", "x", "karabag", "dan"}},
		{"$100, 50% #tag @user", []string{"100", "50", "tag", "user"}},
		{"ナゴルノ・カラバフ", []string{"ナゴルノ", "カラバフ"}},
		{"在Karabakh地区", []string{"在", "karabakh", "地区"}}, // spaceless runs end where another script starts
		{"हिन्दी समाचार", []string{"हिन्दी", "समाचार"}},  // vowel signs and the virama stay inside words
		{"", nil},
	}
	for _, tt := range tests {
		if got := Words(tt.in); !reflect.DeepEqual(got, tt.want) && !(len(got) == 0 && len(tt.want) == 0) {
			t.Errorf("Words(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestFoldFastAgrees checks the rune-by-rune fold against the step-by-step
// one for every rune it handles, alone and between neighbours that could
// interact with it. A text the fast path refuses folds step by step.
func TestFoldFastAgrees(t *testing.T) {
	// Neighbours of table runes: a diacritic, marks and letters that
	// compose under NFC (kana voicing, Hangul jamo, Bengali two-part
	// vowels), a virama, a Thai tone mark, the tatweel. Ideographs and
	// syllables, passed through, get fewer.
	before := []string{"A", "e", "カ", "가", "\u1100", "\u09C7", "\u0E01"}
	after := []string{"b", "\u0301", "\u3099", "\u1161", "\u11A8", "\u09BE", "\u094D", "\u0E48", "\u0640"}
	check := func(r rune, before, after []string) {
		c := string(r)
		texts := []string{c, "A" + c + "b" + c + c}
		for _, b := range before {
			texts = append(texts, b+c)
		}
		for _, a := range after {
			texts = append(texts, c+a)
		}
		for _, s := range texts {
			if fast, ok := foldFast(s); ok {
				if slow := foldSlow(s); fast != slow {
					t.Errorf("%U: Fold(%q) = %q, step by step %q", r, s, fast, slow)
				}
			}
		}
	}
	for r := range rune(foldTableSize) {
		check(r, before, after)
	}
	for _, b := range foldBlocks {
		for r := b.first; r < b.end; r++ {
			check(r, before, after)
		}
	}
	for r := rune(0x3400); r <= 0xD7A3; r++ {
		if unifiedIdeograph(r) || hangulSyllable(r) {
			check(r, before[3:4], []string{"\u0301", "\u11A8", "\u3099"})
		}
	}
}

// TestFoldFastTakesOtherBlocks: text of the blocks above Han that news
// writes in (fullwidth punctuation, emoji, CJK units, mathematical
// letters, ligatures) folds rune by rune, and text whose runes compose
// does not.
func TestFoldFastTakesOtherBlocks(t *testing.T) {
	for _, s := range []string{"据报道，纳戈尔诺（卡拉巴赫）：局势紧张！", "🔴 LIVE: Karabakh", "⚡️ Eilmeldung", "최대 30㎝ 눈", "𝐁𝐑𝐄𝐀𝐊𝐈𝐍𝐆", "ﬁnance", "ﻻ"} {
		if _, ok := foldFast(s); !ok {
			t.Errorf("%q is not folded rune by rune", s)
		}
	}
	for _, s := range []string{"ｶﾞ", "e\u0301", "שּׁ"} {
		if _, ok := foldFast(s); ok {
			t.Errorf("%q, whose runes compose, is folded rune by rune", s)
		}
	}
}

// FuzzNormalization checks that normalization never panics, is
// idempotent, and treats keywords and item text alike: any text that has
// a word, used as a keyword, matches itself as item text.
func FuzzNormalization(f *testing.F) {
	for _, s := range []string{
		"Nagorno-Karabakh", "NAGORNO–KARABAKH", "Kara\u00adbakh", "Ｋａｒａｂａｋｈ", "Straße", "DAĞLIQ QARABAĞ",
		"İzmir", "Нагорн* Карабах*", "Լեռնային Ղարաբաղ", "据报道纳戈尔诺-卡拉巴赫地区局势紧张", "ｶﾗﾊﾞﾌ",
		"قره\u200cباغ", "ᲧᲐᲠᲐᲑᲐᲦᲘ", "ᾳ", "한국어", "ǅ", "\u0345", "a*b", "--", "\xff\xfe", "<b>x</b>&amp;",
		"ガザ", "ｶﾞｻﾞ", "カ\u3099サ\u3099", "\u110F\u1161\u11AB", "카라바*", "카라바흐에서는", "हिन्दी \u095Bमीन", "চাঁদ",
		"ข้าวมันไก่", "亞美尼亞與納戈爾諾-卡拉巴赫", "Нови Сад", "Đorđe Šapčanin", "Љубљана*", "頭髮\u0301", "\uF900臺", "קָרַבָּאךְ", "الرَّحْمَٰنِ\u06DA", "كـاراباخ", "перемир\u02BCя", "O\u02BBzbekiston", "葛\U000E0100",
		"据报道，纳戈尔诺（卡拉巴赫）：局势紧张！", "ﾡﾢﾣ ＡＢＣ￠￡", "ｶ\uFF9E", "ｳﾞ", "，\u0301", "🔴 LIVE: Karabakh", "⚡️ Eilmeldung", "👍🏽 ok", "👩‍👩‍👧 family", "🇦🇲🇦🇿", "︰﹐﹑", "a\uFE0F\u0301", "최대 30㎝ 눈", "㈜삼성 ㅋㅋㅋ", "𝐁𝐑𝐄𝐀𝐊𝐈𝐍𝐆: 𝑲𝒂𝒓𝒂𝒃𝒂𝒌𝒉", "ㄅㄆㄇ", "\u3131\u314F", "ﬁnance ﬂow", "ﻻ ﻹ ﺑﺎﻙ", "ﷲ", "\uFEFFtitle", "שּׁ",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		folded := Fold(s)
		if slow := foldSlow(s); folded != slow {
			t.Fatalf("Fold(%q) = %q, but step by step it is %q", s, folded, slow)
		}
		if again := Fold(folded); again != folded {
			t.Fatalf("Fold not idempotent: %q → %q → %q", s, folded, again)
		}
		words := Words(s)
		if again := Words(strings.Join(words, " ")); !reflect.DeepEqual(again, words) && len(words) > 0 {
			t.Fatalf("Words not idempotent: %q → %q → %q", s, words, again)
		}
		err := CheckKeyword(s)
		if (err == nil) != (len(words) > 0) {
			t.Fatalf("keyword %q: error %v, but the text has words %q", s, err, words)
		}
		if err != nil || !utf8.ValidString(s) || entityRef.MatchString(s) {
			// a text that still holds a character reference once
			// unescaped ("&ac;") is read as escaped twice and unescaped
			// again (HTMLText): the keyword "&ac;" meets "∾", not itself
			return
		}
		m, err := NewMatcher([]Topic{{ID: "t", Any: []string{s}}})
		if err != nil {
			t.Fatal(err)
		}
		if len(m.Classify(&storage.Item{Title: html.EscapeString(s)})) != 1 {
			t.Fatalf("keyword %q does not match itself as text (words %q)", s, words)
		}
		// in a Serbian item, read in both alphabets, too, and in Latin letters
		if len(m.Classify(&storage.Item{Title: html.EscapeString(s), Language: "sr"})) != 1 {
			t.Fatalf("keyword %q does not match itself as a Serbian item's text (words %q)", s, words)
		}
		if read := serbianLatin(folded); read != folded && !entityRef.MatchString(read) &&
			len(m.Classify(&storage.Item{Title: html.EscapeString(read), Language: "sr"})) != 1 {
			t.Fatalf("keyword %q does not match a Serbian item's %q, its Cyrillic in Latin letters", s, read)
		}
	})
}

// TestMatcherConcurrent shares one Matcher between goroutines, as the
// scheduler does; run with -race it finds shared transformer state.
func TestMatcherConcurrent(t *testing.T) {
	m, err := NewMatcher([]Topic{{ID: "nk", Any: []string{"Karabakh*", "Нагорн* Карабах*", "卡拉巴赫"}}})
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"Ｋａｒａｂａｋｈ", "в Нагорном Карабахе", "关于卡拉巴赫的新闻", "STRASSE", "Kara&shy;bakh"}
	want := make([]int, len(texts))
	for i, s := range texts {
		want[i] = len(m.Classify(&storage.Item{Title: s, Summary: s}))
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; n < 200; n++ {
				i := (g + n) % len(texts)
				if got := len(m.Classify(&storage.Item{Title: texts[i], Summary: texts[i]})); got != want[i] {
					t.Errorf("%q: %d topics, want %d", texts[i], got, want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
}
