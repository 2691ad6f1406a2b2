package aggregator

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/feedsieve/feedsieve/storage"
)

// review3Groups are the groups placesIn finds in text, folded as it
// folds them, in the order found.
func review3Groups(text string) []string {
	lang := "zh"
	if strings.ContainsFunc(text, func(r rune) bool { return unicode.In(r, unicode.Hiragana, unicode.Katakana) }) {
		lang = "ja"
	}
	var groups []string
	placesIn(lang, Fold(text), func(_, group string) { groups = append(groups, group) })
	return groups
}

// review3Folded folds each of names.
func review3Folded(names ...string) []string { return foldEach(names) }

// review3Item is an item of a test of these reviews.
func review3Item(lang, title, summary string, after time.Duration) storyPrint {
	t0 := time.Date(2026, 12, 1, 6, 0, 0, 0, time.UTC)
	return newStoryPrint(&storage.Item{Language: lang, Title: title, Summary: summary, Published: t0.Add(after), Sources: []string{title}})
}

// TestReview3PlacesInOrdinaryWords: the list's names are found inside
// everyday words and set phrases, where they name no place: "重庆" in
// 隆重庆祝 (grandly celebrate), "海南" in the marine forecasts' 南海南部
// and 黄海南部, "江西" in 珠江西岸, "河南"/"河北"/"湖南" on a river's or
// lake's bank, "西藏" in 把东西藏在 (hide things), "保定" in 确保定期,
// "成都" in 形成都市圈, "新乡" in 新乡村/新乡贤, "周口" in 上周口罩,
// "信阳" in 自信阳光, Beijing time; the Japanese names, looked up in
// Chinese text too, in 能登录 (can log in), 提高知名度, 火山口, 三重压力,
// 大分子, 新宿舍; in Japanese, 三重衝突 (a pile-up), 大津波警報 (the
// major tsunami warning of every big quake), the 山口組 syndicate,
// Miyazaki Hayao (the doc says common surnames are left out, yet 山口 and
// 石川 are among Japan's thirty commonest), and つくば in 傷つくばかり.
// Each becomes a name of the title that another title "lacks"
// (TestReview3WordAsPlaceSplitsCopies).
func TestReview3PlacesInOrdinaryWords(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string // groups, unfolded
	}{
		{"北京隆重庆祝建国75周年", []string{"北京"}},
		{"南海南部海域有8级大风", nil},
		{"黄海南部海域有大雾", nil},
		{"珠江西岸先进装备制造产业带", nil},
		{"黄河南岸堤防加固", nil},
		{"黄河北岸发生山火", nil},
		{"太湖南岸蓝藻暴发", nil},
		{"男子把东西藏在车里被查获", nil},
		{"确保定期检查落实到位", nil},
		{"形成都市圈发展新格局", nil},
		{"建设美丽新乡村", nil},
		{"培育新乡贤文化", nil},
		{"上周口罩价格回落", nil},
		{"自信阳光的少年", nil},
		{"北京时间今晨 美联储宣布降息", nil},
		{"大量用户不能登录微信", nil},
		{"努力提高知名度", nil},
		{"火山口附近居民撤离", nil},
		{"企业面临三重压力", nil},
		{"大分子药物获批上市", nil},
		{"高校新宿舍楼投入使用", nil},
		{"東名高速で車3台の三重衝突", nil},
		{"能登半島で震度7 大津波警報", []string{"石川県"}},
		{"山口組幹部を逮捕", nil},
		{"宮崎駿監督の新作公開", nil},
		{"傷つくばかりだった", nil},
	} {
		if got, want := review3Groups(c.text), review3Folded(c.want...); !slices.Equal(got, want) {
			t.Errorf("places of %q: groups %q, want %q", c.text, got, want)
		}
	}
}

// TestReview3WordAsPlaceSplitsCopies: two copies of one pile-up report,
// one calling it a 三重衝突 (a three-car collision), the other placing it
// in Shizuoka, are told apart as naming different places: "三重" is read
// as Mie prefecture, which the other lacks, and then Shizuoka, which it
// lacks, is lacking too (without the word, the first title names no
// place and the two are one story).
func TestReview3WordAsPlaceSplitsCopies(t *testing.T) {
	a := review3Item("ja", "東名高速で車3台の三重衝突 3人けが", "東名高速下り線で車3台が絡む事故があり、3人がけがをした。", 0)
	b := review3Item("ja", "静岡の東名高速で車3台が衝突 3人けが", "静岡県内の東名高速下り線で車3台が絡む事故があり、3人がけがをした。", time.Hour)
	s := windowStats(&a, &b)
	if l := s.measure(&a, &b); !l.same(StoryOptions{}.withDefaults()) {
		t.Errorf("copies of one pile-up: two stories (%.2f similar, conflict %q), want one", l.similarity, l.conflict)
	}
}

// TestReview3PlaceInSummaryAnchors: a copy whose title places the news by
// no listed place but whose text names the report's city (哈尔滨) shares
// that rare name with the report, and so is anchored to it. Since
// 4134f5e, anchors skips a place whenever the other title names none,
// the shared case too: the copy, which has a name of its own (CCTV), is
// told apart as sharing nothing ("unshared"), which it was not before
// that commit. Only the "has" half of the skip is meant (lacksName).
func TestReview3PlaceInSummaryAnchors(t *testing.T) {
	a := review3Item("zh", "哈尔滨暴雪 太平机场取消航班86架次", "受暴雪影响，哈尔滨太平国际机场今天取消进出港航班86架次，大批旅客滞留机场。", 0)
	b := review3Item("zh", "暴雪致太平机场航班大面积取消 CCTV直击旅客滞留", "受暴雪影响，哈尔滨太平国际机场今天大面积取消进出港航班，大批旅客滞留机场。", time.Hour)
	s := windowStats(&a, &b)
	// a window of other news, so that a word of two items is rare
	for i, title := range []string{"国务院常务会议研究部署经济工作", "股市今日收涨 成交额放大", "教育部发布新规 规范校外培训",
		"国家统计局公布最新物价数据", "央行开展逆回购操作", "新能源汽车销量再创新高", "文化和旅游部推出冬季旅游线路",
		"交通运输部部署春运工作", "外交部发言人答记者问", "国家医保局调整药品目录", "农业农村部部署冬小麦田间管理", "商务部回应贸易摩擦"} {
		for k := range 4 {
			p := review3Item("zh", title, title+"。有关负责人介绍了具体情况。", time.Duration(4*i+k)*time.Minute)
			s.count(&p, 1, nil)
		}
	}
	if !s.anchored(&a, &b) {
		t.Error("a copy naming the report's city in its text: not anchored, want anchored")
	}
	if l := s.measure(&a, &b); !l.same(StoryOptions{}.withDefaults()) {
		t.Errorf("a copy naming the report's city in its text: two stories (%.2f similar, conflict %q), want one", l.similarity, l.conflict)
	}
}

// TestReview3PlacesOfTheSameNameElsewhere: a name of the list is also the
// name of a district, town or street elsewhere, which the text places in
// its own city or prefecture: Shanghai's Songjiang district (read as
// Matsue, Shimane), Tokyo's Taitō ward (as Taitung, Taiwan), Hong
// Kong's Ma On Shan (as Ma'anshan, Anhui), Japan's towns Konan, Kainan,
// Nan'yō and Matsubara (as Hunan, Hainan, Nanyang and Songyuan), and the
// streets of Shanghai and Taipei named after cities (南京东路, 延安东路).
// Each is read as a second place, in another group, which a copy naming
// the city alone lacks.
func TestReview3PlacesOfTheSameNameElsewhere(t *testing.T) {
	for _, c := range []struct{ text, group string }{
		{"上海松江区一厂房起火", "上海"},
		{"東京都台東区のマンションで火災", "東京"},
		{"香港馬鞍山發生車禍", "香港"},
		{"滋賀県湖南市で住宅火災", "滋賀"},
		{"和歌山県海南市で住宅火災", "和歌山"},
		{"山形県南陽市で住宅火災", "山形"},
		{"大阪府松原市で住宅火災", "大阪"},
		{"上海南京东路步行街人流密集", "上海"},
		{"上海延安东路隧道封闭", "上海"},
		{"台北市南京東路車禍", "台湾"},
	} {
		got := review3Groups(c.text)
		if want := Fold(c.group); len(got) == 0 || slices.ContainsFunc(got, func(g string) bool { return g != want }) {
			t.Errorf("places of %q: groups %q, want only %q", c.text, got, want)
		}
	}
}

// TestReview3CityNamedAsItsProvince: a city that shares its province's
// name (吉林市, 福島市, 静岡市) is read as the province, which agrees with
// every city of it: two template reports of two cities of one province
// are then one story, the very case the places were listed to tell
// apart (Harbin's and Changchun's alerts).
func TestReview3CityNamedAsItsProvince(t *testing.T) {
	for _, c := range []struct{ lang, a, b string }{
		{"zh", "吉林市发布暴雪红色预警 全市中小学停课", "长春市发布暴雪红色预警 全市中小学停课"},
		{"ja", "福島市で大雨特別警報 避難指示", "郡山市で大雨特別警報 避難指示"},
		{"ja", "静岡市で大雨特別警報 避難指示", "浜松市で大雨特別警報 避難指示"},
	} {
		a, b := review3Item(c.lang, c.a, "", 0), review3Item(c.lang, c.b, "", time.Hour)
		s := windowStats(&a, &b)
		if l := s.measure(&a, &b); l.same(StoryOptions{}.withDefaults()) {
			t.Errorf("%q and %q: one story (%.2f similar), want two", c.a, c.b, l.similarity)
		}
	}
}

// TestReview3JapaneseFormsAndChineseForms: Fold reads Traditional
// characters as Simplified but leaves Japan's own simplified forms
// (shinjitai: 広, 徳, 児, 縄, 戸, 浜, 沢, 関, 渋, 覇, 姫, 栃) as they are.
// Each language now has its own list, written as the language writes
// its places: Japanese text finds the Japanese list's places in its own
// forms, and Chinese text in Traditional characters the Chinese list's.
func TestReview3JapaneseFormsAndChineseForms(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"ja", "広島"}, {"ja", "徳島"}, {"ja", "鹿児島"}, {"ja", "沖縄"}, {"ja", "神戸"}, {"ja", "浜松"}, {"ja", "金沢"},
		{"ja", "下関"}, {"ja", "水戸"}, {"ja", "渋谷"}, {"ja", "那覇"}, {"ja", "姫路"}, {"ja", "栃木"}, {"ja", "銚子"}, {"ja", "横浜"},
		{"zh", "廣州"}, {"zh", "濟南"}, {"zh", "營口"}, {"zh", "景德鎮"}, {"zh", "齊齊哈爾"}, {"zh", "臺北"},
	} {
		n := 0
		placesIn(c.lang, Fold(c.text), func(string, string) { n++ })
		if n != 1 {
			t.Errorf("%s %s: %d places found, want 1 (folded %q)", c.lang, c.text, n, Fold(c.text))
		}
	}
}

// TestReview3OverlappingNames: placesIn takes the longest name starting
// at the leftmost letter, so a short name that overlaps a longer or
// equal one to its right hides it: "美丽江西" (Beautiful Jiangxi, the
// province's slogan) is read as Lijiang, Yunnan, and Jiangxi is missed;
// so is "美丽江苏".
func TestReview3OverlappingNames(t *testing.T) {
	for _, c := range []struct{ text, group string }{
		{"美丽江西建设推进会召开", "江西"},
		{"美丽江苏建设推进会召开", "江苏"},
	} {
		if got, want := review3Groups(c.text), review3Folded(c.group); !slices.Equal(got, want) {
			t.Errorf("places of %q: groups %q, want %q", c.text, got, want)
		}
	}
}

// TestReview3PlacesOfUntaggedShortTitles: places are looked for only in
// items read as Chinese or Japanese, but an untagged item (or one tagged
// "en") with fewer than twelve words read is never guessed to be in
// another language (foreignTo), so a short Chinese title alone, as many
// title-only feeds send, is read as English and its city is no name: the
// two cities' snowstorm alerts the places were listed for are one story
// again. The script tells the places as well as the tag does.
func TestReview3PlacesOfUntaggedShortTitles(t *testing.T) {
	for _, tag := range []string{"", "en"} {
		a := review3Item(tag, "哈尔滨发布暴雪红色预警", "", 0)
		b := review3Item(tag, "长春发布暴雪红色预警", "", time.Hour)
		s := windowStats(&a, &b)
		if l := s.measure(&a, &b); l.same(StoryOptions{}.withDefaults()) {
			t.Errorf("tag %q (read as %q): two cities' alerts one story (%.2f similar), want two", tag, a.lang, l.similarity)
		}
	}
}
