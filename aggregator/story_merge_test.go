package aggregator

import (
	"strings"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
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

// TestBridgeKeepsApartWhatDisagrees files, in shuffled orders, two
// reports of one template on two countries and a rewrite of the second
// that names no country in its title: the rewrite is like both, but the
// two reports' titles disagree on their countries, which kept the second
// out of the first's story, and the rewrite must not bridge them. So too
// a Chinese city's smog alert and another city's, bridged by a report
// that names only their province; and two firms' reports, bridged by
// their briefs.
func TestBridgeKeepsApartWhatDisagrees(t *testing.T) {
	t0 := time.Date(2027, 3, 3, 8, 0, 0, 0, time.UTC)
	item := func(id, story, lang, src string, after time.Duration, title, summary string) evalItem {
		return evalItem{Stage: 1, storyCorpusItem: storyCorpusItem{ID: id, Story: story, Lang: lang, Source: src,
			Published: t0.Add(after), Link: "https://" + src + ".example/" + id, Title: title, Summary: summary}}
	}
	items := []evalItem{
		item("at", "at", "de", "alpenblatt", 0, "Arbeitslosigkeit in Österreich steigt im Februar auf 7,3 Prozent",
			"Die Arbeitslosenquote in Österreich ist im Februar auf 7,3 Prozent gestiegen. Im Januar hatte sie bei 7,0 Prozent gelegen, wie das Arbeitsmarktservice am Dienstag mitteilte. Vor allem der Bau meldete mehr Arbeitslose."),
		item("de", "de", "de", "nordkurier", 3*time.Hour, "Arbeitslosigkeit in Deutschland steigt im Februar auf 6,4 Prozent",
			"Die Arbeitslosenquote in Deutschland ist im Februar auf 6,4 Prozent gestiegen. Im Januar hatte sie bei 6,2 Prozent gelegen, wie die Bundesagentur für Arbeit am Dienstag in Nürnberg mitteilte. Vor allem der Bau meldete mehr Arbeitslose."),
		item("de2", "de", "de", "suedbote", 4*time.Hour, "Mehr Arbeitslose im Februar: Quote bei 6,4 Prozent",
			"Die Arbeitslosenquote in Deutschland ist im Februar auf 6,4 Prozent gestiegen, nach 7,3 Prozent vor einem Jahr und 6,2 Prozent im Januar. Das teilte die Bundesagentur für Arbeit am Dienstag in Nürnberg mit. Vor allem der Bau meldete mehr Arbeitslose."),
		item("sjz", "sjz", "zh", "yanzhao", 0, "石家庄启动重污染天气橙色预警",
			"石家庄市重污染天气应急指挥部发布通知，自7日零时起启动橙色预警，全市工地停止土石方作业，重型货车限行。"),
		item("bd", "bd", "zh", "jizhong", 2*time.Hour, "保定启动重污染天气橙色预警",
			"保定市重污染天气应急指挥部发布通知，自7日零时起启动橙色预警，全市工地停止土石方作业，重型货车限行。"),
		item("hb", "sjz", "zh", "huabei", 3*time.Hour, "河北省会启动橙色预警 工地停工货车限行",
			"河北省会石家庄市重污染天气应急指挥部通知，自7日零时起启动橙色预警，工地停止土石方作业，重型货车限行。"),
	}
	for seed := range uint64(3) {
		story := fileEvalCorpus(items, seed)
		for _, pair := range [][2]string{{"at", "de"}, {"at", "de2"}, {"sjz", "bd"}, {"bd", "hb"}} {
			if story[pair[0]] == story[pair[1]] {
				t.Errorf("seed %d: %s and %s are one story, %s", seed, pair[0], pair[1], story[pair[0]])
			}
		}
		// Two German firms' profit warnings and their briefs
		// (tuning17.json): Harlan's brief is like Vossberg's, which no
		// name of theirs tells apart, but the two firms' reports, each
		// its story's first item, disagree on the firms' names.
		story = fileEvalCorpus(loadEvalCorpus(t, "tuning17.json"), seed)
		vossberg, harlan := story["t17/071"], story["t17/087"] // "Vossberg Chemie senkt Jahresprognose", "Harlan Maschinenbau …"
		if vossberg == "" || vossberg == harlan || story["t17/088"] != harlan {
			t.Errorf("seed %d: Vossberg's report in story %q, Harlan's in %q and its brief in %q", seed, vossberg, harlan, story["t17/088"])
		}
		// Taipei's forecast of a high of 22 degrees and the cold wave's
		// lows of 8 degrees (tuning13.json) disagree on an amount of
		// one unit; the weather bureau's warning of the cold wave, which
		// gives no figure, is like both, and joins the cold wave's alone.
		story = fileEvalCorpus(loadEvalCorpus(t, "tuning13.json"), seed)
		taipei, cold := story["t13/059"], story["t13/070"] // "台北今天多雲午後轉雨 高溫22度…", "強烈大陸冷氣團今晚南下…低溫探8度"
		if taipei == "" || taipei == cold || story["t13/077"] != cold {
			t.Errorf("seed %d: Taipei's forecast in story %q, the cold wave in %q and its warning in %q", seed, taipei, cold, story["t13/077"])
		}
	}
}

// TestFirstOfInItsTopic: a story's earliest item is its first only in
// the topics where it is in the story: an item published earlier that
// joined story T in one topic and started its own in another is no
// first of T in the other, where T's first is not known (and a bridge
// is judged by the two items it joins through alone).
func TestFirstOfInItsTopic(t *testing.T) {
	x := newStoryIndex(map[string]StoryOptions{"a": {}, "b": {}})
	t0 := time.Date(2027, 3, 3, 8, 0, 0, 0, time.UTC)
	p := func(at time.Duration) storyPrint {
		return newStoryPrint(&storage.Item{Language: "en", Title: "Ferry strike ends", Summary: "The strike ended.", Published: t0.Add(at)})
	}
	x.insert("T", p(2*time.Hour), []storage.Match{{Topic: "a", Story: "T"}, {Topic: "b", Story: "T"}}, nil)
	x.insert("e", p(0), []storage.Match{{Topic: "a", Story: "e"}, {Topic: "b", Story: "T"}}, nil)
	ka, _ := x.topicNumber("a")
	kb, _ := x.topicNumber("b")
	if n := x.firstOf("T", ka); n != -1 {
		t.Errorf("first of T in topic a: entry %d, want none known (-1)", n)
	}
	if n := x.firstOf("T", kb); n != 1 {
		t.Errorf("first of T in topic b: entry %d, want 1 (e, published earlier)", n)
	}
}
