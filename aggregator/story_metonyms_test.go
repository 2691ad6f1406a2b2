package aggregator

import (
	"strings"
	"testing"
	"time"
)

// TestRunningExamplesPlacesByBothNames: a copy that names a place of
// Karabakh by its Azerbaijani name, where the report named it by its
// Armenian one, is that report; another town's news written alike is
// not.
func TestRunningExamplesPlacesByBothNames(t *testing.T) {
	t0 := time.Date(2027, 3, 1, 7, 0, 0, 0, time.UTC)
	item := storyPrinter(t0)
	stepanakert := item("en", "Gas supply restored in Stepanakert after pipeline repair",
		"Gas supply to Stepanakert was restored on Monday after engineers repaired a damaged section of the pipeline, the utility said.", 0, "a")
	checkSameStory(t, stepanakert, []storyCase{
		{"the copy naming Khankendi", item("en", "Gas supply restored in Khankendi after pipeline repair",
			"Gas supply to Khankendi was restored on Monday after engineers repaired a damaged section of the pipeline, the utility said.", time.Hour, "b"), true},
		{"another town's repair", item("en", "Gas supply restored in Goris after pipeline repair",
			"Gas supply to Goris was restored on Monday after engineers repaired a damaged section of the pipeline, the utility said.", time.Hour, "c"), false},
	})
	ru := item("ru", "В Степанакерте восстановили подачу газа после ремонта",
		"Подачу газа в Степанакерт восстановили в понедельник после ремонта повреждённого участка газопровода, сообщили в компании.", 0, "a")
	checkSameStory(t, ru, []storyCase{
		{"the Russian copy naming Khankendi", item("ru", "В Ханкенди восстановили подачу газа после ремонта",
			"Подачу газа в Ханкенди восстановили в понедельник после ремонта повреждённого участка газопровода, сообщили в компании.", time.Hour, "b"), true},
	})
}

// TestCapitalNamesItsCountry: a title that names a country's capital
// for its government lacks no name of a title that names the country,
// in any of landTable's languages; a capital is no sure name, and
// another country's capital is still another name.
func TestCapitalNamesItsCountry(t *testing.T) {
	t0 := time.Date(2027, 3, 1, 7, 0, 0, 0, time.UTC)
	item := storyPrinter(t0)
	for _, c := range []struct {
		lang, a, b string
		lacking    int // names of b's title that a lacks
	}{
		{"en", "UN Security Council extends Libya mission for a year", "Tripoli political mission stays on after Council vote", 0},
		{"en", "UN Security Council extends Libya mission for a year", "Cairo political mission stays on after Council vote", 1},
		{"fr", "Le Conseil de sécurité prolonge la mission en Libye", "Tripoli : la mission politique reste après le vote", 0},
		{"nl", "Veiligheidsraad verlengt missie in Libië", "Tripoli houdt politieke missie na stemming", 0},
		{"de", "Sicherheitsrat verlängert Mission in Libyen", "Tripolis: Sicherheitsrat verlängert Mission", 0},
		{"de", "Sicherheitsrat verlängert Mission in Libyen", "Kairo: Sicherheitsrat verlängert Mission", 1},
		// a name in another language's column is none of this one's, and
		// a capital's name written small is a word: Dutch "wenen" is to
		// weep, "Wenen" Vienna
		{"nl", "Kinderen wenen na brand in school", "Oostenrijk: brand in school", 1},
		{"en", "Winter storm hits Rhode Island", "Winter storm hits Iceland", 1},
		// a capital that names a group of metonyms stays in it: Brussels
		// is the EU, and Belgium's court is not
		{"en", "EU fines Lumiq 40 million over data transfers", "Belgian court fines Lumiq 40 million over data transfers", 1},
	} {
		a := item(c.lang, c.a, "", 0, "a")
		b := item(c.lang, c.b, "", time.Hour, "b")
		s := newWordStats()
		s.count(&a, 1, nil)
		s.count(&b, 1, nil)
		if _, names, _, _ := s.disagreeing(&b, &a, nil); names != c.lacking {
			t.Errorf("%q against %q: %d names lacking, want %d", c.b, c.a, names, c.lacking)
		}
	}
	if w := readStoryWords("en", "Tripoli talks collapse", ""); len(w.titleCaps) == 0 || w.titleCaps[0].sure {
		t.Errorf("Tripoli: %+v, want a name, not a sure one", w.titleCaps)
	}
}

// TestLandAliasesOneGroupEach: no name of landTable is a name of two
// countries in one language, and none that metonymGroups hold is taken
// from them, so that which group a name is in does not depend on the
// table's order.
func TestLandAliasesOneGroupEach(t *testing.T) {
	known := metonymAliases()
	seen := map[string]map[string]int{} // by language, the line each name is on
	for n, line := range strings.Split(strings.TrimSpace(landTable), "\n") {
		for i, column := range strings.Split(line, ";") {
			lang := landLanguages[i]
			if seen[lang] == nil {
				seen[lang] = map[string]int{}
			}
			for _, name := range landAliasNames(column) {
				if m, ok := seen[lang][name]; ok && m != n {
					t.Errorf("%s: %q on lines %d and %d of landTable", lang, name, m+1, n+1)
				}
				seen[lang][name] = n
			}
		}
	}
	for lang, words := range landAliases(known) {
		for word := range words {
			if _, ok := known[word]; ok {
				t.Errorf("%s: %q is a metonym's and a country's", lang, word)
			}
		}
	}
}
