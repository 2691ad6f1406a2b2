package aggregator

import (
	"fmt"
	"strings"
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

// TestExplainOwnNextReport: a wire's report the day after its first joins
// not the story through another outlet's copy, and explain -with says why
// when asked about that copy.
func TestExplainOwnNextReport(t *testing.T) {
	t0 := time.Date(2026, 3, 2, 8, 10, 0, 0, time.UTC)
	first := rssItem("https://wire.example/1", t0, "Tram derails in Lisbon, injuring 14",
		"A vintage tram derailed on a steep street in Lisbon's Graça district on Monday morning, injuring 14 people, two of them seriously, the city's emergency services said.")
	next := rssItem("https://wire.example/2", t0.Add(31*time.Hour), "Brake failure caused Lisbon tram derailment, operator Carris says",
		"A brake failure caused the derailment of a vintage tram in Lisbon's Graça district that injured 14 people on Monday, operator Carris said, suspending the line 28 service.")
	var local []string
	for i, news := range []string{
		"Lisbon metro extends its red line|The Lisbon metro opened two stations of its red line extension.",
		"Porto tram fares rise in April|Fares on Porto's historic trams will rise by ten percent in April.",
		"Strike halts Lisbon ferries across the Tagus|Ferry crews struck for a day over pay, halting crossings to Barreiro.",
		"New buses for Coimbra|Coimbra bought forty electric buses for its city routes.",
		"Faro airport traffic at a record|The Algarve airport handled a record number of passengers in the summer.",
	} {
		title, summary, _ := strings.Cut(news, "|")
		local = append(local, rssItem(fmt.Sprintf("https://local.example/%d", i), t0.Add(time.Duration(6*i)*time.Hour), title, summary))
	}
	feeds := map[string]string{
		"local": rssChannel("Local", local...),
		"wire":  rssChannel("Wire", first),
		"metro": rssChannel("Metro", rssItem("https://metro.example/1", t0.Add(3*time.Hour), "Lisbon tram crash: 14 injured",
			"Fourteen people were injured when a vintage tram derailed in Lisbon's Graça district on Monday, emergency services said. Operator Carris suspended the line 28 service.")),
	}
	url, publish := serveFeeds(t, feeds)
	store := tempStore(t)
	topics := []Topic{{ID: "lisbon", Any: []string{"lisbon"}, Stories: &StoryOptions{}}}
	pollEach(t, store, url, topics, "local", "wire", "metro")
	publish("wire", rssChannel("Wire", first, next))
	pollEach(t, store, url, topics, "wire")
	res := explainItems(t, store, topics, "lisbon", "", "https://metro.example/1", "https://wire.example/2")
	if s := res[0].Story; s == nil || s.With == nil || s.With.Link != "https://wire.example/1" {
		t.Fatalf("the copy's story: %+v", s)
	}
	checkExplainedApart(t, store, topics, "lisbon", "https://metro.example/1", "https://wire.example/2", "next report")
}

// checkExplainedApart checks that the item at later is in another story
// than the copy at copyLink, and that explaining the two together says
// so for the reason given, naming the copy's story.
func checkExplainedApart(t *testing.T, store *storage.Store, topics []Topic, topic, copyLink, later, reason string) {
	t.Helper()
	res := explainItems(t, store, topics, topic, "", copyLink, later)
	if res[0].Story == nil {
		t.Fatalf("%s: no story", copyLink)
	}
	story := res[0].Story.First.ID
	if s := res[1].Story; s == nil || s.First.ID == story {
		t.Fatalf("%s joined the story of %s: %+v", later, copyLink, s)
	}
	pair := explainItems(t, store, topics, topic, copyLink, later)
	if v := pair[0].Story.Verdict; v.Same || !strings.Contains(v.Reason, reason) || !strings.Contains(v.Reason, story) {
		t.Errorf("%s with %s: %+v, want apart for %q, naming story %s", later, copyLink, v, reason, story)
	}
}

// TestOwnDisagreeingReportKeepsItsStory: an outlet that reports a fire
// with 12 engines in one district in the morning and a fire with 8 in
// another in the afternoon reports two fires; the second joins the
// first's story through no other outlet's rewrite of the first, which
// names neither district nor figure, whether it is polled with them or
// after them. A wire's update of the outlet's own report, with a revised
// figure, still joins it.
func TestOwnDisagreeingReportKeepsItsStory(t *testing.T) {
	t0 := time.Date(2027, 2, 9, 7, 0, 0, 0, time.UTC)
	item := func(id, src string, stage int, after time.Duration, title, summary string) evalItem {
		return evalItem{Stage: stage, storyCorpusItem: storyCorpusItem{ID: id, Story: id, Lang: "en", Source: src,
			Published: t0.Add(after), Link: "https://" + src + ".example/" + id, Title: title, Summary: summary}}
	}
	for _, stage := range []int{1, 2} { // the afternoon's fire polled with the others, or after them
		items := []evalItem{
			item("morning", "cairo-daily", 1, 0, "Large fire at Mousky fabric warehouse, 12 fire engines sent",
				"A large fire broke out this morning in a fabric warehouse in the Mousky district of central Cairo. Civil defence sent 12 fire engines to stop the flames spreading to nearby shops. No one was hurt, police said."),
			item("rewrite", "nile-news", 1, 90*time.Minute, "Flames engulf warehouse in central Cairo, nearby shops evacuated",
				"Shops were evacuated this morning after flames engulfed a fabric warehouse in a side street of central Cairo. Civil defence crews surrounded the fire before it could spread, and no one was hurt, police said."),
			item("afternoon", "cairo-daily", stage, 4*time.Hour, "Large fire at Bulaq fabric warehouse, 8 fire engines sent",
				"A large fire broke out this afternoon in a fabric warehouse in the Bulaq district of central Cairo. Civil defence sent 8 fire engines to stop the flames spreading to nearby buildings. No one was hurt, police said."),
			item("update", "cairo-daily", stage, 5*time.Hour, "UPDATE 1-Mousky fabric warehouse fire put out, 14 fire engines sent",
				"The fire that broke out this morning in a fabric warehouse in the Mousky district of central Cairo was put out after civil defence sent 14 fire engines to stop the flames spreading to nearby shops. No one was hurt, police said."),
		}
		for seed := range uint64(4) { // the polls of a stage finish in any order
			story := fileEvalCorpus(items, seed)
			if story["morning"] != story["rewrite"] || story["update"] != story["morning"] {
				t.Errorf("stage %d, seed %d: the morning's report in %q, its rewrite in %q, its update in %q: want one story", stage, seed, story["morning"], story["rewrite"], story["update"])
			}
			if story["afternoon"] == story["morning"] {
				t.Errorf("stage %d, seed %d: the outlet's afternoon fire joined its morning fire's story %q", stage, seed, story["morning"])
			}
		}
	}
}

// TestOwnConflict: two items of one source in conflict are kept apart,
// unless the later is tagged as an update (whichever is filed first),
// they share a link, their likeness finds no conflict, or they are of
// two sources.
func TestOwnConflict(t *testing.T) {
	t0 := time.Date(2027, 2, 9, 7, 0, 0, 0, time.UTC)
	print := func(src string, after time.Duration, update bool) storyPrint {
		p := storyPrint{sources: []string{src}, published: t0.Add(after)}
		p.words.update = update
		return p
	}
	conflict := likeness{conflict: "numbers"}
	for _, c := range []struct {
		name string
		a, b storyPrint
		l    likeness
		want bool
	}{
		{"one source in conflict", print("s", 0, false), print("s", time.Hour, false), conflict, true},
		{"the later a tagged update", print("s", 0, false), print("s", time.Hour, true), conflict, false},
		{"the earlier a tagged update", print("s", 0, true), print("s", time.Hour, false), conflict, true},
		{"a shared link", print("s", 0, false), print("s", time.Hour, false), likeness{conflict: "numbers", sharedLink: true}, false},
		{"no conflict", print("s", 0, false), print("s", time.Hour, false), likeness{}, false},
		{"two sources", print("s", 0, false), print("t", time.Hour, false), conflict, false},
	} {
		for _, order := range [][2]*storyPrint{{&c.a, &c.b}, {&c.b, &c.a}} {
			if got := ownConflict(order[0], order[1], &c.l); got != c.want {
				t.Errorf("%s: ownConflict = %v, want %v", c.name, got, c.want)
			}
		}
	}
}

// TestExplainOwnDisagreeingReport: explain says why an outlet's
// afternoon fire is not one story with another outlet's rewrite of its
// morning fire, which it is like: the rewrite's story holds the outlet's
// morning report, whose title disagrees with the afternoon's.
func TestExplainOwnDisagreeingReport(t *testing.T) {
	t0 := time.Date(2027, 2, 9, 7, 0, 0, 0, time.UTC)
	morning := rssItem("https://cairo.example/1", t0, "Large fire at Mousky fabric warehouse, 12 fire engines sent",
		"A large fire broke out this morning in a fabric warehouse in the Mousky district of central Cairo. Civil defence sent 12 fire engines to stop the flames spreading to nearby shops. No one was hurt, police said.")
	afternoon := rssItem("https://cairo.example/2", t0.Add(4*time.Hour), "Large fire at Bulaq fabric warehouse, 8 fire engines sent",
		"A large fire broke out this afternoon in a fabric warehouse in the Bulaq district of central Cairo. Civil defence sent 8 fire engines to stop the flames spreading to nearby buildings. No one was hurt, police said.")
	feeds := map[string]string{
		"cairo": rssChannel("Cairo Daily", morning),
		"nile": rssChannel("Nile News", rssItem("https://nile.example/1", t0.Add(90*time.Minute), "Flames engulf warehouse in central Cairo, nearby shops evacuated",
			"Shops were evacuated this morning after flames engulfed a fabric warehouse in a side street of central Cairo. Civil defence crews surrounded the fire before it could spread, and no one was hurt, police said.")),
	}
	url, publish := serveFeeds(t, feeds)
	store := tempStore(t)
	topics := []Topic{{ID: "cairo", Any: []string{"cairo"}, Stories: &StoryOptions{}}}
	pollEach(t, store, url, topics, "cairo", "nile")
	publish("cairo", rssChannel("Cairo Daily", morning, afternoon))
	pollEach(t, store, url, topics, "cairo")
	checkExplainedApart(t, store, topics, "cairo", "https://nile.example/1", "https://cairo.example/2", "disagrees")
}

// TestDatelinesApart: a wire's two reports datelined from two places
// are two news, however alike their words: a lorry overturned near
// Kassel and one near Ulm, told in one title. Not when one is the
// other's tagged update (a wire's update may be datelined where the
// story moved), nor when two outlets dateline one report each their own
// way, nor when one has no dateline.
// TestCaselessDatelinesApart: a wire's two reports in a script without
// capitals, datelined from two places, are apart as those in capitals
// are; datelined from one place, they are not.
func TestCaselessDatelinesApart(t *testing.T) {
	t0 := time.Date(2027, 4, 6, 12, 20, 0, 0, time.UTC)
	print := func(after time.Duration, summary string) storyPrint {
		return newStoryPrint(&storage.Item{Language: "ar", Title: "قوة حفظ السلام: سقوط طائرة مسيرة قرب دورية دون إصابات",
			Summary: summary, Published: t0.Add(after), Sources: []string{"nilnews"}})
	}
	const lead = "أعلنت قوة الأمم المتحدة لحفظ السلام الثلاثاء أن طائرة مسيرة سقطت على بعد نحو مئة متر من دورية لجنودها، من دون أن تسفر عن إصابات، وأنها فتحت تحقيقا في الحادث."
	beirut := print(0, "بيروت (وكالة النيل) - "+lead)
	for _, c := range []struct {
		name  string
		b     storyPrint
		apart bool
	}{
		{"two places", print(2*time.Hour, "نيقوسيا (وكالة النيل) - "+lead), true},
		{"one place", print(2*time.Hour, "بيروت (وكالة النيل) - "+lead), false},
		{"one dateline", print(2*time.Hour, lead), false},
		{"a listed place of two words", print(2*time.Hour, "الدار البيضاء (وكالة النيل) - "+lead), true},
		{"a body's name, no dateline", print(2*time.Hour, "وزارة الخارجية (وكالة النيل) - "+lead), false},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := windowStats(&beirut, &c.b)
			for _, l := range []likeness{s.measure(&beirut, &c.b), s.measure(&c.b, &beirut)} {
				if got := l.conflict == "datelines"; got != c.apart {
					t.Errorf("conflict %q, want datelines apart: %v", l.conflict, c.apart)
				}
			}
		})
	}
}

// TestBalticDatelinesApart: a Baltic agency's datelines, closed by a
// full stop after its name, tell two places as a dash's do: two fines
// of one competition board, in one template, are two news, and a
// regional rewrite of one of them bridges neither into the other.
func TestBalticDatelinesApart(t *testing.T) {
	t0 := time.Date(2027, 5, 11, 10, 0, 0, 0, time.UTC)
	item := func(id, src string, after time.Duration, title, summary string) evalItem {
		return evalItem{Stage: 1, storyCorpusItem: storyCorpusItem{ID: id, Story: id, Lang: "lv", Source: src,
			Published: t0.Add(after), Link: "https://" + src + ".example/" + id, Title: title, Summary: summary}}
	}
	items := []evalItem{
		item("liepaja", "dza", 0, "Konkurences padome soda Liepājas ceļu būvētāju ar 420 000 eiro",
			"LIEPĀJA, 11. maijs (DZA). Konkurences padome piemērojusi 420 000 eiro sodu Liepājas ceļu būves uzņēmumam SIA „Dienvidkurzemes ceļi” par vienošanos ar konkurentiem pašvaldības iepirkumos. Uzņēmums lēmumu var pārsūdzēt tiesā mēneša laikā."),
		item("daugavpils", "dza", 150*time.Minute, "Konkurences padome soda Daugavpils maiznīcu ar 85 000 eiro",
			"DAUGAVPILS, 11. maijs (DZA). Konkurences padome piemērojusi 85 000 eiro sodu Daugavpils maizes ceptuvei SIA „Latgales klaips” par vienošanos ar izplatītāju par mazumtirdzniecības cenām. Uzņēmums lēmumu var pārsūdzēt tiesā mēneša laikā."),
		item("regional", "kurzeme", 5*time.Hour, "Liepājas ceļu būvētājam 420 tūkstošu eiro sods par iepirkumu saskaņošanu",
			"Konkurences padome ar 420 000 eiro sodījusi mūsu reģiona uzņēmumu – liepājnieku „Dienvidkurzemes ceļus” – par vienošanos ar konkurentiem pašvaldības iepirkumos. Lēmumu var pārsūdzēt tiesā mēneša laikā."),
	}
	print := func(c evalItem) storyPrint {
		return newStoryPrint(&storage.Item{Language: c.Lang, Title: c.Title, Summary: c.Summary, Published: c.Published, Sources: []string{c.Source}})
	}
	a, b := print(items[0]), print(items[1])
	if !datelinesApart(&a, &b) {
		t.Errorf("datelines %v and %v are not apart", a.words.dateline, b.words.dateline)
	}
	for seed := range uint64(4) {
		if story := fileEvalCorpus(items, seed); story["liepaja"] == story["daugavpils"] {
			t.Errorf("seed %d: the agency's Liepāja and Daugavpils fines are one story, %s", seed, story["liepaja"])
		}
	}
}

func TestDatelinesApart(t *testing.T) {
	t0 := time.Date(2027, 2, 9, 5, 40, 0, 0, time.UTC)
	print := func(src string, after time.Duration, title, summary string) storyPrint {
		return newStoryPrint(&storage.Item{Language: "de", Title: title, Summary: summary, Published: t0.Add(after), Sources: []string{src}})
	}
	const title = "Lkw kippt auf Autobahn um – Fahrer schwer verletzt"
	kassel := print("dpn", 0, title,
		"KASSEL (dpn) - Auf der A7 bei Kassel ist am Morgen ein Lastwagen umgekippt, der Fahrer wurde schwer verletzt. Die Autobahn war in Richtung Norden stundenlang gesperrt, teilte die Polizei mit.")
	ulm := print("dpn", 6*time.Hour, title,
		"ULM (dpn) - Auf der A8 bei Ulm ist am Mittag ein Lastwagen umgekippt, der Fahrer wurde schwer verletzt. Die Autobahn war in Richtung Stuttgart stundenlang gesperrt, teilte die Polizei mit.")
	for _, c := range []struct {
		name  string
		b     storyPrint
		apart bool
	}{
		{"two places", ulm, true},
		{"a tagged update from another place", print("dpn", 3*time.Hour, "AKTUALISIERUNG 1-"+title,
			"FULDA (dpn) - Nach dem Unfall eines Lastwagens auf der A7 bei Kassel ist die Autobahn in Richtung Norden wieder frei. Der Fahrer wurde schwer verletzt, teilte die Polizei mit."), false},
		{"another outlet's dateline", print("nordkurier", 2*time.Hour, title,
			"GÖTTINGEN (nk) - Auf der A7 bei Kassel ist am Morgen ein Lastwagen umgekippt, der Fahrer wurde schwer verletzt. Die Autobahn war in Richtung Norden stundenlang gesperrt, teilte die Polizei mit."), false},
		{"one of its two places", print("dpn", 6*time.Hour, title,
			"GÖTTINGEN/KASSEL (dpn) - Auf der A7 bei Kassel ist am Morgen ein Lastwagen umgekippt, der Fahrer wurde schwer verletzt. Die Autobahn war in Richtung Norden stundenlang gesperrt, teilte die Polizei mit."), false},
		{"its place and an hour", print("dpn", 6*time.Hour, title,
			"KASSEL 11:40 (dpn) - Auf der A7 bei Kassel ist am Morgen ein Lastwagen umgekippt, der Fahrer wurde schwer verletzt. Die Autobahn war in Richtung Norden stundenlang gesperrt, teilte die Polizei mit."), false},
		{"one dateline", print("dpn", 6*time.Hour, title,
			"Auf der A8 bei Ulm ist am Mittag ein Lastwagen umgekippt, der Fahrer wurde schwer verletzt. Die Autobahn war in Richtung Stuttgart stundenlang gesperrt, teilte die Polizei mit."), false},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := windowStats(&kassel, &c.b)
			for _, l := range []likeness{s.measure(&kassel, &c.b), s.measure(&c.b, &kassel)} {
				if got := l.conflict == "datelines"; got != c.apart {
					t.Errorf("conflict %q, want datelines apart: %v", l.conflict, c.apart)
				}
			}
			if v := compareStories(kassel, c.b, StoryOptions{}); c.apart && (v.Same || !strings.Contains(v.Reason, "datelined from two places")) {
				t.Errorf("verdict %+v, want apart by their datelines", v)
			}
		})
	}
	// Nor does a third outlet's item, like both and datelined nowhere,
	// bridge the two reports' stories, whether their titles are one
	// (their conflict is their datelines) or name their roads (it is
	// their names).
	item := func(id, src string, after time.Duration, title, summary string) evalItem {
		return evalItem{Stage: 1, storyCorpusItem: storyCorpusItem{ID: id, Story: id, Lang: "de", Source: src,
			Published: t0.Add(after), Link: "https://" + src + ".example/" + id, Title: title, Summary: summary}}
	}
	for _, titles := range [][2]string{{title, title}, {"Lkw kippt auf A7 um – Fahrer schwer verletzt", "Lkw kippt auf A8 um – Fahrer schwer verletzt"}} {
		items := []evalItem{
			item("kassel", "dpn", 0, titles[0], "KASSEL (dpn) - Auf der A7 bei Kassel ist am Morgen ein Lastwagen umgekippt, der Fahrer wurde schwer verletzt. Die Autobahn war in Richtung Norden stundenlang gesperrt, teilte die Polizei mit."),
			item("ulm", "dpn", 6*time.Hour, titles[1], "ULM (dpn) - Auf der A8 bei Ulm ist am Mittag ein Lastwagen umgekippt, der Fahrer wurde schwer verletzt. Die Autobahn war in Richtung Stuttgart stundenlang gesperrt, teilte die Polizei mit."),
			item("bridge", "suedbote", 7*time.Hour, title, "Auf der Autobahn ist ein Lastwagen umgekippt, der Fahrer wurde schwer verletzt. Die Autobahn war stundenlang gesperrt, teilte die Polizei mit."),
		}
		for seed := range uint64(4) {
			if story := fileEvalCorpus(items, seed); story["kassel"] == story["ulm"] {
				t.Errorf("%q, seed %d: the wire's Kassel and Ulm reports are one story, %s (bridge in %s)", titles[1], seed, story["kassel"], story["bridge"])
			}
		}
	}
}

// rssItem is an RSS item of an English feed, its link its GUID.
func rssItem(link string, pub time.Time, title, summary string) string {
	return fmt.Sprintf("<item><title>%s</title><link>%s</link><guid>%s</guid><pubDate>%s</pubDate><description>%s</description></item>",
		title, link, link, pub.Format(time.RFC1123Z), summary)
}

// rssChannel is an English RSS feed of items.
func rssChannel(title string, items ...string) string {
	return `<?xml version="1.0"?><rss version="2.0"><channel><title>` + title + `</title><language>en</language>` + strings.Join(items, "") + `</channel></rss>`
}

// TestDatelinePlaces: a dateline's places are its words up to one with a
// digit (a time, a date), parted by single spaces however it spaces
// them, one or two of them apart by "/"; one of more places than two
// names none that is kept, and is apart from no other.
func TestDatelinePlaces(t *testing.T) {
	for _, c := range []struct{ a, b string }{
		{"NEW YORK", "NEW  YORK"},
		{"NEW YORK", "NEW\u00a0YORK"},
		{"ATHENS", "ATHENS 14:05"},
		{"PARIS", "PARIS 16 MARS"},
		{"BRUSSELS", "BRUSSELS/"},
	} {
		if pa, pb := datelinePlaces(c.a), datelinePlaces(c.b); pa != pb || pa[0] == 0 {
			t.Errorf("%q: %v, %q: %v; want the same places", c.a, pa, c.b, pb)
		}
	}
	if p := datelinePlaces("BRUSSELS/AUSTIN"); p[0] == 0 || p[1] == 0 || p[0] == p[1] {
		t.Errorf("BRUSSELS/AUSTIN: %v, want two places", p)
	}
	for _, none := range []string{"", "/", "14:05", "BRUSSELS/PARIS/BERLIN"} {
		if p := datelinePlaces(none); p != [2]uint32{} {
			t.Errorf("%q: %v, want no places", none, p)
		}
	}
}
