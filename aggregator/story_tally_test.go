package aggregator

import (
	"strings"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

func TestTallyRises(t *testing.T) {
	t0 := time.Date(2027, 3, 1, 8, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name, lang, earlier, later string
		after                      time.Duration
		want                       bool
	}{
		{"flights cancelled, more of them", "en", "Porto airport strike cancels 46 flights", "Porto airport strike: 112 flights now cancelled", 4 * time.Hour, true},
		{"a Korean count by its counter", "ko", "대구 공장 화재…근로자 3명 부상", "대구 공장 큰불…근로자 5명 부상", 3 * time.Hour, true},
		{"a count of people, two of them risen", "en", "Ferry fire: 12 injured, 300 evacuated", "Ferry fire: 15 injured, 412 evacuated", 2 * time.Hour, true},
		{"fewer", "en", "Porto airport strike cancels 112 flights", "Porto airport strike cancels 46 flights", 4 * time.Hour, false},
		{"the earlier the later", "en", "Porto airport strike: 112 flights now cancelled", "Porto airport strike cancels 46 flights", -4 * time.Hour, false},
		{"published at once", "en", "Porto airport strike cancels 46 flights", "Porto airport strike: 112 flights now cancelled", 0, false},
		{"a count of other things", "en", "Porto airport strike cancels 46 flights", "Porto airport strike strands 112 passengers", 4 * time.Hour, false},
		{"one count risen, another gone", "en", "Ferry fire: 12 injured, 300 evacuated", "Ferry fire: 15 injured, 2 dead", 2 * time.Hour, false},
		{"the same count, and a new one", "en", "Factory fire: 3 injured", "Factory fire: 3 injured, 40 evacuated", 2 * time.Hour, false},
		{"a magnitude", "en", "Magnitude 4.8 earthquake off Crete", "Magnitude 5.1 earthquake off Crete", time.Hour, false},
		{"a number counting nothing", "en", "Jackpot climbs to 50", "Jackpot climbs to 70", time.Hour, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			earlier := newStoryPrint(&storage.Item{Language: c.lang, Title: c.earlier, Published: t0})
			later := newStoryPrint(&storage.Item{Language: c.lang, Title: c.later, Published: t0.Add(c.after)})
			if got := tallyRises(&later, &earlier); got != c.want {
				t.Errorf("tallyRises(%q after %q) = %v, want %v", c.later, c.earlier, got, c.want)
			}
		})
	}
}

// TestTallyRisenOneStory: an untagged copy hours later whose title gives
// the tally risen is one story with the report; the same two titles more
// than 12 hours apart, or a template of two places' forecasts, or a
// count fallen are not spared the numbers they disagree on.
func TestTallyRisenOneStory(t *testing.T) {
	t0 := time.Date(2027, 3, 1, 8, 0, 0, 0, time.UTC)
	pair := func(lang, t1, s1, t2, s2 string, after time.Duration) (likeness, storyPrint, storyPrint) {
		a := newStoryPrint(&storage.Item{Language: lang, Title: t1, Summary: s1, Sources: []string{"a"}, Published: t0})
		b := newStoryPrint(&storage.Item{Language: lang, Title: t2, Summary: s2, Sources: []string{"b"}, Published: t0.Add(after)})
		return windowStats(&a, &b).measure(&a, &b), a, b
	}
	o := StoryOptions{}.withDefaults()
	const (
		t1 = "Porto airport strike cancels 46 flights"
		s1 = "Ground handling staff at Porto airport began a 24-hour strike on Monday morning, and 46 flights were cancelled, the airport operator said."
		t2 = "Porto airport strike: 112 flights cancelled so far"
		s2 = "The strike by ground handlers at Porto airport has led to the cancellation of 112 flights so far, stranding thousands of passengers."
	)
	l, a, b := pair("en", t1, s1, t2, s2, 5*time.Hour)
	if !l.same(o) || !l.risen {
		t.Errorf("a tally risen 5h later: %.2f similar, conflict %q, risen %v; want one story", l.similarity, l.conflict, l.risen)
	}
	if v := l.verdict(o, &a, &b); !strings.Contains(v.Reason, "a tally risen") {
		t.Errorf("explain says %q, not that the tally rose", v.Reason)
	}
	if l, _, _ := pair("en", t1, s1, t2, s2, 13*time.Hour); l.risen {
		t.Errorf("13h apart: spared as a tally risen")
	}
	if l, _, _ := pair("en", t2, s2, t1, s1, 5*time.Hour); l.risen {
		t.Errorf("a count fallen: spared as a tally risen")
	}
	l, _, _ = pair("ja",
		"石狩地方に大雪警報 札幌市など24時間で50センチ予想",
		"札幌管区気象台は石狩地方に大雪警報を出した。多い所で24時間に50センチの降雪が予想される。",
		"上越地方に大雪警報 上越市など24時間で70センチ予想",
		"新潟地方気象台は上越地方に大雪警報を出した。多い所で24時間に70センチの降雪が予想される。", 2*time.Hour)
	if l.same(o) || l.risen {
		t.Errorf("two regions' snow warnings: %.2f similar, conflict %q, risen %v; want two stories", l.similarity, l.conflict, l.risen)
	}
}
