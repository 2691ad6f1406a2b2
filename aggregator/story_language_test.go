package aggregator

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/feedsieve/feedsieve/storage"
)

// TestGuessLanguage: a text's language from its script, or from its
// common words and letters; none when they do not say it clearly.
func TestGuessLanguage(t *testing.T) {
	for _, c := range []struct{ title, summary, want string }{
		{"Vejret: Blæst og regn fra vest", "Mandag bliver grå og blæsende med regn fra vest. Ved Vestkysten kan vinden i perioder nå stormstyrke, og DMI har udsendt varsel om kraftig vind.", "da"},
		{"Dresden: Striezelmarkt wegen verdächtigem Rucksack geräumt", "Die Polizei hat am Dienstag den Striezelmarkt in Dresden für zwei Stunden geräumt, nachdem ein Rucksack gefunden worden war.", "de"},
		{"Fog grounds 180 Heathrow flights", "Dense fog forced London Heathrow to cancel about 180 arrivals and departures on Wednesday morning, the airport said.", "en"},
		{"Grève des contrôleurs SNCF", "Les contrôleurs de la SNCF ont déposé un préavis de grève pour le premier week-end des vacances de Noël, selon les syndicats.", "fr"},
		{"Incendio en el puerto", "Un incendio obligó este martes a desalojar una nave del puerto de Valencia, según los bomberos, que lo dieron por controlado.", "es"},
		{"Zderzenie tramwajów na Woli", "Czternaście osób zostało rannych we wtorek rano w zderzeniu dwóch tramwajów na skrzyżowaniu ulic Wolskiej i Płockiej.", "pl"},
		{"Brand in Rotterdamse haven", "Bij een grote brand in een opslagloods in de Rotterdamse haven is een NL-Alert verstuurd naar inwoners van Spijkenisse.", "nl"},
		{"Комиссии провели заседание", "В азербайджанской Габале во вторник прошло очередное заседание государственных комиссий по делимитации границы.", "ru"},
		{"Սահմանազատման հանձնաժողովները հանդիպել են", "Հայաստանի և Ադրբեջանի հանձնաժողովները հանդիպել են Գաբալայում։", "hy"},
		{"千葉県東方沖で地震", "気象庁によると、千葉県東方沖を震源とする地震があった。", "ja"},
		{"哈尔滨发布暴雪红色预警", "哈尔滨市气象台发布暴雪红色预警，全市中小学停课一天。", "zh"},
		{"לשכת ראש הממשלה הודיעה", "ראש הממשלה הודיע היום על פגישה עם שר האוצר.", "he"},
		{"لیاری میں عمارت گر گئی", "کراچی کے علاقے لیاری میں پانچ منزلہ عمارت گر گئی۔", "ur"},
		{"Fog grounds 180 Heathrow flights", "", ""}, // too few words to tell
		{"BRIEF-Spain Feb final CPI +2.6% y/y (flash +2.6%)", "INE: * Feb final CPI +2.6% y/y (flash +2.6%) * Feb final HICP +2.9% y/y", ""},
	} {
		if got := guessLanguage(c.title, c.summary); got != c.want {
			t.Errorf("guessLanguage(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}

// TestSignIn: every letter whose lower case is one of guessSigns' is
// numbered as that sign, capitals and letters far from it included (ẞ,
// the Ångström sign), and no other letter is; the masks fit their types.
func TestSignIn(t *testing.T) {
	if len(signs) > 64 || len(guessLanguages) > 32 {
		t.Fatalf("%d signs, %d languages: more than the masks hold", len(signs), len(guessLanguages))
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := signIn(r), slices.Index(signs, unicode.ToLower(r))+1; got != want {
			t.Fatalf("signIn(%U) = %d, want %d", r, got, want)
		}
	}
	if signIn('ẞ') == 0 || signIn('\u212B') != signIn('å') || signIn('Ñ') != signIn('ñ') {
		t.Error("capitals of signs are not their signs")
	}
}

// TestItemLanguageFromItsWords: an item without a language tag, or with
// a tag its words belie, is read in the language of its words, and so
// joins its copies tagged in it; an item whose words say no language
// clearly keeps its tag.
func TestItemLanguageFromItsWords(t *testing.T) {
	t0 := time.Date(2026, 12, 7, 5, 0, 0, 0, time.UTC)
	item := func(lang, title, summary string, after time.Duration) *storage.Item {
		return &storage.Item{Language: lang, Title: title, Summary: summary, Published: t0.Add(after), Sources: []string{lang + title}}
	}
	for _, c := range []struct {
		name     string
		a, b     *storage.Item
		wantLang string // of b, as read
	}{
		{"untagged English",
			item("en", "Fog forces cancellation of 180 flights at London Heathrow", "Dense fog forced London Heathrow to cancel about 180 arrivals and departures on Wednesday morning, the airport said, as air traffic controllers increased spacing between aircraft.", 0),
			item("", "Fog grounds 180 Heathrow flights", "Dense fog forced London Heathrow to cancel about 180 arrivals and departures on Wednesday morning, the airport said, as air traffic controllers increa… [+172 chars]", time.Hour),
			"en"},
		{"Danish tagged English",
			item("da-DK", "Vejret: Blæst og regn fra vest – op til stormstyrke ved Vestkysten", "Mandag bliver grå og blæsende med regn fra vest. Ved Vestkysten kan vinden i perioder nå stormstyrke, og DMI har udsendt varsel om kraftig vind.", 0),
			item("en", "Vejret: Blæst og regn fra vest – op til stormstyrke ved Vestkysten", "Mandag bliver grå og blæsende med regn fra vest. Ved Vestkysten kan vinden i perioder nå stormstyrke, og DMI har udsendt varsel om kraftig vind.", 40*time.Minute),
			"da"},
		{"untagged Polish",
			item("pl", "Zderzenie dwóch tramwajów na Woli. 14 osób rannych", "Czternaście osób zostało rannych we wtorek rano w zderzeniu dwóch tramwajów na skrzyżowaniu ulic Wolskiej i Płockiej w Warszawie.", 0),
			item("", "Zderzenie tramwajów na Woli: 14 osób rannych", "Czternaście osób zostało rannych we wtorek rano w zderzeniu dwóch tramwajów na skrzyżowaniu ulic Wolskiej i Płockiej.", 20*time.Minute),
			"pl"},
		{"untagged Polish, a title and its section",
			item("pl", "Zderzenie dwóch tramwajów na Woli. 14 osób rannych", "Czternaście osób zostało rannych we wtorek rano w zderzeniu dwóch tramwajów na skrzyżowaniu ulic Wolskiej i Płockiej w Warszawie.", 0),
			item("", "Zderzenie tramwajów na Woli, są ranni", "Wiadomości | Warszawa", 20*time.Minute),
			"pl"},
	} {
		t.Run(c.name, func(t *testing.T) {
			pa, pb := newStoryPrint(c.a), newStoryPrint(c.b)
			if pb.lang != c.wantLang {
				t.Errorf("read in %q, want %q", pb.lang, c.wantLang)
			}
			if v := compareStories(pa, pb, StoryOptions{}); !v.Same {
				t.Errorf("%+v, want one story", v)
			}
		})
	}
	// A short untagged item whose words tell no language with confidence
	// is read as English, and a tagged one as tagged.
	for _, c := range []struct{ tag, title, want string }{
		{"", "Road closed after crash", "en"},
		{"de", "Zderzenie tramwajów na Woli, są ranni", "de"},
	} {
		if p := newStoryPrint(item(c.tag, c.title, "", 0)); p.lang != c.want {
			t.Errorf("%q tagged %q read in %q, want %q", c.title, c.tag, p.lang, c.want)
		}
	}
	// A wire's BRIEF, figures and abbreviations, keeps its tag.
	brief := newStoryPrint(item("en", "BRIEF-Spain Feb final CPI +2.6% y/y (flash +2.6%)", "INE: * Feb final CPI +2.6% y/y (flash +2.6%) * Feb final HICP +2.9% y/y * Feb core CPI +2.2% y/y", 0))
	if brief.lang != "en" {
		t.Errorf("a BRIEF read in %q, want en", brief.lang)
	}
}

// TestExplainSaysLanguageRead: explain says in which language an item's
// words were read when its feed's tag says another or none.
func TestExplainSaysLanguageRead(t *testing.T) {
	t0 := time.Date(2026, 12, 7, 5, 0, 0, 0, time.UTC)
	a := storage.Item{ID: "dt-1", Language: "da-DK", Published: t0, Title: "Vejret: Blæst og regn fra vest – op til stormstyrke ved Vestkysten",
		Summary: "Mandag bliver grå og blæsende med regn fra vest. Ved Vestkysten kan vinden i perioder nå stormstyrke, og DMI har udsendt varsel om kraftig vind."}
	b := a
	b.ID, b.Language, b.Published = "nordjysk-1", "en", t0.Add(40*time.Minute)
	stats := newWordStats()
	_, v := pairVerdict(&stats, StoryOptions{}.withDefaults(), &a, &b)
	if !v.Same || !strings.Contains(v.Reason, "nordjysk-1, whose feed says en, read as da by its words") || strings.Contains(v.Reason, "dt-1,") {
		t.Errorf("verdict %+v, want one story, and nordjysk-1 said read as Danish", v)
	}
}
