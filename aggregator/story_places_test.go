package aggregator

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// TestPlacesIn: places are read from the left, the longest name at each
// letter, in either way of writing Chinese, each language in its own
// list; a province's name with a city's suffix is its city; names inside
// phrases that name no place, streets and districts named after another
// city, and places inside a longer one are not found.
func TestPlacesIn(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       []string // place/group
	}{
		{"zh", "上海南站今晨大客流", []string{"上海/上海"}},            // not Hainan
		{"zh", "浙江西部山区暴雨", []string{"浙江/浙江"}},             // not Jiangxi
		{"zh", "哈爾濱發佈暴雪紅色預警", []string{"哈尔滨/黑龙江"}},        // Traditional letters
		{"zh", "黑龙江哈尔滨市", []string{"黑龙江/黑龙江", "哈尔滨/黑龙江"}}, // a province and its city
		{"zh", "吉林市发布暴雪预警", []string{"吉林市/吉林"}},           // a province's name as its city's
		{"zh", "河北省会再遇重污染", []string{"石家庄/河北"}},           // a province's capital by the province
		{"zh", "新疆首府乌鲁木齐降雪", []string{"乌鲁木齐/新疆", "乌鲁木齐/新疆"}},
		{"zh", "海南省会海口市", []string{"海口市/海南", "海口市/海南"}}, // a capital listed with its suffix
		{"zh", "出海口", nil},
		{"zh", "北京省会", []string{"北京/北京"}},            // no capital listed
		{"zh", "云南海南两省", []string{"云南/云南", "海南/海南"}}, // a phrase of notPlaces straddling a place found
		{"zh", "黄河南岸堤防加固", nil},                      // a river's bank
		{"zh", "美丽江西建设", []string{"江西/江西"}},          // a slogan, not Lijiang
		{"zh", "香港马鞍山发生车祸", []string{"香港/香港"}},       // a district after its city
		{"zh", "上海南京东路人流密集", []string{"上海/上海"}},      // a street named after a city
		{"zh", "全市中小学停课一天", nil},
		{"zh", "平台中的问题", nil}, // no Taichung: left out of the list
		{"zh", "重新北上", nil},
		{"zh", "大量用户不能登录", nil}, // Japan's Noto is in Japanese's list only
		{"ja", "千葉県東方沖でM5.0、銚子市で震度4", []string{"千葉/千葉", "銚子/千葉"}},
		{"ja", "福島市で大雨特別警報", []string{"福島市/福島"}},
		{"ja", "東名高速で車3台の三重衝突", nil}, // a pile-up, not Mie
		{"ja", "能登半島で震度7 大津波警報", []string{"能登/石川県"}},
		{"ko", "충청북도 청주시 폭설", []string{"충북/충북", "청주/충북"}}, // another name of a province
		{"ka", "თბილისში და ყაზბეგის გზაზე", []string{"თბილის/თბილის", "სტეფანწმინდ/მცხეთა-მთიანეთ"}}, // a stem in its cases; a town's other name
		{"ka", "თბილისში, რუსთაველის გამზირზე", []string{"თბილის/თბილის"}},                            // Rustaveli Avenue is no Rustavi
		{"he", "פיגוע בתל אביב", []string{"תל אביב/תל אביב"}},                                         // a name of two words, behind a prefix
		{"ar", "انفجار وبغداد", []string{"بغداد/العراق"}},
		{"ar", "فساد فاسد", nil},
		{"ar", "لقي 3 أشخاص مصرعهم", nil}, // no Egypt in a death
		{"th", "น้ำท่วมเชียงใหม่", []string{"เชียงใหม่/เชียงใหม่"}},
		{"en", "Harbin 哈尔滨", nil}, // a language without a list
	} {
		if got, want := placesOf(c.lang, Fold(c.text)), foldEach(c.want); !slices.Equal(got, want) {
			t.Errorf("placesIn(%s, %q) = %q, want %q", c.lang, c.text, got, want)
		}
	}
}

// placesOf is what placesIn finds in folded text, each as place/group.
func placesOf(lang, folded string) []string {
	var out []string
	placesIn(lang, folded, func(place, group string) { out = append(out, place+"/"+group) })
	return out
}

// foldEach folds each of names into a new slice (foldAll folds in place).
func foldEach(names []string) []string { return foldAll(slices.Clone(names)) }

// TestPlacesTellTemplatesApart: two Chinese or Japanese reports of one
// kind written alike in two cities report different news, as two English
// ones naming two places do; a copy naming the province where the report
// names its capital, or naming the city in its text only, is that
// report.
func TestPlacesTellTemplatesApart(t *testing.T) {
	t0 := time.Date(2026, 11, 25, 6, 0, 0, 0, time.UTC)
	item := storyPrinter(t0)
	harbin := item("zh", "哈尔滨发布暴雪红色预警 全市中小学停课一天",
		"哈尔滨市气象台今晨发布暴雪红色预警信号，预计未来24小时降雪量将达20毫米以上。市教育局通知，全市中小学停课一天。", 0, "a")
	checkSameStory(t, harbin, []storyCase{
		{"another city's warning", item("zh", "长春发布暴雪橙色预警 全市中小学推迟上学时间",
			"长春市气象台今晨发布暴雪橙色预警信号，预计未来12小时降雪量将达10毫米以上。市教育局通知，全市中小学推迟上学时间。", time.Hour, "b"), false},
		{"a copy naming the province", item("zh", "黑龙江发布暴雪红色预警 中小学停课一天",
			"哈尔滨市气象台今晨发布暴雪红色预警信号，预计未来24小时降雪量将达20毫米以上，全市中小学停课一天。", time.Hour, "c"), true},
		{"a copy in Traditional letters", item("zh-TW", "【快訊】哈爾濱發佈暴雪紅色預警 全市中小學停課一天",
			"哈爾濱市氣象台今晨發佈暴雪紅色預警信號，預計未來24小時降雪量將達20毫米以上。市教育局通知，全市中小學停課一天。", 2*time.Hour, "d"), true},
	})
	pass := item("ka", "ჯვრის უღელტეხილი თოვლის გამო დაიკეტა",
		"შსს-ის ინფორმაციით, ჯვრის უღელტეხილზე მოძრაობა თოვლის გამო დროებით შეიზღუდა ყველა სახის ავტომობილისთვის.", 0, "a")
	gombori := item("ka", "გომბორის უღელტეხილი თოვლის გამო დაიკეტა",
		"შსს-ის ინფორმაციით, გომბორის უღელტეხილზე მოძრაობა თოვლის გამო დროებით შეიზღუდა ყველა სახის ავტომობილისთვის.", time.Hour, "b")
	if l := windowStats(&pass, &gombori).measure(&pass, &gombori); l.same(StoryOptions{}.withDefaults()) {
		t.Errorf("two passes closed by snow: one story (%.2f similar)", l.similarity)
	}
	// two fires in two districts of Tbilisi, and a copy naming the city
	gldani := item("ka", "გლდანში საცხოვრებელ კორპუსში ხანძარი გაჩნდა",
		"მეხანძრე-მაშველებმა გლდანში, საცხოვრებელი კორპუსის მეცხრე სართულზე გაჩენილი ხანძარი ლიკვიდირებს.", 0, "a")
	checkSameStory(t, gldani, []storyCase{
		{"a fire in another district", item("ka", "საბურთალოზე საცხოვრებელ კორპუსში ხანძარი გაჩნდა",
			"მეხანძრე-მაშველებმა საბურთალოზე, საცხოვრებელი კორპუსის მეხუთე სართულზე გაჩენილი ხანძარი ლიკვიდირებს.", time.Hour, "b"), false},
		{"a copy naming the city", item("ka", "თბილისში საცხოვრებელ კორპუსში ხანძარი გაჩნდა",
			"მეხანძრე-მაშველებმა გლდანში, საცხოვრებელი კორპუსის მეცხრე სართულზე გაჩენილი ხანძარი ლიკვიდირებს.", time.Hour, "c"), true},
	})
	chiba := item("ja", "【速報】千葉県で震度4\u3000津波の心配なし",
		"気象庁によると、午前5時ごろ千葉県東方沖を震源とする地震があり、銚子市で震度4を観測した。津波の心配はない。", 0, "a")
	ibaraki := item("ja", "茨城県南部でM4.2、土浦市で震度3",
		"気象庁によると、午前7時ごろ茨城県南部を震源とする地震があり、土浦市で震度3を観測した。津波の心配はない。", 2*time.Hour, "b")
	if l := windowStats(&chiba, &ibaraki).measure(&chiba, &ibaraki); l.same(StoryOptions{}.withDefaults()) {
		t.Errorf("quakes in two prefectures: one story (%.2f similar)", l.similarity)
	}
}

// TestPlaceLackingOnlyBesideAnother: a title naming a listed city does
// not disagree with one that names no listed place, which may name its
// district or street instead; it does with one naming another city, of
// its province or not, and not with one naming its province.
func TestPlaceLackingOnlyBesideAnother(t *testing.T) {
	t0 := time.Date(2026, 11, 25, 18, 0, 0, 0, time.UTC)
	item := func(title, summary string) storyPrint {
		return newStoryPrint(&storage.Item{Language: "zh-TW", Title: title, Summary: summary, Published: t0, Sources: []string{title}})
	}
	taipei := item("台北大安區永康街餐廳廚房起火 1名員工燙傷送醫", "台北市大安區永康街一家餐廳今晚廚房起火，1名員工燙傷送醫。")
	street := item("永康街晚餐時段餐廳火警 顧客急疏散", "大安區永康街一家餐廳今晚廚房起火，顧客緊急疏散。")
	kaohsiung := item("高雄苓雅區餐廳廚房起火 1名員工燙傷送醫", "高雄市苓雅區一家餐廳今晚廚房起火，1名員工燙傷送醫。")
	s := windowStats(&taipei, &street, &kaohsiung)
	if _, names, _, _ := s.disagreeing(&taipei, &street, nil); names != 0 {
		t.Errorf("a city against a title naming its street: %d names lacking, want 0", names)
	}
	if _, names, _, _ := s.disagreeing(&taipei, &kaohsiung, nil); names != 2 {
		t.Errorf("a city and its district against another's: %d names lacking, want 2", names)
	}
	nanjing := item("南京一小区发生火灾 3人受伤", "南京市消防部门说，火灾造成3人受伤。")
	suzhou := item("苏州一小区发生火灾 3人受伤", "苏州市消防部门说，火灾造成3人受伤。")
	jiangsu := item("江苏一小区发生火灾 3人受伤", "江苏省消防部门说，火灾造成3人受伤。")
	s = windowStats(&nanjing, &suzhou, &jiangsu)
	for _, c := range []struct {
		name string
		a, b *storyPrint
		want int
	}{
		{"a city against another of its province", &nanjing, &suzhou, 1},
		{"a city against its province", &nanjing, &jiangsu, 0},
		{"a province against one of its cities", &jiangsu, &suzhou, 0},
	} {
		if _, names, _, _ := s.disagreeing(c.a, c.b, nil); names != c.want {
			t.Errorf("%s: %d names lacking, want %d", c.name, names, c.want)
		}
	}
}

// TestPlaceAnchorsOnlyBesideAnother: a title's listed city is no anchor
// against a title that names no listed place, which may place the news
// by its district: the two are not told apart as sharing no name or
// number of their titles; against a title naming another city, it is.
func TestPlaceAnchorsOnlyBesideAnother(t *testing.T) {
	t0 := time.Date(2026, 11, 26, 8, 0, 0, 0, time.UTC)
	item := func(title, summary string) storyPrint {
		return newStoryPrint(&storage.Item{Language: "zh", Title: title, Summary: summary, Published: t0, Sources: []string{title}})
	}
	city := item("哈尔滨中小学幼儿园停课", "受暴雪影响，全市中小学幼儿园今天停课一天。")
	district := item("道里区积雪深达28厘米 学校停课", "道里区积雪深达28厘米，辖区学校今天停课。")
	other := item("长春积雪深达31厘米 学校停课", "长春市积雪深达31厘米，全市学校今天停课。")
	s := windowStats(&city, &district, &other)
	if !s.anchored(&city, &district) {
		t.Error("a city against a title naming its district: not anchored, want anchored")
	}
	if s.anchored(&city, &other) {
		t.Error("a city against another city's title: anchored, want not")
	}
}

// TestFoldPlacesFindsAsFold: text folded rune by rune finds the places
// that Fold's text does, full-width punctuation, Traditional letters and
// marks included.
func TestFoldPlacesFindsAsFold(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"zh", "【快訊】哈爾濱發佈暴雪紅色預警，全市中小學停課：長春（吉林省）推遲上學"},
		{"zh", "上海南京东路！云南、海南两省；ＡＢＣ　黄河南岸"},
		{"ja", "【速報】千葉県東方沖でＭ５．０、銚子市で震度４"},
		{"th", "น้ำท่วมหนักที่เชียงใหม่ ชาวบ้านอพยพ…"},
		{"ar", "انفجار في بَغْدَادَ، وقتلى في البصرة"},
		{"he", "פיגוע בְּתֵל אָבִיב: שניים נפצעו"},
	} {
		want, got := placesOf(c.lang, Fold(c.text)), placesOf(c.lang, foldPlaces(c.text))
		if len(want) == 0 || !slices.Equal(got, want) {
			t.Errorf("%s %q: %q folded rune by rune, %q folded whole", c.lang, c.text, got, want)
		}
	}
}

// TestPlacesApartWhateverTheWording: two titles that each name a listed
// place the other item lacks report two places' news, however unlike
// their wording (a flash's title against a report's); a province's
// report naming one of its cities in its text is no report of another
// of its cities.
func TestPlacesApartWhateverTheWording(t *testing.T) {
	t0 := time.Date(2027, 1, 5, 6, 0, 0, 0, time.UTC)
	item := func(lang, title, summary string, after time.Duration) storyPrint {
		return newStoryPrint(&storage.Item{Language: lang, Title: title, Summary: summary, Published: t0.Add(after), Sources: []string{title}})
	}
	haifa := item("he", "מבזק: הצפות בעיר התחתית בחיפה", "גשמים עזים גרמו להצפות בעיר התחתית בחיפה, כבישים נחסמו וכוחות כיבוי חילצו נהגים מרכביהם.", 0)
	nahariya := item("he", "הצפות בנהריה: כבישים נחסמו במרכז העיר, נהגים חולצו מרכבים", "גשמים עזים גרמו להצפות במרכז נהריה, כבישים נחסמו וכוחות כיבוי חילצו נהגים מרכביהם.", time.Hour)
	if l := windowStats(&haifa, &nahariya).measure(&haifa, &nahariya); l.conflict != "places" {
		t.Errorf("floods in Haifa and in Nahariya: conflict %q (%.2f similar), want places", l.conflict, l.similarity)
	}
	province := item("zh", "江苏一锂电企业私设暗管排放含镍废水被罚", "苏州市生态环境局通报，一家锂电企业私设暗管排放含镍废水，被罚款286万元。", 0)
	wuxi := item("zh", "无锡一电池企业违规排污被罚款193万元", "无锡市生态环境局通报，一家电池企业违规排放含镍废水，被罚款193万元。", time.Hour)
	if wuxi.hasName(wuxi.words.titleCaps[0]) != true || province.hasName(wuxi.words.titleCaps[0]) {
		t.Errorf("a province's report naming Suzhou in its text holds Wuxi: %v, want false", province.hasName(wuxi.words.titleCaps[0]))
	}
	jiangsu := item("zh", "江苏一电池企业违规排污被罚", "江苏一家电池企业违规排放含镍废水，被罚款193万元。", 0)
	if !jiangsu.hasName(wuxi.words.titleCaps[0]) {
		t.Error("a province's report naming none of its cities lacks Wuxi, want it to hold it")
	}
}

// TestJapaneseWards: in Japanese, two to four kanji and a suffix of
// local government, standing alone or as an address's next part, are a
// place no list needs to hold; a run of kanji that goes on is a word,
// and a constituency is no place.
func TestJapaneseWards(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string // place/group
	}{
		{"大阪・生野区で住宅火災", []string{"大阪/大阪", "生野区/生野区"}},
		{"大阪市西成区で住宅全焼", []string{"大阪市/大阪", "西成区/大阪"}},
		{"滋賀県湖南市で住宅火災", []string{"滋賀/滋賀", "湖南市/滋賀"}},
		// a ward of one kanji, in an address only
		{"広島市南区の物流倉庫で火災", []string{"広島市/広島", "南区/広島"}},
		{"広島・南区の倉庫火災", []string{"広島/広島", "南区/南区"}},
		{"広島市安佐南区で住宅火災", []string{"広島市/広島", "安佐南区/広島"}},
		{"南区で住宅火災", nil},
		// one kanji and 区 that names no ward
		{"京都地区で大雨", []string{"京都/京都"}},
		{"大阪市各区で投票", []string{"大阪市/大阪"}},
		{"広島で北風", []string{"広島/広島"}},
		{"株式市場が急落", nil},
		{"小選挙区で当選", nil},
		{"市町村の選挙", nil},
	} {
		if got, want := placesOf("ja", Fold(c.text)), foldEach(c.want); !slices.Equal(got, want) {
			t.Errorf("placesIn(ja, %q) = %q, want %q", c.text, got, want)
		}
	}
	nishinari := newStoryPrint(&storage.Item{Language: "ja", Title: "大阪・西成区で住宅火災 木造2階建て全焼、1人けが",
		Summary: "大阪市西成区の住宅で火災があり、木造2階建てが全焼した。1人がけがをした。", Sources: []string{"a"}})
	ikuno := newStoryPrint(&storage.Item{Language: "ja", Title: "大阪・生野区で住宅火災 木造2階建て全焼、1人けが",
		Summary: "大阪市生野区の住宅で火災があり、木造2階建てが全焼した。1人がけがをした。", Sources: []string{"b"}})
	if l := windowStats(&nishinari, &ikuno).measure(&nishinari, &ikuno); l.same(StoryOptions{}.withDefaults()) {
		t.Errorf("fires in two wards of Osaka: one story (%.2f similar)", l.similarity)
	}
	minami := newStoryPrint(&storage.Item{Language: "ja", Title: "広島市南区の物流倉庫で火災　けが人なし",
		Summary: "広島市南区の物流倉庫で火が出ていると119番通報があった。けが人はいない。", Sources: []string{"a"}})
	asaminami := newStoryPrint(&storage.Item{Language: "ja", Title: "広島市安佐南区で住宅火災　けが人なし",
		Summary: "広島市安佐南区の住宅で火が出ていると119番通報があった。けが人はいない。", Sources: []string{"b"}})
	if l := windowStats(&minami, &asaminami).measure(&minami, &asaminami); l.same(StoryOptions{}.withDefaults()) {
		t.Errorf("fires in two wards of Hiroshima, one named by one kanji: one story (%.2f similar)", l.similarity)
	}
}

// TestExplainShowsPlaces: explain's evidence for two cities' reports
// names both cities, and its reason says the titles disagree on places
// or names.
func TestExplainShowsPlaces(t *testing.T) {
	t0 := time.Date(2027, 1, 5, 6, 0, 0, 0, time.UTC)
	a := &storage.Item{Language: "zh", Title: "哈尔滨发布暴雪红色预警 全市中小学停课一天", Published: t0, Sources: []string{"a"},
		Summary: "哈尔滨市气象台今晨发布暴雪红色预警信号，市教育局通知，全市中小学停课一天。"}
	b := &storage.Item{Language: "zh", Title: "长春发布暴雪橙色预警 全市中小学推迟上学时间", Published: t0.Add(time.Hour), Sources: []string{"b"},
		Summary: "长春市气象台今晨发布暴雪橙色预警信号，市教育局通知，全市中小学推迟上学时间。"}
	disagree, v := explainPair(a, b)
	for _, want := range []string{"哈尔滨", "长春"} {
		if !slices.Contains(disagree, want) {
			t.Errorf("evidence %q lacks %s", disagree, want)
		}
	}
	if v.Same || !strings.Contains(v.Reason, "disagree on names") && !strings.Contains(v.Reason, "disagree on places") {
		t.Errorf("verdict %+v, want two stories whose titles disagree on names or places", v)
	}
}

// TestChineseDistricts: two characters and 区 or 县 are a district or
// county no list holds, unless they end a word for an area of any kind
// ("小区", "开发区", "该县") or the suffix starts a word ("区域"); a
// district found alone is lacking only beside another district, since
// it may lie in the city the other title names.
func TestChineseDistricts(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string // place/group
	}{
		{"北京朝阳区一小区发生火灾", []string{"北京/北京", "朝阳区/北京"}},
		{"平山县发生3.1级地震", []string{"平山县/平山县"}},
		{"近日该县启动应急响应", nil},
		{"经济开发区企业复工", nil},
		{"东北区域降雪", nil},
		{"全省市县两级联动", nil},
		{"三峡库区水位上涨", nil},
		{"西藏自治区", []string{"西藏/西藏"}},
	} {
		if got, want := placesOf("zh", Fold(c.text)), foldEach(c.want); !slices.Equal(got, want) {
			t.Errorf("placesIn(zh, %q) = %q, want %q", c.text, got, want)
		}
	}
	t0 := time.Date(2027, 1, 5, 6, 0, 0, 0, time.UTC)
	item := func(title, summary string) storyPrint {
		return newStoryPrint(&storage.Item{Language: "zh", Title: title, Summary: summary, Published: t0, Sources: []string{title}})
	}
	city := item("哈尔滨一居民楼起火 3人受伤", "哈尔滨一居民楼今晨起火，3人受伤送医。")
	district := item("道里区一居民楼起火 3人受伤", "道里区一居民楼今晨起火，3人受伤送医。")
	other := item("南岗区一居民楼起火 3人受伤", "南岗区一居民楼今晨起火，3人受伤送医。")
	s := windowStats(&city, &district, &other)
	if _, names, _, _ := s.disagreeing(&district, &city, nil); names != 0 {
		t.Errorf("a district against a city: %d names lacking, want 0", names)
	}
	if _, names, _, _ := s.disagreeing(&district, &other, nil); names != 1 {
		t.Errorf("a district against another: %d names lacking, want 1", names)
	}
}

// storyCase is an item's print and whether it is one story with the
// item it is compared with.
type storyCase struct {
	name string
	p    storyPrint
	same bool
}

// checkSameStory compares a with each case's print, in a window of the
// two and a few others, under the default options.
func checkSameStory(t *testing.T, a storyPrint, cases []storyCase) {
	t.Helper()
	for _, c := range cases {
		if l := windowStats(&a, &c.p).measure(&a, &c.p); l.same(StoryOptions{}.withDefaults()) != c.same {
			t.Errorf("%s: one story %v (%.2f similar, conflict %q), want %v", c.name, !c.same, l.similarity, l.conflict, c.same)
		}
	}
}

// storyPrinter returns a maker of the prints of items published after
// t0 by a source, in a language.
func storyPrinter(t0 time.Time) func(lang, title, summary string, after time.Duration, src string) storyPrint {
	return func(lang, title, summary string, after time.Duration, src string) storyPrint {
		return newStoryPrint(&storage.Item{Language: lang, Title: title, Summary: summary, Published: t0.Add(after), Sources: []string{src}})
	}
}

// TestTitlesPlaceApart: two titles are on two places when each names a
// place and none of the other's; a province and a city of it are one
// place, two cities of a province two.
func TestTitlesPlaceApart(t *testing.T) {
	for _, tt := range []struct {
		a, b  string
		apart bool
	}{
		{"无锡一电池企业违规排污被罚款193万元", "苏州一电池企业违规排污被罚款286万元", true},
		{"江苏一锂电企业私设暗管排放含镍废水 吃下286万元罚单", "无锡一电池企业违规排污被罚款193万元", false},
		{"无锡一电池企业违规排污被罚款193万元", "无锡市一电池企业被罚193万元", false},
		{"一电池企业违规排污被罚款193万元", "苏州一电池企业违规排污被罚款286万元", false}, // one names no place
		{"海淀区一工厂起火 3人受伤", "北京一工厂起火 5人受伤", false},            // a district found by its suffix is in a city no list tells
	} {
		a, b := storyPrint{words: readStoryWords("zh", tt.a, "")}, storyPrint{words: readStoryWords("zh", tt.b, "")}
		if got := titlesPlaceApart(&a, &b); got != tt.apart {
			t.Errorf("%q / %q: apart %v, want %v", tt.a, tt.b, got, tt.apart)
		}
	}
}

// TestKoreanDistricts: after a city or province of the list, a word of
// one to three syllables and 구 or 군, alone or before particles, is a
// district of its own; a noun so written, a word that goes on, or one
// without a city before it is none. Two fires written alike in two of
// Busan's districts are two stories.
func TestKoreanDistricts(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string // place/group
	}{
		{"부산 사하구 공장서 불", []string{"부산/부산", "사하구/사하구"}},
		{"서울 마포구에서 화재", []string{"서울/서울", "마포구/마포구"}},
		{"경북 울진군 산불", []string{"경북/경북", "울진군/울진군"}},
		{"부산 인구 330만 붕괴", []string{"부산/부산"}},
		{"서울 마구잡이 개발", []string{"서울/서울"}},
		{"사하구 공장서 불", nil},
		// a headline's "서", the city's 시, a word that ends as a noun
		// does that is no district
		{"부산 사하구서 공장 화재", []string{"부산/부산", "사하구/사하구"}},
		{"부산시 사하구 공장 화재", []string{"부산시/부산", "사하구/사하구"}},
		{"서울 유동인구 늘어", []string{"서울/서울"}},
		{"서울 선거구 획정", []string{"서울/서울"}},
	} {
		if got, want := placesOf("ko", Fold(c.text)), foldEach(c.want); !slices.Equal(got, want) {
			t.Errorf("placesIn(ko, %q) = %q, want %q", c.text, got, want)
		}
	}
	saha := newStoryPrint(&storage.Item{Language: "ko", Title: "부산 사하구 공장서 불…근로자 1명 연기 흡입",
		Summary: "부산 사하구의 한 금속가공 공장에서 불이 나 근로자 1명이 연기를 흡입해 병원으로 옮겨졌다고 소방당국이 밝혔다.", Sources: []string{"a"}})
	gangseo := newStoryPrint(&storage.Item{Language: "ko", Title: "부산 강서구 공장서 불…근로자 1명 연기 흡입",
		Summary: "부산 강서구의 한 금속가공 공장에서 불이 나 근로자 1명이 연기를 흡입해 병원으로 옮겨졌다고 소방당국이 밝혔다.", Sources: []string{"b"}})
	if l := windowStats(&saha, &gangseo).measure(&saha, &gangseo); l.same(StoryOptions{}.withDefaults()) {
		t.Errorf("fires in two districts of Busan: one story (%.2f similar)", l.similarity)
	}
}
