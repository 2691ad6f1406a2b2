package aggregator

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Wards, cities, towns and villages of Japan that no list holds: two to
// four kanji and a suffix of Japan's local government (区, 市, 町, 村,
// 郡, 都, 道, 府, 県), standing alone between kana or punctuation, or as
// a part of an address whose next part is one too ("大阪・生野区で",
// "大阪市西成区で", "東京都台東区の"). Each is a place of its own. A run of
// kanji that goes on otherwise is a word ("株式市場", the stock market),
// and a few stems are no place's ("選挙区", a constituency).

// wardSuffixes are the suffixes of local government, folded.
var wardSuffixes = foldAll(strings.Split("区,市,町,村,郡,都,道,府,県", ","))

// wardKu is the suffix of a city's ward, folded, and wardOneKanji the
// stems of one kanji that cities name their wards by (北区, 中区, 港区):
// a closed set, since one kanji and 区 after a place is as often a
// word ("北海道地区", "大阪市各区", "東京都一区").
var (
	wardKu       = Fold("区")
	wardOneKanji = Fold("北南東西中港緑泉旭栄堺")
)

// wardStems are stems that make no place with a suffix, folded.
var wardStems = foldAll([]string{"選挙", "小選挙", "比例", "特別", "行政", "政令", "被災", "地方", "全国"})

// wardAt returns where a ward's name that starts at folded[i:] ends, or
// 0 when none starts there: in Japanese, at the start of a run of kanji
// or right after a suffix; in Chinese, a district's or county's
// (districtAt). In an address, right after a place or after a place and
// "・", a ward's stem may be one kanji of wardOneKanji ("広島市南区",
// "大阪・北区"): most cities have such wards, which alone would be any
// word and 区.
func wardAt(lang, folded string, i int, address bool) int {
	switch lang {
	case "zh":
		return districtAt(folded, i)
	case "ko":
		if address {
			return koreanDistrictAt(folded, i)
		}
		return 0
	}
	if lang != "ja" {
		return 0
	}
	if prev, _ := utf8.DecodeLastRuneInString(folded[:i]); i > 0 && isKanji(prev) && !isWardSuffix(string(prev)) {
		return 0
	}
	end, ok := wardSegment(folded, i, address)
	if !ok {
		return 0
	}
	next, _ := utf8.DecodeRuneInString(folded[end:])
	if end < len(folded) && isKanji(next) {
		if _, nested := wardSegment(folded, end, true); !nested {
			return 0 // a word goes on: "株式市場"
		}
	}
	return end
}

// wardSegment reads two to four kanji and a suffix at folded[i:], or in
// an address one kanji of wardOneKanji and 区, and returns where it ends.
func wardSegment(folded string, i int, address bool) (int, bool) {
	at, n := i, 0
	for at < len(folded) {
		r, w := utf8.DecodeRuneInString(folded[at:])
		if !isKanji(r) {
			return 0, false
		}
		if isWardSuffix(folded[at : at+w]) {
			stem := folded[i:at]
			if n < 2 && !(n == 1 && address && folded[at:at+w] == wardKu && strings.Contains(wardOneKanji, stem)) || slices.Contains(wardStems, stem) {
				return 0, false
			}
			return at + w, true
		}
		if n++; n > 4 {
			return 0, false
		}
		at += w
	}
	return 0, false
}

func isKanji(r rune) bool { return unicode.Is(unicode.Han, r) }

func isWardSuffix(s string) bool { return slices.Contains(wardSuffixes, s) }

// wardSuffixAt returns the length of the suffix of local government at
// folded[i:] in Japanese, 0 when there is none.
func wardSuffixAt(lang, folded string, i int) int {
	if lang != "ja" || i >= len(folded) {
		return 0
	}
	if _, w := utf8.DecodeRuneInString(folded[i:]); isWardSuffix(folded[i : i+w]) {
		return w
	}
	return 0
}

// Chinese districts and counties no list holds: two characters and 区
// or 县 ("朝阳区", "平山县"), where the second is no word's end that
// makes an area of any kind ("小区", a housing estate; "景区", "该县")
// and the two no word that does ("开发区", "自治区", "服务区"), and the
// suffix starts no word ("区域"). Chinese has no kana between words to
// tell where a name starts: two characters are read, which is most
// districts' and counties' length, and the same for every item.
var (
	districtSuffixes = foldAll([]string{"区", "县"})
	districtNotLast  = map[string]string{ // by suffix
		Fold("区"): Fold("地社城园景灾疫山郊辖湾片街老矿校厂牧林藏市新东西南北中禁误雷盲专特战军选学小商展赛港岸险控全该本各两此每邻个库点游业海站"),
		Fold("县"): Fold("全该本各两此每邻个郡市乡省州"),
	}
	districtNotStems = foldAll([]string{"开发", "自治", "自贸", "保护", "示范", "试验", "功能", "服务", "停车", "生活", "住宅", "工业",
		"商业", "居民", "保税", "无人", "边境", "贫困", "受灾", "重灾", "灾害", "核心", "缓冲", "实验", "行政", "选举", "高新", "经济",
		"城市", "农村", "沿海", "内陆", "民族", "偏远", "周边", "附近", "整个", "多个", "几个", "部分", "其他", "不同", "各个", "上述"})
	districtNotNext = Fold("域间别分块位划")
)

// districtAt returns where a Chinese district's or county's name that
// starts at folded[i:] ends, or 0.
func districtAt(folded string, i int) int {
	at := i
	var stem [2]rune
	for k := range stem {
		r, w := utf8.DecodeRuneInString(folded[at:])
		if at >= len(folded) || !isKanji(r) {
			return 0
		}
		stem[k], at = r, at+w
	}
	_, w := utf8.DecodeRuneInString(folded[at:])
	if at >= len(folded) || !slices.Contains(districtSuffixes, folded[at:at+w]) {
		return 0
	}
	if strings.ContainsRune(districtNotLast[folded[at:at+w]], stem[1]) || slices.Contains(districtNotStems, folded[i:at]) {
		return 0
	}
	if next, _ := utf8.DecodeRuneInString(folded[at+w:]); strings.ContainsRune(districtNotNext, next) {
		return 0
	}
	return at + w
}

// Korean districts and counties no list holds: after a city or province
// of the list, with or without its 시 ("부산 사하구", "부산시 사하구서",
// "서울 마포구에서", "경북 울진군"), a word of one to three syllables
// and 구 or 군, at the word's end or before a particle. Nouns so written
// that are no districts, or that end so ("부산 인구", the city's
// population; "유동인구"; "서울 축구"; "선거구"), are left out.
var (
	koreanDistrictSuffixes = []rune{'구', '군'}
	koreanNotDistricts     = []string{"인구", "연구", "요구", "친구", "도구", "출구", "입구", "항구", "가구", "지구", "야구",
		"농구", "축구", "배구", "탁구", "창구", "전구", "기구", "추구", "청구", "복구", "지역구", "선거구", "장군", "국군",
		"아군", "적군", "미군", "대군", "해군", "공군", "육군", "계엄군", "시민군", "일본군", "한국군", "북한군", "중국군", "러시아군"}
)

// koreanWordEnds reports whether the word of folded that starts at start
// ends at i, or goes on by particles only (withParticles).
func koreanWordEnds(folded string, start, i int) bool {
	end := i
	for end < len(folded) {
		r, w := utf8.DecodeRuneInString(folded[end:])
		if !unicode.Is(unicode.Hangul, r) {
			break
		}
		end += w
	}
	return folded[i:end] == "서" || withParticles(folded[start:end], folded[start:i]) // "사하구서", a headline's "에서"
}

// koreanDistrictAt returns where a Korean district's or county's name
// that starts at folded[i:] ends, or 0.
func koreanDistrictAt(folded string, i int) int {
	at, n := i, 0
	for at < len(folded) && n < 4 {
		r, w := utf8.DecodeRuneInString(folded[at:])
		if !unicode.Is(unicode.Hangul, r) {
			return 0
		}
		at, n = at+w, n+1
		if n >= 2 && slices.Contains(koreanDistrictSuffixes, r) {
			if slices.ContainsFunc(koreanNotDistricts, func(noun string) bool { return strings.HasSuffix(folded[i:at], noun) }) || !koreanWordEnds(folded, i, at) {
				return 0 // "마구잡이" goes on
			}
			return at
		}
	}
	return 0
}
