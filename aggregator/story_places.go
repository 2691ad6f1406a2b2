package aggregator

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Places in Chinese and Japanese. No capital letter tells a name in
// these scripts, so two reports of one kind in two cities ("哈尔滨发布暴雪
// 红色预警", "长春发布暴雪橙色预警") shared every word but the city's, and
// their titles named nothing that could disagree. A title's provinces,
// prefectures and large cities are found by name instead, and are names
// of the title as capitalized words are elsewhere; every place of the
// text is noted, as a word and by its province's name, so that a copy
// that names the province ("黑龙江") where the other names its capital
// ("哈尔滨") agrees on the place. Names that are also common words ("大同",
// "开封", "日照", "大庆"), that other words hold ("台中" in "平台中", "新北"
// in "重新北上", "海口" in "出海口"), or that are common surnames or firms'
// names ("松本", "川崎") are left out.

// placeGroups are the places by province, prefecture or territory, its
// own name first, written as in their country.
var placeGroups = []string{
	// China's provinces and their large cities
	"北京", "天津", "上海", "重庆", "香港", "澳门",
	"河北 石家庄 唐山 保定 邯郸 廊坊 张家口 承德 秦皇岛 沧州 邢台 衡水",
	"山西 太原 运城 临汾 晋中",
	"内蒙古 呼和浩特 包头 鄂尔多斯 赤峰",
	"辽宁 沈阳 大连 鞍山 抚顺 丹东 锦州 营口",
	"吉林 长春 延边 延吉 松原",
	"黑龙江 哈尔滨 齐齐哈尔 牡丹江 佳木斯 鸡西",
	"江苏 南京 苏州 无锡 常州 徐州 扬州 镇江 盐城 连云港 淮安 宿迁",
	"浙江 杭州 宁波 温州 绍兴 嘉兴 金华 台州 湖州 舟山 义乌",
	"安徽 合肥 芜湖 蚌埠 安庆 阜阳 马鞍山",
	"福建 福州 厦门 泉州 漳州 莆田 龙岩",
	"江西 南昌 九江 赣州 景德镇 上饶",
	"山东 济南 青岛 烟台 潍坊 淄博 临沂 威海 济宁 聊城 菏泽 枣庄 东营",
	"河南 郑州 洛阳 新乡 南阳 安阳 商丘 信阳 许昌 平顶山 焦作 周口",
	"湖北 武汉 宜昌 襄阳 荆州 十堰 黄冈 孝感 恩施",
	"湖南 长沙 株洲 湘潭 衡阳 岳阳 常德 张家界 郴州 邵阳 怀化",
	"广东 广州 深圳 珠海 东莞 佛山 汕头 湛江 惠州 江门 肇庆 茂名 梅州 清远 揭阳 韶关",
	"广西 南宁 桂林 柳州 梧州 钦州 百色",
	"海南 三亚 儋州",
	"四川 成都 绵阳 德阳 宜宾 泸州 南充 乐山 自贡 攀枝花 达州 雅安 甘孜 凉山",
	"贵州 贵阳 遵义 六盘水 毕节 铜仁",
	"云南 昆明 丽江 曲靖 玉溪 西双版纳 昭通",
	"西藏 拉萨 日喀则 林芝 昌都",
	"陕西 西安 宝鸡 咸阳 延安 榆林 汉中 渭南",
	"甘肃 兰州 天水 酒泉 嘉峪关 张掖 武威",
	"青海 西宁 格尔木",
	"宁夏 银川 石嘴山 固原",
	"新疆 乌鲁木齐 喀什 克拉玛依 伊犁 阿克苏 吐鲁番",
	"台湾 台北 桃园 台南 高雄 基隆 新竹 嘉义 花莲 台东 宜兰 屏东 南投 苗栗 彰化 云林 澎湖",
	// Japan's prefectures and their large cities
	"北海道 札幌 函館 旭川", "青森", "岩手 盛岡", "宮城 仙台", "秋田", "山形", "福島 郡山 いわき",
	"茨城 水戸 土浦 つくば", "栃木 宇都宮", "群馬 前橋", "埼玉 さいたま 川越", "千葉 銚子 船橋",
	"東京 新宿 渋谷 八王子", "神奈川 横浜 相模原 横須賀", "新潟", "富山", "石川 金沢 能登 輪島",
	"福井", "山梨 甲府", "長野", "岐阜", "静岡 浜松", "愛知 名古屋", "三重 四日市", "滋賀 大津",
	"京都", "大阪", "兵庫 神戸 姫路 尼崎", "奈良", "和歌山", "鳥取", "島根 松江", "岡山 倉敷",
	"広島", "山口 下関", "徳島", "香川", "愛媛", "高知", "福岡 北九州", "佐賀", "長崎 佐世保",
	"熊本", "大分 別府", "宮崎", "鹿児島", "沖縄 那覇",
}

// placeLanguages are the languages whose titles' places are found by
// name.
var placeLanguages = map[string]bool{"zh": true, "ja": true}

// places are placeGroups' places by their folded names, each with its
// group's first name, folded; placeRunes is the most letters of one.
var places, placeRunes = func() (map[string]string, int) {
	m, most := map[string]string{}, 0
	for _, group := range placeGroups {
		names := strings.Fields(group)
		head := Fold(names[0])
		for _, n := range names {
			f := Fold(n)
			m[f], most = head, max(most, utf8.RuneCountInString(f))
		}
	}
	return m, most
}()

// placesIn calls found with each place named in folded text and its
// group, reading from the left and taking the longest name at each
// letter, so that "上海南站" is Shanghai's and not Hainan's.
func placesIn(folded string, found func(place, group string)) {
	for i := 0; i < len(folded); {
		_, size := utf8.DecodeRuneInString(folded[i:])
		end, n := i, 0
		var name, group string
		for end < len(folded) && n < placeRunes {
			_, w := utf8.DecodeRuneInString(folded[end:])
			end, n = end+w, n+1
			if g, ok := places[folded[i:end]]; ok && n >= 2 {
				name, group = folded[i:end], g
			}
		}
		if name == "" {
			i += size
			continue
		}
		found(name, group)
		i += len(name)
	}
}

// placeSalt keeps a place's hash apart from the hashes of its letters'
// pairs, the words of spaceless scripts; groupSalt keeps apart the key
// that a text names some place of a group.
const (
	placeSalt = 0x51ace
	groupSalt = 0x6a0c9
)

// notePlaces notes the places named in the title and in the summary's
// lead, folded: each as a word and a name key, with the key of its
// group; the title's are names of it. A city's name is found in a text
// that names it or its province ("哈尔滨", "黑龙江"); a province's, in one
// that names it or any of its cities; a city is not found in a text that
// names only another city of its province ("南京", "苏州").
func (r *wordReader) notePlaces(title, lead string) {
	w := &r.w
	note := func(inTitle bool) func(place, group string) {
		return func(place, group string) {
			h, g, in := hashAfter(r.seed^placeSalt, place), hashAfter(r.seed^placeSalt, group), hashAfter(r.seed^groupSalt, group)
			w.words, w.prefixes = append(w.words, h), append(w.prefixes, h, in)
			r.note(h, place)
			if !inTitle || containsName(w.titleCaps, h) {
				return
			}
			nw := nameWord{word: h, exact: h, prefix: h, alias: g, place: true}
			if place == group {
				nw.alias = in
			}
			w.titleCaps = append(w.titleCaps, nw)
		}
	}
	placesIn(Fold(title), note(true))
	placesIn(Fold(lead), note(false))
}

func containsName(names []nameWord, h uint32) bool {
	for _, nw := range names {
		if nw.word == h {
			return true
		}
	}
	return false
}

// namesPlace reports whether p's title names a place found by name.
func (p *storyPrint) namesPlace() bool {
	return slices.ContainsFunc(p.words.titleCaps, func(nw nameWord) bool { return nw.place })
}
