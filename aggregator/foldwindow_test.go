package aggregator

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/feedsieve/feedsieve/storage"
)

// TestLocate checks that explain points at the text a phrase matched,
// within runs of spaceless scripts too.
func TestLocate(t *testing.T) {
	tests := []struct{ keyword, text, want string }{
		{"Nagorno-Karabakh", "Fighting in NAGORNO–KARABAKH resumes", "nagorno–karabakh"},
		{"Karabakh*", "Nagorno-Karabakhs befolkning", "karabakhs"},
		{"卡拉巴赫", "关于卡拉巴赫的新闻", "卡拉巴赫"},
		{"纳戈尔诺-卡拉巴赫", "据报道纳戈尔诺卡拉巴赫地区", "纳戈尔诺卡拉巴赫"},
		{"纳戈尔诺-卡拉巴赫", "据报道纳戈尔诺-卡拉巴赫地区", "纳戈尔诺-卡拉巴赫"},
		{"在 Karabakh", "据在Karabakh地区", "在karabakh"},
		{"Karabakh 地区", "在Karabakh地区局势", "karabakh地区"},
		{"카라바흐", "나고르노-카라바흐에서 교전", "카라바흐에서"},
		{"ガザ", "ｶﾞｻﾞ地区", "ガザ"},
		{"Artsakh", "Karabakh", ""},
	}
	for _, tt := range tests {
		p, err := compilePhrase(tt.keyword)
		if err != nil {
			t.Fatal(err)
		}
		folded := Fold(tt.text)
		from, to, ok := p.locate(folded)
		if got := folded[from:to]; got != tt.want || ok != (tt.want != "") {
			t.Errorf("%q in %q: found %q (%v), want %q", tt.keyword, folded, got, ok, tt.want)
		}
	}
}

// TestExplainShowsFolded checks that explain reports every keyword as it
// is compared, and where it was found the folded text around it.
func TestExplainShowsFolded(t *testing.T) {
	m, err := NewMatcher([]Topic{{ID: "t",
		Any:  []string{"Nagorno-Karabakh", "ガザ", "카라바흐", "Artsakh", "перемир\u02BCя*"},
		None: []string{"Karabük"}}})
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("Lorem ipsum dolor sit amet. ", 4)
	it := storage.Item{
		Title:      "ｶﾞｻﾞ地区で停戦",
		Summary:    "<p>" + long + "Fighting in NAGORNO–KARABAKH resumes. " + long + "</p>",
		Categories: []string{"World", "카라바흐에서", "Перемир’я"},
	}
	e, err := m.Explain(&it, "t")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][2]string{ // keyword → folded, window
		"Nagorno-Karabakh": {"nagorno karabakh", "…lorem ipsum dolor sit amet. fighting in nagorno–karabakh resumes. lorem ipsum dolor sit amet…"},
		"ガザ":               {"ガザ", "ガザ地区で停戦"},
		"카라바흐":             {"카라바흐", "카라바흐에서"},
		"Artsakh":          {"artsakh", ""},
		"перемир\u02BCя*":  {"перемир я*", "перемир’я"},
		"Karabük":          {"karabuk", ""},
	}
	if len(e.Keywords) != len(want) {
		t.Fatalf("%d keywords explained, want %d", len(e.Keywords), len(want))
	}
	for _, k := range e.Keywords {
		if w := want[k.Keyword]; k.Folded != w[0] || k.Window != w[1] {
			t.Errorf("%q: folded %q, window %q\nwant     folded %q, window %q", k.Keyword, k.Folded, k.Window, w[0], w[1])
		}
	}
	b, err := json.Marshal(e.Keywords[0])
	if err != nil {
		t.Fatal(err)
	}
	if got := string(b); got != `{"rule":"any","keyword":"Nagorno-Karabakh","fields":["summary"],"folded":"nagorno karabakh","window":"…lorem ipsum dolor sit amet. fighting in nagorno–karabakh resumes. lorem ipsum dolor sit amet…"}` {
		t.Errorf("JSON %s", got)
	}
}
