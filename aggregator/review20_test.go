package aggregator

// Faults a review found in the twentieth session's last two commits:
// 927e71a (the six languages' flash and update tags, the Baltic
// agencies' datelines closed by a full stop) and c6d370c (the words of
// thirteen languages read by their first four letters). Each test fails
// on c6d370c; each passes on the commit before the one it is about, and
// after the mends. The evidence test allows a beginning named as one
// ("buda…"), which the mend names so.

import (
	"strings"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// review20Pair is two items of one language, by two outlets, an hour
// apart.
func review20Pair(lang, title1, summary1, title2, summary2 string) (a, b storyPrint) {
	t0 := time.Date(2027, 5, 11, 6, 0, 0, 0, time.UTC)
	a = newStoryPrint(&storage.Item{Language: lang, Title: title1, Summary: summary1, Published: t0, Sources: []string{"outlet-a"}})
	b = newStoryPrint(&storage.Item{Language: lang, Title: title2, Summary: summary2, Published: t0.Add(time.Hour), Sources: []string{"outlet-b"}})
	return a, b
}

// review20File files two items of one language, by two outlets, an
// hour apart, and reports whether they were filed in one story.
func review20File(lang, title1, summary1, title2, summary2 string) bool {
	t0 := time.Date(2027, 5, 11, 6, 0, 0, 0, time.UTC)
	item := func(id, src string, after time.Duration, title, summary string) evalItem {
		return evalItem{Stage: 1, storyCorpusItem: storyCorpusItem{ID: id, Story: id, Lang: lang, Source: src,
			Published: t0.Add(after), Link: "https://" + src + ".example/" + id, Title: title, Summary: summary}}
	}
	story := fileEvalCorpus([]evalItem{item("a", "outlet-a", 0, title1, summary1), item("b", "outlet-b", time.Hour, title2, summary2)}, 0)
	return story["a"] == story["b"]
}

// TestReview20PrefixPlacesApart (c6d370c): two template reports of one
// kind of news in two places whose names begin with the same four
// letters are one story now, however alike their titles: the names are
// one word, so neither title lacks the other's. Before the change each
// title's name was lacking in the other item ("their titles disagree on
// names"). Rows whose names share five letters or more (Kranj and
// Kranjska Gora, Aleksinac and Aleksandrovac, Karlovac and Karlobag)
// were already one by namePrefix, and are not listed.
func TestReview20PrefixPlacesApart(t *testing.T) {
	review20Verdicts(t, []review20bRow{
		{"Budapest, Budaörs", "hu",
			"Tűz ütött ki egy raktárban Budapesten", "Egy raktár kigyulladt Budapesten kedden reggel, a tűzoltók több órán át oltották a lángokat, személyi sérülés nem történt.",
			"Tűz ütött ki egy raktárban Budaörsön", "Egy raktár kigyulladt Budaörsön kedden reggel, a tűzoltók több órán át oltották a lángokat, személyi sérülés nem történt."},
		{"Székesfehérvár, Szekszárd", "hu",
			"Tűz ütött ki egy raktárban Székesfehérváron", "Egy raktár kigyulladt Székesfehérváron kedden reggel, a tűzoltók több órán át oltották a lángokat, személyi sérülés nem történt.",
			"Tűz ütött ki egy raktárban Szekszárdon", "Egy raktár kigyulladt Szekszárdon kedden reggel, a tűzoltók több órán át oltották a lángokat, személyi sérülés nem történt."},
		{"İzmir, İzmit", "tr",
			"İzmir'de fabrikada yangın: işçiler tahliye edildi", "İzmir'deki bir fabrikada sabah saatlerinde yangın çıktı, işçiler tahliye edildi, itfaiye ekipleri yangını söndürdü.",
			"İzmit'te fabrikada yangın: işçiler tahliye edildi", "İzmit'teki bir fabrikada sabah saatlerinde yangın çıktı, işçiler tahliye edildi, itfaiye ekipleri yangını söndürdü."},
		// dotless I and dotted İ fold alike, and the province and Spain
		// begin alike
		{"Isparta, İspanya", "tr",
			"Isparta'da orman yangını: ekipler müdahale ediyor", "Isparta'da ormanlık alanda çıkan yangına karadan ve havadan müdahale ediliyor.",
			"İspanya'da orman yangını: ekipler müdahale ediyor", "İspanya'da ormanlık alanda çıkan yangına karadan ve havadan müdahale ediliyor."},
		{"Ostrava, Ostrov", "cs",
			"Požár skladu v Ostravě", "Ve skladu v Ostravě v úterý ráno vypukl požár, hasiči ho uhasili za dvě hodiny, nikdo nebyl zraněn.",
			"Požár skladu v Ostrově", "Ve skladu v Ostrově v úterý ráno vypukl požár, hasiči ho uhasili za dvě hodiny, nikdo nebyl zraněn."},
		{"Třebíč, Třeboň", "cs",
			"Požár skladu v Třebíči", "Ve skladu v Třebíči v úterý ráno vypukl požár, hasiči ho uhasili za dvě hodiny, nikdo nebyl zraněn.",
			"Požár skladu v Třeboni", "Ve skladu v Třeboni v úterý ráno vypukl požár, hasiči ho uhasili za dvě hodiny, nikdo nebyl zraněn."},
		// read in Latin letters, "Љуб" is four: Ljubovija and Ljubljana
		// share three Cyrillic letters
		{"Љубовија, Љубљана", "sr",
			"Пожар у складишту у Љубовији", "У складишту у Љубовији у уторак ујутру избио је пожар, ватрогасци су га угасили за два сата, повређених нема.",
			"Пожар у складишту у Љубљани", "У складишту у Љубљани у уторак ујутру избио је пожар, ватрогасци су га угасили за два сата, повређених нема."},
		{"Kovin, Ковиљ", "sr",
			"Požar u skladištu u Kovinu", "U skladištu u Kovinu u utorak ujutru izbio je požar, vatrogasci su ga ugasili za dva sata, povređenih nema.",
			"Пожар у складишту у Ковиљу", "У складишту у Ковиљу у уторак ујутру избио је пожар, ватрогасци су га угасили за два сата, повређених нема."},
		{"Škofja Loka, Škofljica", "sl",
			"Požar v skladišču v Škofji Loki", "V skladišču v Škofji Loki je v torek zjutraj izbruhnil požar, gasilci so ga pogasili v dveh urah, poškodovanih ni bilo.",
			"Požar v skladišču v Škofljici", "V skladišču v Škofljici je v torek zjutraj izbruhnil požar, gasilci so ga pogasili v dveh urah, poškodovanih ni bilo."},
		{"Panevėžys, Panemunė", "lt",
			"Gaisras sandėlyje Panevėžyje", "Antradienio rytą Panevėžyje užsidegė sandėlis, ugniagesiai gaisrą užgesino per dvi valandas, nukentėjusių nėra.",
			"Gaisras sandėlyje Panemunėje", "Antradienio rytą Panemunėje užsidegė sandėlis, ugniagesiai gaisrą užgesino per dvi valandas, nukentėjusių nėra."},
		{"Kemi, Kemijärvi", "fi",
			"Tulipalo Kemissä: varasto tuhoutui", "Varastorakennus tuhoutui tulipalossa Kemissä tiistaiaamuna, kukaan ei loukkaantunut.",
			"Tulipalo Kemijärvellä: varasto tuhoutui", "Varastorakennus tuhoutui tulipalossa Kemijärvellä tiistaiaamuna, kukaan ei loukkaantunut."},
		// two countries
		{"Slovakia, Slovenia", "fi",
			"Slovakian hallitus kaatui epäluottamusäänestyksessä", "Slovakian parlamentti hyväksyi tiistaina epäluottamuslauseen hallitukselle, ja pääministeri jättää eronpyynnön.",
			"Slovenian hallitus kaatui epäluottamusäänestyksessä", "Slovenian parlamentti hyväksyi tiistaina epäluottamuslauseen hallitukselle, ja pääministeri jättää eronpyynnön."},
	}, false)
}

// TestReview20PrefixFlightCodes (c6d370c): a code written with digits is
// a word (story_scan.go), and now read by its first four characters:
// two flights of one airline, TK1878 and TK1845, are one name, and two
// emergency landings told in one template are one story.
func TestReview20PrefixFlightCodes(t *testing.T) {
	a, b := review20Pair("tr",
		"THY'nin TK1878 sefer sayılı uçağı Ankara'ya acil iniş yaptı", "Türk Hava Yolları'nın TK1878 sefer sayılı uçağı, kabinde duman görülmesi üzerine Ankara'ya acil iniş yaptı. Yolcular tahliye edildi.",
		"THY'nin TK1845 sefer sayılı uçağı Ankara'ya acil iniş yaptı", "Türk Hava Yolları'nın TK1845 sefer sayılı uçağı, kabinde duman görülmesi üzerine Ankara'ya acil iniş yaptı. Yolcular tahliye edildi.")
	if v := compareStories(a, b, StoryOptions{}); v.Same {
		t.Errorf("flights TK1878 and TK1845 are one story: %s", v.Reason)
	}
}

// TestReview20PrefixKindsOfEvent (c6d370c): a kind of event (story_synonyms.go)
// is now the first four letters of its group's word, and any word
// beginning so names it: Czech "stávka" (a strike) is "stav", which
// every "ve vážném stavu" (in a serious condition), "stavba" and
// "stavební" begin with. A fire at a plant and a strike at it the same
// morning, "two" by kindsApart, are one story.
func TestReview20PrefixKindsOfEvent(t *testing.T) {
	fire, strike := review20Pair("cs",
		"Požár ve skladu plzeňské Škodovky", "Ve skladu plzeňské Škodovky v úterý ráno vypukl požár, jeden zaměstnanec je ve vážném stavu. Výroba stojí.",
		"Stávka ve skladu plzeňské Škodovky", "Zaměstnanci skladu plzeňské Škodovky v úterý ráno vstoupili do stávky. Výroba stojí.")
	if !kindsApart(&fire, &strike) {
		t.Errorf("a fire and a strike are not kinds apart: the fire's \"stavu\" is read as the strike")
	}
	if v := compareStories(fire, strike, StoryOptions{}); v.Same {
		t.Errorf("a fire and a strike at one plant are one story: %s", v.Reason)
	}
}

// TestReview20PrefixMentionKeys (c6d370c): the keys by which an earlier
// report mentions an arrest or a departure (newNewsKind) are read by
// their first four letters too: Turkish "istifa" (resigns) is "isti",
// which "istikrar" (consistency), "istiyor" (wants) and "istihdam" begin
// with; "tutuklandı" (arrested) is "tutu", which "tutuşan" (catching
// fire) and "tutuldu" begin with. The later report of the resignation or
// the arrest is then no new event (laterRenews), and joins the story of
// the defeat or the fire it follows.
func TestReview20PrefixMentionKeys(t *testing.T) {
	t0 := time.Date(2027, 5, 11, 6, 0, 0, 0, time.UTC)
	for _, c := range []struct{ name, title1, summary1, title2, summary2 string }{
		{"a coach's resignation after a defeat",
			"Kayserispor sahasında Konyaspor'a 3-0 yenildi", "Kayserispor, ligin 30. haftasında sahasında Konyaspor'a 3-0 yenildi. Teknik direktör Ahmet Yılmaz'ın takımı sezon boyunca istikrar yakalayamadı.",
			"Ahmet Yılmaz istifa etti: Kayserispor'da ayrılık", "Kayserispor teknik direktörü Ahmet Yılmaz, Konyaspor'a 3-0 yenilginin ardından görevinden istifa etti."},
		{"an arrest after a fire",
			"Kadıköy'de restoranda yangın: 2 kişi yaralandı", "Kadıköy'deki bir restoranda çıkan yangında 2 kişi yaralandı. Mutfakta tutuşan yağın yangına yol açtığı belirlendi.",
			"Restoran sahibi tutuklandı: Kadıköy'deki yangında ihmal", "Kadıköy'deki restoranda 2 kişinin yaralandığı yangınla ilgili restoran sahibi tutuklandı."},
	} {
		t.Run(c.name, func(t *testing.T) {
			e := newStoryPrint(&storage.Item{Language: "tr", Title: c.title1, Summary: c.summary1, Published: t0, Sources: []string{"outlet-a"}})
			l := newStoryPrint(&storage.Item{Language: "tr", Title: c.title2, Summary: c.summary2, Published: t0.Add(20 * time.Hour), Sources: []string{"outlet-b"}})
			if !l.words.arrests && !l.words.departs {
				t.Fatal("the later title is read as neither an arrest nor a departure")
			}
			if !laterRenews(&l, &e) {
				t.Errorf("the earlier is taken to mention it (arrest %v, departure %v)", arrests.mentionedIn(&e), departures.mentionedIn(&e))
			}
			if v := compareStories(e, l, StoryOptions{}); v.Same {
				t.Errorf("one story: %s", v.Reason)
			}
		})
	}
}

// TestReview20PrefixEvidenceText (c6d370c): explain's evidence spells a
// shared word by the text noted for its hash, the last item's; now that
// the hash is of four letters, it names a word the other item does not
// have: Budapest's and Budaörs's fires "share" "budaorson".
func TestReview20PrefixEvidenceText(t *testing.T) {
	t0 := time.Date(2027, 5, 11, 6, 0, 0, 0, time.UTC)
	a := storage.Item{Language: "hu", Title: "Tűz ütött ki egy raktárban Budapesten", Published: t0, Sources: []string{"outlet-a"},
		Summary: "Egy raktár kigyulladt Budapesten kedden reggel, a tűzoltók több órán át oltották a lángokat."}
	b := storage.Item{Language: "hu", Title: "Tűz ütött ki egy raktárban Budaörsön", Published: t0.Add(time.Hour), Sources: []string{"outlet-b"},
		Summary: "Egy raktár kigyulladt Budaörsön kedden reggel, a tűzoltók több órán át oltották a lángokat."}
	pa, pb := newStoryPrint(&a), newStoryPrint(&b)
	s := newWordStats()
	shared, _ := storyEvidence(&s, &a, &b, &pa, &pb)
	for _, it := range []storage.Item{a, b} {
		text := Fold(it.Title + " " + it.Summary)
		for _, w := range shared {
			// a beginning is named as one ("buda…"), and both have it
			if !strings.Contains(text, strings.TrimSuffix(w, "…")) {
				t.Errorf("shared evidence %q: %q is not in %q", shared, w, it.Title)
			}
		}
	}
}

// TestReview20NewTagsInOrdinaryTitles (927e71a): the new tags are words
// of their languages ("Zibens", lightning; "Atnaujinimas", a renovation;
// "Uuendatud", renewed; "Kiireellinen", urgent), matched in any case, and
// a title that opens with one before a dash, or before a number and a
// hyphen, loses it, and the number, and is read as an update when the
// word is an update's. A headline's copular dash ("X – the commonest
// cause of …") and a number's ending after a hyphen ("112-puhelu",
// "5-aastane") are ordinary writing in these languages.
func TestReview20NewTagsInOrdinaryTitles(t *testing.T) {
	for _, title := range []string{
		"Zibens – biežākais mežu ugunsgrēku cēlonis šovasar",
		"Atnaujinimas – brangiausias Kauno savivaldybės projektas",
		"Uuendatud 5-aastane arengukava sai volikogu heakskiidu",
		"Kiireellinen 112-puhelu jäi jonoon 20 minuutiksi",
	} {
		if got, update := wireTags(title); got != title || update {
			t.Errorf("wireTags(%q) = %q, update %v", title, got, update)
		}
	}
}

// TestReview20DatedCapsNoDateline (927e71a): a summary that opens with
// an acronym in capitals, a comma, a figure, and brackets closing its
// sentence is read as a dateline closed by a full stop
// (datedUpperPlace): its first sentence, the news, is cut, and its
// acronym is a place, so that one source's two reports of one figure,
// the other datelined ANKARA, are "datelined from two places".
func TestReview20DatedCapsNoDateline(t *testing.T) {
	review20NoDateline(t, []string{
		"TÜİK, nisan enflasyonunu açıkladı: %69,8 (yıllık). Aylık enflasyon yüzde 3,2 oldu",
		"ČEZ, a. s., zvýšil zisk o 12 % (meziročně). Firma zaplatí dividendu",
		"KSH, 2026 első negyedéve: 2,1% (éves alapon). A GDP nőtt",
	}, "TÜİK, nisan enflasyonunu açıkladı: %69,8 (yıllık). Aylık enflasyon yüzde 3,2 oldu; piyasa beklentisi yüzde 3,4 idi.")
}

// review20NoDateline asserts that no summary of summaries opens with a
// dateline, and that an agency's report datelined ANKARA and its flash
// whose summary is flash, opening so, are one story.
func review20NoDateline(t *testing.T, summaries []string, flash string) {
	t.Helper()
	for _, s := range summaries {
		if rest, place := cutDateline("", s); rest != s || place != "" {
			t.Errorf("cutDateline(%q) = %q, place %q", s, rest, place)
		}
	}
	t0 := time.Date(2027, 5, 4, 7, 0, 0, 0, time.UTC)
	report := newStoryPrint(&storage.Item{Language: "tr", Published: t0, Sources: []string{"anka"},
		Title:   "TÜİK: Nisan ayında yıllık enflasyon yüzde 69,8 oldu",
		Summary: "ANKARA (Anka) – Türkiye İstatistik Kurumu (TÜİK), nisan ayında yıllık enflasyonun yüzde 69,8, aylık enflasyonun yüzde 3,2 olduğunu açıkladı."})
	later := newStoryPrint(&storage.Item{Language: "tr", Published: t0.Add(20 * time.Minute), Sources: []string{"anka"},
		Title: "Nisan ayında yıllık enflasyon yüzde 69,8 oldu", Summary: flash})
	if datelinesApart(&report, &later) {
		t.Errorf("the agency's two reports of April's inflation are datelined apart")
	}
	if v := compareStories(report, later, StoryOptions{}); !v.Same {
		t.Errorf("the agency's two reports of April's inflation are apart: %s", v.Reason)
	}
}
