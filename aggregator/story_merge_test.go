package aggregator

import (
	"strings"
	"testing"
)

// TestBridgeBringsInStragglersOnly files two corpora of the tuning halves
// in three shuffled orders. A batch's item that is one story with items
// of two stories merges them only when one of the two holds a single
// item: the Felixstowe port's warehouse fire and its dock strike, two
// stories of several reports each, are bridged by reports that tell of
// both ("walkout begins hours after warehouse blaze") and stay apart; the
// rewrite of a data breach that no copy was found like when it came
// ("Clinic chain admits patient files were taken") is brought into its
// story by a later copy like both.
func TestBridgeBringsInStragglersOnly(t *testing.T) {
	for seed := range uint64(3) {
		items := loadEvalCorpus(t, "tuning10.json")
		story := fileEvalCorpus(items, seed)
		stories := map[string]map[string]bool{} // label → the stories of its items
		for _, c := range items {
			if strings.Contains(c.Story, "felixstowe") {
				if stories[c.Story] == nil {
					stories[c.Story] = map[string]bool{}
				}
				stories[c.Story][story[c.ID]] = true
			}
		}
		fire, strike := stories["t10:E03-felixstowe-warehouse-fire"], stories["t10:E04-felixstowe-dock-strike"]
		if len(fire) == 0 || len(strike) == 0 {
			t.Fatalf("seed %d: the Felixstowe stories are not in tuning10.json", seed)
		}
		for s := range fire {
			if strike[s] {
				t.Errorf("seed %d: the warehouse fire and the dock strike are one story, %s", seed, s)
			}
		}

		items = loadEvalCorpus(t, "tuning9.json")
		story = fileEvalCorpus(items, seed)
		want := story["t9/135"] // "Hackers steal records of 1.2 million patients from Pellucid Health"
		for _, id := range []string{"t9/141", "t9/158", "t9/159"} {
			if story[id] != want {
				t.Errorf("seed %d: %s is in story %s, not the breach's %s", seed, id, story[id], want)
			}
		}
	}
}
