package aggregator

import (
	"slices"
	"testing"
)

// TestStripSiteName: a site's name after a title's last separator is
// furniture; a title's own words after a dash are not.
func TestStripSiteName(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Fog grounds 180 Heathrow flights at dawn - North Post", "Fog grounds 180 Heathrow flights at dawn"},
		{"BVG-Warnstreik: Berlin ohne U-Bahn und Tram | Alpen-Kurier", "BVG-Warnstreik: Berlin ohne U-Bahn und Tram"},
		{"Brouwer treedt af na OVV-rapport over bruggen | Haagsche Post", "Brouwer treedt af na OVV-rapport over bruggen"},
		{"Incendio en el puerto de Valencia obliga a desalojar - El Faro Digital", "Incendio en el puerto de Valencia obliga a desalojar"},
		{"Sciopero dei treni venerdì, le fasce garantite – Diario de Sevilla", "Sciopero dei treni venerdì, le fasce garantite"},
		{"Storm Ciarán hits Cornwall as thousands lose power — BBC News", "Storm Ciarán hits Cornwall as thousands lose power"},
		{"Minister resigns after row over budget - live updates", "Minister resigns after row over budget - live updates"},
		{"Ferry ablaze near Naxos, passengers taken off - Greek coast guard", "Ferry ablaze near Naxos, passengers taken off - Greek coast guard"},
		{"A7 bei Kassel nach Lkw-Unfall voll gesperrt – 20 Kilometer Stau", "A7 bei Kassel nach Lkw-Unfall voll gesperrt – 20 Kilometer Stau"},
		{"Kessler-Lindt senkt Prognose – Aktie bricht ein", "Kessler-Lindt senkt Prognose – Aktie bricht ein"},
		{"Real Madrid - Barcelona", "Real Madrid - Barcelona"},
		// a head mostly capitalized, a pairing's or Title Case's, tells no
		// site by its tail's capitals
		{"Clásico tonight: Real Madrid - FC Barcelona", "Clásico tonight: Real Madrid - FC Barcelona"},
		{"Fed Raises Interest Rates Again - Markets Tumble", "Fed Raises Interest Rates Again - Markets Tumble"},
		{"Heathrow flights cancelled | North Post", "Heathrow flights cancelled | North Post"},
		{"Fog grounds 180 Heathrow flights", "Fog grounds 180 Heathrow flights"},
	} {
		if got := stripSiteName("en", c.in); got != c.want {
			t.Errorf("stripSiteName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	// In German, whose nouns are capitalized, a site's name has no word
	// in small letters.
	for in, want := range map[string]string{
		"Großbrand im Hamburger Hafen legt Terminal lahm - Spiegel Online": "Großbrand im Hamburger Hafen legt Terminal lahm",
		"Feuer in Lagerhalle im Hafen von Hamburg - Warnung an Anwohner":   "Feuer in Lagerhalle im Hafen von Hamburg - Warnung an Anwohner",
	} {
		if got := stripSiteName("de", in); got != want {
			t.Errorf("stripSiteName(de, %q) = %q, want %q", in, got, want)
		}
	}
}

// TestCutFurniture: a summary's link to the rest, WordPress's footer, a
// copyright line and a plea to subscribe are cut; a credit that opens
// the summary stays, and so does a summary without furniture.
func TestCutFurniture(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Thieves broke into the Calton Museum overnight. Read more", "Thieves broke into the Calton Museum overnight."},
		{"Dense fog forced Heathrow to cancel 180 flights. The post Fog grounds 180 Heathrow flights appeared first on The Daily Ledger.", "Dense fog forced Heathrow to cancel 180 flights."},
		{"Банк России установил курс доллара на среду. Подробнее… Подписывайтесь на РИА Восток в Telegram.", "Банк России установил курс доллара на среду."},
		{"Two men aged 34 and 41 were arrested in Glasgow. © 2026 Civic Times. All rights reserved.", "Two men aged 34 and 41 were arrested in Glasgow."},
		{"Die Polizei hat den Striezelmarkt geräumt. Lesen Sie mehr…", "Die Polizei hat den Striezelmarkt geräumt."},
		{"© AFP. The president said on Monday that talks would resume.", "© AFP. The president said on Monday that talks would resume."},
		{"The minister said talks would resume on Monday.", "The minister said talks would resume on Monday."},
		{"Short", "Short"},
		{"", ""},
	} {
		if got := cutFurniture(c.in); got != c.want {
			t.Errorf("cutFurniture(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestBreadcrumbs(t *testing.T) {
	for _, c := range []struct {
		summary string
		want    bool
	}{
		{"Wiadomości | Warszawa", true},
		{"News › World › Europe", true},
		{"News: World / Europe", false}, // a mark that ends a clause
		{"東京で震度5弱 / 津波の心配なし", false},    // parts without spaces may be clauses
		{"台风登陆广东|数万人转移", false},
		{"Sport / Fußball / Bundesliga", true},
		{"Loterie", true},
		{" Kraj ", true},
		{"a | b | c | d | e", false},                        // too many parts
		{"Brand i Odense", false},                           // words, not a section
		{"Fire in Odense | Three hurt in the night", false}, // parts of more than three words
		{"Police: two arrested", false},
		{"地震", false}, // a script without spaces: a word may be a sentence
		{"", false},
	} {
		if got := breadcrumbs(c.summary); got != c.want {
			t.Errorf("breadcrumbs(%q) = %v, want %v", c.summary, got, c.want)
		}
	}
	// An item whose summary is a section's path is read as one without
	// a summary.
	title := "Zderzenie tramwajów na Woli, są ranni"
	path, none := readStoryWords("pl", title, "Wiadomości | Warszawa"), readStoryWords("pl", title, "")
	if !slices.Equal(path.words, none.words) {
		t.Errorf("read with its section's path: words %v, without a summary %v", path.words, none.words)
	}
}
