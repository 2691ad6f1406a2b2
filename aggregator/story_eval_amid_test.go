package aggregator

import (
	"maps"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// The evaluation amid a busy window. Each blind corpus holds 120 to 260
// items, while a daemon polling a few hundred sources weighs and compares
// an item among thousands: words that are rare in a corpus are common
// there, and every kind of news has look-alikes from other places and
// other days. Here the halves are filed together, each moved in time so
// that their middles meet, and each half's pairs are scored as alone;
// items of two corpora are never one story, so the pairs of two corpora
// grouped count what the window's look-alikes draw in. Their writers each
// invented their own news, but some chose the same event (an earthquake
// off Crete of 5.1), which both counts such pairs and lets a half's own
// copies join through another's: the figures are rough, and the floors
// guard against a change that holds only in a window of a hundred items.

// amidCenter is where every corpus's middle item is moved to.
var amidCenter = time.Date(2027, 1, 6, 12, 0, 0, 0, time.UTC)

// amidHalf is one half filed amid the others: its items, renamed.
type amidHalf struct {
	name  string
	items []evalItem
}

// loadAmidHalves loads the blind halves whose names start with each
// prefix, moved so that their middle items are published at amidCenter, their
// ids, sources and labels prefixed by their file's name. A half whose
// items span more than twice the default window is left out and named
// in left: the index keeps no entry that much older than its newest, so
// such a half, filed amid others, loses pairs to the others' times, not
// to their words.
func loadAmidHalves(t *testing.T, prefixes ...string) (halves []amidHalf, left []string) {
	t.Helper()
	entries, err := os.ReadDir("testdata/stories")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".json") || !slices.ContainsFunc(prefixes, func(p string) bool { return strings.HasPrefix(name, p) }) {
			continue
		}
		if name == "tuning2.json" { // written by a developer who knew the algorithm, not blind
			continue
		}
		items := loadEvalCorpus(t, name)
		times := make([]time.Time, len(items))
		for i, c := range items {
			times[i] = c.Published
		}
		slices.SortFunc(times, time.Time.Compare)
		if times[len(times)-1].Sub(times[0]) > 2*DefaultStoryWindow {
			left = append(left, name)
			continue
		}
		shift := amidCenter.Sub(times[len(times)/2])
		for i := range items {
			c := &items[i]
			c.ID, c.Source, c.Story = name+":"+c.ID, name+":"+c.Source, name+":"+c.Story
			c.Published = c.Published.Add(shift)
		}
		halves = append(halves, amidHalf{name, items})
	}
	return halves, left
}

// amidScore is the pooled score of some halves filed amid others, and
// the pairs of items of two corpora (same language) grouped.
type amidScore struct {
	evalScore
	crossed int
}

// fileAmid files every half's items together, stage by stage, in two
// shuffled orders that must give the same stories, and scores the halves
// named by scored (a prefix of their names).
func fileAmid(t *testing.T, halves []amidHalf, scored string) amidScore {
	t.Helper()
	var all []evalItem
	corpus := map[string]string{} // item id → its half
	for _, h := range halves {
		all = append(all, h.items...)
		for _, c := range h.items {
			corpus[c.ID] = h.name
		}
	}
	story := fileEvalCorpus(all, 1)
	if !maps.Equal(story, fileEvalCorpus(all, 2)) {
		t.Errorf("the stories of %d items depend on the order the polls finished in", len(all))
	}
	var s amidScore
	for _, h := range halves {
		if !strings.HasPrefix(h.name, scored) {
			continue
		}
		hs := scoreEval(h.items, story)
		t.Logf("%s amid %d items: %s", h.name, len(all), hs)
		s.TP, s.FP, s.FN = s.TP+hs.TP, s.FP+hs.FP, s.FN+hs.FN
		s.Translations, s.Crossed = s.Translations+hs.Translations, s.Crossed+hs.Crossed
	}
	members := map[string][]evalItem{}
	for _, c := range all {
		members[story[c.ID]] = append(members[story[c.ID]], c)
	}
	for _, m := range members {
		for i, a := range m {
			for _, b := range m[i+1:] {
				if corpus[a.ID] != corpus[b.ID] && a.scoredLanguage() == b.scoredLanguage() &&
					(strings.HasPrefix(corpus[a.ID], scored) || strings.HasPrefix(corpus[b.ID], scored)) {
					s.crossed++
				}
			}
		}
	}
	return s
}

// TestStoryEvaluationAmid files the blind tuning halves together, and
// the held-out halves amid them, and holds their pooled figures to
// floors a little under those measured: a change that works only in a
// window of a hundred items fails here. The held-out halves are
// evaluated, never tuned on, as in TestStoryEvaluation.
func TestStoryEvaluationAmid(t *testing.T) {
	for _, tc := range []struct {
		name              string
		halves            []string // prefixes of the halves filed
		scored            string   // prefix of those scored
		precision, recall float64  // pooled floors
		crossed           int      // most pairs of two corpora grouped
	}{
		// Measured when this test was written (twenty-fourth session):
		// the tuning halves pooled 0.963 / 0.907 (alone 0.978 / 0.901),
		// 1,941 pairs of two corpora grouped; the held-out halves, amid
		// the tuning halves and each other, 0.943 / 0.899 (alone 0.963 /
		// 0.888), 4,330.
		{"tuning", []string{"tuning"}, "tuning", 0.955, 0.900, 2100},
		{"heldout", []string{"tuning", "heldout"}, "heldout", 0.935, 0.890, 4600},
	} {
		t.Run(tc.name, func(t *testing.T) {
			halves, left := loadAmidHalves(t, tc.halves...)
			if len(left) > 0 {
				t.Logf("left out, spanning more than %v: %s", 2*DefaultStoryWindow, strings.Join(left, ", "))
			}
			s := fileAmid(t, halves, tc.scored)
			t.Logf("%s halves amid the others, pooled: %s; pairs of two corpora grouped: %d", tc.name, s.evalScore, s.crossed)
			if s.precision() < tc.precision || s.recall() < tc.recall {
				t.Errorf("pooled precision %.3f, recall %.3f; want at least %.3f and %.3f", s.precision(), s.recall(), tc.precision, tc.recall)
			}
			if s.crossed > tc.crossed {
				t.Errorf("%d pairs of two corpora grouped; want at most %d", s.crossed, tc.crossed)
			}
		})
	}
}
