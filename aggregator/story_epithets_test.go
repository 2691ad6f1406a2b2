package aggregator

import (
	"slices"
	"testing"
)

// TestEpithetCities: a city named by its region's capital or by a name
// of its own is found; a word for capital in another sense, within a
// word, a region's word on the other side, or a name another city has
// too, names no city.
func TestEpithetCities(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       []string
	}{
		{"es", "Tiembla en la capital tapatía: cuarteaduras", []string{"Guadalajara"}},
		{"es", "Piedras como nueces sobre la capital aragonesa", []string{"Zaragoza"}},
		{"es", "Andenes a rebosar: la ciudad condal se topa con el paro", []string{"Barcelona"}},
		{"pt", "Temporal na capital pernambucana faz cinco mortos", []string{"Recife"}},
		{"it", "Nubifragio nel capoluogo lombardo", []string{"Milano"}},
		{"it", "Nubifragio nel capoluogo friulano", []string{"Udine"}},
		{"fr", "Inondations dans la capitale bretonne", []string{"Rennes"}},
		{"fr", "Grève des bus dans la Ville rose", []string{"Toulouse"}},
		{"en", "Welsh capital's commuters stranded", []string{"Cardiff"}},
		{"en", "Mile High City commuters stranded as transit union walks out", []string{"Denver"}},
		{"", "Mile High City commuters stranded", []string{"Denver"}},
		{"de", "Stau in der bayerischen Landeshauptstadt", []string{"München"}},
		{"de", "Stau in Bayerns Landeshauptstadt", []string{"München"}},
		{"ru", "Пожар на заводе в столице Татарстана", []string{"Казань"}},
		{"ru", "в сибирской столице горит склад", []string{"Новосибирск"}},
		{"ja", "杜の都に強い揺れ", []string{"仙台"}},
		// no city
		{"en", "Capital gains tax to rise", nil},
		{"en", "Venture capitalist fined", nil},
		{"en", "Bank's capital ratio falls", nil},
		{"en", "Scottish capital markets slow as rates rise", nil},
		{"es", "Amplía su capital social en 20 millones", nil},
		{"es", "Un grupo hotelero de capital balear compra tres hoteles", nil},
		{"es", "La capital, sin metro por la huelga", nil},
		{"it", "Incidente sulla Serenissima, tre feriti", nil},
		{"de", "Großbrand in der Domstadt", nil},
		{"de", "Landeshauptstadt: neue Kita eröffnet", nil},
		{"ru", "Взрыв в столице Северной Кореи", nil},
		{"ru", "обе столицы готовятся к параду", nil},
		{"pl", "stolica Mazowsza", nil}, // a language with none
		// an award, a capital of a place named after the word, money
		{"es", "Oviedo, Capital Española de la Gastronomía 2025", nil},
		{"fr", "Dijon, capitale française de la gastronomie", nil},
		{"en", "New South Wales capital braces for heatwave", nil},
		{"en", "Welsh capital funding cut by a fifth", nil},
		{"en", "Scottish capital-raising slows", nil},
		{"pt", "Cooperativa de capital paranaense compra usina", nil},
		{"ru", "в северной столице Таиланда прошли протесты", nil},
		{"de", "Sperrungen in der bayerischen Landeshauptstadt Montag", []string{"München"}},
	} {
		var got []string
		if set := epithetSets[c.lang]; set != nil {
			got = set.cities(c.text, nil)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("cities(%q, %q) = %q, want %q", c.lang, c.text, got, c.want)
		}
	}
}

// TestNameEpithets: the cities of the title's and the lead's epithets
// are written before the summary, once each; the title is left as it
// is, and a summary without epithets too.
func TestNameEpithets(t *testing.T) {
	for _, c := range []struct{ lang, title, summary, want string }{
		{"es", "Tiembla en la capital tapatía", "Un sismo sacude la capital tapatía.", "Guadalajara. Un sismo sacude la capital tapatía."},
		{"en", "Mile High City commuters stranded", "", "Denver. "},
		{"en", "Denver light-rail drivers strike", "Drivers walked out in Denver.", "Drivers walked out in Denver."},
	} {
		if got := nameEpithets(c.lang, c.title, c.summary); got != c.want {
			t.Errorf("nameEpithets(%q, %q, %q) = %q, want %q", c.lang, c.title, c.summary, got, c.want)
		}
	}
}

// TestEpithetSharesTheCity: a rewrite that names the city by its epithet
// shares the city's name as a word with the report that names it.
func TestEpithetSharesTheCity(t *testing.T) {
	denver := readStoryWords("en", "Denver light-rail drivers begin 48-hour strike over pay", "")
	epithet := readStoryWords("en", "Mile High City commuters stranded as transit union walks out", "")
	if sharedWords(epithet, denver) == 0 {
		t.Errorf("the epithet's report shares no word with Denver's")
	}
}
