package aggregator

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// storyCorpus is testdata/stories/corpus.json: news items labelled with
// the story they belong to. "copy" items are one wire report republished
// by several outlets; "lookalike" items resemble another story (a
// follow-up on a later day, another event in the same place, the same
// report in another language) and must stay apart; "single" items are
// unrelated.
type storyCorpus struct {
	Items []storyCorpusItem `json:"items"`
}

type storyCorpusItem struct {
	ID        string    `json:"id"`
	Story     string    `json:"story"`
	Kind      string    `json:"kind"`
	Source    string    `json:"source"`
	Lang      string    `json:"lang"`
	Published time.Time `json:"published"`
	Link      string    `json:"link"`
	Title     string    `json:"title"`
	Summary   string    `json:"summary"`
}

func loadStoryCorpus(t *testing.T) []storyCorpusItem {
	t.Helper()
	raw, err := os.ReadFile("testdata/stories/corpus.json")
	if err != nil {
		t.Fatal(err)
	}
	var corpus storyCorpus
	if err := json.Unmarshal(raw, &corpus); err != nil {
		t.Fatal(err)
	}
	return corpus.Items
}

// TestStoryCorpus groups the labelled corpus in order of publication, as
// ingestion would, and measures over every pair of items whether the
// grouping agrees with the labels: precision (pairs grouped that are one
// story) and recall (pairs of one story that were grouped), target 0.95
// each.
func TestStoryCorpus(t *testing.T) {
	items := loadStoryCorpus(t)
	slices.SortStableFunc(items, func(a, b storyCorpusItem) int { return a.Published.Compare(b.Published) })
	x := newStoryIndex(map[string]StoryOptions{"t": {}})
	story := make(map[string]string, len(items))
	for _, c := range items {
		it := &storage.Item{Title: c.Title, Summary: c.Summary, Language: c.Lang, NormLink: NormalizeLink(c.Link), Published: c.Published}
		story[c.ID] = x.add(c.ID, newStoryPrint(it), []string{"t"}, time.Time{})[0].Story
	}
	var tp, fp, fn int
	var wrong []string
	for i := range items {
		for j := i + 1; j < len(items); j++ {
			a, b := items[i], items[j]
			labelled, grouped := a.Story == b.Story, story[a.ID] == story[b.ID]
			switch {
			case labelled && grouped:
				tp++
			case grouped:
				fp++
				wrong = append(wrong, fmt.Sprintf("grouped, but apart: %s / %s (%.2f)", a.ID, b.ID, pairSimilarity(a, b)))
			case labelled:
				fn++
				wrong = append(wrong, fmt.Sprintf("apart, but one story: %s / %s (%.2f)", a.ID, b.ID, pairSimilarity(a, b)))
			}
		}
	}
	precision, recall := float64(tp)/float64(tp+fp), float64(tp)/float64(tp+fn)
	t.Logf("%d items, %d pairs of one story: precision %.3f (%d of %d grouped pairs), recall %.3f (%d of %d)",
		len(items), tp+fn, precision, tp, tp+fp, recall, tp, tp+fn)
	for _, w := range wrong {
		t.Log(w)
	}
	same, apart := similarityRange(items)
	t.Logf("similarity of two copies of one story: at least %.2f; of two different stories: at most %.2f", same, apart)
	if precision < 0.95 || recall < 0.95 {
		t.Errorf("precision %.3f, recall %.3f; want at least 0.95 each:\n%s", precision, recall, strings.Join(wrong, "\n"))
	}
}

// similarityRange returns the lowest similarity of two items of one
// story in one language, and the highest of two items of different stories.
func similarityRange(items []storyCorpusItem) (same, apart float64) {
	same = 1
	for i := range items {
		for j := i + 1; j < len(items); j++ {
			a, b := items[i], items[j]
			switch s := pairSimilarity(a, b); {
			case a.Story == b.Story && a.Lang == b.Lang:
				same = min(same, s)
			case a.Story != b.Story:
				apart = max(apart, s)
			}
		}
	}
	return same, apart
}

func pairSimilarity(a, b storyCorpusItem) float64 {
	pa := newStoryPrint(&storage.Item{Title: a.Title, Summary: a.Summary, Language: a.Lang})
	pb := newStoryPrint(&storage.Item{Title: b.Title, Summary: b.Summary, Language: b.Lang})
	s := newWordStats()
	return s.measure(&pa, &pb).similarity
}

// TestCompareStories covers each rule of compareStories with a pair.
func TestCompareStories(t *testing.T) {
	t0 := time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)
	wire := storage.Item{
		Title:     "Azerbaijan launches “anti-terror” operation in Nagorno-Karabakh",
		Summary:   "Azerbaijan said on Tuesday it had begun an operation in the breakaway region after four police officers and two civilians were killed by mines.",
		Language:  "en",
		NormLink:  "https://wire.example/1",
		Published: t0,
	}
	edit := func(f func(*storage.Item)) storage.Item {
		it := wire
		it.NormLink = "https://outlet.example/2"
		f(&it)
		return it
	}
	tests := []struct {
		name string
		b    storage.Item
		same bool
		why  string
	}{
		{"typography only", edit(func(it *storage.Item) {
			it.Title = "AZERBAIJAN LAUNCHES \"ANTI–TERROR\" OPERATION IN NAGORNO KARABAKH"
			it.Published = t0.Add(3 * time.Hour)
		}), true, "0.98 similar"}, // 1.00, less 3 hours late
		{"byline and a dropped clause", edit(func(it *storage.Item) {
			it.Summary = "BAKU (AP) — Azerbaijan said on Tuesday it had begun an operation in the breakaway region after four police officers and two civilians were killed."
		}), true, "similar (at least 0.14)"},
		{"other event, same place", edit(func(it *storage.Item) {
			it.Title = "Thousands protest in Yerevan over Nagorno-Karabakh"
			it.Summary = "Protesters gathered outside the government building in Yerevan on Tuesday, demanding that the prime minister resign."
		}), false, "disagree on names"},
		{"past the window", edit(func(it *storage.Item) { it.Published = t0.Add(49 * time.Hour) }), false, "published 49h0m0s apart"},
		{"other language", edit(func(it *storage.Item) {
			it.Language = "ru-RU"
			it.Title, it.Summary = "Азербайджан начал военную операцию в Нагорном Карабахе", "Азербайджан во вторник начал военную операцию в Нагорном Карабахе, сообщило министерство обороны."
		}), false, "different languages (en, ru)"},
		// a tag its words belie is read as they say (story_language.go)
		{"English tagged Russian", edit(func(it *storage.Item) { it.Language = "ru-RU" }), true, "similar"},
		{"other language, same link", edit(func(it *storage.Item) {
			it.Language, it.NormLink = "de", wire.NormLink
			it.Title, it.Summary = "Aserbaidschan startet Militäreinsatz in Bergkarabach", "Aserbaidschan hat am Dienstag einen Einsatz begonnen."
		}), true, "same link https://wire.example/1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := compareStories(newStoryPrint(&wire), newStoryPrint(&tt.b), StoryOptions{})
			if v.Same != tt.same || !strings.Contains(v.Reason, tt.why) {
				t.Errorf("same %v (%s), want %v with %q", v.Same, v.Reason, tt.same, tt.why)
			}
		})
	}
}

// TestTitleNumbersConflict: titles that each have a number the other item
// lacks report different news, unless one title's number is in the other
// item: a BRIEF's figures and the story that quotes one of them agree.
func TestTitleNumbersConflict(t *testing.T) {
	story := storage.Item{Language: "en", Title: "Brandt Logistik first-quarter profit falls 18% on weak freight demand",
		Summary: "HAMBURG (Harbor) - Brandt Logistik said its first-quarter operating profit fell 18% to 214 million euros."}
	for _, tt := range []struct {
		name     string
		title    string
		conflict string
	}{
		{"brief quoting the story's figure", "BRIEF-Brandt Logistik Q1 EBIT EUR 214 mln vs EUR 261 mln", ""},
		{"brief of figures the story lacks", "BRIEF-Brandt Logistik Q1 EBIT EUR 199 mln vs EUR 261 mln", "numbers"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := newStoryPrint(&story)
			b := newStoryPrint(&storage.Item{Language: "en", Title: tt.title, Summary: "Brandt Logistik AG: * Q1 revenue EUR 4.1 bln"})
			s := newWordStats()
			if l := s.measure(&a, &b); l.conflict != tt.conflict {
				t.Errorf("conflict %q, want %q", l.conflict, tt.conflict)
			}
		})
	}
}

// TestSameAmount: a number is the same amount as the one another item
// writes with its scale in words ("180 000" and "180 тысяч", "3.5
// billion" and "3,500 million", "1,20,000" and "1.2 लाख"), and no other.
func TestSameAmount(t *testing.T) {
	for _, tt := range []struct {
		a, b   string
		scales scales
		same   bool
	}{
		{"180000", "180", noScales, true}, {"3500000000", "3.5", noScales, true}, {"3.5", "3500", noScales, true}, {"0.25", "250", noScales, true},
		{"2000", "2", noScales, true}, {"1200", "1.2", noScales, true}, {"7.5", "7500000", noScales, true},
		{"120000", "1.2", lakhScales, true}, {"25000000", "2.5", lakhScales, true}, // 1.2 lakh, 2.5 crore
		{"150000", "1.5", noScales, false}, {"20", "2000000", noScales, false}, // a lakh apart: 150,000 is no 1.5 million
		{"180", "18", noScales, false}, {"1.8", "180", noScales, false}, {"5.1", "4.8", noScales, false}, {"3500", "35", noScales, false},
		{"180", "180", noScales, false},                                                // the same number, which hasNumber finds as such
		{"12000", "1.2", myriadScales, true}, {"350000000", "3.5", myriadScales, true}, // 1.2万, 3.5亿
		{"12000", "1.2", noScales, false}, {"120000", "1.2", myriadScales, false}, {"12000", "1.2", lakhScales, false},
		{"0", "0", noScales, false}, {"2026", "2.025", noScales, false}, {"180", "18", lakhScales, false},
	} {
		if got := amountOf(tt.a).same(amountOf(tt.b), tt.scales); got != tt.same {
			t.Errorf("%s and %s the same amount under scales %b = %v, want %v", tt.a, tt.b, tt.scales, got, tt.same)
		}
	}
	// it is compared for every pair of numbers: it allocates nothing
	if n := testing.AllocsPerRun(100, func() { amountOf("8112.45").same(amountOf("8.11245"), noScales) }); n != 0 {
		t.Errorf("comparing amounts allocates %v times a call, want 0", n)
	}
	// a title's figure in thousands agrees with the other item's in digits
	a := newStoryPrint(&storage.Item{Language: "ru", Title: "Площадь пожаров в Якутии превысила 180 тысяч гектаров"})
	b := newStoryPrint(&storage.Item{Language: "ru", Title: "Якутск в дыму: пожары охватили 180 000 гектаров тайги"})
	s := newWordStats()
	if nums, _, _, _ := s.disagreeing(&a, &b, nil); nums != 0 {
		t.Errorf("180 тысяч and 180 000: %d numbers disagree, want 0", nums)
	}
}

// TestTitleNamesUnstemmed: a name in a title is told from a common word
// with the same stem: "Severn" stays a name though "severe" is written in
// lower case in the window, so template headlines on two rivers disagree.
func TestTitleNamesUnstemmed(t *testing.T) {
	s := newWordStats()
	other := newStoryPrint(&storage.Item{Language: "en", Title: "Storm warning", Summary: "A severe gale is expected on the coast."})
	s.count(&other, 1, nil)
	severn := newStoryPrint(&storage.Item{Language: "en", Title: "Flood warnings issued along River Severn after heavy rain",
		Summary: "The Environment Agency has issued 14 flood warnings along the river, with the river at Shrewsbury expected to peak on Wednesday."})
	wye := newStoryPrint(&storage.Item{Language: "en", Title: "Flood warnings issued along River Wye after heavy rain",
		Summary: "The Environment Agency has issued 6 flood warnings along the river, with the river at Hereford expected to peak on Thursday."})
	if l := s.measure(&severn, &wye); l.conflict != "names" {
		t.Errorf("conflict %q (%.2f similar), want names", l.conflict, l.similarity)
	}
}

// TestTitlesUnshared: two reports of one kind of news that each name
// their own subject, and share none of the other's rare names or numbers,
// are different news however alike their wording; a rewrite that keeps
// one of them is not.
func TestTitlesUnshared(t *testing.T) {
	s := newWordStats()
	for _, title := range []string{"Storm warning for the coast", "Council approves budget", "Train services resume"} {
		p := newStoryPrint(&storage.Item{Language: "en", Title: title, Summary: "the central bank, the inflation rate, the euro and the markets"})
		s.count(&p, 1, nil)
	}
	riksbank := newStoryPrint(&storage.Item{Language: "en", Title: "Sweden's Riksbank keeps policy rate unchanged at 2.25%",
		Summary: "Sweden's central bank left its policy rate unchanged on Tuesday, as expected, and saw room for one more cut if inflation keeps slowing."})
	for _, tt := range []struct {
		name, title, summary, conflict string
	}{
		{"another country's news of one kind", "Forint firms as Hungarian inflation eases more than expected",
			"The forint edged up against the euro on Tuesday after inflation slowed more than expected, keeping hopes of a rate cut alive.", "unshared"},
		{"a rewrite keeping a name", "Swedish central bank stands pat, keeps door open to another cut",
			"The Riksbank held borrowing costs steady on Tuesday but could still trim rates once more.", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b := newStoryPrint(&storage.Item{Language: "en", Title: tt.title, Summary: tt.summary})
			if l := s.measure(&riksbank, &b); l.conflict != tt.conflict {
				t.Errorf("conflict %q (%.2f similar), want %q", l.conflict, l.similarity, tt.conflict)
			}
		})
	}
}

// TestGermanTitleNames: in German, whose nouns are capitalized, titles
// of four words or more written nearly alike disagree on the capitalized
// words each has alone (two airports); rewrites that name things their
// own way do not, nor titles too short to be told a template.
func TestGermanTitleNames(t *testing.T) {
	for _, tt := range []struct {
		name, a, b, conflict string
	}{
		{"template on two airports", "Warnstreik legt Flughafen Hamburg lahm", "Warnstreik legt Flughafen Köln/Bonn lahm", "names"},
		{"rewrite of one verdict", "Ex-Minister Vossberg wegen Bestechlichkeit verurteilt", "Früherer Landesminister Vossberg zu Bewährungsstrafe verurteilt", ""},
		// two of three words alike is no template: too few to tell
		{"short rewrite of one accident", "Containerschiff rammt Elbbrücke – Brücke gesperrt", "Elbbrücke nach Schiffsanprall gesperrt", ""},
		// a country is a name however every noun is written, in any
		// case; one template on two countries is two news
		{"template on two countries", "Arbeitslosigkeit in Österreich steigt im Jänner leicht an", "Arbeitslosigkeit in Deutschlands Städten steigt im Januar leicht an", "names"},
		{"one country's report rewritten", "Arbeitslosigkeit in Österreich steigt im Jänner leicht an", "Österreichs Arbeitslosigkeit steigt im Jänner leicht", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := newStoryPrint(&storage.Item{Language: "de", Title: tt.a, Summary: "Der Streik dauert den ganzen Tag."})
			b := newStoryPrint(&storage.Item{Language: "de", Title: tt.b, Summary: "Der Streik dauert den ganzen Tag."})
			s := newWordStats()
			if l := s.measure(&a, &b); l.conflict != tt.conflict {
				t.Errorf("conflict %q (%.2f similar), want %q", l.conflict, l.similarity, tt.conflict)
			}
		})
	}
}

// TestSingleDigitByChance: a title's single-digit number is lacked by an
// item whose title lacks it, though its text has the digit by chance (a
// lottery draw's 6): two draws' results are different news.
func TestSingleDigitByChance(t *testing.T) {
	a := newStoryPrint(&storage.Item{Language: "es", Title: "Bonoloto: resultados del sorteo del lunes 6 de abril",
		Summary: "La combinación ganadora es 4, 12, 18, 26, 33 y 41. Complementario: 9."})
	b := newStoryPrint(&storage.Item{Language: "es", Title: "Bonoloto: resultados del sorteo del martes 7 de abril",
		Summary: "La combinación ganadora es 1, 9, 22, 30, 38 y 47. Reintegro: 6."})
	s := newWordStats()
	if l := s.measure(&a, &b); l.conflict != "numbers" {
		t.Errorf("conflict %q (%.2f similar), want numbers", l.conflict, l.similarity)
	}
}

// TestMeasureAboveAgrees: measuring only whether pairs reach a floor
// misses none that measuring them in full finds at least that similar.
func TestMeasureAboveAgrees(t *testing.T) {
	items := loadEvalCorpus(t, "tuning.json")
	s := newWordStats()
	prints := make([]storyPrint, len(items))
	for i, c := range items {
		prints[i] = newStoryPrint(&storage.Item{Title: c.Title, Summary: c.Summary, Language: c.Lang, Sources: []string{c.Source}, Published: c.Published})
		s.count(&prints[i], 1, nil)
	}
	pruned := 0
	for i := range prints {
		for j := range prints {
			full := s.measure(&prints[i], &prints[j])
			above := s.measureAbove(&prints[i], &prints[j], DefaultStoryThreshold)
			if full.similarity >= DefaultStoryThreshold && above.similarity < DefaultStoryThreshold {
				t.Errorf("%s / %s: %.3f similar, but measured below %.2f", items[i].ID, items[j].ID, full.similarity, DefaultStoryThreshold)
			}
			if above.similarity < DefaultStoryThreshold-0.5 {
				pruned++
			}
		}
	}
	if pruned == 0 {
		t.Error("no pair was left before its words were all walked through")
	}
	// a shared link is one story, however unlike the words
	a, b := prints[0], prints[len(prints)-1]
	a.link, b.link, b.published = "example.com/a", "example.com/a", a.published
	a.linkHash, b.linkHash = hashLink(a.link), hashLink(b.link)
	if l := s.measureAbove(&a, &b, DefaultStoryThreshold); !l.same(StoryOptions{}.withDefaults()) {
		t.Errorf("%s / %s share a link, but measured not one story: %+v", items[0].ID, items[len(items)-1].ID, l)
	}
}

// TestTemplateConflicts: what makes items alike in words different news,
// and what does not.
func TestTemplateConflicts(t *testing.T) {
	t0 := time.Date(2026, 3, 10, 17, 40, 0, 0, time.UTC)
	item := func(source, title, summary string, after time.Duration) storage.Item {
		return storage.Item{Language: "es", Title: title, Summary: summary, Sources: []string{source}, Published: t0.Add(after)}
	}
	for _, tt := range []struct {
		name     string
		a, b     storage.Item
		conflict string
	}{
		{
			// a close written alike, differing in its figures though both
			// have the index's 35 and the level's 11,900
			"market closes of two days",
			item("bolsa", "El Ibex 35 cierra con una subida del 0,8% y recupera los 11.900 puntos", "El selectivo madrileño sumó un 0,8% hasta 11.912 puntos.", 0),
			item("mercados", "El Ibex 35 cierra con una subida del 0,3% y se mantiene en los 11.900 puntos", "El selectivo madrileño sumó un 0,3% hasta 11.905 puntos.", 2*time.Hour),
			"numbers",
		},
		{
			// the synonyms of a kind of event make the words alike, and the
			// places still tell the two fires apart
			"a fire and a blaze in two towns",
			item("bolsa", "Incendio en una nave industrial de Chiva", "Un incendio en una nave industrial de Chiva obliga a cortar la carretera.", 0),
			item("mercados", "Fuego en una nave industrial de Buñol", "Un fuego en una nave industrial de Buñol obliga a cortar la carretera.", time.Hour),
			"names",
		},
		{
			"one outlet's weather of two days",
			item("tiempo", "El tiempo: nubes por la mañana, sol por la tarde en Madrid", "Nubes por la mañana y sol por la tarde en Madrid, con máximas de 18 grados.", 0),
			item("tiempo", "El tiempo: nubes por la mañana, lluvia por la tarde en Madrid", "Nubes por la mañana y lluvia por la tarde en Madrid, con máximas de 18 grados.", 24*time.Hour),
			"series",
		},
		{
			"one outlet's own update hours later",
			item("tiempo", "Incendio en Valencia: evacuados los vecinos de Chiva", "Los bomberos luchan contra un incendio en Chiva, Valencia, y evacuan a los vecinos.", 0),
			item("tiempo", "Incendio en Valencia: los vecinos de Chiva, evacuados", "Los bomberos siguen luchando contra el incendio de Chiva, Valencia; los vecinos, evacuados.", 3*time.Hour),
			"",
		},
		{
			// a wire's own update the next morning is its report's
			// continuation, not the next day's item of a series
			"one wire's update the next morning",
			item("agencia", "Incendio en Chulilla: evacuados 200 vecinos", "Un incendio forestal en Chulilla, Valencia, obliga a evacuar a 200 vecinos.", 0),
			item("agencia", "ACTUALIZA 1-Incendio en Chulilla: evacuados 200 vecinos", "Un incendio forestal en Chulilla, Valencia, obliga a evacuar a 200 vecinos; arden 900 hectáreas.", 14*time.Hour),
			"",
		},
		{
			// an update is later than what it updates: an item after it
			// is weighed as after any other
			"a report the next morning after an update",
			item("agencia", "ACTUALIZA 1-Incendio en Chulilla: evacuados 200 vecinos", "Un incendio forestal en Chulilla, Valencia, obliga a evacuar a 200 vecinos.", 0),
			item("agencia", "Incendio en Chulilla: evacuados 200 vecinos", "Un incendio forestal en Chulilla, Valencia, obliga a evacuar a 200 vecinos.", 14*time.Hour),
			"series",
		},
		{
			// one name in two of its forms: the same place
			"a name's plural",
			storage.Item{Language: "it", Title: "Milano, crolla la passerella sul Naviglio Grande", Summary: "Crolla una passerella sul Naviglio Grande a Milano.", Published: t0},
			storage.Item{Language: "it", Title: "Milano, crolla una passerella sui Navigli", Summary: "Crollata una passerella sui Navigli a Milano.", Published: t0.Add(time.Hour)},
			"",
		},
		{
			// the later tells its news as coming after the earlier's
			"a rival's bid a day after a takeover",
			storage.Item{Language: "en", Sources: []string{"tickerline"}, Published: t0,
				Title:   "Halvorsen Maritime to buy Kestrel Logistics for 340 million euros",
				Summary: "Norwegian shipping group Halvorsen Maritime agreed to buy Dutch freight forwarder Kestrel Logistics for 340 million euros in cash."},
			storage.Item{Language: "en", Sources: []string{"meridian"}, Published: t0.Add(24 * time.Hour),
				Title:   "Brennick Shipping bids 410 million euros for Ostwind Logistik",
				Summary: "Danish shipping group Brennick Shipping offered 410 million euros in cash for German freight forwarder Ostwind Logistik, a day after rival Halvorsen Maritime agreed to buy Kestrel Logistics."},
			"follow-up",
		},
		{
			// both come a day after something: the phrase tells nothing
			"copies that both tell of the day before",
			storage.Item{Language: "en", Sources: []string{"meridian"}, Published: t0,
				Title:   "Karabakh separatists agree to disarm",
				Summary: "Karabakh separatists agreed to disarm a day after Azerbaijan launched an offensive, Russian peacekeepers said."},
			storage.Item{Language: "en", Sources: []string{"swissinfo"}, Published: t0.Add(13 * time.Hour),
				Title:   "Karabakh separatists agree to disarm after offensive",
				Summary: "Karabakh separatists agreed to disarm a day after Azerbaijan launched an offensive, Russian peacekeepers said."},
			"",
		},
		{
			// one thing by two of its names: a metonym is no other name
			"the EU and Brussels",
			storage.Item{Language: "en", Published: t0, Title: "EU fines app maker Lumiq 340 million euros over location data",
				Summary: "The European Commission fined Lumiq 340 million euros for combining location data with advertising profiles."},
			storage.Item{Language: "en", Published: t0.Add(time.Hour), Title: "Brussels hits Lumiq with €340m penalty for merging location and ad data",
				Summary: "Lumiq was fined 340 million euros by the Commission for combining users' location data with advertising profiles."},
			"",
		},
		{
			// a title's first word, named nowhere else, names no one
			"a sentence's first word",
			storage.Item{Language: "es", Published: t0, Title: "Doce heridos, dos graves, en el fuego de un bloque de pisos en Vallecas",
				Summary: "Un incendio de madrugada en un edificio de Vallecas, en Madrid, dejó heridas a doce personas, dos de ellas graves."},
			storage.Item{Language: "es", Published: t0.Add(5 * time.Hour), Title: "ACTUALIZA: Muere uno de los heridos graves del incendio de Vallecas",
				Summary: "Uno de los dos heridos graves del incendio de madrugada en un edificio de Vallecas, en Madrid, ha fallecido en el hospital."},
			"",
		},
		{
			// hours later, a count said to have risen is the count updated
			"a count that rose",
			storage.Item{Language: "en", Published: t0, Title: "Measles outbreak in Bristol: 14 cases confirmed in two schools",
				Summary: "Fourteen cases of measles have been confirmed in Bristol, most among children at two primary schools, the UK Health Security Agency said."},
			storage.Item{Language: "en", Published: t0.Add(7 * time.Hour), Title: "Bristol measles: cases rise to 17 as third school affected",
				Summary: "The number of confirmed measles cases in Bristol has risen after pupils at a third primary school tested positive, the UK Health Security Agency said."},
			"",
		},
		{
			// both say so: two counts of one kind
			"two counts that each rose",
			storage.Item{Language: "en", Published: t0, Title: "Measles in Bristol: cases rise to 14 in two schools",
				Summary: "Cases of measles confirmed in Bristol schools rose, the UK Health Security Agency said."},
			storage.Item{Language: "en", Published: t0.Add(7 * time.Hour), Title: "Measles in Leeds: cases rise to 17 in two schools",
				Summary: "Cases of measles confirmed in Leeds schools rose, the UK Health Security Agency said."},
			"numbers",
		},
		{
			// a wire's update hours later revises the figures of its
			// report: the same names, other numbers
			"an update revising its figure",
			storage.Item{Language: "en", Sources: []string{"pacificwire"}, Published: t0, Title: "Wildfire near Penticton forces 2,000 from their homes",
				Summary: "A fast-moving wildfire near Penticton in the Okanagan forced 2,000 residents to leave on Tuesday, officials said."},
			storage.Item{Language: "en", Sources: []string{"pacificwire"}, Published: t0.Add(5 * time.Hour), Title: "UPDATE 1-Penticton wildfire: evacuation order widened to 4,500 residents",
				Summary: "Officials widened the evacuation order around the Penticton wildfire in the Okanagan to 4,500 residents on Tuesday evening."},
			"",
		},
		{
			// an update of another place's figure is other news
			"an update of another place",
			storage.Item{Language: "en", Published: t0, Title: "Wildfire near Penticton forces 2,000 from their homes",
				Summary: "A wildfire near Penticton forced 2,000 residents to leave on Tuesday, officials said."},
			storage.Item{Language: "en", Published: t0.Add(5 * time.Hour), Title: "UPDATE 1-Wildfire near Vernon forces 4,500 from their homes",
				Summary: "A wildfire near Vernon forced 4,500 residents to leave on Tuesday, officials said."},
			"numbers",
		},
		{
			// with no name to agree on, the figures are all there is
			"an update naming nothing",
			storage.Item{Language: "en", Published: t0, Title: "Quake of magnitude 5.2 felt across the region",
				Summary: "An earthquake of magnitude 5.2 was felt across the region on Tuesday, seismologists said."},
			storage.Item{Language: "en", Published: t0.Add(3 * time.Hour), Title: "UPDATE 1-Quake of magnitude 4.7 felt across the region",
				Summary: "An earthquake of magnitude 4.7 was felt across the region on Tuesday evening, seismologists said."},
			"numbers",
		},
		{
			// a day later, other figures are another day's news
			"an update the next day",
			storage.Item{Language: "en", Published: t0, Title: "Wildfire near Penticton forces 2,000 from their homes",
				Summary: "A wildfire near Penticton forced 2,000 residents to leave on Tuesday, officials said."},
			storage.Item{Language: "en", Published: t0.Add(20 * time.Hour), Title: "UPDATE 1-Penticton wildfire: 4,500 now told to leave",
				Summary: "A wildfire near Penticton has forced 4,500 residents to leave, officials said."},
			"numbers",
		},
		{
			// one kind of news on two days of a week, the days written
			// in lower case: no names to disagree on
			"strike calls for two days",
			storage.Item{Language: "fr", Published: t0, Title: "Grève : les bus de Lyon à l'arrêt mardi",
				Summary: "Les syndicats des TCL appellent à une journée de grève, les bus de Lyon ne circuleront pas."},
			storage.Item{Language: "fr", Published: t0.Add(3 * time.Hour), Title: "Grève : le métro de Lyon à l'arrêt mercredi",
				Summary: "Les syndicats des TCL appellent à une journée de grève, le métro de Lyon ne circulera pas."},
			"days",
		},
		{
			"copies naming one day",
			storage.Item{Language: "fr", Published: t0, Title: "Grève à Lyon : les TCL perturbés ce jeudi",
				Summary: "Les syndicats des TCL appellent à la grève jeudi à Lyon, le métro et les bus seront perturbés."},
			storage.Item{Language: "fr", Published: t0.Add(2 * time.Hour), Title: "Les TCL en grève jeudi, métro et bus perturbés",
				Summary: "Grève jeudi à Lyon : les syndicats des TCL appellent à cesser le travail, métro et bus perturbés."},
			"",
		},
		{
			// an update moves the story on to the next day
			"an update to the next day",
			storage.Item{Language: "fr", Published: t0, Title: "Grève à Lyon : les TCL perturbés ce jeudi",
				Summary: "Les syndicats des TCL appellent à la grève jeudi à Lyon, le métro et les bus seront perturbés."},
			storage.Item{Language: "fr", Published: t0.Add(6 * time.Hour), Title: "MISE À JOUR 1 - Grève des TCL : le mouvement reconduit vendredi",
				Summary: "La grève des TCL à Lyon, qui a perturbé le métro et les bus jeudi, est reconduite vendredi, annoncent les syndicats."},
			"",
		},
		{
			// names that begin alike but differ within five letters
			"two countries",
			storage.Item{Language: "en", Title: "Floods in Slovenia force thousands from their homes", Summary: "Heavy rain flooded towns in Slovenia.", Published: t0},
			storage.Item{Language: "en", Title: "Floods in Slovakia force thousands from their homes", Summary: "Heavy rain flooded towns in Slovakia.", Published: t0.Add(time.Hour)},
			"names",
		},
		{
			// a market's close names the firm whose warning moved it: the
			// firm's news gives none of the close's three figures
			"a market's close and a firm's news it names",
			storage.Item{Language: "en", Published: t0, Title: "Pennant Homes issues profit warning",
				Summary: "Housebuilder Pennant Homes warned on profit as buyers hold back; its shares fell and dragged the FTSE 250 down with other housebuilders."},
			storage.Item{Language: "en", Published: t0.Add(2 * time.Hour), Title: "FTSE 100 closes down 0.7% at 9,347.9",
				Summary: "London's FTSE 100 closed down 0.7% at 9,347.9. The FTSE 250 fell, dragged down by housebuilders after a profit warning from Pennant Homes."},
			"figures",
		},
		{
			"a Bourse's close and a firm's news it names, in German",
			storage.Item{Language: "de", Published: t0, Title: "Vossberg Chemie senkt die Prognose",
				Summary: "Der Chemiekonzern Vossberg Chemie senkt seine Prognose, die Aktie bricht ein und belastet den MDax."},
			storage.Item{Language: "de", Published: t0.Add(2 * time.Hour), Title: "Dax schließt 1,2 Prozent tiefer bei 18.412 Punkten, MDax 2,1 Prozent im Minus",
				Summary: "Der Dax schließt 1,2 Prozent tiefer bei 18.412 Punkten. Im MDax belastet Vossberg Chemie nach der gesenkten Prognose."},
			"figures",
		},
		{
			// one kind of news from two cities, told in other words: the
			// fines' amounts differ, in one unit
			"two fines of one kind, in Chinese",
			storage.Item{Language: "zh", Published: t0, Title: "江苏一锂电企业私设暗管排放含镍废水 吃下286万元罚单",
				Summary: "江苏省生态环境厅通报，一家锂电池生产企业私设暗管排放含镍废水，被依法罚款286万元，相关责任人被移送公安机关。"},
			storage.Item{Language: "zh", Published: t0.Add(3 * time.Hour), Title: "无锡一电池企业违规排污被罚款193万元",
				Summary: "无锡市生态环境局通报，一家电池生产企业违规排放含镍废水，被依法罚款193万元，相关责任人被移送公安机关。"},
			"amounts",
		},
		{
			"two culls of one kind, in English",
			storage.Item{Language: "en", Published: t0, Title: "Bird flu found at Norfolk farm, 12,000 hens to be culled",
				Summary: "Avian influenza H5N1 was confirmed at a poultry farm, and all 12,000 hens will be culled, officials said."},
			storage.Item{Language: "en", Published: t0.Add(2 * time.Hour), Title: "Suffolk poultry farm culls 23,000 hens as H5N1 is confirmed",
				Summary: "Avian influenza H5N1 was confirmed at a poultry farm, where 23,000 hens are being culled, officials said."},
			"amounts",
		},
		{
			// a fire's update gives its hectares grown
			"a fire's hectares in its update",
			storage.Item{Language: "fr", Published: t0, Title: "Incendie aux portes de Marseille : 300 hectares brûlés",
				Summary: "Un incendie a parcouru 300 hectares aux portes de Marseille, l'A55 est coupée."},
			storage.Item{Language: "fr", Published: t0.Add(3 * time.Hour), Title: "MISE À JOUR 2 - Feu de l'Estaque : 700 hectares parcourus",
				Summary: "L'incendie de l'Estaque, aux portes de Marseille, a parcouru 700 hectares; des habitations sont évacuées."},
			"",
		},
		{
			// a copy of a title of figures keeps one of them
			"a close's copy keeping one figure",
			storage.Item{Language: "en", Published: t0, Title: "FTSE 100 closes down 0.7% at 9,347.9",
				Summary: "London's FTSE 100 closed down 0.7% at 9,347.9. Housebuilders led the fallers."},
			storage.Item{Language: "en", Published: t0.Add(time.Hour), Title: "London shares end lower as housebuilders slide",
				Summary: "London's blue-chip index closed down 0.7% as housebuilders led the fallers."},
			"",
		},
		{
			// two figures are dropped by a rewrite, and are no conflict
			"a rewrite without a job cut's two figures",
			storage.Item{Language: "en", Published: t0, Title: "Stellaris Bank to cut 2,100 jobs and close 140 branches",
				Summary: "Stellaris Bank will cut 2,100 jobs and close 140 branches, it said on Tuesday."},
			storage.Item{Language: "en", Published: t0.Add(time.Hour), Title: "Stellaris Bank to shut one in five high-street branches",
				Summary: "Stellaris Bank is to shut one in five of its high-street branches and cut jobs, the lender said on Tuesday."},
			"",
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a, b := newStoryPrint(&tt.a), newStoryPrint(&tt.b)
			s := newWordStats()
			if l := s.measure(&a, &b); l.conflict != tt.conflict {
				t.Errorf("conflict %q, want %q (similarity %.2f)", l.conflict, tt.conflict, l.similarity)
			}
		})
	}
}

// TestServiceReportNextMorning: a service report published after the
// news it serves ("what holidaymakers need to know"), or a column of
// briefs reprinting it ("News in brief: …"), pays nothing for the hours
// between them, and is no next item of its source's series; one
// published before pays as any item does.
func TestServiceReportNextMorning(t *testing.T) {
	t0 := time.Date(2026, 6, 1, 10, 15, 0, 0, time.UTC)
	report := storage.Item{Language: "en", Published: t0, Sources: []string{"westcountry"},
		Title:   "Crete quake injures 11, damages church and school",
		Summary: "The number of people hurt in Monday's magnitude 5.8 earthquake off Crete rose to 11, as engineers inspected a damaged school in Ierapetra."}
	service := storage.Item{Language: "en", Sources: []string{"westcountry"},
		Title:   "Crete earthquake: what holidaymakers need to know",
		Summary: "A 5.8-magnitude quake struck off Crete on Monday, injuring 11 people in Ierapetra. Heraklion and Chania airports are operating normally."}
	brief := storage.Item{Language: "en", Sources: []string{"westcountry"},
		Title:   "News in brief: church and school damaged",
		Summary: "Eleven people were hurt when a 5.8-magnitude quake struck off Crete on Monday; a school in Ierapetra was damaged."}
	for _, tt := range []struct {
		name   string
		item   storage.Item
		after  time.Duration
		waived bool
	}{
		{"the next morning", service, 20 * time.Hour, true},
		{"the evening before", service, -8 * time.Hour, false},
		{"briefs the next morning", brief, 22 * time.Hour, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b := tt.item
			b.Published = t0.Add(tt.after)
			pa, pb := newStoryPrint(&report), newStoryPrint(&b)
			s := newWordStats()
			l := s.measure(&pa, &pb)
			pb.published = pa.published // the same words, published together
			same := s.measure(&pa, &pb).similarity
			if waived := l.similarity >= same; waived != tt.waived { // sharing "Crete", it may be more alike (taggedBonus)
				t.Errorf("similarity %.3f, %.3f published together: waived %v, want %v", l.similarity, same, waived, tt.waived)
			}
			if tt.waived && l.conflict != "" {
				t.Errorf("conflict %q, want none", l.conflict)
			}
		})
	}
}

// TestFollowUpVerdict: explain says why a follow-up is not one story
// with what it follows.
func TestFollowUpVerdict(t *testing.T) {
	t0 := time.Date(2026, 6, 1, 6, 20, 0, 0, time.UTC)
	takeover := storage.Item{Language: "en", Sources: []string{"tickerline"}, Published: t0,
		Title:   "Halvorsen Maritime to buy Kestrel Logistics for 340 million euros",
		Summary: "Norwegian shipping group Halvorsen Maritime agreed to buy Dutch freight forwarder Kestrel Logistics for 340 million euros in cash."}
	bid := storage.Item{Language: "en", Sources: []string{"meridian"}, Published: t0.Add(24 * time.Hour),
		Title:   "Brennick Shipping bids 410 million euros for Ostwind Logistik",
		Summary: "Danish shipping group Brennick Shipping offered 410 million euros in cash for Ostwind Logistik, a day after rival Halvorsen Maritime agreed to buy Kestrel Logistics."}
	v := compareStories(newStoryPrint(&takeover), newStoryPrint(&bid), StoryOptions{})
	if v.Same || !strings.Contains(v.Reason, "follow-up") || !strings.Contains(v.Reason, "a day after") {
		t.Errorf("verdict %+v, want a follow-up, not one story", v)
	}
}

// TestDigestTitle: a newsletter's title names it in its head; a report
// that mentions a briefing does not.
func TestDigestTitle(t *testing.T) {
	for title, want := range map[string]bool{
		"Morning briefing: oil jumps, Skyvane walkout, Manchester raid arrests":      true,
		"Morning Briefing, Monday, July 6":                                           true,
		"The Briefing: what you need to know on Tuesday 7 April":                     true,
		"Evening Newsletter – 12 June":                                               true,
		"Morning briefing — Tuesday, 8 September":                                    true,
		"Morgenlage: Streik, Zinsen und ein Rekord":                                  true,
		"Утренний брифинг: главное за ночь":                                          true,
		"Minister skips press briefing as strike spreads":                            false,
		"Minister skips press briefing":                                              false,
		"Briefing room evacuated":                                                    false,
		"Briefing room evacuated: fire alarm at the White House":                     false,
		"Briefing room evacuated after fire alarm at the White House, officials say": false,
		"Oil jumps 4% after OPEC+ agrees surprise output cut":                        false,
		"News in brief: Hafenbrand gelöscht":                                         false, // a reprint of one report
		"Asia digest: Blue Heron towed to Port Klang":                                false, // a section's column: its reprint
		"World news digest: Kelantan evacuees top 6,400":                             false,
		"Morning digest: oil, strikes and the weather":                               true, // a newsletter
		"The Digest: what you need to know":                                          true,
		"Digest: Friday":                                                             true,
	} {
		if got := digestTitle(title); got != want {
			t.Errorf("%q: digest %v, want %v", title, got, want)
		}
	}
}

// TestColumnListingSeveral: a column of briefs whose title lists three
// news or more is a digest of them; one whose title tells one, in a
// clause or two, is its reprint. Chinese papers' columns are named by
// their city or section before 简讯, and set a full-width colon.
func TestColumnListingSeveral(t *testing.T) {
	for _, tt := range []struct {
		title          string
		column, digest bool
	}{
		{"Укратко: НБС не мења стопу, угашен пожар у Нишу, Сарајево у смогу", true, true},
		{"Ukratko: aerodrom ponovo radi, novi autobusi za Zemun, fabrika u Šapcu", true, true},
		{"京城简讯：朝阳冷库火灾扑灭 地铁周末延时运营 明起降温", true, true},
		{"港聞簡訊：觀塘小巴相撞15傷 工廈火警 翼航上市首日升34%", true, true},
		{"Kurz notiert: Kabelbrand, Stromnetz lahm, Pendler betroffen", true, true},
		{"Krótko: Wichura we Lwowie i okolicach, 40 tysięcy odbiorców bez prądu", true, false},
		{"Ukratko: Požar u Nišu ugašen", true, false},
		{"港聞簡訊：旺角唐樓火警", true, false},
		{"新华社简讯要闻：旺角唐樓火警 海關 天文台", false, false}, // a long head is no column's name
		// a number's comma parts no clauses; nor a space beside a number
		{"Ukratko: Inflacija u Srbiji pala na 4,5 odsto, saopštio RZS", true, false},
		{"In brief: 1,200 jobs to go at Port Talbot, union says", true, false},
		{"港聞簡訊：機場客運量回升至１，２００萬 旺角唐樓火警", true, false},
		{"京城简讯：北京地铁 19 号线明起延时运营至 24 时", true, false},
		// Chinese clauses however they end, and apart by the ideographic space
		{"京城简讯：明起降温5℃ 地铁周末延时运营 朝阳冷库火灾扑灭", true, true},
		{"京城简讯：朝阳冷库火灾扑灭\u3000地铁周末延时运营\u3000明起降温", true, true},
		// in Taiwan 簡訊 is a text message too: scam texts are news
		{"詐騙簡訊：假冒監理站寄罰單 點連結恐遭盜刷 警方籲刪除", false, false},
		{"旺角唐樓火警 海關檢冒牌貨 天文台料週三轉涼", false, false},
		{"Sarajevo, Niš, Beograd: smog u tri grada", false, false},
		// a section's digest is a column; and columns beyond Europe's languages
		{"Asia digest: Blue Heron towed to Port Klang after engine failure", true, false},
		{"Business digest: Rail strike, bank merger, port fire", true, true},
		{"Morning digest: Rail strike, bank merger, port fire", false, true},
		{"Reader's Digest: publisher files for bankruptcy", false, false}, // a magazine's name
		{"Habari kwa ufupi: Saba wafariki kwenye mafuriko ya Mombasa", true, false},
		{"संक्षेप में: भूस्खलन के बाद बदरीनाथ हाईवे बंद", true, false},
		{"সংক্ষেপে: মিরপুরের কারখানায় আগুন", true, false},
		{"Berita singkat: Banjir Kampung Melayu surut", true, false},
		{"باختصار: حريق في مخزن بالموسكي", true, false},
		{"단신: 부산항 화재 진화", true, false},
		{"Singkat kata, banjir surut", false, false},
	} {
		w := readStoryWords("", tt.title, "")
		if _, column := briefColumn(tt.title); column != tt.column || w.digest != tt.digest {
			t.Errorf("%q: column %v, digest %v; want %v, %v", tt.title, column, w.digest, tt.column, tt.digest)
		}
	}
}

// TestDigestVerdict: a newsletter that names the day's news is one story
// with none of the reports it names, however many of their words it has.
func TestDigestVerdict(t *testing.T) {
	t0 := time.Date(2026, 6, 1, 6, 20, 0, 0, time.UTC)
	report := storage.Item{Language: "en", Sources: []string{"wire"}, Published: t0,
		Title:   "Container ship Meridian Grace runs aground in Suez Canal, traffic halted",
		Summary: "The container ship Meridian Grace ran aground in the Suez Canal on Wednesday, halting traffic in both directions, the canal authority said."}
	digest := storage.Item{Language: "en", Sources: []string{"daily"}, Published: t0.Add(time.Hour),
		Title:   "Morning briefing: Wednesday, August 5",
		Summary: "Container ship Meridian Grace runs aground in the Suez Canal, halting traffic; plus the markets and the weather."}
	v := compareStories(newStoryPrint(&report), newStoryPrint(&digest), StoryOptions{})
	if v.Same || !strings.Contains(v.Reason, "digest") {
		t.Errorf("verdict %+v, want a digest, not one story", v)
	}
}

// TestDaysVerdict: explain names the days two titles disagree on.
func TestDaysVerdict(t *testing.T) {
	t0 := time.Date(2026, 6, 1, 6, 20, 0, 0, time.UTC)
	a := storage.Item{Language: "fr", Published: t0, Title: "Grève : les bus de Lyon à l'arrêt mardi",
		Summary: "Les syndicats des TCL appellent à une journée de grève, les bus de Lyon ne circuleront pas."}
	b := storage.Item{Language: "fr", Published: t0.Add(3 * time.Hour), Title: "Grève : le métro de Lyon à l'arrêt mercredi",
		Summary: "Les syndicats des TCL appellent à une journée de grève, le métro de Lyon ne circulera pas."}
	stats := newWordStats()
	_, v := pairVerdict(&stats, StoryOptions{}.withDefaults(), &a, &b)
	if v.Same || !strings.Contains(v.Reason, "disagree on days") || !slices.Contains(v.Disagree, "mardi") || !slices.Contains(v.Disagree, "mercredi") {
		t.Errorf("verdict %+v, want apart on the days mardi and mercredi", v)
	}
}

// TestUpdateRevisesFigures: a wire's update within 12 hours that names
// what its report's title named revises its figures, and may name more:
// its new figures neither disagree nor cost it similarity (the short
// update is 0.12 similar when they do); an update on another place, or
// a day later, still disagrees.
func TestUpdateRevisesFigures(t *testing.T) {
	t0 := time.Date(2026, 10, 5, 6, 0, 0, 0, time.UTC)
	report := newStoryPrint(&storage.Item{Language: "en", Title: "Magnitude 5.1 earthquake strikes off Rhodes",
		Summary:   "A magnitude 5.1 earthquake struck the sea off the Greek island of Rhodes early on Monday, the Athens Geodynamic Institute said. There were no immediate reports of damage.",
		Published: t0, Sources: []string{"wire"}})
	for _, tt := range []struct {
		name, title, summary string
		after                time.Duration
		conflict             string
	}{
		{"an update naming more", "UPDATE 1-Rhodes quake downgraded to 4.9; cracks in Lindos church",
			"The earthquake that struck off the Greek island of Rhodes on Monday was downgraded to magnitude 4.9 by the Athens Geodynamic Institute; cracks appeared in a church in Lindos.", 6 * time.Hour, ""},
		{"a short update naming more", "UPDATE 1-Rhodes quake downgraded to 4.9; cracks in Lindos church",
			"The earthquake off Rhodes was revised to 4.9 by the institute; cracks in a Lindos church.", 6 * time.Hour, ""},
		{"an update on another place", "UPDATE 1-Magnitude 4.8 earthquake strikes off Sicily",
			"A magnitude 4.8 earthquake struck the sea off the Italian island of Sicily on Monday, the national geophysics institute said. There were no immediate reports of damage.", 6 * time.Hour, "numbers"},
		{"an update a day later", "UPDATE 1-Rhodes quake downgraded to 4.9; cracks in Lindos church",
			"The earthquake that struck off the Greek island of Rhodes on Monday was downgraded to magnitude 4.9 by the Athens Geodynamic Institute; cracks appeared in a church in Lindos.", 30 * time.Hour, "numbers"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			u := newStoryPrint(&storage.Item{Language: "en", Title: tt.title, Summary: tt.summary, Published: t0.Add(tt.after), Sources: []string{"wire"}})
			l := windowStats(&report, &u).measure(&report, &u) // both counted in the window, as the index has them
			if l.conflict != tt.conflict {
				t.Errorf("conflict %q (%.2f similar), want %q", l.conflict, l.similarity, tt.conflict)
			}
			if same := l.same(StoryOptions{}.withDefaults()); same != (tt.conflict == "") {
				t.Errorf("one story: %v (%.2f similar), want %v", same, l.similarity, tt.conflict == "")
			}
		})
	}
}

// windowStats are word counts of a window holding four items of other
// news and the given ones, as the index counts them.
func windowStats(prints ...*storyPrint) *wordStats {
	s := newWordStats()
	for _, title := range []string{"Council approves budget", "Train services resume", "Storm warning for the coast", "Ferry strike ends"} {
		p := newStoryPrint(&storage.Item{Language: "en", Title: title, Summary: "officials said on Monday", Sources: []string{title}})
		s.count(&p, 1, nil)
	}
	for _, p := range prints {
		s.count(p, 1, nil)
	}
	return &s
}

// TestLaterNamingMore: a rewrite whose title names all that the
// report's names, and a place more ("Thames estuary"), is that report
// when it comes within hours: naming more is no disagreement then. A
// tagged update or a column's brief sharing a name of the report's title
// is a little more alike than its words alone, a day long.
func TestLaterNamingMore(t *testing.T) {
	t0 := time.Date(2026, 10, 5, 6, 0, 0, 0, time.UTC)
	report := newStoryPrint(&storage.Item{Language: "en", Title: "Fire breaks out at warehouse in Port of Tilbury",
		Summary:   "Essex County Fire and Rescue Service said crews were tackling a fire at a warehouse in the Port of Tilbury on Monday morning. Residents were told to keep windows closed.",
		Published: t0, Sources: []string{"wire"}})
	for _, tt := range []struct {
		name, title, summary string
		after                time.Duration
		same                 bool
		says                 string // in explain's verdict
	}{
		{"a rewrite naming more", "Smoke drifts over Thames estuary as Tilbury warehouse burns",
			"A plume of smoke from a burning warehouse at the Port of Tilbury drifted across the Thames estuary on Monday, Essex firefighters said.", 3 * time.Hour, true,
			"names all that the other's names, and more"},
		{"the rewrite a day later", "Smoke drifts over Thames estuary as Tilbury warehouse burns",
			"A plume of smoke from a burning warehouse at the Port of Tilbury drifted across the Thames estuary on Monday, Essex firefighters said.", 30 * time.Hour, false, ""},
		{"an update of few words in common", "UPDATE 1-Tilbury fire under control; forklift charger suspected",
			"Crews brought the blaze under control by the afternoon; investigators suspect a faulty forklift charger.", 5 * time.Hour, true,
			"tagged as an update, a service report or a brief, and shares a name of the titles: 0.03"},
		{"the update untagged", "Tilbury fire under control; forklift charger suspected",
			"Crews brought the blaze under control by the afternoon; investigators suspect a faulty forklift charger.", 5 * time.Hour, false, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			later := newStoryPrint(&storage.Item{Language: "en", Title: tt.title, Summary: tt.summary, Published: t0.Add(tt.after), Sources: []string{"other"}})
			l := windowStats(&report, &later).measure(&report, &later)
			if same := l.same(StoryOptions{}.withDefaults()); same != tt.same {
				t.Errorf("one story: %v (%.3f similar, conflict %q), want %v", same, l.similarity, l.conflict, tt.same)
			}
			if v := l.verdict(StoryOptions{}.withDefaults(), &report, &later); !strings.Contains(v.Reason, tt.says) {
				t.Errorf("verdict %q, want it to say %q", v.Reason, tt.says)
			}
		})
	}
}

// TestSmallWindowAnchors: in a window of few items in a language, where
// no word is as rare as rareWeight, a name in one story is rare: two
// airport strikes, each naming its own airport, report different news;
// and a wire's update revising its report's figures is that report
// however common the place they share.
func TestSmallWindowAnchors(t *testing.T) {
	t0 := time.Date(2026, 10, 19, 6, 0, 0, 0, time.UTC)
	item := func(title, summary string, after time.Duration, src string) storyPrint {
		return newStoryPrint(&storage.Item{Language: "en", Title: title, Summary: summary, Published: t0.Add(after), Sources: []string{src}})
	}
	gatwick := item("Gatwick baggage handlers begin 72-hour strike",
		"Baggage handlers at Gatwick Airport began a 72-hour strike over pay at 4am on Monday, the Unite union said.", 0, "wire")
	edinburgh := item("Edinburgh Airport security staff walk out in pay row",
		"Security staff at Edinburgh Airport began a strike over pay at 4am on Monday, the union said, warning of long queues.", 2*time.Hour, "scot")
	if l := windowStats(&gatwick, &edinburgh).measure(&gatwick, &edinburgh); l.conflict != "unshared" {
		t.Errorf("two airports' strikes: conflict %q (%.2f similar), want unshared", l.conflict, l.similarity)
	}
	report := item("Measles outbreak in Auckland grows to 64 cases",
		"Health officials in Auckland said on Monday the measles outbreak had grown to 64 cases.", 0, "wire")
	update := item("UPDATE 1-Auckland measles cases rise to 71; Manukau school closed",
		"The measles outbreak in Auckland has grown to 71 cases, health officials said, and a school in Manukau was closed.", 5*time.Hour, "wire2")
	bridge := item("Auckland harbour bridge lane closed for repairs", "One lane of the Auckland Harbour Bridge will close overnight.", -3*time.Hour, "a")
	council := item("Auckland council approves rates rise", "Auckland Council approved a rates rise on Monday.", -2*time.Hour, "b")
	ferry := item("Auckland ferry timetable changes", "Ferries in Auckland will run to a new timetable.", -time.Hour, "c")
	s := windowStats(&report, &update, &bridge, &council, &ferry) // Auckland in five items: no rare name
	if l := s.measure(&report, &update); !l.same(StoryOptions{}.withDefaults()) {
		t.Errorf("an update revising the count: conflict %q (%.2f similar), want one story", l.conflict, l.similarity)
	}
}

// TestTenfoldApartIsOtherNews: in English, "1.5 million" is read as 1.5,
// which is not the 150,000 of another recall (a lakh apart agrees only
// in the languages that count in lakhs): their titles disagree on
// numbers, and they are two stories.
func TestTenfoldApartIsOtherNews(t *testing.T) {
	t0 := time.Date(2026, 3, 5, 9, 0, 0, 0, time.UTC)
	a := newStoryPrint(&storage.Item{Language: "en", NormLink: "https://a.example/1", Published: t0, Sources: []string{"a"},
		Title:   "Brandt Motors recalls 150,000 vehicles over airbag fault",
		Summary: "Brandt Motors said on Tuesday it would recall 150,000 vehicles in Europe over a faulty airbag sensor."})
	b := newStoryPrint(&storage.Item{Language: "en", NormLink: "https://b.example/2", Published: t0.Add(2 * time.Hour), Sources: []string{"b"},
		Title:   "Brandt Motors recalls 1.5 million vehicles over brake fault",
		Summary: "Brandt Motors said on Tuesday it would recall 1.5 million vehicles in the United States over a brake defect."})
	if v := compareStories(a, b, StoryOptions{}); v.Same {
		t.Errorf("one story: %s", v.Reason)
	}
	hi := newStoryPrint(&storage.Item{Language: "hi", Title: "सूर्योदय ऑटो ने 1,20,000 स्कूटर वापस मंगाए"})
	if !hi.holdsNumber("1.2") {
		t.Errorf("1,20,000 in Hindi is not 1.2 lakh")
	}
}

// TestTemplateTwinsByInitials: in German, whose every noun is
// capitalized, clubs' initials tell template twins apart: two results of
// one score are two matches, while a report and its rewrite that name
// the same clubs are one.
func TestTemplateTwinsByInitials(t *testing.T) {
	t0 := time.Date(2026, 12, 21, 20, 0, 0, 0, time.UTC)
	item := func(title, summary string, after time.Duration, source string) storyPrint {
		return newStoryPrint(&storage.Item{Language: "de", Title: title, Summary: summary, Published: t0.Add(after), Sources: []string{source}})
	}
	elbtal := item("Handball: SG Elbtal schlägt TV Heidmark 31:28", "Die SG Elbtal hat am Sonntagabend vor 1.800 Zuschauern in der Oberliga 31:28 gewonnen, bester Werfer war Brede mit neun Toren.", 0, "a")
	moorbach := item("Handball: HSG Moorbach schlägt VfL Lindenau 31:28", "Die HSG Moorbach hat am Sonntagabend vor 1.800 Zuschauern in der Oberliga 31:28 gewonnen, bester Werfer war Kranz mit neun Toren.", 10*time.Minute, "a")
	copy := item("SG Elbtal gewinnt gegen TV Heidmark mit 31:28", "Die SG Elbtal hat am Sonntagabend in der Oberliga 31:28 gewonnen, Brede traf neunmal.", 40*time.Minute, "b")
	s := windowStats(&elbtal, &moorbach, &copy)
	if l := s.measure(&elbtal, &moorbach); l.conflict != "names" {
		t.Errorf("two results of one score: conflict %q, want names", l.conflict)
	}
	if l := s.measure(&elbtal, &copy); l.conflict != "" {
		t.Errorf("a result and its rewrite: conflict %q, want none", l.conflict)
	}
}

// TestKindsVerdict: at one place the same morning, a fire and a strike
// are two news: each title names a kind of event the other item names
// nowhere, or one title does and the other item names another kind; a
// copy of the fire's report that names the strike too, or a report whose
// title names no kind and whose text names the same, is no such conflict.
func TestKindsVerdict(t *testing.T) {
	t0 := time.Date(2027, 3, 3, 5, 0, 0, 0, time.UTC)
	item := func(title, summary string, after time.Duration) storyPrint {
		return newStoryPrint(&storage.Item{Language: "de", Title: title, Summary: summary, Published: t0.Add(after)})
	}
	fire := item("Großbrand im Bremer Überseehafen", "", 0)
	for _, tt := range []struct {
		name  string
		other storyPrint
		kinds bool
	}{
		{"a strike's title", item("Warnstreik im Bremer Überseehafen – Terminals stehen still",
			"Im Bremer Überseehafen hat ein 24-stündiger Warnstreik begonnen; die Terminals stehen still.", 3*time.Hour), true},
		{"a strike told in the text", item("Hafenarbeiter in Bremen legen die Arbeit nieder",
			"Im Bremer Überseehafen hat ein 24-stündiger Warnstreik begonnen; die Terminals stehen still.", 4*time.Hour), true},
		{"the fire's copy", item("Feuer in Lagerhalle im Bremer Überseehafen",
			"Ein Brand in einer Lagerhalle im Bremer Überseehafen hält die Feuerwehr in Atem.", time.Hour), false},
		{"the fire's copy naming the strike", item("Brand im Bremer Überseehafen trotz Warnstreik gelöscht",
			"Trotz des Warnstreiks im Bremer Überseehafen hat die Feuerwehr den Brand gelöscht.", 5*time.Hour), false},
	} {
		if got := kindsApart(&fire, &tt.other); got != tt.kinds {
			t.Errorf("%s: kinds apart %v, want %v", tt.name, got, tt.kinds)
		}
	}
	strike := item("Warnstreik im Bremer Überseehafen", "Im Bremer Überseehafen hat ein Warnstreik begonnen.", time.Hour)
	if l := windowStats(&fire, &strike).measure(&fire, &strike); l.conflict != "kinds of event" {
		t.Errorf("a fire and a strike at one port: conflict %q, want kinds of event", l.conflict)
	}
}

// TestExplainShowsKinds: explain's evidence for a fire and a strike at
// one port names the two kinds of event, as compared, and its verdict
// says the titles disagree on them.
func TestExplainShowsKinds(t *testing.T) {
	t0 := time.Date(2027, 3, 3, 5, 0, 0, 0, time.UTC)
	a := &storage.Item{Language: "de", Title: "Großbrand im Bremer Überseehafen", Published: t0, Sources: []string{"a"}}
	b := &storage.Item{Language: "de", Title: "Warnstreik im Bremer Überseehafen", Published: t0.Add(time.Hour), Sources: []string{"b"},
		Summary: "Im Bremer Überseehafen hat ein Warnstreik begonnen."}
	disagree, v := explainPair(a, b)
	for _, want := range []string{"brand", "streik"} {
		if !slices.Contains(disagree, want) {
			t.Errorf("evidence %q lacks %s", disagree, want)
		}
	}
	if v.Same || !strings.Contains(v.Reason, "disagree on kinds of event") {
		t.Errorf("verdict %+v, want two stories whose titles disagree on kinds", v)
	}
}

// explainPair is explain's evidence of what items a and b disagree on,
// and its verdict, in a window of the two and four others.
func explainPair(a, b *storage.Item) ([]string, StoryVerdict) {
	pa, pb := newStoryPrint(a), newStoryPrint(b)
	s := windowStats(&pa, &pb)
	_, disagree := storyEvidence(s, a, b, &pa, &pb)
	return disagree, s.measure(&pa, &pb).verdict(StoryOptions{}.withDefaults(), &pa, &pb)
}
