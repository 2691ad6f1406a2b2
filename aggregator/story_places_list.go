package aggregator

// The places story grouping finds by name where no capital letter tells
// a name (story_places.go).

// placeGroups are the places by language, and in each by province,
// prefecture, region or country, its own name first (and in Chinese, its
// capital second: capitalWords), written as in their country; places are
// separated by commas, and other names of one place by slashes
// ("충북/충청북도"). Each language has its own list:
// Chinese "能登录" (can log in) holds Japan's Noto, Japanese "湖南市" is
// a town of Shiga.
// Names that are also common words ("大同", "开封", "日照", "大庆"; Korean
// "경기", a game, "전주", last week; Arabic "جدة", a grandmother, "عمان",
// both Amman and Oman; Hebrew "שדרות", boulevards; Thai "กระบี่", a
// sword), that
// other words hold ("台中" in "平台中", "新北" in "重新北上", "海口" in
// "出海口"; Korean "대전" in "대전환"; Arabic "مصر" in "مصرع", a death,
// and "مصرف", a bank, "قطر" in "قطرات", drops, "عدن" in "معدن", "تعز"
// in "تعزيز", "حلب" in "حلبة", "فاس" in "فاسد"; Georgian "ლარს" in
// "ლარი", the lari), or that are common surnames or firms' names ("松本",
// "川崎") are left out, or are written with their suffix ("山口県",
// not the 山口組 syndicate; "三重県", not a 三重衝突, a pile-up; "大津市",
// not a 大津波, a tsunami); some are written in their cases whole where their
// stem is another's ("რუსთავის", not "რუსთავ" of Rustaveli Avenue).
var placeGroups = map[string][]string{
	"zh": {
		// China's provinces and their large cities
		"北京", "天津", "上海", "重庆", "澳门",
		// Hong Kong and its districts
		"香港, 观塘, 深水埗, 旺角, 油尖旺, 沙田, 屯门, 元朗, 荃湾, 葵涌, 将军澳, 东涌, 大埔, 粉岭, 西贡, 湾仔, 铜锣湾, 中环, 尖沙咀, 红磡, 九龙城, 黄大仙, 北角, 筲箕湾, 天水围",
		"河北, 石家庄, 唐山, 保定, 邯郸, 廊坊, 张家口, 承德, 秦皇岛, 沧州, 邢台, 衡水",
		"山西, 太原, 运城, 临汾, 晋中",
		"内蒙古, 呼和浩特, 包头, 鄂尔多斯, 赤峰",
		"辽宁, 沈阳, 大连, 鞍山, 抚顺, 丹东, 锦州, 营口",
		"吉林, 长春, 延边, 延吉, 松原",
		"黑龙江, 哈尔滨, 齐齐哈尔, 牡丹江, 佳木斯, 鸡西",
		"江苏, 南京, 苏州, 无锡, 常州, 徐州, 扬州, 镇江, 盐城, 连云港, 淮安, 宿迁",
		"浙江, 杭州, 宁波, 温州, 绍兴, 嘉兴, 金华, 台州, 湖州, 舟山, 义乌",
		"安徽, 合肥, 芜湖, 蚌埠, 安庆, 阜阳, 马鞍山",
		"福建, 福州, 厦门, 泉州, 漳州, 莆田, 龙岩",
		"江西, 南昌, 九江, 赣州, 景德镇, 上饶",
		"山东, 济南, 青岛, 烟台, 潍坊, 淄博, 临沂, 威海, 济宁, 聊城, 菏泽, 枣庄, 东营",
		"河南, 郑州, 洛阳, 新乡, 南阳, 安阳, 商丘, 信阳, 许昌, 平顶山, 焦作, 周口",
		"湖北, 武汉, 宜昌, 襄阳, 荆州, 十堰, 黄冈, 孝感, 恩施",
		"湖南, 长沙, 株洲, 湘潭, 衡阳, 岳阳, 常德, 张家界, 郴州, 邵阳, 怀化",
		"广东, 广州, 深圳, 珠海, 东莞, 佛山, 汕头, 湛江, 惠州, 江门, 肇庆, 茂名, 梅州, 清远, 揭阳, 韶关",
		"广西, 南宁, 桂林, 柳州, 梧州, 钦州, 百色",
		"海南, 海口市, 三亚, 儋州",
		"四川, 成都, 绵阳, 德阳, 宜宾, 泸州, 南充, 乐山, 自贡, 攀枝花, 达州, 雅安, 甘孜, 凉山",
		"贵州, 贵阳, 遵义, 六盘水, 毕节, 铜仁",
		"云南, 昆明, 丽江, 曲靖, 玉溪, 西双版纳, 昭通",
		"西藏, 拉萨, 日喀则, 林芝, 昌都",
		"陕西, 西安, 宝鸡, 咸阳, 延安, 榆林, 汉中, 渭南",
		"甘肃, 兰州, 天水, 酒泉, 嘉峪关, 张掖, 武威",
		"青海, 西宁, 格尔木",
		"宁夏, 银川, 石嘴山, 固原",
		"新疆, 乌鲁木齐, 喀什, 克拉玛依, 伊犁, 阿克苏, 吐鲁番",
		"台湾, 台北, 桃园, 台南, 高雄, 基隆, 新竹, 嘉义, 花莲, 台东, 宜兰, 屏东, 南投, 苗栗, 彰化, 云林, 澎湖",
	},
	"ja": {
		// Japan's prefectures and their large cities
		"北海道, 札幌, 函館, 旭川", "青森", "岩手, 盛岡", "宮城, 仙台", "秋田", "山形", "福島, 郡山, いわき市",
		"茨城, 水戸, 土浦", "栃木, 宇都宮", "群馬, 前橋", "埼玉, さいたま市, 川越", "千葉, 銚子, 船橋",
		"東京, 新宿, 渋谷, 八王子", "神奈川, 横浜, 相模原, 横須賀", "新潟", "富山", "石川県, 金沢, 能登, 輪島",
		"福井", "山梨, 甲府", "長野", "岐阜", "静岡, 浜松", "愛知, 名古屋", "三重県, 四日市", "滋賀, 大津市",
		"京都", "大阪", "兵庫, 神戸, 姫路, 尼崎", "奈良", "和歌山", "鳥取", "島根, 松江", "岡山, 倉敷",
		"広島", "山口県/山口市, 下関", "徳島", "香川", "愛媛", "高知県/高知市", "福岡, 北九州", "佐賀", "長崎, 佐世保",
		"熊本", "大分県/大分市, 別府", "宮崎県/宮崎市", "鹿児島", "沖縄, 那覇",
	},
	"ko": {
		// Korea's provinces and metropolitan cities, and their large cities
		"서울", "부산", "대구", "인천", "광주", "울산", "대전시/대전광역시", "세종시/세종특별자치시",
		// Gyeonggi's cities, each its own: "경기도" is also "the economy,
		// too" or "the game, too"
		"수원시", "성남", "평택", "안산", "화성시", "경기북부/경기 북부", "경기남부/경기 남부",
		"강원/강원도, 강릉, 춘천, 속초", "충북/충청북도, 청주",
		"충남/충청남도, 천안, 아산", "전북/전라북도, 군산, 익산", "전남/전라남도, 여수, 목포, 순천",
		"경북/경상북도, 포항, 안동", "경남/경상남도, 창원, 김해, 통영, 거제", "제주/제주도, 서귀포",
	},
	"ka": {
		// Georgia's regions and towns, by the stem their cases share
		// ("თბილისი", "თბილისში", "თბილისის"), or by their cases where
		// the stem is too short or another's; Tbilisi with its districts
		// but Vake and Isani, whose stems are other words'
		"თბილის, გლდან, ნაძალადევ, დიდუბ, ჩუღურეთ, საბურთალ, კრწანის, მთაწმინდ, სამგორ",
		"კახეთ, თელავ, სიღნაღ, ლაგოდეხ, გურჯაან, გომბორ",
		"მცხეთა-მთიანეთ, მცხეთ, სტეფანწმინდ/ყაზბეგ, გუდაურ, ჯვრის უღელტეხილ, დუშეთ",
		"იმერეთ, ქუთაის, ზესტაფონ, სამტრედი, ჭიათურ, წყალტუბ, რიკოთ, ზეკარ",
		"აჭარ, ბათუმ, ქობულეთ, გოდერძ", "სამეგრელ, ზუგდიდ, ფოთის/ფოთში, სენაკ",
		"სამცხე-ჯავახეთ, ახალციხ, ბორჯომ, ბაკურიან, ახალქალაქ",
		"ქვემო ქართლ, რუსთავი/რუსთავის/რუსთავში/რუსთავს, მარნეულ, ბოლნის",
		"შიდა ქართლ, გორის/გორში, ხაშურ, ქარელ", "სვანეთ, მესტი",
		"რაჭა-ლეჩხუმ, ამბროლაურ", "გურია/გურიის, ოზურგეთ", "აფხაზეთ, სოხუმ", "ცხინვალ",
	},
	"ar": {
		// the Arab countries and their large cities; a name with the
		// article is found after "لل" too ("لليمن", for Yemen)
		"العراق, بغداد, البصرة, الموصل, أربيل, كركوك, النجف, كربلاء",
		"سوريا/سورية, دمشق, حمص, اللاذقية, إدلب",
		"لبنان, بيروت, صيدا, بعلبك, زحلة, جونية, النبطية, البقاع, عكار, ضهر البيدر",
		"القاهرة", "الإسكندرية", "الجيزة", "أسوان", "بورسعيد/بور سعيد", "السويس",
		"السعودية, الرياض, مكة, الدمام",
		"الإمارات, دبي, أبوظبي/أبو ظبي, الشارقة", "الدوحة", "الكويت", "البحرين, المنامة",
		"اليمن, صنعاء, الحديدة", "السودان, الخرطوم, أم درمان/أمدرمان", "ليبيا, بنغازي, مصراتة",
		"تونس, صفاقس", "الجزائر, وهران, قسنطينة", "المغرب, الرباط, الدار البيضاء, مراكش, طنجة, أكادير",
		"الأردن, إربد", "فلسطين, غزة, رام الله, القدس, نابلس, الخليل, بيت لحم, خان يونس/خانيونس, رفح",
	},
	"fa": {
		// Iran's large cities; found typed with Arabic's ي and ك too
		"تهران", "مشهد", "اصفهان", "شیراز", "تبریز", "کرج", "اهواز", "کرمانشاه", "کرمان", "ارومیه", "رشت", "یزد",
		"زاهدان", "بندرعباس/بندر عباس",
	},
	"he": {
		// Israel's cities
		"ירושלים", "תל אביב/תל-אביב/תל־אביב/ת\"א/ת״א", "חיפה", "באר שבע", "אשדוד", "אשקלון", "נתניה",
		"ראשון לציון", "פתח תקווה/פתח תקוה", "חולון", "בני ברק", "רמת גן", "הרצליה", "אילת", "טבריה", "צפת",
		"נצרת", "עכו", "קריית שמונה/קרית שמונה", "עפולה", "רמלה", "נהריה", "דימונה",
	},
	"th": {
		// Thailand's provinces and their large towns
		"กรุงเทพ/กทม", "เชียงใหม่", "เชียงราย", "ภูเก็ต", "ขอนแก่น", "นครราชสีมา/โคราช", "อุดรธานี",
		"สงขลา, หาดใหญ่", "ชลบุรี, พัทยา", "ระยอง", "อยุธยา", "สุราษฎร์ธานี, เกาะสมุย", "นครศรีธรรมราช",
		"ลำปาง", "พิษณุโลก", "อุบลราชธานี", "ปัตตานี", "ยะลา", "นราธิวาส", "สมุทรปราการ", "นนทบุรี", "ปทุมธานี",
	},
}

// notPlaces are phrases that hold a place's name and name no place, by
// language: a river's or a sea's bank or part ("黄河南岸" is no Henan's,
// "南海南部" no Hainan's), words the name straddles ("隆重庆祝",
// "确保定期", "形成都市圈", "北京时间"), and a slogan whose city hides its
// province ("美丽江西"). A phrase counts only where no place found before
// it overlaps it ("云南海南" is Yunnan and Hainan).
var notPlaces = map[string][]string{
	"zh": {"隆重庆", "南海南", "黄海南", "珠江西", "黄河南", "黄河北", "太湖南", "东西藏", "确保定", "形成都",
		"北京时间", "新乡村", "新乡贤", "上周口", "自信阳", "美丽江"},
	// Korean, where a name starts a word (placeWordStarts): an
	// ex-boyfriend, an ex-husband, large-calibre,
	// restructuring, a by-product, deposits and loans, Tiananmen, a think
	// tank and a firm, nitrous oxide, the military-industrial complex
	"ko": {"전남친", "전남편", "대구경", "대구조", "부산물", "여수신", "천안문", "아산정책", "현대아산", "아산화", "군산복합"},
	// Georgian, where a name starts a word: Tbilisi's Kazbegi Avenue and
	// Kakheti Highway
	"ka": {"ყაზბეგის გამზირ", "კახეთის გზატკეცილ"},
	// Arabic: sport, Swiss, semiconductors, obstacles, force majeure, the
	// cruciate ligament, literary, management, the right hand, a balance,
	// a fish, the sunset prayer, the Maghreb, the Holy Spirit
	"ar": {"الرياضة", "الرياضي", "السويسر", "الموصلات", "العراقيل", "القوة القاهرة", "الرباط الصليبي", "أدبي",
		"تدبير", "اليمنى", "رصيدا", "سمكة", "أذان المغرب", "صلاة المغرب", "المغرب العربي", "الروح القدس"},
	// Persian: a field or series, Fereshteh, large, nature; Yazidi,
	// God
	"fa": {"رشته", "فرشت", "درشت", "سرشت", "ایزد", "یزدان"},
	// Hebrew: Netanyahu, a push, flooding, whipped cream, a Knesset
	// question, improvisation, murky
	"he": {"נתניהו", "דחיפה", "הצפת", "קצפת", "שאילת", "אילתור", "עכור"},
	// Thai: Bangkok Bank, the Krungthep Turakij daily, Bangkok Hospital
	"th": {"ธนาคารกรุงเทพ", "กรุงเทพธุรกิจ", "โรงพยาบาลกรุงเทพ"},
}
