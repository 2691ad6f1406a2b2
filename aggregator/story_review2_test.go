package aggregator

// Faults a second review found in the session's late additions, each
// shown by a test that failed before it was mended: a summary's marks
// matched as the start of longer words and "©" cutting a photo's credit,
// "The post appeared first on" without a post's title; departure words
// read inside longer words or in their other senses, keys of one word
// of a phrase, Turkish's capital İ; a language guessed from a cut
// summary.

import (
	"strings"
	"testing"
)

// --- story_furniture.go ---

// Marks are matched as prefixes, across languages: Norwegian "Les mer"
// cuts a French summary at "Les mers"/"Les mercenaires".
func TestReview2FurnitureLesMers(t *testing.T) {
	s := "Le rapport du GIEC est alarmant. Les mers se réchauffent plus vite que prévu, selon les chercheurs."
	if got := cutFurniture(s); got != s {
		t.Errorf("cutFurniture = %q, want the summary whole", got)
	}
}

// A credit that opens the summary is kept only when its © falls in the
// first 20 bytes: "Photo: Jane Smith / © Reuters." opens it, yet is cut
// with everything after it.
func TestReview2FurnitureOpeningCredit(t *testing.T) {
	s := "Photo: Jane Smith / © Reuters. The president said on Monday that talks would resume next week."
	if got := cutFurniture(s); !strings.Contains(got, "president") {
		t.Errorf("cutFurniture = %q, want the news kept", got)
	}
}

// A news sentence about a social-media post is not WordPress's footer.
func TestReview2FurnitureThePostAppeared(t *testing.T) {
	s := "Trump attacked the judge online on Sunday. The post appeared first on Truth Social and was shared by his campaign."
	if got := cutFurniture(s); got != s {
		t.Errorf("cutFurniture = %q, want the summary whole", got)
	}
}

// --- story_events.go: departures ---

type review2Pair struct{ lang, earlier, earlierSum, later, laterSum string }

func review2Renews(t *testing.T, c review2Pair) {
	t.Helper()
	e := reviewPrint(c.lang, c.earlier, c.earlierSum, 1000)
	l := reviewPrint(c.lang, c.later, c.laterSum, 5000)
	if laterRenews(&l, &e) {
		t.Errorf("%q after %q: read as another event (departs=%v), same story", c.later, c.earlier, l.words.departs)
	}
}

// TestReview2DepartureWordsInOtherSenses: a departure phrase inside a
// longer word, or a word that also tells other news, makes no copy
// another event.
func TestReview2DepartureWordsInOtherSenses(t *testing.T) {
	for _, c := range []review2Pair{
		// "sack" is matched as a prefix of any word: "Sackler".
		{"en",
			"Purdue Pharma owners to pay $7.4bn in opioid settlement", "The family that owns Purdue Pharma agreed to pay $7.4bn to settle opioid lawsuits, court filings show.",
			"Sackler family agrees $7.4bn opioid settlement", "The family that owns Purdue Pharma agreed to pay $7.4bn to settle opioid lawsuits, court filings show."},
		// "Rücktritt" is matched as a prefix: "Rücktrittsforderungen" tells no one left.
		{"de",
			"Maskenaffäre: Druck auf Gesundheitsminister wächst", "Die Opposition verlangt Aufklärung über die Maskenkäufe des Gesundheitsministers.",
			"Rücktrittsforderungen gegen Gesundheitsminister werden lauter", "Die Opposition verlangt Aufklärung über die Maskenkäufe des Gesundheitsministers."},
		// "limoge" is matched as a prefix of the city Limoges.
		{"fr",
			"Un entrepôt ravagé par un incendie dans la zone nord", "Un violent incendie a ravagé un entrepôt de la zone nord dans la nuit de lundi à mardi, sans faire de blessé.",
			"Limoges : un entrepôt ravagé par un incendie", "Un violent incendie a ravagé un entrepôt de la zone nord dans la nuit de lundi à mardi, sans faire de blessé."},
		// Polish "zwalnia" is also "slows down": "Inflacja zwalnia".
		{"pl",
			"GUS: inflacja w listopadzie wyniosła 4,1 proc.", "Inflacja w listopadzie wyniosła 4,1 proc. rok do roku, podał GUS w szybkim szacunku.",
			"Inflacja zwalnia do 4,1 proc. w listopadzie", "Inflacja w listopadzie wyniosła 4,1 proc. rok do roku, podał GUS w szybkim szacunku."},
		// Swedish "avgår" is also a train's departure.
		{"sv",
			"Signalfel stoppar pendeltågen i Stockholm", "Ett signalfel vid Stockholm City stoppar all pendeltågstrafik under morgonen, meddelar SL.",
			"Inga pendeltåg avgår från Stockholm City", "Ett signalfel vid Stockholm City stoppar all pendeltågstrafik under morgonen, meddelar SL."},
		// Italian "esonero" is also an exemption: "Esonero contributivo".
		{"it",
			"Assunzioni di giovani, via libera dell'Inps agli sgravi", "L'Inps ha pubblicato la circolare sugli sgravi per le assunzioni di under 35 nel 2026.",
			"Esonero contributivo per i giovani, via libera dell'Inps", "L'Inps ha pubblicato la circolare sugli sgravi per le assunzioni di under 35 nel 2026."},
		// Dutch "ontslagen" is also "discharged" from hospital.
		{"nl",
			"Koning Willem-Alexander mag naar huis na operatie", "De koning mag na een knieoperatie het ziekenhuis verlaten, meldt de RVD.",
			"Koning ontslagen uit ziekenhuis na knieoperatie", "De koning mag na een knieoperatie het ziekenhuis verlaten, meldt de RVD."},
		// Portuguese "renuncia a" is also "gives up (something)".
		{"pt",
			"Executivo recua no aumento do IVA da restauração", "O Governo deixou cair o aumento do IVA da restauração previsto no Orçamento, anunciou o ministro das Finanças.",
			"Governo renuncia a aumento do IVA da restauração", "O Governo deixou cair o aumento do IVA da restauração previsto no Orçamento, anunciou o ministro das Finanças."},
		// "Ousted" opens titles about someone ousted long before.
		{"en",
			"Assad gives first interview since fleeing to Moscow", "Bashar al-Assad told a Russian broadcaster he had not planned to leave Syria.",
			"Ousted Syrian leader Assad gives first interview in Moscow", "Bashar al-Assad told a Russian broadcaster he had not planned to leave Syria."},
	} {
		review2Renews(t, c)
	}
}

// The key of "tritt zurück" is its longest word, "zurück", in countless
// German reports: one that "weist Vorwürfe zurück" is taken to mention
// the resignation it does not.
func TestReview2DepartKeyZurueck(t *testing.T) {
	e := reviewPrint("de", "Korruptionsvorwürfe: Bürgermeister Huber weist Kritik zurück", "Der Bürgermeister von Kleinstadt hat die Vorwürfe der Opposition als haltlos bezeichnet.", 1000)
	l := reviewPrint("de", "Bürgermeister Huber tritt zurück", "Nach den Korruptionsvorwürfen hat Bürgermeister Huber sein Amt niedergelegt.", 50000)
	if !l.words.departs {
		t.Fatal("later not read as a departure")
	}
	if !laterRenews(&l, &e) {
		t.Errorf("earlier (\"weist Kritik zurück\") taken to mention a departure: %v", departures.mentionedIn(&e))
	}
}

// The key of "part company" is "company".
func TestReview2DepartKeyCompany(t *testing.T) {
	e := reviewPrint("en", "Northway Rail chief faces questions over delays", "The company's chief executive Anna Reid was questioned by MPs over months of delays.", 1000)
	l := reviewPrint("en", "Reid, Northway part company after delays", "Northway Rail's chief executive Anna Reid has left after months of delays.", 50000)
	if !l.words.departs {
		t.Fatal("later not read as a departure")
	}
	if !laterRenews(&l, &e) {
		t.Errorf("earlier (\"The company's\") taken to mention a departure")
	}
}

// Turkish: "İstifa" capitalized with a dotted İ is never matched
// (tellPhrase.upper is unicode.ToUpper('i') = "I").
func TestReview2DepartIstifaCapital(t *testing.T) {
	p := reviewPrint("tr", "İstifa etti: Belediye başkanı görevi bıraktı", "Belediye başkanı görevinden istifa etti.", 0)
	if !p.words.departs {
		t.Errorf("\"İstifa etti\" not read as a departure")
	}
}

// --- acronyms (German) ---

// --- story_language.go ---

// A summary whose first 4 KiB are one tag (an inline image) is no longer
// read at all.
func TestReview2GuessLanguageLongTag(t *testing.T) {
	summary := `<img src="data:image/png;base64,` + strings.Repeat("A", 5000) + `">` +
		"Die Polizei hat am Montag in der Innenstadt einen Mann festgenommen, der nach Angaben der Staatsanwaltschaft mehrere Geschäfte überfallen haben soll. Die Ermittlungen dauern an, wie ein Sprecher sagte."
	if g := guessLanguage("Festnahme in der Innenstadt", summary); g != "de" {
		t.Errorf("guessLanguage = %q, want de", g)
	}
}
