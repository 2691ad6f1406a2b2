package aggregator

import (
	"slices"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// review22bPair measures two items of one event, by two sources, an
// hour apart, in a small window.
func review22bPair(lang, t1, s1, t2, s2 string) likeness {
	return measurePairApart(lang, t1, s1, t2, s2, time.Hour)
}

// measurePairApart measures two items in lang, by two sources, the
// second published after the first, in a window of those two alone.
func measurePairApart(lang, t1, s1, t2, s2 string, after time.Duration) likeness {
	t0 := time.Date(2027, 2, 8, 1, 0, 0, 0, time.UTC)
	a := newStoryPrint(&storage.Item{Language: lang, Title: t1, Summary: s1, Sources: []string{"a"}, Published: t0})
	b := newStoryPrint(&storage.Item{Language: lang, Title: t2, Summary: s2, Sources: []string{"b"}, Published: t0.Add(after)})
	return windowStats(&a, &b).measure(&a, &b)
}

// TestReview22bOneEventTwoWards: copies of ONE event whose leads' first
// ward is not the event's in one of them (the suspect's home, the
// hospital, the firm's head office), or that name two wards an event
// spans, are one story. A review found them kept apart by a rule that
// took two wards of one city in the leads for two events (f7a5693,
// reverted); these guard against its return.
func TestReview22bOneEventTwoWards(t *testing.T) {
	for _, c := range []struct {
		name, lang, t1, s1, t2, s2 string
	}{
		{"the scene's ward / the suspect's home ward", "ja",
			"神戸・三宮の路上で男性殴られけが 45歳の男を逮捕",
			"8日午前1時ごろ、神戸市中央区三宮町の路上で、通行人の男性が殴られ顔にけがをした。兵庫県警は傷害の疑いで男を逮捕した。",
			"三宮の路上で男性殴られけが 45歳の会社員の男を逮捕",
			"兵庫県警は8日、三宮の路上で通行人の男性を殴ってけがをさせたとして、神戸市北区の会社員の男（45）を傷害の疑いで逮捕した。"},
		{"the fire's ward / the hospital's ward", "ja",
			"神戸で住宅火災 1人死亡",
			"8日未明、神戸市長田区の木造2階建て住宅から出火し、約100平方メートルを全焼した。焼け跡から1人の遺体が見つかった。",
			"神戸で住宅全焼 焼け跡から1人の遺体",
			"8日未明、神戸市の木造2階建て住宅が全焼し、焼け跡から1人の遺体が見つかった。住人の妻は神戸市中央区の病院に運ばれた。"},
		{"the plant's ward / the head office's ward", "ja",
			"横浜の化学工場で爆発 従業員2人けが",
			"8日午前10時ごろ、横浜市鶴見区の化学工場で爆発があり、従業員の男性2人が顔などにやけどを負った。",
			"化学工場で爆発 従業員2人けが 横浜",
			"大手化学メーカー「東洋化成」（本社・横浜市西区）は8日、同社の横浜工場で爆発があり、従業員2人がやけどを負ったと発表した。"},
		{"a blackout over two wards, each copy naming one", "ja",
			"大阪で大規模停電 約1万戸",
			"8日午後2時ごろ、大阪市北区の約1万戸で停電が発生した。関西電力が原因を調べている。",
			"大阪市内で約1万戸停電",
			"8日午後2時ごろ、大阪市中央区を中心に約1万戸が停電した。関西電力が原因を調べている。"},
		// a lead opening with a run of kanji in 区 that is no ward
		// (TestReview22bNotWards), beside one giving the project's ward
		{"a land readjustment's two reports", "ja",
			"神戸の区画整理事業 審議会が計画了承",
			"神戸市土地区画整理審議会は8日、岡場地区の事業計画を了承した。",
			"区画整理 審議会が計画了承 神戸",
			"神戸市北区岡場地区で進む土地区画整理事業について、市の審議会は8日、事業計画を了承した。"},
		// a copy naming the hospital's ward and the house's, the latter
		// by one kanji alone ("北区の自宅"), which the reader takes for no
		// place
		{"the house's ward / both wards, one of one kanji alone", "ja",
			"神戸で住宅火災 1人けが",
			"8日午前、神戸市北区の住宅から出火し、木造2階建て約80平方メートルを全焼した。住人の男性がけがをした。",
			"神戸で住宅全焼 男性けが",
			"8日午前、神戸市中央区の病院に搬送された男性は、北区の自宅から出火し、木造2階建て住宅が全焼したと話した。"},
	} {
		l := review22bPair(c.lang, c.t1, c.s1, c.t2, c.s2)
		if !l.same(StoryOptions{}.withDefaults()) {
			t.Errorf("%s: two stories (%.2f similar, conflict %q), want one: the reports are of one event", c.name, l.similarity, l.conflict)
		}
	}
}

// TestReview22bChineseDistricts: one rainstorm's copies naming two
// districts of Beijing, the city written without 市 ("北京朝阳区", which
// gives the district the city's group), are one story; the reverted
// rule of f7a5693 reached Chinese leads so, and kept them apart.
func TestReview22bChineseDistricts(t *testing.T) {
	l := review22bPair("zh",
		"北京遭遇强降雨 多条道路积水",
		"受强降雨影响，北京朝阳区多条道路积水，交通受阻。气象部门发布暴雨橙色预警。",
		"北京强降雨致多条道路积水",
		"受强降雨影响，北京海淀区多条道路出现积水，部分路段交通中断。气象部门发布暴雨橙色预警。")
	if !l.same(StoryOptions{}.withDefaults()) {
		t.Errorf("one rainstorm's two copies: two stories (%.2f similar, conflict %q), want one", l.similarity, l.conflict)
	}
}

// TestReview22bNotWards: in an address, a run of kanji with 区 that goes
// on is no ward: "土地区画整理" (land readjustment) after a city, "通学区域"
// (a school district), "鳥獣保護区" (a wildlife reserve). f7a5693, reverted,
// read each as a ward, and a lead's first one as its district.
func TestReview22bNotWards(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"神戸市土地区画整理審議会は8日、事業計画を了承した", []string{"神戸/兵库"}},
		{"大阪市通学区域審議会が答申", []string{"大阪市/大阪"}},
		{"北海道鳥獣保護区内で発砲", []string{"北海道/北海道"}},
	} {
		if got, want := placesOf("ja", foldPlaces(c.text)), foldEach(c.want); !slices.Equal(got, want) {
			t.Errorf("placesIn(ja, %q) = %q, want %q", c.text, got, want)
		}
	}
}
