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
// ("哈尔滨") agrees on the place. The list is in story_places_list.go.

// placeLanguages are the languages whose titles' places are found by
// name: those whose scripts have no capital letters.
var placeLanguages = map[string]bool{"zh": true, "ja": true, "ko": true, "ka": true, "ar": true, "fa": true, "he": true, "th": true}

// placeName is a place of the list: its first name, and its group's,
// folded.
type placeName struct{ name, group string }

// places are placeGroups' places by each of their folded names;
// placeRunes is the most letters of one.
var places, placeRunes = func() (map[string]placeName, int) {
	m, most := map[string]placeName{}, 0
	for _, group := range placeGroups {
		var head string
		for i, place := range strings.Split(group, ",") {
			names := strings.Split(place, "/")
			first := Fold(strings.TrimSpace(names[0]))
			if i == 0 {
				head = first
			}
			for _, n := range names {
				f := Fold(strings.TrimSpace(n))
				m[f], most = placeName{first, head}, max(most, utf8.RuneCountInString(f))
			}
		}
	}
	return m, most
}()

// placesIn calls found with each place named in folded text, by its
// first name, and its group, reading from the left and taking the
// longest name at each letter, so that "上海南站" is Shanghai's and not
// Hainan's.
func placesIn(folded string, found func(place, group string)) {
	for i := 0; i < len(folded); {
		_, size := utf8.DecodeRuneInString(folded[i:])
		end, n := i, 0
		var at int // where the longest name found ends
		var place placeName
		for end < len(folded) && n < placeRunes {
			_, w := utf8.DecodeRuneInString(folded[end:])
			end, n = end+w, n+1
			if p, ok := places[folded[i:end]]; ok && n >= 2 {
				at, place = end, p
			}
		}
		if at == 0 {
			i += size
			continue
		}
		found(place.name, place.group)
		i = at
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
