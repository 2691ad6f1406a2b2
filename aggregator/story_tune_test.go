package aggregator

import (
	"cmp"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// TestStoryTuningPairs logs, for the tuning corpora only, the likeness of
// every pair of items in one language that is one story or is found
// similar: what tuning the similarity looks at. It runs when STORY_TUNE
// names the corpus (tuning.json, tuning2.json); the held-out half is
// never listed.
func TestStoryTuningPairs(t *testing.T) {
	name := os.Getenv("STORY_TUNE")
	if name == "" {
		t.Skip("STORY_TUNE names the tuning corpus to list")
	}
	if !strings.HasPrefix(name, "tuning") {
		t.Fatalf("%s: only a tuning corpus is listed", name)
	}
	items := loadEvalCorpus(t, name)
	s := newWordStats()
	prints := make([]storyPrint, len(items))
	stored := make([]*storage.Item, len(items))
	for i, c := range items {
		it := &storage.Item{ID: c.ID, Title: c.Title, Summary: c.Summary, Language: c.Lang,
			NormLink: NormalizeLink(c.Link), Published: c.Published, Sources: []string{c.Source},
			FirstSeen: time.Date(2026, 1, 1, c.Stage, 0, 0, 0, time.UTC)}
		prints[i], stored[i] = newStoryPrint(it), it
		s.count(&prints[i], 1, nil)
	}
	for i := range items {
		for j := i + 1; j < len(items); j++ {
			a, b := items[i], items[j]
			if primaryLanguage(a.Lang) != primaryLanguage(b.Lang) { // zh-TW and zh-CN are one language, as in the evaluation
				continue
			}
			l := s.measure(&prints[i], &prints[j])
			if a.Story != b.Story && l.similarity < 0.05 {
				continue
			}
			label := "DIFF"
			if a.Story == b.Story {
				label = "SAME"
			}
			v := l.verdict(StoryOptions{}.withDefaults(), &prints[i], &prints[j])
			shared, dis := storyEvidence(&s, stored[i], stored[j], &prints[i], &prints[j])
			sw, rare, least := sharedWeight(&s, &prints[i], &prints[j])
			t.Logf("%s %.3f %s sw %5.1f rare %d least %5.1f %s %q | %s %q | shared %v | disagree %v | %s", label, l.similarity, cmp.Or(l.conflict, "-"), sw, rare, least, a.ID, a.Title, b.ID, b.Title, shared, dis, v.Reason)
		}
	}
}

// sharedWeight is the weight of the words a and b share, how many of them
// are rare, and the lesser of their words' weights.
func sharedWeight(s *wordStats, a, b *storyPrint) (shared float64, rare int, least float64) {
	var wa, wb float64
	ax, bx := s.weigh(a), s.weigh(b)
	for i, w := range a.words.words {
		wa += ax[i]
		if j, ok := slices.BinarySearch(b.words.words, w); ok {
			shared += min(ax[i], bx[j])
			if min(ax[i], bx[j]) >= rareWeight {
				rare++
			}
		}
	}
	for _, x := range bx {
		wb += x
	}
	return shared, rare, min(wa, wb)
}
