package aggregator

import (
	"testing"
	"time"
)

// TestPersonsTellTemplatesApart: Japanese titles written alike that name
// two people before an honorific or the word for a suspect report on
// two people; a copy that names the person in its text, with a reading
// in brackets or a trade written against the name, is the same news.
func TestPersonsTellTemplatesApart(t *testing.T) {
	t0 := time.Date(2027, 1, 5, 3, 0, 0, 0, time.UTC)
	at := storyPrinter(t0)
	item := func(title, summary string, after time.Duration, src string) storyPrint {
		return at("ja", title, summary, after, src)
	}
	sakuraba := item("桜庭信彦さん死去 作家、「北の灯台」",
		"小説「北の灯台」などで知られる作家の桜庭信彦（さくらば・のぶひこ）さんが、札幌市内の病院で死去した。", 0, "a")
	checkSameStory(t, sakuraba, []storyCase{
		{"another writer's death", item("作家の上条由紀子さん死去 79歳",
			"小説「海辺の時刻表」などで知られる作家の上条由紀子（かみじょう・ゆきこ）さんが、都内の病院で死去した。79歳だった。", 2*time.Hour, "b"), false},
		{"a copy with the trade against the name", item("作家桜庭信彦さんが死去 「北の灯台」",
			"小説「北の灯台」などで知られる作家の桜庭信彦さんが、札幌市内の病院で死去した。", time.Hour, "c"), true},
	})
	// a name with the long vowel mark is the same name in the same title
	putin := item("プーチン氏がウクライナ訪問を表明", "ロシアのプーチン氏がウクライナ訪問を表明した。", 0, "a")
	putin2 := item("プーチン氏がウクライナ訪問を表明", "ロシアのプーチン氏がウクライナ訪問を表明した。", time.Hour, "b")
	if l := windowStats(&putin, &putin2).measure(&putin, &putin2); !l.same(StoryOptions{}.withDefaults()) {
		t.Errorf("one title twice: two stories (%.2f similar, conflict %q)", l.similarity, l.conflict)
	}
	yamada := item("山田太郎容疑者を逮捕 横浜の強盗事件", "横浜市の強盗事件で、警察は山田太郎容疑者を逮捕した。", 0, "a")
	suzuki := item("鈴木一郎容疑者を逮捕 横浜の強盗事件", "横浜市の強盗事件で、警察は鈴木一郎容疑者を逮捕した。", time.Hour, "b")
	if l := windowStats(&yamada, &suzuki).measure(&yamada, &suzuki); l.same(StoryOptions{}.withDefaults()) {
		t.Errorf("two suspects arrested: one story (%.2f similar, conflict %q)", l.similarity, l.conflict)
	}
}

// TestPersonBefore: the name before a mark, and the letters compared.
func TestPersonBefore(t *testing.T) {
	for _, tt := range []struct{ before, name, tail string }{
		{"作家の桜庭信彦", "桜庭信彦", "庭信彦"},
		{"作家桜庭信彦", "作家桜庭信彦", "庭信彦"},
		{"桜庭信彦（さくらば・のぶひこ）", "桜庭信彦", "庭信彦"},
		{"米国のバイデン", "バイデン", "イデン"},
		{"田中", "田中", "田中"},
		{"同", "", ""},  // 同氏: the same person, no name
		{"皆", "", ""},  // 皆さん: everyone
		{"お父", "", ""}, // お父さん: a father
	} {
		if name, tail := personBefore(tt.before); name != tt.name || tail != tt.tail {
			t.Errorf("%q: %q, %q; want %q, %q", tt.before, name, tail, tt.name, tt.tail)
		}
	}
}
