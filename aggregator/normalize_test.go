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
		{"ｶﾗﾊﾞﾌ", "カラハフ"},                                    // 1. NFKC half width; 4. the voiced mark is Mn
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
		{"ᏣᎳᎩ ꮳꮃꭹ", "ᏣᎳᎩ ᏣᎳᎩ"},  // Cherokee folds to capitals
		{"0\xf7ǅ", "0\ufffddz"}, // invalid UTF-8 does not stop NFKC                             // ə has no decomposition
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
		{"ナゴルノ・カラバフ", []string{"ナコルノ", "カラハフ"}},
		{"在Karabakh地区", []string{"在", "karabakh", "地区"}}, // spaceless runs end where another script starts
		{"हिन्दी समाचार", []string{"हिनदी", "समाचार"}},   // spacing vowel signs (Mc) stay inside words; the virama (Mn) goes
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
// interact with it.
func TestFoldFastAgrees(t *testing.T) {
	check := func(r rune) {
		for _, s := range []string{string(r), "A" + string(r) + "b" + string(r) + string(r), string(r) + "\u0301", "e" + string(r)} {
			if fast, slow := Fold(s), foldSlow(s); fast != slow {
				t.Errorf("%U: Fold(%q) = %q, step by step %q", r, s, fast, slow)
			}
		}
	}
	for r := range rune(foldTableSize) {
		check(r)
	}
	for r := rune(0x3400); r <= 0x9FFF; r++ {
		if unifiedIdeograph(r) {
			check(r)
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
		if err != nil || !utf8.ValidString(s) {
			return
		}
		m, err := NewMatcher([]Topic{{ID: "t", Any: []string{s}}})
		if err != nil {
			t.Fatal(err)
		}
		if len(m.Classify(&storage.Item{Title: html.EscapeString(s)})) != 1 {
			t.Fatalf("keyword %q does not match itself as text (words %q)", s, words)
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
