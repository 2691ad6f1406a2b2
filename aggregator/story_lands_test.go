package aggregator

import (
	"strings"
	"testing"
	"time"
)

// TestTitleLands: the countries a title names, by any of their names or
// their capitals', the longest name first ("South Sudan" is no Sudan),
// abbreviations in capitals only, and after a French elision.
func TestTitleLands(t *testing.T) {
	land := func(lang, name string) uint8 { return landNames[lang][landKey(name)] }
	for _, tt := range []struct {
		lang, title string
		want        []uint8
	}{
		{"en", "UN Security Council extends South Sudan peacekeeping mission", []uint8{land("en", "South Sudan")}},
		{"en", "Sudan talks resume in Jeddah", []uint8{land("en", "Sudan")}},
		{"en", "Tripoli mission stays on after Council vote", []uint8{land("en", "Libya")}}, // a capital
		{"en", "UK and US agree tariff truce", []uint8{land("en", "UK"), land("en", "US")}},
		{"en", "Tell us what you think", nil},                                          // "us" is no country in small letters
		{"en", "TELL US WHAT YOU THINK", nil},                                          // nor in a title all in capitals,
		{"en", "IRAN WARNS ISRAEL", []uint8{land("en", "Iran"), land("en", "Israel")}}, // whose names are read as words
		{"en", "N. Korea fires missile", nil},                                          // "Korea" alone is no country
		{"en", "Georgia grand jury indicts Trump", nil},                                // a state of the US as often
		{"en", "Bank of America profit rises", nil},
		{"en", "Libya-based militia", []uint8{land("en", "Libya")}},
		{"it", "Vertice all'Aia", []uint8{land("it", "Paesi Bassi")}},
		{"en", "Bosnia and Herzegovina votes", []uint8{land("en", "Bosnia")}},
		{"en", "Chad Smith joins the band", nil}, // a first name in English
		{"fr", "L'ONU renouvelle le mandat de sa mission au Soudan du Sud", []uint8{land("fr", "Soudan du Sud")}},
		{"fr", "Visite d'État en Italie, puis à l'Élysée", []uint8{land("fr", "Italie")}},
		{"fr", "Le président rentre d'Algérie", []uint8{land("fr", "Algérie")}},
		{"fr", "Coup d'État à N'Djamena", []uint8{land("fr", "Tchad")}},
		{"it", "Visita dell'Italia in Tunisia", []uint8{land("it", "Italia"), land("it", "Tunisia")}},
		{"fr", "Tensions entre l'Arménie et l'Azerbaïdjan", []uint8{land("fr", "Arménie"), land("fr", "Azerbaïdjan")}},
		{"es", "Acuerdo para la paz en Colombia", []uint8{land("es", "Colombia")}}, // "la paz" is no La Paz
		{"de", "Inflation in Österreich", []uint8{land("de", "Österreich")}},
		{"de", "UN-Sicherheitsrat verlängert Libyen-Mission", []uint8{land("de", "Libyen")}}, // a name before a hyphen
		{"de", "Deutschlands Inflation sinkt", []uint8{land("de", "Deutschland")}},           // a genitive
		{"da", "Armenien og Aserbajdsjan mødes i Moskva", []uint8{land("da", "Armenien"), land("da", "Aserbajdsjan"), land("da", "Rusland")}},
		{"ru", "Армения и Азербайджан", nil},         // a language without the table
		{"en", "Russia's and Britain's envoys", nil}, // English possessives are not read (docs/stories.md)
		{"pt", "Peru de Natal mais caro", nil},       // a turkey in Portuguese
		{"de", "Pegel der Moldau steigt", nil},       // the Vltava in German
	} {
		got := titleLands(tt.lang, tt.title)
		for i := range got {
			var want uint8
			if i < len(tt.want) {
				want = tt.want[i]
			}
			if got[i] != want || i < len(tt.want) && want == 0 {
				t.Errorf("%s %q: lands %v, want %v", tt.lang, tt.title, got, tt.want)
				break
			}
		}
	}
}

// TestLandsTellTemplatesApart: the UN mandates on two countries
// are two stories, though each text may name the other's country in
// passing; a copy of one wire text under a title that names other
// countries (those abstaining) is the same story.
func TestLandsTellTemplatesApart(t *testing.T) {
	p := storyPrinter(time.Date(2026, 10, 21, 19, 0, 0, 0, time.UTC))
	cyprus := p("en", "UN Security Council renews Cyprus peacekeeping force for a year",
		"The UN Security Council on Wednesday renewed the mandate of its peacekeeping force in Cyprus, UNFICYP, until the end of January, with 14 votes in favour and one abstention.", 0, "wire")
	checkSameStory(t, cyprus, []storyCase{
		{"the South Sudan mandate", p("en", "UN Security Council extends South Sudan mission for another year",
			"The UN Security Council on Wednesday extended the mandate of its mission in South Sudan, UNMISS, until the end of April, in the same session that renewed the Cyprus force.", time.Hour, "wire"), false},
		{"a copy naming the abstaining", p("en", "Security Council renews UNFICYP as Russia abstains",
			"The UN Security Council on Wednesday renewed the mandate of its peacekeeping force in Cyprus, UNFICYP, until the end of January, with 14 votes in favour and one abstention.", 2*time.Hour, "daily"), true},
	})
	sudan := p("en", "UN Security Council extends South Sudan mission for another year",
		"The UN Security Council on Wednesday extended the mandate of its mission in South Sudan, UNMISS, until the end of April, in the same session that renewed the Cyprus force.", time.Hour, "wire")
	if v := compareStories(cyprus, sudan, StoryOptions{}); !strings.Contains(v.Reason, "names a country and none of the other's") {
		t.Errorf("explain says %q, not the countries", v.Reason)
	}

}

// TestTitleLandsAllocatesNothing: every item's title is read for its
// countries, most of them naming none; reading allocates nothing, also
// for long words and names, and a hostile title of one country
// repeated across hyphens is read in one pass.
func TestTitleLandsAllocatesNothing(t *testing.T) {
	titles := []string{"UN Security Council extends South Sudan peacekeeping mission", "Ferry strike ends after three days", "Visite d'État en Italie",
		"Bundesverfassungsgericht verhandelt Wahlrechtsreform Bundestagsabgeordneter", strings.Repeat("A", 70) + " " + strings.Repeat("Ä", 70),
		strings.Repeat("Libya-", 2000), strings.Repeat("Libyen-", 2000) + "s"}
	if n := testing.AllocsPerRun(100, func() {
		for _, title := range titles {
			titleLands("en", title)
			titleLands("fr", title)
			titleLands("de", title)
		}
	}); n != 0 {
		t.Errorf("%.1f allocations a run", n)
	}
}

// BenchmarkTitleLandsHostile reads a title of one country repeated
// across hyphens, 96 KB: linear in its length (the first version folded
// the rest of the word again after each hyphen, 4.6 s for this title).
func BenchmarkTitleLandsHostile(b *testing.B) {
	title := strings.Repeat("Libya-", 16000)
	for b.Loop() {
		titleLands("en", title)
	}
}
