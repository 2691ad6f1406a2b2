package aggregator

import (
	"slices"
	"testing"
	"time"
)

// TestFirmNamesAreSure: in German, a capitalized word right after a noun
// that names a firm by its trade, in the summary's lead, is a sure name
// of the title; other capitalized words are not.
func TestFirmNamesAreSure(t *testing.T) {
	for _, tt := range []struct {
		title, summary string
		sure           []string // the sure names of the title, as read
	}{
		{"Brandtner Logistik streicht 400 Stellen", "Der Münchner Logistikkonzern Brandtner Logistik baut 400 Stellen ab.", []string{"brandtner"}},
		{"Kessel-Wirth senkt Ausblick", "Der Maschinenbauer Kessel-Wirth hat seinen Ausblick gesenkt.", []string{"kessel"}},
		{"Prognose gesenkt: Aktie bricht ein", "Der Autozulieferer Oberndorfer hat seine Prognose gesenkt.", nil},    // the firm is not in the title
		{"Brandtner Logistik streicht Stellen", "Der Konzern streicht Stellen, teilte Brandtner Logistik mit.", nil}, // no name after the noun
		{"Konzern Brandtner streicht Stellen", "Der Konzern Brandtner streicht Stellen.", nil},                       // the noun alone is the firm named again
		{"Bosch streicht Stellen", "Bosch will im Unternehmen Stellen abbauen.", nil},
		{"Mitarbeiter der Brauerei streiken", "Streik bei der Ostbrauerei. Mitarbeiter legen die Arbeit nieder.", nil}, // another sentence
	} {
		text := map[uint32]string{}
		w := readStoryText("de", tt.title, tt.summary, text)
		var sure []string
		for _, nw := range w.titleCaps {
			if nw.sure {
				sure = append(sure, text[nw.word])
			}
		}
		if !slices.Equal(sure, tt.sure) {
			t.Errorf("%q: sure names %q, want %q", tt.title, sure, tt.sure)
		}
	}
}

// TestFirmsTellTemplatesApart: two German firms' profit warnings written
// alike, each naming its firm, report different news; a rewrite of one
// of them that names its firm is that news.
func TestFirmsTellTemplatesApart(t *testing.T) {
	p := storyPrinter(time.Date(2027, 3, 2, 7, 0, 0, 0, time.UTC))
	a := p("de", "Brandtner Logistik senkt Jahresprognose",
		"Der Münchner Logistikkonzern Brandtner Logistik hat wegen der schwachen Nachfrage im Handel seine Jahresprognose gesenkt. Der Gewinn werde nur noch bei 80 bis 90 Millionen Euro liegen, teilte das Unternehmen mit.", 0, "wire")
	checkSameStory(t, a, []storyCase{
		{"another firm's warning", p("de", "Oberndorfer Stahl senkt Jahresprognose",
			"Der Linzer Stahlkonzern Oberndorfer Stahl hat wegen der schwachen Nachfrage im Bau seine Jahresprognose gesenkt. Der Gewinn werde nur noch bei 300 bis 340 Millionen Euro liegen, teilte das Unternehmen mit.", 2*time.Hour, "wire"), false},
		{"a rewrite of the warning", p("de", "Brandtner Logistik kassiert Prognose",
			"Der Logistikkonzern Brandtner Logistik rechnet wegen der schwachen Nachfrage im Handel nur noch mit 80 bis 90 Millionen Euro Gewinn.", 3*time.Hour, "daily"), true},
	})
}
