package aggregator

import (
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// TestOwnSeriesJoinsNoStory: an outlet's report a day after its first
// report of an event joins none of the story's copies, however like one
// of them it is; its wire update does, and so does another outlet's.
func TestOwnSeriesJoinsNoStory(t *testing.T) {
	t0 := time.Date(2026, 3, 2, 8, 10, 0, 0, time.UTC)
	item := func(source, title, summary string, after time.Duration) storyPrint {
		return newStoryPrint(&storage.Item{Title: title, Summary: summary, Language: "en", Sources: []string{source},
			NormLink: "https://" + source + ".example/" + title, Published: t0.Add(after)})
	}
	first := item("harbor", "Tram derails in Lisbon, injuring 14",
		"A vintage tram derailed on a steep street in Lisbon's Graça district on Monday morning, injuring 14 people, two of them seriously, the city's emergency services said.", 0)
	copyOf := item("metro", "Lisbon tram crash: 14 injured",
		"Fourteen people were injured when a vintage tram derailed in Lisbon's Graça district on Monday, emergency services said. Operator Carris suspended the line 28 service.", 3*time.Hour)
	next := func(source, title string) storyPrint {
		return item(source, title,
			"A brake failure caused the derailment of a vintage tram in Lisbon's Graça district that injured 14 people on Monday, operator Carris said, suspending the line 28 service.", 31*time.Hour)
	}
	for _, tc := range []struct {
		name  string
		print storyPrint
		joins bool
	}{
		{"the first report's outlet, the next day", next("harbor", "Brake failure caused Lisbon tram derailment, operator Carris says"), false},
		{"its update", next("harbor", "UPDATE 1-Brake failure caused Lisbon tram derailment, operator Carris says"), true},
		{"another outlet", next("coast", "Brake failure caused Lisbon tram derailment, operator Carris says"), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := newStoryIndex(map[string]StoryOptions{"t": {}})
			x.add("first", first, []string{"t"}, time.Time{})
			if f := x.add("copy", copyOf, []string{"t"}, time.Time{}); f[0].Story != "first" {
				t.Fatalf("the copy filed in %q, want first", f[0].Story)
			}
			if l := x.stats.measure(&tc.print, &copyOf); !l.same(StoryOptions{}.withDefaults()) {
				t.Fatalf("the later item is not one story with the copy (%.2f, %q): nothing to test", l.similarity, l.conflict)
			}
			f := x.add("next", tc.print, []string{"t"}, time.Time{})
			if joined := f[0].Story == "first"; joined != tc.joins {
				t.Errorf("filed in %q (with %q), joins %v, want %v", f[0].Story, f[0].With, joined, tc.joins)
			}
		})
	}
}
