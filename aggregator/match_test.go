package aggregator

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/feedsieve/feedsieve/storage"
)

func TestKeywordMatching(t *testing.T) {
	tests := []struct {
		name    string
		keyword string
		title   string
		want    bool
	}{
		{"plain", "Nagorno-Karabakh", "Fighting in Nagorno-Karabakh resumes", true},
		{"non-breaking hyphen", "Nagorno-Karabakh", "Nagorno\u2011Karabakh talks", true},
		{"en dash upper case", "Nagorno-Karabakh", "NAGORNO–KARABAKH", true},
		{"space instead of hyphen", "Nagorno-Karabakh", "Nagorno Karabakh", true},
		{"entity hyphen", "Nagorno-Karabakh", "Nagorno&#8209;Karabakh", true},
		{"soft hyphen joins", "Karabakh", "Kara&shy;bakh", true},
		{"zero width joins", "Karabakh", "Kara\u200bbakh", true},
		{"whole word only", "Karabakh", "Karabakhs", false},
		{"prefix wildcard", "Karabakh*", "Nagorno-Karabakhs befolkning", true},
		{"prefix not Karabük", "Karabakh*", "Karabük", false},
		{"one-letter prefix", "K*", "the Karabakh talks", true},
		{"one-letter prefix whole word", "K*", "K", true},
		{"one-letter word", "K", "the Karabakh talks", false},
		{"none keyword folds", "Karabük", "KARABUK", true},
		{"full width", "Karabakh", "Ｋａｒａｂａｋｈ", true},
		{"sharp s folds", "Straße", "STRASSE", true},
		{"German compound is another word", "Karabach", "Berg-Karabach", true},
		{"Russian wildcard phrase", "Нагорн* Карабах*", "Бои в Нагорном Карабахе", true},
		{"Russian wrong order", "Нагорн* Карабах*", "Карабахе Нагорном", false},
		{"Armenian", "Լեռնային Ղարաբաղ", "Լեռնային Ղարաբաղի", false},
		{"Armenian wildcard", "Լեռնային Ղարաբաղ*", "Լեռնային Ղարաբաղի հակամարտություն", true},
		{"Azerbaijani dotless", "Dağlıq Qarabağ", "DAĞLIQ QARABAĞ", true},
		{"Azerbaijani ascii", "Daglig Qarabag", "Dağlıq Qarabağ", false},
		{"Chinese in sentence", "纳戈尔诺-卡拉巴赫", "据报道纳戈尔诺-卡拉巴赫地区局势紧张", true},
		{"Chinese without dash", "纳戈尔诺-卡拉巴赫", "纳戈尔诺卡拉巴赫地区", true},
		{"Chinese single word", "卡拉巴赫", "关于卡拉巴赫的新闻", true},
		{"Chinese absent", "卡拉巴赫", "关于亚美尼亚的新闻", false},
		{"Simplified keyword, Traditional text", "纳戈尔诺-卡拉巴赫", "據報道納戈爾諾-卡拉巴赫地區局勢緊張", true},
		{"Traditional keyword, Simplified text", "亞美尼亞", "关于亚美尼亚的新闻", true},
		{"Latin next to Han", "Karabakh", "在Karabakh地区", true},
		{"attribute is not text", "Karabakh", `<a href="https://x.test/karabakh">link</a>`, false},
		{"script dropped", "Karabakh", `<script>var karabakh=1</script>news`, false},
		{"accent folding", "Stepanakert", "Stépanakért", true},
		{"Danish letters stay", "Ærø", "aero", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := NewMatcher([]Topic{{ID: "t", Any: []string{tt.keyword}}})
			if err != nil {
				t.Fatal(err)
			}
			got := len(m.Classify(&storage.Item{Title: tt.title})) == 1
			if got != tt.want {
				t.Errorf("keyword %q in %q: matched=%v, want %v (words %q)", tt.keyword, tt.title, got, tt.want, Words(HTMLText(tt.title)))
			}
		})
	}
}

func TestTopicRules(t *testing.T) {
	topics := []Topic{
		{ID: "nk", Any: []string{"Karabakh*", "Artsakh"}, None: []string{"football"}},
		{ID: "nk-armenia", Any: []string{"Karabakh*"}, All: []string{"Armenia"}},
		{ID: "dr-only", Sources: []string{"dr"}},
		{ID: "titles", Any: []string{"Artsakh"}, Fields: []string{"title"}},
	}
	m, err := NewMatcher(topics)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		item storage.Item
		want []storage.Match
	}{
		{"any in summary", storage.Item{Sources: []string{"x"}, Title: "News", Summary: "<p>Artsakh</p>"},
			[]storage.Match{{Topic: "nk", Hits: []storage.Hit{{Keyword: "Artsakh", Field: "summary"}}}}},
		{"all required", storage.Item{Sources: []string{"x"}, Title: "Karabakh and Armenia"},
			[]storage.Match{
				{Topic: "nk", Hits: []storage.Hit{{Keyword: "Karabakh*", Field: "title"}}},
				{Topic: "nk-armenia", Hits: []storage.Hit{{Keyword: "Armenia", Field: "title"}, {Keyword: "Karabakh*", Field: "title"}}},
			}},
		{"none excludes", storage.Item{Sources: []string{"x"}, Title: "Karabakh", Categories: []string{"Football"}}, nil},
		{"source filter", storage.Item{Sources: []string{"a", "dr"}, Title: "x"}, []storage.Match{{Topic: "dr-only"}}},
		{"fields narrow", storage.Item{Sources: []string{"x"}, Title: "Artsakh"},
			[]storage.Match{
				{Topic: "nk", Hits: []storage.Hit{{Keyword: "Artsakh", Field: "title"}}},
				{Topic: "titles", Hits: []storage.Hit{{Keyword: "Artsakh", Field: "title"}}},
			}},
		{"category is its own segment", storage.Item{Sources: []string{"x"}, Categories: []string{"Nagorno", "Karabakh"}},
			[]storage.Match{{Topic: "nk", Hits: []storage.Hit{{Keyword: "Karabakh*", Field: "categories"}}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := m.Classify(&tt.item)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Classify = %+v\nwant       %+v", got, tt.want)
			}
		})
	}
}

func TestNewMatcherRejectsEmptyKeyword(t *testing.T) {
	_, err := NewMatcher([]Topic{{ID: "t", Any: []string{"--"}}})
	if err == nil || err.Error() != `topic t: keyword "--" has no letters or digits` {
		t.Fatalf("got %v", err)
	}
}

// TestKeywordInEitherAlphabet: in an item in Serbian (or Bosnian,
// Montenegrin), a keyword in Latin letters matches text in Cyrillic and a
// keyword in Cyrillic text in Latin letters, exclusions too; in Russian,
// Cyrillic is read as written.
func TestKeywordInEitherAlphabet(t *testing.T) {
	m, err := NewMatcher([]Topic{
		{ID: "latin", Any: []string{"Karabah*"}},
		{ID: "cyrillic", Any: []string{"Нови Сад"}},
		{ID: "excluded", Any: []string{"fudbal"}, None: []string{"Партизан"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		lang, title string
		want        []string
	}{
		{"sr", "Сукоб у Карабаху, преговори у Бриселу", []string{"latin"}},
		{"sr-Latn", "Sukob u Karabahu, pregovori u Briselu", []string{"latin"}},
		{"sr-Cyrl", "Нови Сад: пожар у хали", []string{"cyrillic"}},
		{"sr", "Novi Sad: požar u hali", []string{"cyrillic"}},
		{"bs", "Карабах и Нови Сад", []string{"latin", "cyrillic"}},
		{"sr", "Fudbal: Partizan pobedio", nil},
		{"sr", "Fudbal: Zvezda pobedila", []string{"excluded"}},
		{"ru", "Конфликт в Карабахе", nil},
		{"", "Novi Sad: fire in a hall", nil},
	} {
		var got []string
		for _, ms := range m.Classify(&storage.Item{Title: tt.title, Language: tt.lang}) {
			got = append(got, ms.Topic)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s %q: topics %v, want %v", tt.lang, tt.title, got, tt.want)
		}
	}
}

// TestWindowInEitherAlphabet: explain shows where a keyword was found in
// the other alphabet of a Serbian item, in Latin letters as it was read.
func TestWindowInEitherAlphabet(t *testing.T) {
	m, err := NewMatcher([]Topic{{ID: "latin", Any: []string{"Karabah*"}}})
	if err != nil {
		t.Fatal(err)
	}
	it := &storage.Item{Language: "sr", Title: "Сукоб у Карабаху, преговори у Бриселу"}
	hits := m.scan(it)
	if got := m.window(it, 0, hits[0]); !strings.Contains(got, "karabahu") {
		t.Errorf("window %q, want the Latin reading around karabahu", got)
	}
}
