package aggregator

import (
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
