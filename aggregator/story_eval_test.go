package aggregator

import (
	"cmp"
	"encoding/json"
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// The evaluation of story grouping on the two corpora written blind to
// the algorithm: testdata/stories/tuning.json, which tuning may look at,
// and heldout.json, which is only ever evaluated. Each item has a stage
// (1 to 3), the poll round it arrives in; within a round, polls finish in
// any order, so the items of a stage are filed as one batch in an order
// shuffled by a seeded generator.

// evalItem is an item of tuning.json or heldout.json.
type evalItem struct {
	storyCorpusItem
	Stage int `json:"stage"`
	// TextLang is the language the item is written in, when its feed's
	// tag (Lang) says another or none (blind14): pairs are scored by it,
	// while filing sees the tag, as feedsieve does.
	TextLang string `json:"text_lang"`
}

// scoredLanguage is the primary language pairs of an item are scored in.
func (c evalItem) scoredLanguage() string { return primaryLanguage(cmp.Or(c.TextLang, c.Lang)) }

func loadEvalCorpus(t *testing.T, name string) []evalItem {
	t.Helper()
	raw, err := os.ReadFile("testdata/stories/" + name)
	if err != nil {
		t.Fatal(err)
	}
	var c struct {
		Items []evalItem `json:"items"`
	}
	if err := json.Unmarshal(raw, &c); err != nil {
		t.Fatal(err)
	}
	return c.Items
}

// fileEvalCorpus files the items stage by stage, each stage one batch in
// an order shuffled by seed, and returns each item's story by id.
func fileEvalCorpus(items []evalItem, seed uint64) map[string]string {
	f := newStoryFiler([]Topic{{ID: "t", Stories: &StoryOptions{}}})
	rng := rand.New(rand.NewPCG(seed, seed^0x5eed))
	story := map[string]string{}
	for stage := 1; stage <= 3; stage++ {
		var todo []storyTodo
		now := time.Date(2026, 1, 1, stage, 0, 0, 0, time.UTC)
		for _, c := range items {
			if c.Stage != stage {
				continue
			}
			it := &storage.Item{ID: c.ID, Title: c.Title, Summary: c.Summary, Language: c.Lang,
				NormLink: NormalizeLink(c.Link), Published: c.Published, Sources: []string{c.Source},
				FirstSeen: now}
			ms := []storage.Match{{Topic: "t"}}
			t, _ := f.todo(it, ms)
			todo = append(todo, t)
		}
		rng.Shuffle(len(todo), func(i, j int) { todo[i], todo[j] = todo[j], todo[i] })
		f.settle(todo, now) // by the daemon's clock, which decides when the word counts are taken anew
		for _, t := range todo {
			story[t.id] = t.ms[0].Story
		}
	}
	return story
}

// evalScore is pairwise precision and recall over the pairs of items in
// one language: a pair is grouped when both items are filed in one
// story, and one story when their labels are equal. Translations counts
// the pairs of one story in different languages, and Crossed those of
// them grouped (by design, only a shared link groups them).
type evalScore struct {
	TP, FP, FN            int
	Translations, Crossed int
	Wrong                 []string
}

func (s evalScore) precision() float64 { return ratio(s.TP, s.TP+s.FP) }
func (s evalScore) recall() float64    { return ratio(s.TP, s.TP+s.FN) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func (s evalScore) String() string {
	return fmt.Sprintf("precision %.3f (%d of %d grouped same-language pairs), recall %.3f (%d of %d same-language pairs of one story); cross-language pairs of one story grouped: %d of %d",
		s.precision(), s.TP, s.TP+s.FP, s.recall(), s.TP, s.TP+s.FN, s.Crossed, s.Translations)
}

func scoreEval(items []evalItem, story map[string]string) evalScore {
	var s evalScore
	for i := range items {
		for j := i + 1; j < len(items); j++ {
			a, b := items[i], items[j]
			labelled, grouped := a.Story == b.Story, story[a.ID] == story[b.ID]
			if a.scoredLanguage() != b.scoredLanguage() { // zh-TW and zh-CN are one language
				if labelled {
					s.Translations++
					if grouped {
						s.Crossed++
					}
				}
				continue
			}
			switch {
			case labelled && grouped:
				s.TP++
			case grouped:
				s.FP++
				s.Wrong = append(s.Wrong, fmt.Sprintf("grouped, but apart: %s %q / %s %q", a.ID, a.Title, b.ID, b.Title))
			case labelled:
				s.FN++
				s.Wrong = append(s.Wrong, fmt.Sprintf("apart, but one story: %s %q / %s %q", a.ID, a.Title, b.ID, b.Title))
			}
		}
	}
	return s
}

// TestStoryEvaluation files both corpora ten times, each in another
// shuffled order within its stages, logs their figures, and requires the
// stories to be the same every time (the same ids, not only the same
// groups); the held-out half must reach its floor. Run with -v to see the figures, and STORY_EVAL_WRONG=1 to list
// the tuning half's mistakes.
func TestStoryEvaluation(t *testing.T) {
	for _, tc := range []struct {
		name              string
		precision, recall float64 // floors
		showWrong         bool
	}{
		{"tuning.json", 0, 0, os.Getenv("STORY_EVAL_WRONG") != ""},
		// Cases written for tuning after the blind corpus, from how wire
		// copies, UPDATE and BRIEF versions, cut copies, paraphrases and
		// template look-alikes differ.
		{"tuning2.json", 0, 0, os.Getenv("STORY_EVAL_WRONG") != ""},
		// It reaches the targets (0.953 and 0.924) since updates may
		// revise their figures, 0.968 in precision since a newsletter's
		// digest joins no report; 0.879 in recall before: a regression
		// guard.
		{"heldout.json", 0.96, 0.92, false},
		// A second blind corpus, written after the first was tuned on and
		// split before any tuning: tuning3.json is tuned on, heldout3.json
		// only evaluated.
		{"tuning3.json", 0, 0, os.Getenv("STORY_EVAL_WRONG") != ""},
		// It reaches the targets (0.962 and 0.974; 0.948 in recall
		// before the synonyms of kinds of event, 1.000 in precision
		// once an outlet's next-day report joins no story of its
		// first).
		{"heldout3.json", 0.99, 0.97, false},
		// A third blind corpus (blind4/README.md), half of its copies
		// reworded (rewrites, updates, cuts, regional reprints), split
		// before any tuning: tuning4.json is tuned on, heldout4.json only
		// evaluated.
		{"tuning4.json", 0, 0, os.Getenv("STORY_EVAL_WRONG") != ""},
		// It reaches the targets (1.000 and 0.957 once a later title may
		// name more and a tagged item is a little more alike, 0.922 once an
		// update may name more, 0.905 once a title's names count once per
		// story, 0.871 once long words are cut, 0.853 before; 0.968 and
		// 0.776 before tuning on tuning4.json): a regression guard.
		{"heldout4.json", 0.96, 0.95, false},
		// A fourth blind corpus (blind5/README.md), in 14 languages, two
		// thirds of its copies reworded, its two event lists drawn up
		// before any text was written: tuning5.json is tuned on,
		// heldout5.json only evaluated.
		{"tuning5.json", 0, 0, os.Getenv("STORY_EVAL_WRONG") != ""},
		// It reaches the targets (0.986 and 0.941 once names in one story
		// anchor in a small window, a trade taken for heldout9, docs/stories.md;
		// 0.964 once a later title may name more and a tagged item is a
		// little more alike, 0.950 once a title's names count once per
		// story, 0.985 and 0.914 once long words are cut, 0.905 before;
		// 0.984 and 0.859 before tuning on tuning5.json): a regression
		// guard; 0.986 / 0.950 once the words of languages that write
		// their cases onto them are read by their first four letters.
		{"heldout5.json", 0.98, 0.95, false},
		// A fifth blind corpus (blind6/README.md), added at the end of the
		// session that tuned on tuning5.json and evaluated once on both
		// halves; since then tuning6.json is tuned on, heldout6.json only
		// evaluated.
		{"tuning6.json", 0, 0, os.Getenv("STORY_EVAL_WRONG") != ""},
		// 0.957 / 0.809 and 0.984 / 0.879 with the code of that session's
		// start, 0.960 / 0.856 and 0.984 / 0.930 at its end, 0.985 / 0.938
		// once updates may revise their figures, 0.970 / 0.938 once a
		// title's names count once per story (a trade taken for heldout4
		// and heldout5, docs/stories.md), 0.970 / 0.960 once a later title may name
		// more and a tagged item is a little more alike; 0.985 / 0.960 once
		// titles on two countries are less alike, 0.970 / 0.960 once the
		// countries' ambiguous names ("Korea", "Washington", …) are left
		// out (a review's mend); 0.985 / 0.960 once an outlet's item joins
		// no story of its own earlier report it disagrees with: a
		// regression guard.
		{"heldout6.json", 0.98, 0.95, false},
		// A sixth blind corpus (blind7/README.md), written by a helper
		// during the session that tuned on tuning6.json and evaluated
		// once on both halves at its end: 0.923 / 0.915 and 0.967 / 0.914
		// with that session's starting code, 0.945 / 0.929 and 0.995 /
		// 0.914 with its final code. Neither half was tuned on then; since,
		// tuning7.json is tuned on, heldout7.json only evaluated.
		{"tuning7.json", 0, 0, os.Getenv("STORY_EVAL_WRONG") != ""},
		// It reaches the targets (1.000 and 0.923 once a column of briefs
		// is weighed as a service report, 0.937 once figures agree a
		// thousand apart, 0.946 once long words are cut, 0.959 once an
		// update may name more, 1.000 once a later title may name more and
		// a tagged item is a little more alike): a regression guard.
		{"heldout7.json", 0.99, 0.99, false},
		// A seventh blind corpus (blind8/README.md), written while
		// tuning on tuning5-7 and split before any tuning: tuning8.json
		// may be tuned on, heldout8.json only evaluated.
		{"tuning8.json", 0, 0, os.Getenv("STORY_EVAL_WRONG") != ""},
		// Far short of the recall target (1.000 and 0.547 once a later
		// title may name more and a tagged item is a little more alike,
		// 0.524 once an update may name more, 0.507 once long words are cut, 0.471 before; 0.981 in precision before digests were
		// kept apart; 0.560 once an English adjective of a country names
		// its capital too; 0.569 once a city named by an epithet is
		// read as the city): its rewrites were written to share little
		// but the event's names and numbers; 0.591 once the words of
		// languages that write their cases onto them are read by their
		// first four letters (0.578 after a first review's mends, 0.591
		// after a second's). A regression guard.
		{"heldout8.json", 0.99, 0.59, false},
		// An eighth blind corpus (blind9/README.md), written while
		// counting a title's names once per story was a candidate, split
		// before any tuning, and evaluated on both halves with and
		// without it: tuning9.json may be tuned on, heldout9.json only
		// evaluated.
		{"tuning9.json", 0, 0, os.Getenv("STORY_EVAL_WRONG") != ""},
		// It reaches the precision target (0.959 and 0.638 also once the
		// evaluation files by the daemon's clock, whose word counts are
		// taken anew once a language's items filed since are a 64th of
		// those of it counted; 0.629 when that share was of all the items
		// counted, a rule not kept; 0.959 and 0.638 once names in
		// one story anchor in a small window; 0.921 and 0.629 once a later
		// title may name more and a tagged item is a little more alike, 0.914 and
		// 0.579 once an update may name more; at its first evaluation
		// 0.912 and 0.561, and 0.910 and 0.552 without names counted once
		// per story); 0.959 / 0.629 once titles on two countries are less
		// alike (two right pairs lost, two wrong undone; docs/stories.md); 0.972 /
		// 0.620 after a review's mends of a wire's datelines and of an
		// outlet's own reports that disagree, read together (two right
		// pairs lost, two wrong undone; docs/stories.md); 0.966 / 0.633
		// once the words of languages that write their cases onto them
		// are read by their first four letters (0.972 / 0.633 after a
		// first review's mends, 0.966 / 0.633 after a second's): a
		// regression guard.
		{"heldout9.json", 0.95, 0.63, false},
		// A ninth blind corpus (blind10/README.md), written for precision:
		// look-alikes in one place or about one company on one day,
		// template twins, other events' updates and briefs in the same
		// words, next-day follow-ups, among copies of every kind; split by
		// week before any text. Evaluated first with this session's
		// starting code (0.776 / 0.738 and 0.886 / 0.777) and with the code
		// of its blind10 commit (0.783 / 0.770 and 0.821 / 0.825); from
		// then on tuning10.json is tuned on, heldout10.json only evaluated.
		{"tuning10.json", 0, 0, os.Getenv("STORY_EVAL_WRONG") != ""},
		// Short of both targets (0.890 and 0.809 once a bridge merges a
		// story only into or with one of a single item; 0.819 and 0.809
		// once names in one story anchor in a small window; 0.902 and
		// 0.809 once titles on two countries are less alike; 0.904 and
		// 0.821 once the words of languages that write their cases onto
		// them are read by their first four letters): a regression guard.
		{"heldout10.json", 0.90, 0.82, false},
		// A tenth blind corpus (blind11/README.md), in the languages and
		// scripts of the project's running example and others nobody had
		// tuned on: Armenian, Azerbaijani, Georgian, Russian, Chinese,
		// Japanese, Korean, Arabic, Persian, Hebrew, Greek, Turkish and
		// English; one region's different news on the same days, template
		// twins and daily series, columns. Split by week before any text.
		{"tuning11.json", 0, 0, os.Getenv("STORY_EVAL_WRONG") != ""},
		// First evaluated with the code of its commit: 0.920 / 0.798 and
		// 0.944 / 0.791; 0.954 / 0.806 once digits of every script are
		// one number and Korean, Hebrew, Arabic and Greek words lose
		// their particles, prefixes and endings; 0.981 / 0.806 once
		// places are names in Chinese and Japanese; 0.983 / 0.884 once
		// the update tags of other scripts are read as updates; 0.983 /
		// 0.907 once the words of languages that write their cases onto
		// them are read by their first four letters. Meets the targets.
		{"heldout11.json", 0.98, 0.90, false},
		// An eleventh blind corpus (blind12/README.md), in languages of
		// South and Southeast Asia and Africa: Hindi, Bengali, Urdu,
		// Tamil, Thai, Vietnamese, Indonesian, Malay, Tagalog, Swahili,
		// Amharic and English. Split by week before any text.
		{"tuning12.json", 0, 0, os.Getenv("STORY_EVAL_WRONG") != ""},
		// First evaluated with the code of its commit: 0.952 / 0.672 and
		// 0.957 / 0.756; 0.958 / 0.773 once numbers grouped in lakhs and
		// crores are read (docs/stories.md); 0.925 / 0.824 once the update tags of
		// these languages are read as updates (six right pairs found, four
		// wrong ones made); 0.961 / 0.824 once Vietnamese words keep their
		// marks; 0.964 / 0.899 once columns of briefs are known in more
		// languages, and a section's digest is one. Short of the recall
		// target by a pair; 0.973 / 0.899 once one source's reports that
		// disagree on figures are apart, 0.964 / 0.899 once only those on
		// two places are (a review's mend, docs/stories.md); 0.973 / 0.924 once a
		// title in Title Case names only what its lead capitalizes too;
		// 0.974 / 0.950 once a figure's rise is read in Urdu, Persian,
		// Korean, Hindi, Bengali and Tamil. Meets the targets.
		{"heldout12.json", 0.97, 0.94, false},
		// A twelfth blind corpus (blind13/README.md), of languages written
		// in two scripts: Chinese in Simplified and Traditional characters
		// (zh-CN, zh-TW, zh-HK, zh-SG), Serbian and Bosnian in Cyrillic
		// and Latin letters, and English. Split by week before any text.
		{"tuning13.json", 0, 0, os.Getenv("STORY_EVAL_WRONG") != ""},
		// First evaluated with the code of its commit: 0.726 / 0.713 and
		// 0.571 / 0.777; 0.910 / 0.883 once Traditional characters are
		// read as Simplified, columns that list several news are digests
		// and the two languages' update tags are read (docs/stories.md); 0.947 /
		// 0.864 once places are names in Chinese and Japanese (four wrong
		// pairs undone, two right ones lost). Short of both targets: a
		// regression guard.
		{"heldout13.json", 0.94, 0.86, false},
		// A thirteenth blind corpus (blind14/README.md), of items as feeds
		// deliver them: HTML summaries, an outlet's boilerplate in each,
		// titles alone, whole articles, summaries cut mid-word, no or a
		// wrong language tag, title furniture, live blogs. Split by week
		// before any text.
		{"tuning14.json", 0, 0, os.Getenv("STORY_EVAL_WRONG") != ""},
		// First evaluated with the code of its commit: 0.866 / 0.736 and
		// 0.829 / 0.708; 0.837 / 0.908 once sites' names are stripped and
		// a language is guessed for an item without a tag, or with one its
		// words belie; 0.952 / 0.908 once a summary's furniture ("Read
		// more", "The post … appeared first on", "©") is cut (docs/stories.md);
		// 0.953 / 0.938 once a portal's section path is no summary and a
		// short untagged item's language is guessed.
		{"heldout14.json", 0.95, 0.93, false},
		// A fourteenth blind corpus (blind15/README.md), of sport and
		// everyday series: one match's reports against the round's other
		// results, transfers, sackings, race stages; weather, lotteries,
		// markets, traffic, district results, obituaries told alike.
		// Split by week before any text.
		{"tuning15.json", 0, 0, os.Getenv("STORY_EVAL_WRONG") != ""},
		// First evaluated with the code of its commit: 0.903 / 1.000;
		// unchanged by clubs' initials and departures (docs/stories.md); 0.939 /
		// 1.000 once bridges keep apart what disagrees; 0.979 / 1.000
		// once German firms' names are sure. Meets the targets.
		{"heldout15.json", 0.97, 0.99, false},
		// A fifteenth blind corpus (blind16/README.md), in scripts with no
		// capital letters: Chinese (zh-CN, zh-TW, zh-HK), Japanese,
		// Korean, Georgian, Arabic, Hebrew, Thai, and English; template
		// reports of one kind in other cities, districts, prefectures,
		// regions and passes, the next day, and other people's
		// obituaries. Split by week before any text.
		{"tuning16.json", 0, 0, os.Getenv("STORY_EVAL_WRONG") != ""},
		// First evaluated with the code of its commit (places already
		// found by name): 0.650 / 0.877 and 0.669 / 0.876; with the
		// session's starting code (571cc04), 0.545 / 0.906 and 0.566 /
		// 0.794; 0.680 / 0.876 once places disagree however the titles
		// are written (docs/stories.md); 0.692 / 0.928 once the update tags of
		// these scripts are read as updates; 0.709 / 0.928 once Japanese
		// people are found before an honorific and Tbilisi's districts are
		// listed; 0.776 / 0.928 once bridges keep apart what disagrees and
		// a province's capital is found by "省会"; 0.789 / 0.928 once
		// titles that give an amount of one unit and differ are apart,
		// 0.776 / 0.928 once a review narrowed that rule (a unit follows
		// its figure, and figures less than 1.4 times apart are one);
		// 0.826 / 0.928 once an outlet's item joins no story of its own
		// earlier report it disagrees with. Short of the precision
		// target: a regression guard.
		{"heldout16.json", 0.82, 0.92, false},
		// A sixteenth blind corpus (blind17/plan.md), an ordinary news
		// week in nine languages of Europe: wire copies, rewrites,
		// updates, briefs, cuts, regional copies and translations against
		// a series' next day, templates on other events, next-day and
		// follow-up reports. Split by week before any text.
		{"tuning17.json", 0, 0, os.Getenv("STORY_EVAL_WRONG") != ""},
		// First evaluated with the code of its commit: 0.821 / 0.881 and
		// 0.907 / 0.942 (the session's starting code alike); unchanged by
		// German countries and kinds of event (docs/stories.md); 0.924 / 0.942
		// once bridges keep apart what disagrees; 0.951 / 0.942 after a
		// review's mends of a wire's datelines and of an outlet's own
		// reports that disagree, read together: a regression guard.
		{"heldout17.json", 0.95, 0.94, false},
		// A seventeenth blind corpus (blind18/README.md), in the running
		// example's languages (English, Danish, German, Russian,
		// Armenian, Azerbaijani, Chinese), half of it on the South
		// Caucasus: four writers, two per half, from a brief alone;
		// tuning18.json may be tuned on, heldout18.json only evaluated.
		{"tuning18.json", 0, 0, os.Getenv("STORY_EVAL_WRONG") != ""},
		// It reaches the targets at its first evaluation (0.960 and 0.923,
		// the session's starting code alike); 0.980 / 0.942 once one
		// source's reports that disagree on figures are apart, agencies'
		// numbered updates are read and Azerbaijani cases cut; 0.961 /
		// 0.942 once only one source's reports on two places are apart
		// (a review's mend); 0.980 / 0.942 once an outlet's item joins no
		// story of its own earlier report it disagrees with: a
		// regression guard.
		{"heldout18.json", 0.97, 0.94, false},
		// An eighteenth blind corpus (blind19/README.md), in English,
		// French, Spanish, Japanese, Arabic and Portuguese: four writers,
		// two per half, from a brief alone; tuning19.json may be tuned
		// on, heldout19.json only evaluated.
		{"tuning19.json", 0, 0, os.Getenv("STORY_EVAL_WRONG") != ""},
		// First evaluated with the code of its commit (the session's
		// starting code alike): 0.889 / 0.835 and 0.980 / 0.780; 0.980 /
		// 0.813 once more languages' rise phrases are read. Short of the
		// recall target: a regression guard.
		{"heldout19.json", 0.97, 0.80, false},
		// A nineteenth blind corpus (blind20/README.md), in languages
		// whose names take the sentence's case: Finnish, Estonian,
		// Hungarian, Lithuanian, Latvian and Slovenian; four writers,
		// two per half, from a brief alone; tuning20.json may be tuned
		// on, heldout20.json only evaluated.
		{"tuning20.json", 0, 0, os.Getenv("STORY_EVAL_WRONG") != ""},
		// First evaluated with the code of its commit (the session's
		// starting code alike): 0.974 / 0.896 and 1.000 / 0.852; 1.000 /
		// 0.883 once the six languages' agencies' flash and update tags
		// and the Baltic agencies' datelines are read; 0.969 / 0.961 once
		// the words of languages that write their cases onto them are
		// read by their first four letters (ten right pairs found, four
		// wrong made; 0.967 / 0.914 after a first review's mends, 0.969 /
		// 0.961 after a second's). Meets the targets.
		{"heldout20.json", 0.96, 0.96, false},
		// A twentieth blind corpus (blind21/README.md), in languages
		// written without spaces between words or right to left:
		// Japanese, Chinese, Korean, Arabic, Hebrew and Persian; four
		// writers, two per half, from a brief alone; tuning21.json may
		// be tuned on, heldout21.json only evaluated.
		{"tuning21.json", 0, 0, os.Getenv("STORY_EVAL_WRONG") != ""},
		// First evaluated with the code of its commit (the session's
		// starting code alike): 0.882 / 0.893 and 1.000 / 0.932; 1.000 /
		// 0.957 once a Korean agency's version marks after a title
		// ("(종합)") are read. Meets the targets: a regression guard.
		{"heldout21.json", 0.99, 0.95, false},
		// A twenty-first blind corpus (blind22/README.md), in Catalan,
		// Galician, Basque, Norwegian, Icelandic and Irish; four writers,
		// two per half, from a brief alone; tuning22.json may be tuned
		// on, heldout22.json only evaluated.
		{"tuning22.json", 0, 0, os.Getenv("STORY_EVAL_WRONG") != ""},
		// First evaluated with the code of its commit (the session's
		// code at its end): 0.983 / 0.929 and 0.943 / 0.853, short of both
		// targets; 0.958 / 1.000 once its agencies' tags and its papers'
		// columns of briefs are read. Meets the targets: a regression
		// guard.
		{"heldout22.json", 0.95, 0.99, false},
		// A twenty-second blind corpus (blind23/README.md), in English of
		// six regions: the United Kingdom, Ireland, the United States,
		// India, Australia and Nigeria; four writers, two per half, from
		// a brief alone; tuning23.json may be tuned on, heldout23.json
		// only evaluated.
		{"tuning23.json", 0, 0, os.Getenv("STORY_EVAL_WRONG") != ""},
		{"heldout23.json", 0.87, 0.90, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			items := loadEvalCorpus(t, tc.name)
			var first map[string]string
			differ := 0
			for seed := range uint64(10) {
				story := fileEvalCorpus(items, seed)
				if first == nil {
					first = story
					s := scoreEval(items, story)
					t.Logf("%s, %d items: %s", tc.name, len(items), s)
					if tc.showWrong {
						for _, w := range s.Wrong {
							t.Log(w)
						}
					}
					if s.precision() < tc.precision || s.recall() < tc.recall {
						t.Errorf("precision %.3f, recall %.3f; want at least %.2f and %.2f", s.precision(), s.recall(), tc.precision, tc.recall)
					}
					continue
				}
				if !maps.Equal(first, story) {
					differ++
				}
			}
			t.Logf("%s: %d of 9 shuffled orders filed some item into another story than the first order did", tc.name, differ)
			if differ > 0 {
				t.Errorf("the stories depend on the order the polls finished in")
			}
		})
	}
}
