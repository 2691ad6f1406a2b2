package aggregator

import (
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// "(N보)" numbers a column's instalments (a Go game's commentary,
// "(11보)", "(12보)"). 304e47e read it as an update, which waived the
// series check: one paper's instalments a day apart were one story (the
// first review's test). eee6367 strips the mark and relies on the series
// check to keep one source's instalments apart, but that check only
// applies more than seriesGap (12h) apart and to one source: two
// instalments the same morning, or a portal's copy of the next day's,
// have no number left to disagree on and are one story. Before 304e47e
// their titles disagreed on numbers in every one of these cases.
func TestReview21bInstalmentsWithinSeriesGapStayApart(t *testing.T) {
	t0 := time.Date(2027, 3, 2, 1, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name string
		gap  time.Duration
		srcB string
	}{
		{"one paper, an hour apart", time.Hour, "paper"},
		{"one paper, 11 hours apart", 11 * time.Hour, "paper"},
		{"a portal's copy, a day apart", 24 * time.Hour, "portal"},
		{"one paper, a day apart", 24 * time.Hour, "paper"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := &storage.Item{ID: "a", Language: "ko-KR", Sources: []string{"paper"}, Published: t0,
				Title:   "[바둑] 제30기 명인전 결승 1국 신진서 vs 박정환 (11보)",
				Summary: "백 1로 젖힌 수가 날카로웠다. 신진서 9단은 흑 2로 물러섰고 박정환 9단이 우변을 키웠다."}
			b := &storage.Item{ID: "b", Language: "ko-KR", Sources: []string{tc.srcB}, Published: t0.Add(tc.gap),
				Title:   "[바둑] 제30기 명인전 결승 1국 신진서 vs 박정환 (12보)",
				Summary: "흑 1의 끊음이 승부수였다. 박정환 9단은 백 2로 받았고 신진서 9단이 좌상귀를 살렸다."}
			if v := compareStories(newStoryPrint(a), newStoryPrint(b), StoryOptions{}); v.Same {
				t.Errorf("a column's 11th and 12th instalments are one story: %s", v.Reason)
			}
		})
	}
}
