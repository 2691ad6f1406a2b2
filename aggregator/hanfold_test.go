package aggregator

import (
	"slices"
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
	for _, bad := range []string{"發发", "發\t", "發\t发生", "ab\tb", "發\t發", "發\t发\n發\t髮"} {
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
		if !slices.Equal(got, want) {
			t.Errorf("%q: topics %v, want %v", title, got, want)
		}
	}
}

// TestTraditionalNewsReadAsSimplified: a Taiwanese or Hong Kong title and
// its mainland conversion are read as the same words, on the characters
// of everyday news; and reading the Traditional one costs no more
// allocations than the Simplified one.
func TestTraditionalNewsReadAsSimplified(t *testing.T) {
	for _, tt := range [][2]string{
		{"烏克蘭總統訪問倫敦 與英國首相會談", "乌克兰总统访问伦敦 与英国首相会谈"},
		{"巴黎奧運開幕 台灣代表團進場", "巴黎奥运开幕 台湾代表团进场"},
		{"執政黨在立法院辯論預算案", "执政党在立法院辩论预算案"},
		{"緬甸軍政府釋放政治犯", "缅甸军政府释放政治犯"},
		{"台積電第三季虧損擴大 股價飆升", "台积电第三季亏损扩大 股价飙升"},
		{"警方偵破賄賂案 採取強制措施", "警方侦破贿赂案 采取强制措施"},
		{"英國脫歐後經濟輿論分歧", "英国脱欧后经济舆论分歧"},
		{"滙豐銀行宣布裁員", "汇丰银行宣布裁员"},
		{"汙染嚴重 環保署發布空品警報", "污染严重 环保署发布空品警报"},
		{"花蓮縣發生規模5.2級地震 鐵路局宣布東部幹線停駛", "花莲县发生规模5.2级地震 铁路局宣布东部干线停驶"},
	} {
		if !slices.Equal(readStoryWords("zh", tt[0], "").words, readStoryWords("zh", tt[1], "").words) {
			t.Errorf("%q and %q read apart", tt[0], tt[1])
		}
		trad := testing.AllocsPerRun(20, func() { readStoryWords("zh", tt[0], tt[0]) })
		simp := testing.AllocsPerRun(20, func() { readStoryWords("zh", tt[1], tt[1]) })
		if trad > simp {
			t.Errorf("%q: %v allocations, its Simplified copy %v", tt[0], trad, simp)
		}
	}
}
