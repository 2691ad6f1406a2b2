package aggregator

import (
	"fmt"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// TestWordCountsByStory: the copies of one report count the names and
// numbers of its title once. Six copies of a report on an earthquake in
// Arequipa among twenty other reports leave "Arequipa" rare when they are
// counted as one story, and common (in six items of 26) when each counts
// as an item; the earthquake, a kind of news, is common either way;
// removing them leaves no count behind.
func TestWordCountsByStory(t *testing.T) {
	for _, tt := range []struct {
		name          string
		asStory, rare bool
	}{
		{"copies counted as one story", true, true},
		{"copies counted as items", false, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			n := 0
			print := func(title, summary string) storyPrint { // each from an outlet of its own
				n++
				return newStoryPrint(&storage.Item{Language: "es", Title: title, Summary: summary, Sources: []string{fmt.Sprint("outlet", n)}})
			}
			others := make([]storyPrint, 20)
			for i := range others {
				others[i] = print(fmt.Sprintf("Noticia %d del día", i), "El gobierno regional presentó el informe anual.")
			}
			first := print("Sismo de magnitud 6,1 sacude Arequipa", "Un sismo de magnitud 6,1 sacudió la región de Arequipa.")
			copies := make([]storyPrint, 5)
			for i := range copies {
				copies[i] = print("Sismo de 6,1 en Arequipa", fmt.Sprintf("Un temblor sacudió Arequipa, según la copia %d.", i))
			}
			arequipa := print("Arequipa", "").words.words[0]
			quake := print("sismo", "").words.words[0]
			var mates []uint32
			if tt.asStory {
				mates = first.words.words
			}
			s := newWordStats()
			count := func(d int32) {
				for i := range others {
					s.count(&others[i], d, nil)
				}
				s.count(&first, d, nil)
				for i := range copies {
					s.count(&copies[i], d, mates)
				}
			}
			count(1)
			if w := s.weightOf(&first, arequipa); (w >= rareWeight) != tt.rare {
				t.Errorf("Arequipa weighs %.2f: rare %v, want %v", w, w >= rareWeight, tt.rare)
			}
			if w := s.weightOf(&first, quake); w >= rareWeight {
				t.Errorf("the earthquake, told in every copy, weighs %.2f: rare, want common", w)
			}
			count(-1)
			if s.df[arequipa] != 0 || s.df[quake] != 0 {
				t.Errorf("after removing every item, Arequipa is counted in %d, the earthquake in %d", s.df[arequipa], s.df[quake])
			}
		})
	}
}

// TestWeightsFollowTheirStats: a print weighed under one word count is
// weighed again under another, though both have counted as many items.
func TestWeightsFollowTheirStats(t *testing.T) {
	item := func(title string) storyPrint {
		return newStoryPrint(&storage.Item{Language: "en", Title: title, Summary: "", Sources: []string{title}})
	}
	p := item("Ierapetra harbour reopens")
	ierapetra := item("Ierapetra").words.words[0]
	rare, common := newWordStats(), newWordStats()
	for i := range 9 {
		other := item(fmt.Sprintf("Report %d", i))
		rare.count(&other, 1, nil)
		same := item(fmt.Sprintf("Ierapetra report %d", i))
		common.count(&same, 1, nil)
	}
	inRare := rare.weightOf(&p, ierapetra)
	if inCommon := common.weightOf(&p, ierapetra); inCommon >= inRare {
		t.Errorf("Ierapetra, in every item of one count and none of the other, weighs %.2f and %.2f", inCommon, inRare)
	}
}

// TestReloadedStatsCountLikeFiling: the word counts of an index reloaded
// from the stored stories (loadStories, fileHistory) are those of the
// index that filed them: a copy counts its story's names once either way.
func TestReloadedStatsCountLikeFiling(t *testing.T) {
	items := loadEvalCorpus(t, "tuning7.json")
	opts := map[string]StoryOptions{"t": {}}
	filed := newStoryIndex(opts)
	for stage := 1; stage <= 3; stage++ {
		for _, c := range items {
			if c.Stage == stage {
				it := &storage.Item{ID: c.ID, Title: c.Title, Summary: c.Summary, Language: c.Lang,
					NormLink: NormalizeLink(c.Link), Published: c.Published, Sources: []string{c.Source}}
				filed.add(it.ID, newStoryPrint(it), []string{"t"}, time.Time{})
			}
		}
	}
	filed.refreshStats(time.Time{})
	reloaded := newStoryIndex(opts)
	words := map[string][]uint32{}
	copies := 0
	for _, e := range filed.entries {
		stories := []storage.Match{{Topic: "t", Story: e.story}}
		mates := storyMates(e.id, stories, words)
		if mates != nil {
			copies++
		}
		reloaded.insert(e.id, e.print, stories, mates)
		words[e.id] = e.print.words.words
	}
	reloaded.refreshStats(time.Time{})
	if copies == 0 {
		t.Fatal("no item joined a story")
	}
	for w, n := range filed.stats.df {
		if m := reloaded.stats.df[w]; m != n {
			t.Errorf("word %x: in %d items filed, %d reloaded", w, n, m)
		}
	}
}

// TestWordCountsForgetLeftItems: the word counts hold the words of the
// items in the index only. Ten days of items, each with words of its own
// (a number, a name), filed into an index whose window keeps a few days:
// once the oldest have left it, no word of theirs is counted, so the
// counts do not grow with every word ever read.
func TestWordCountsForgetLeftItems(t *testing.T) {
	f := newStoryFiler([]Topic{{ID: "t", Stories: &StoryOptions{}}})
	t0 := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	const perDay, days = 1000, 10
	for day := range days {
		items := make([]*storage.Item, perDay)
		for i := range items {
			n := day*perDay + i
			at := t0.Add(time.Duration(day)*24*time.Hour + time.Duration(i)*time.Minute)
			items[i] = &storage.Item{ID: fmt.Sprint("i", n), Language: "en", Published: at, FirstSeen: at,
				Title:   fmt.Sprintf("Report %d from Zq%dville", 100000+n, n),
				Summary: fmt.Sprintf("Officials in zq%dville counted %d visitors.", n, 200000+n),
				Sources: []string{fmt.Sprint("outlet", n%50)}, Topics: []storage.Match{{Topic: "t"}}}
		}
		f.fileAll(items, t0.Add(time.Duration(day+1)*24*time.Hour))
	}
	x := f.index
	x.lock()
	defer x.unlock()
	x.refreshStats(time.Time{})
	held := map[uint32]bool{}
	for _, e := range x.entries {
		for _, w := range e.print.words.words {
			held[w] = true
		}
		for _, w := range e.print.words.lower {
			held[w] = true
		}
	}
	if len(x.entries) >= perDay*days {
		t.Fatalf("the index holds all %d items: none left it", len(x.entries))
	}
	for name, counts := range map[string]map[uint32]int32{"items": x.stats.df, "lower case": x.stats.lower} {
		for w, n := range counts {
			if !held[w] {
				t.Fatalf("%s: word %x counted %d times, in no item of the index (%d items, %d words counted)", name, w, n, len(x.entries), len(counts))
			}
		}
	}
	for src, own := range x.stats.src {
		for w := range own.words {
			if !held[w] {
				t.Fatalf("source %x: word %x counted, in no item of the index", src, w)
			}
		}
	}
}

// TestCountsTakenAnewWhileFew: within a minute, the word counts are
// taken anew once a language's items filed since are a 64th of those of
// it counted, while those are fewer than staleBelow; so the first items
// of a new database, polled in one round, are each weighed by counts
// that hold the items filed before it. Of a language with more items
// counted, they wait for the minute.
func TestCountsTakenAnewWhileFew(t *testing.T) {
	x := newStoryIndex(map[string]StoryOptions{"t": {}})
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	en := langNumber("en")
	for i := range 10 {
		it := &storage.Item{ID: fmt.Sprintf("i%d", i), Title: fmt.Sprintf("Report number %d on its own", i), Language: "en", Published: now}
		x.add(it.ID, newStoryPrint(it), []string{"t"}, now)
		if got := x.stats.docs[en]; got != int32(i) {
			t.Fatalf("filing item %d at one time: %d items counted, want the %d before it", i, got, i)
		}
	}
	x.stats.docs[en] += staleBelow // as if the window held thousands
	x.refreshStats(now)            // counts the last item: its pending share was noted before
	before := x.stats.docs[en]
	for i := range 3 {
		it := &storage.Item{ID: fmt.Sprintf("j%d", i), Title: "Another report", Language: "en", Published: now}
		x.add(it.ID, newStoryPrint(it), []string{"t"}, now)
	}
	x.refreshStats(now.Add(30 * time.Second))
	if got := x.stats.docs[en]; got != before {
		t.Errorf("a window of %d items was counted anew within the minute: %d", before, got)
	}
	x.refreshStats(now.Add(time.Minute))
	if got := x.stats.docs[en]; got != before+3 {
		t.Errorf("after the minute: %d counted, want %d", got, before+3)
	}
}
