package aggregator

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// TestWardBeforeAddress: in an address, a ward with 区 followed by the
// next part of the address in kanji ("中央区港島", a ward and a town in
// it) is a ward; alone, a run of kanji that goes on is still a word.
func TestWardBeforeAddress(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string // place/group
	}{
		{"神戸市中央区港島の倉庫で火災", []string{"神戸/兵库", "中央区/兵库"}},
		{"札幌市北区新琴似の住宅で火災", []string{"札幌/北海道", "北区/北海道"}},
		{"中央区港島の倉庫で火災", nil},
		{"株式市場が急落", nil},
	} {
		if got, want := placesOf("ja", foldPlaces(c.text)), foldEach(c.want); !slices.Equal(got, want) {
			t.Errorf("placesIn(ja, %q) = %q, want %q", c.text, got, want)
		}
	}
}

// TestLeadDistricts: two reports whose titles name one city alone, and
// whose leads give addresses in two of its wards, are two events; copies
// that give one ward, or of which one names no ward or names the other's
// too, are not kept apart by their wards.
func TestLeadDistricts(t *testing.T) {
	t0 := time.Date(2027, 2, 8, 1, 0, 0, 0, time.UTC)
	item := func(source, title, summary string, after time.Duration) storyPrint {
		return newStoryPrint(&storage.Item{Language: "ja", Title: title, Summary: summary, Sources: []string{source}, Published: t0.Add(after)})
	}
	chuo := item("a", "札幌で火災 倉庫が全焼、けが人なし",
		"8日午前10時ごろ、札幌市中央区南3条西の倉庫から火が出ていると119番通報があった。倉庫が全焼したが、けが人はいなかった。", 0)
	for _, c := range []struct {
		name  string
		other storyPrint
		apart bool
	}{
		{"another ward", item("b", "札幌で火災 住宅が全焼、けが人なし",
			"8日午後3時ごろ、札幌市北区新琴似の住宅から火が出ていると119番通報があった。住宅が全焼したが、けが人はいなかった。", 5*time.Hour), true},
		{"the same ward", item("b", "札幌の倉庫火災、けが人なし",
			"札幌市中央区南3条西の倉庫で8日午前、火災があり、倉庫1棟が全焼した。けが人はいなかった。", time.Hour), false},
		{"no ward", item("b", "札幌で倉庫火災 全焼、けが人なし",
			"8日午前、札幌市の倉庫で火災があり、1棟が全焼した。けが人はいなかった。", time.Hour), false},
		{"both wards named", item("b", "札幌で火災 倉庫が全焼、けが人なし",
			"8日午前10時ごろ、札幌市北区の会社が持つ札幌市中央区南3条西の倉庫から火が出た。倉庫が全焼したが、けが人はいなかった。", time.Hour), false},
	} {
		if got := districtsApart(&chuo, &c.other); got != c.apart {
			t.Errorf("%s: districtsApart = %v, want %v (districts %v and %v)", c.name, got, c.apart, chuo.words.district, c.other.words.district)
		}
		if got := districtsApart(&c.other, &chuo); got != c.apart {
			t.Errorf("%s: districtsApart the other way = %v, want %v", c.name, got, c.apart)
		}
		l := windowStats(&chuo, &c.other).measure(&chuo, &c.other)
		if c.apart && (l.conflict != "districts" || l.same(StoryOptions{}.withDefaults())) {
			t.Errorf("%s: conflict %q, same %v (%.2f similar), want two stories by their districts", c.name, l.conflict, l.same(StoryOptions{}.withDefaults()), l.similarity)
		}
		if v := l.verdict(StoryOptions{}.withDefaults(), &chuo, &c.other); c.apart && !strings.Contains(v.Reason, "two wards or districts") {
			t.Errorf("%s: reason %q does not tell the districts", c.name, v.Reason)
		}
		if !c.apart && l.conflict == "districts" {
			t.Errorf("%s: kept apart by districts", c.name)
		}
	}
}
