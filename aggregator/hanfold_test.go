package aggregator

import (
	"testing"

	"github.com/feedsieve/feedsieve/storage"
)

// TestHanTable: the table maps each Traditional character to one
// Simplified character that is not itself mapped, so that folding twice
// is folding once; and a malformed line is refused.
func TestHanTable(t *testing.T) {
	n := 0
	for i, to := range hanSimplified {
		if to == 0 {
			continue
		}
		n++
		if again := simplifiedHan(to); again != to {
			t.Errorf("%c → %c, which is mapped again to %c", rune(hanFirst+i), to, again)
		}
	}
	if n < 1000 {
		t.Errorf("%d characters, want the news's thousand or more", n)
	}
	for _, bad := range []string{"發发", "發\t", "發\t发生", "ab\tb", "發\t發"} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%q: read without a fault", bad)
				}
			}()
			readHanTable(bad)
		}()
	}
}

// TestFoldHan: Traditional characters fold to their Simplified forms,
// in the fast fold and the slow one alike, in Japanese text too, and
// Simplified characters and Japanese ones of neither script are left as
// they were.
func TestFoldHan(t *testing.T) {
	for in, want := range map[string]string{
		"亞美尼亞總理":         "亚美尼亚总理",
		"納戈爾諾-卡拉巴赫":      "纳戈尔诺-卡拉巴赫",
		"發生地震，國會開會":      "发生地震,国会开会",
		"头发 頭髮":          "头发 头发",
		"亚美尼亚总理":         "亚美尼亚总理",
		"カラバフで戦闘":        "カラバフで戦闘",
		"カラバフで衝突":        "カラバフで冲突", // Japanese folds alike, keywords and text
		"Armenia 亞美尼亞 é": "armenia 亚美尼亚 e",
		"Ｃｈｉｎａ 臺灣":       "china 台湾",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
		if got := foldSlow(in); got != want {
			t.Errorf("foldSlow(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestKeywordInEitherScript: a Chinese keyword in Simplified characters
// matches a title in Traditional ones, and a keyword in Traditional
// characters a title in Simplified ones.
func TestKeywordInEitherScript(t *testing.T) {
	m, err := NewMatcher([]Topic{
		{ID: "simplified", Any: []string{"亚美尼亚"}},
		{ID: "traditional", Any: []string{"納戈爾諾"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	for title, want := range map[string][]string{
		"亞美尼亞總理訪問歐洲":  {"simplified"},
		"纳戈尔诺地区局势紧张":  {"traditional"},
		"亞美尼亞與納戈爾諾局勢": {"simplified", "traditional"},
		"阿塞拜疆总统讲话":    nil,
	} {
		var got []string
		for _, ms := range m.Classify(&storage.Item{Title: title}) {
			got = append(got, ms.Topic)
		}
		if len(got) != len(want) || len(want) > 0 && (got[0] != want[0] || got[len(got)-1] != want[len(want)-1]) {
			t.Errorf("%q: topics %v, want %v", title, got, want)
		}
	}
}
