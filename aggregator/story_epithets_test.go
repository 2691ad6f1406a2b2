package aggregator

import (
	"slices"
	"testing"
)

// TestNameEpithets: a city named by its region's capital or by a name of
// its own is written after it; a word for capital in another sense, or
// within a word, names no city.
func TestNameEpithets(t *testing.T) {
	for _, c := range []struct{ lang, in, want string }{
		{"es", "Tiembla en la capital tapatía: cuarteaduras", "Tiembla en la capital tapatía Guadalajara: cuarteaduras"},
		{"es", "Piedras como nueces sobre la capital aragonesa", "Piedras como nueces sobre la capital aragonesa Zaragoza"},
		{"es", "Andenes a rebosar: la ciudad condal se topa con el paro", "Andenes a rebosar: la ciudad condal Barcelona se topa con el paro"},
		{"pt", "Temporal na capital pernambucana faz cinco mortos", "Temporal na capital pernambucana Recife faz cinco mortos"},
		{"it", "Nubifragio nel capoluogo lombardo", "Nubifragio nel capoluogo lombardo Milano"},
		{"fr", "Inondations dans la capitale bretonne", "Inondations dans la capitale bretonne Rennes"},
		{"fr", "Grève des bus dans la Ville rose", "Grève des bus dans la Ville rose Toulouse"},
		{"en", "Welsh capital's commuters stranded", "Welsh capital Cardiff's commuters stranded"},
		{"en", "Mile High City commuters stranded as transit union walks out", "Mile High City Denver commuters stranded as transit union walks out"},
		{"", "Mile High City commuters stranded", "Mile High City Denver commuters stranded"},
		{"de", "Stau in der bayerischen Landeshauptstadt", "Stau in der bayerischen Landeshauptstadt München"},
		{"ru", "Пожар на заводе в столице Татарстана", "Пожар на заводе в столице Татарстана Казань"},
		{"ru", "в сибирской столице горит склад", "в сибирской столице Новосибирск горит склад"},
		{"ja", "杜の都に強い揺れ", "杜の都 仙台に強い揺れ"},
		// no city
		{"en", "Capital gains tax to rise", "Capital gains tax to rise"},
		{"en", "Venture capitalist fined", "Venture capitalist fined"},
		{"en", "Bank's capital ratio falls", "Bank's capital ratio falls"},
		{"es", "Amplía su capital social en 20 millones", "Amplía su capital social en 20 millones"},
		{"es", "La capital, sin metro por la huelga", "La capital, sin metro por la huelga"},
		{"it", "Il capoluogo resta senza acqua", "Il capoluogo resta senza acqua"},
		{"de", "Landeshauptstadt: neue Kita eröffnet", "Landeshauptstadt: neue Kita eröffnet"},
		{"pl", "stolica Mazowsza", "stolica Mazowsza"}, // a language with none
	} {
		if got := nameEpithets(c.lang, c.in); got != c.want {
			t.Errorf("nameEpithets(%q, %q) = %q, want %q", c.lang, c.in, got, c.want)
		}
	}
}

// TestEpithetSharesTheCity: a rewrite that names the city by its epithet
// shares the city's name as a word with the report that names it.
func TestEpithetSharesTheCity(t *testing.T) {
	denver := readStoryWords("en", "Denver light-rail drivers begin 48-hour strike over pay", "")
	epithet := readStoryWords("en", "Mile High City commuters stranded as transit union walks out", "")
	shared := 0
	for _, w := range epithet.words {
		if _, ok := slices.BinarySearch(denver.words, w); ok {
			shared++
		}
	}
	if shared == 0 {
		t.Errorf("the epithet's report shares no word with Denver's")
	}
}
