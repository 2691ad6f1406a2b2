package aggregator

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Places where no capital letter tells a name: Chinese, Japanese,
// Korean, Georgian, Arabic, Persian, Hebrew and Thai. Two reports of one
// kind in two cities ("哈尔滨发布暴雪红色预警", "长春发布暴雪橙色预警")
// shared every word but the city's, and their titles named nothing that
// could disagree. A title's provinces,
// prefectures and large cities are found by name instead, and are names
// of the title as capitalized words are elsewhere; every place of the
// text is noted, as a word and by its province's name, so that a copy
// that names the province ("黑龙江") where the other names its capital
// ("哈尔滨") agrees on the place. The list is in story_places_list.go.

// placeName is a place of the lists: its first name, and its group's,
// folded.
type placeName struct{ name, group string }

// notPlace is a phrase of notPlaces, and where in it a place's name
// starts, in bytes.
type notPlace struct {
	phrase string
	at     int
}

// placeList is one language's places by each of their folded names, the
// most letters of a name, and the phrases that hold a name and name no
// place, by the name.
type placeList struct {
	names    map[string]placeName
	capitals map[string]string // a group's capital, its first place after its own name, by the group
	runes    int
	not      map[string][]notPlace
	starts   [0x10000 / 64]uint64 // the first letters of the names, by bit: most letters start none
}

// startsName reports whether a name of the list may start with r.
func (l *placeList) startsName(r rune) bool {
	return r < 0x10000 && l.starts[r/64]&(1<<(r%64)) != 0
}

// placeLists are the languages' lists, read only; a language without one
// has no places found by name (its capitals tell names).
var placeLists = func() map[string]*placeList {
	lists := map[string]*placeList{}
	for lang, groups := range placeGroups {
		l := &placeList{names: map[string]placeName{}, capitals: map[string]string{}, not: map[string][]notPlace{}}
		for _, group := range groups {
			var head string
			for i, place := range strings.Split(group, ",") {
				names := strings.Split(place, "/")
				first := Fold(strings.TrimSpace(names[0]))
				switch i {
				case 0:
					head = first
				case 1:
					l.capitals[head] = first
				}
				for _, n := range placeSpellings(lang, names) {
					f := Fold(strings.TrimSpace(n))
					l.names[f], l.runes = placeName{first, head}, max(l.runes, utf8.RuneCountInString(f))
					if r, _ := utf8.DecodeRuneInString(f); r < 0x10000 {
						l.starts[r/64] |= 1 << (r % 64)
					}
				}
			}
		}
		for _, phrase := range notPlaces[lang] {
			phrase = Fold(phrase)
			for name := range l.names {
				for at := 0; ; at++ {
					k := strings.Index(phrase[at:], name)
					if k < 0 {
						break
					}
					at += k
					l.not[name] = append(l.not[name], notPlace{phrase, at})
				}
			}
		}
		lists[lang] = l
	}
	return lists
}()

// placeSpellings are the ways a place's names are written: in Arabic,
// a name with the article also after the preposition "ل", which drops
// the article's alif ("اليمن", "لليمن"); in Persian, also typed with
// Arabic's yeh and kaf ("شیراز", "شيراز"), which Fold keeps apart.
func placeSpellings(lang string, names []string) []string {
	var out []string
	for _, n := range names {
		n = strings.TrimSpace(n)
		out = append(out, n)
		switch {
		case lang == "ar" && strings.HasPrefix(n, "ال"):
			out = append(out, "لل"+strings.TrimPrefix(n, "ال"))
		case lang == "fa" && strings.ContainsAny(n, "یک"):
			out = append(out, strings.NewReplacer("ی", "ي", "ک", "ك").Replace(n))
		}
	}
	return out
}

// placeWordStarts are the languages whose names start a word, whatever
// ends it: Korean's particles and Georgian's cases follow the name, and
// nothing comes before it ("러시아산", Russian-made, holds no Asan, nor
// "გადააჭარბა", exceeded, Adjara).
var placeWordStarts = map[string]bool{"ko": true, "ka": true}

// inWord reports whether s[i:] starts inside a word: after a letter.
func inWord(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return classOf(r)&classLetter != 0
}

// citySuffixes are the words after a name that make it a city's: a
// province's name with it is its capital's ("吉林市", Jilin city, not
// Jilin province); streetSuffixes make it a street's ("南京东路" in
// Shanghai is no Nanjing).
var (
	citySuffixes   = map[string]string{"zh": "市", "ja": "市", "ko": "시"}
	streetSuffixes = map[string][]string{"zh": {"路", "街", "大道", "东路", "西路", "南路", "北路", "中路"}}
)

// capitalWords are the words after a province's name that name its
// capital: "河北省会" is Shijiazhuang, "新疆首府" Urumqi, which a copy
// names by name.
var capitalWords = map[string][]string{"zh": {"省会", "首府"}}

// capitalWordAt is the length of a word of capitalWords that rest
// starts with; 0 for none.
func capitalWordAt(lang, rest string) int {
	for _, w := range capitalWords[lang] {
		if strings.HasPrefix(rest, w) {
			return len(w)
		}
	}
	return 0
}

// placesIn calls found with each place named in folded text in
// language lang, by its first name, and its group; it reads from the
// left, taking the longest name at each letter ("上海南站" is Shanghai's,
// not Hainan's), and skips a name within a phrase of notPlaces, before
// a street's suffix, or a city's name right after another place of
// another group, whose district or street it names ("香港马鞍山",
// "上海南京东路"). A province's name with its city suffix is the city's
// of that name, of its group; with a word of capitalWords, its
// capital's. In Japanese, a ward or town no list holds is a
// place too (story_wards.go).
func placesIn(lang, folded string, found func(place, group string)) {
	l := placeLists[lang]
	if l == nil {
		return
	}
	prevEnd, prevGroup := -1, ""
	for i := 0; i < len(folded); {
		r, size := utf8.DecodeRuneInString(folded[i:])
		at, place := 0, placeName{} // where the longest name found ends, and its place
		if l.startsName(r) {
			at, place = l.longest(folded, i)
		}
		if at != 0 && (l.within(folded, i, at, max(prevEnd, 0)) || placeWordStarts[lang] && i > 0 && inWord(folded, i)) {
			at = 0
		}
		if at == 0 {
			address := prevEnd >= 0 && (i == prevEnd || folded[prevEnd:i] == "・" || lang == "ko" && folded[prevEnd:i] == " ")
			if end := wardAt(lang, folded, i, address); end > 0 {
				group := folded[i:end]
				if i == prevEnd {
					group = prevGroup // an address's next part: "滋賀県湖南市"
				}
				found(folded[i:end], group)
				prevEnd, prevGroup, i = end, group, end
				continue
			}
			i += size
			continue
		}
		rest := folded[at:]
		switch {
		case slices.ContainsFunc(streetSuffixes[lang], func(sfx string) bool { return strings.HasPrefix(rest, sfx) }):
		case i == prevEnd && place.group != prevGroup && place.name != place.group: // a province is no district
		case place.name == place.group && citySuffixes[lang] != "" && strings.HasPrefix(rest, citySuffixes[lang]):
			found(place.name+citySuffixes[lang], place.group)
		case place.name == place.group && l.capitals[place.group] != "" && capitalWordAt(lang, rest) > 0:
			found(l.capitals[place.group], place.group)
			at += capitalWordAt(lang, rest)
		default:
			found(place.name, place.group)
		}
		if w := wardSuffixAt(lang, folded, at); w > 0 {
			at += w // "東京都", "滋賀県": the address goes on after it
		} else if lang == "ko" && strings.HasPrefix(folded[at:], "시 ") {
			at += len("시") // "부산시 사하구"
		}
		prevEnd, prevGroup, i = at, place.group, at
	}
}

// longest returns where the longest name of the list that starts at
// folded[i:] ends, and its place; 0 for none.
func (l *placeList) longest(folded string, i int) (at int, place placeName) {
	end, n := i, 0
	for end < len(folded) && n < l.runes {
		_, w := utf8.DecodeRuneInString(folded[end:])
		end, n = end+w, n+1
		if p, ok := l.names[folded[i:end]]; ok && n >= 2 {
			at, place = end, p
		}
	}
	return at, place
}

// within reports whether the name at folded[i:end] is within a phrase
// of notPlaces that starts at from or after.
func (l *placeList) within(folded string, i, end, from int) bool {
	for _, np := range l.not[folded[i:end]] {
		if start := i - np.at; start >= from && strings.HasPrefix(folded[start:], np.phrase) {
			return true
		}
	}
	return false
}

// placeSalt keeps a place's hash apart from the hashes of its letters'
// pairs, the words of spaceless scripts; groupSalt keeps apart the key
// that a text names some place of a group.
const (
	placeSalt = 0x51ace
	groupSalt = 0x6a0c9
	citySalt  = 0xc17e5
)

// hasPlace reports whether p names place nw of a title, found by name:
// as it is; or, for a province, by any of its places; or, for a city, by
// its province, when p names none of the province's other cities (a
// province's report that names Shijiazhuang in its text is no report of
// Baoding's). nw's alias is its group's key, its prefix, for a city, the
// key of its group's cities.
func (p *storyPrint) hasPlace(nw nameWord) bool {
	if _, found := slices.BinarySearch(p.words.words, nw.word); found {
		return true
	}
	if !hasKey(p.words.prefixes, nw.alias) {
		return false
	}
	return nw.prefix == 0 || !hasKey(p.words.prefixes, nw.prefix)
}

// notePlaces notes the places named in the title and in the summary's
// lead, folded: each as a word and a name key, with the key of its
// group, and a city with the key of its group's cities; the title's are
// names of it (hasPlace). A city's name is found in a text that names it
// or its province and none of its other cities ("哈尔滨", "黑龙江"); a
// province's, in one that names it or any of its cities; a city is not
// found in a text that names only another city of its province ("南京",
// "苏州").
func (r *wordReader) notePlaces(lang, title, lead string) {
	w := &r.w
	note := func(inTitle bool) func(place, group string) {
		return func(place, group string) {
			h, g, in := hashAfter(r.seed^placeSalt, place), hashAfter(r.seed^placeSalt, group), hashAfter(r.seed^groupSalt, group)
			city := hashAfter(r.seed^citySalt, group)
			w.words, w.prefixes = append(w.words, h), append(w.prefixes, h, in)
			if place != group {
				w.prefixes = append(w.prefixes, city)
			}
			r.note(h, place)
			if !inTitle || len(w.titleCaps) >= maxTitleNames || containsName(w.titleCaps, h) {
				return
			}
			nw := nameWord{word: h, exact: h, prefix: city, alias: g, place: true, district: !listedPlace(lang, place, group)}
			if place == group {
				nw.prefix, nw.alias = 0, in
			}
			w.titleCaps = append(w.titleCaps, nw)
		}
	}
	placesIn(lang, foldPlaces(title), note(true))
	placesIn(lang, foldPlaces(lead), note(false))
}

// listedPlace reports whether a place placesIn found is one of the
// list's, or a province's capital named by it with a city's suffix
// ("吉林市"), rather than a ward or district found by its suffix.
func listedPlace(lang, place, group string) bool {
	l := placeLists[lang]
	if _, ok := l.names[place]; ok {
		return true
	}
	_, ok := l.names[group]
	return ok && place != group && strings.HasPrefix(place, group)
}

// foldPlaces is Fold for placesIn, rune by rune where Fold's fast way
// fails: where a title's full-width punctuation ("，", "：") sent all of
// it through the normalizers, which took four fifths of finding its
// places. Names are letters, which fold alone as in a word.
func foldPlaces(s string) string {
	if out, ok := foldFast(s); ok {
		return out
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		_, w := utf8.DecodeRuneInString(s[i:])
		var ok bool
		if b, ok = appendFoldFast(b, s[i:i+w]); !ok {
			b = append(b, Fold(s[i:i+w])...)
		}
		i += w
	}
	return string(b)
}

func containsName(names []nameWord, h uint32) bool {
	for _, nw := range names {
		if nw.word == h {
			return true
		}
	}
	return false
}

// namesPlace reports whether p's title names a place found by name of
// the kind of nw: a listed one, or a ward or district found by its
// suffix. A district found alone may lie in a city the other title
// names ("道里区" in Harbin), so it is lacking only beside another
// district, and a city only beside another listed place.
func (p *storyPrint) namesPlace(nw nameWord) bool {
	return slices.ContainsFunc(p.words.titleCaps, func(m nameWord) bool { return m.place && m.district == nw.district })
}

// placesApart reports whether each title names a place found by name
// that the other item lacks: two cities' or two provinces' news, however
// differently the titles are written ("מבזק: הצפות בעיר התחתית בחיפה",
// "הצפות בנהריה: כבישים נחסמו…"). Capitalized names tell news apart only
// in titles written alike, since rewrites name things their own way; a
// listed place is found by any name of it, its province's too.
func (s *wordStats) placesApart(a, b *storyPrint) bool {
	return s.placeLacking(a, b) && s.placeLacking(b, a)
}

// placeLacking reports whether a's title names a place found by name
// that b lacks (lacksName).
func (s *wordStats) placeLacking(a, b *storyPrint) bool {
	return slices.ContainsFunc(a.words.titleCaps, func(nw nameWord) bool { return nw.place && s.lacksName(a, b, nw) })
}

// titlesPlaceApart reports whether each title names a place found by
// name, or a country, and none that the other title names: the titles
// are on two places, whatever either text names besides (a county's
// quake report names the neighbouring counties' shaking). A province
// and a city of it are one place here ("江苏", "无锡"): a report may name
// either; a district found by its suffix alone ("海淀区") is in a city
// no list tells, and counts as no place.
func titlesPlaceApart(a, b *storyPrint) bool {
	if landsApart(a, b) {
		return true
	}
	listed := func(nw nameWord) bool { return nw.place && !nw.district }
	namedA, namedB := false, false
	for _, p := range a.words.titleCaps {
		if !listed(p) {
			continue
		}
		namedA = true
		for _, q := range b.words.titleCaps {
			if listed(q) && samePlace(p, q) {
				return false
			}
		}
	}
	for _, q := range b.words.titleCaps {
		namedB = namedB || listed(q)
	}
	return namedA && namedB
}

// samePlace reports whether two places found by name are one, or a
// province and a city of it: a city's alias is its province's word
// (notePlaces).
func samePlace(p, q nameWord) bool {
	return p.word == q.word || p.prefix == 0 && q.prefix != 0 && p.word == q.alias || q.prefix == 0 && p.prefix != 0 && q.word == p.alias
}
