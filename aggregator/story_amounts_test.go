package aggregator

import (
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// TestAmountsApart: titles that each give an amount of one unit differ
// on it, unless the two are close, the other item has it, or the units
// differ. A figure's unit is the word right after it.
func TestAmountsApart(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		lang string
		want bool
	}{
		{"Norfolk farm culls 12,000 hens after bird flu", "Bird flu: 23,000 hens culled in Suffolk", "en", true},
		{"无锡一电池企业违规排污被罚款193万元", "江苏一锂电企业吃下286万元罚单", "zh", true},
		{"台北今天多雲午後轉雨 高溫22度", "強烈大陸冷氣團今晚南下 平地低溫探8度", "zh", true},
		{"Stellaris Bank to cut 2,100 jobs", "About 2,000 jobs to go at Stellaris", "en", false},                       // rounded
		{"Stellaris Bank to cut 2,100 jobs", "Stellaris to shed 1,200 jobs", "en", true},                               // not rounded
		{"Ryanair profit jumps 59% to €1.92 billion", "Record year for the airline: €1.9 billion", "en", false},        // rounded decimals
		{"Apple to buy Shazam for $400 million", "Music app acquired in £300 million deal", "en", false},               // converted
		{"12 dead in Lagos church crush", "Stampede at charity giveaway leaves 13 dead", "en", false},                  // an early toll
		{"Quake of magnitude 5.3 hits Crete", "Greek island shaken as 5.4 hits off Ierapetra", "en", false},            // two institutes
		{"Fire destroys 300 hectares near Marseille", "1,200 residents evacuated near Marseille", "en", false},         // other units
		{"Strike of 48 hours at Felixstowe", "Felixstowe strike: 48 hours of walkout", "en", false},                    // one figure
		{"Crete quake: magnitude 5.3", "Quake of magnitude 5.1 hits Crete", "en", false},                               // no word after one of them
		{"Bayern beat Dortmund 3:2 – Kane scores", "Dortmund lose 1:2 – Kane scores", "en", false},                     // a mark between figure and word
		{"Fire: 300 of the homes lost", "Fire: 700 of the homes lost", "en", false},                                    // a stop word is no unit
		{"12 dead as 300 homes burn in Lagos", "Lagos fire: 700 homes burn, 12 dead", "en", true},                      // each figure its own unit
		{"12 dead as 300 homes burn in Lagos", "Lagos fire: 20 dead, 300 homes burn", "en", true},                      // the dead differ
		{"Fire burns 300 hectares near Marseille", "700 hectares burned, 300 hectares in its first hour", "en", false}, // the other has the figure
	} {
		a := newStoryPrint(&storage.Item{Title: tt.a, Language: tt.lang})
		b := newStoryPrint(&storage.Item{Title: tt.b, Language: tt.lang})
		if got := amountsApart(&a, &b); got != tt.want {
			t.Errorf("%q / %q: amountsApart %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := amountsApart(&b, &a); got != tt.want {
			t.Errorf("%q / %q: amountsApart %v, want %v", tt.b, tt.a, got, tt.want)
		}
	}
}

func TestFarApart(t *testing.T) {
	for _, tt := range []struct {
		m, n string
		want bool
	}{
		{"2100", "2000", false},
		{"48000", "50000", false},
		{"2100", "1200", true},
		{"22", "8", true},
		{"5.3", "5.4", false},
		{"3", "4", false},
		{"5", "7", true},
		{"0", "0", false},
		{"0", "3", true},
		{"100", "18446744073709551615", true},
		{"1e400", "3", false}, // no figure as read
		{"x", "3", false},
	} {
		if got := farApart(tt.m, tt.n); got != tt.want {
			t.Errorf("farApart(%s, %s) = %v, want %v", tt.m, tt.n, got, tt.want)
		}
	}
}

// TestFiguresLacking: a title of three figures or more, none of which
// the other item has, against one whose title gives none, is a report of
// its own figures; a score's single digits, a figure said twice and a
// copy that keeps one are not.
func TestFiguresLacking(t *testing.T) {
	t0 := time.Date(2026, 10, 20, 15, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		a, b         string // titles
		bSummary     string
		want         bool
		wantConflict string
	}{
		{"FTSE 100 closes down 0.7% at 9,347.9", "Pennant Homes issues profit warning",
			"Housebuilder Pennant Homes warned on profit; its shares dragged the FTSE 250 down.", true, "figures"},
		{"FTSE 100 closes down 0.7% at 9,347.9; Dax falls 1.1%", "London shares end lower as housebuilders slide",
			"London's blue-chip index closed down 0.7% as housebuilders slid.", false, ""},
		{"Arsenal 3-1 Chelsea (HT 1-0): Saka scores twice", "Saka double sinks Chelsea at the Emirates",
			"Bukayo Saka scored twice as Arsenal beat Chelsea 3-1 at the Emirates.", false, ""},
		{"FTSE 100 closes down 0.7% at 9,347.9", "Pennant Homes shares fall 22% after profit warning",
			"Housebuilder Pennant Homes warned on profit; its shares dragged the FTSE 250 down.", false, ""},
		{"Index 9,347.9 9,347.9 9,347.9", "Pennant Homes issues profit warning", "", false, ""}, // one figure, said three times
	} {
		a := newStoryPrint(&storage.Item{Title: tt.a, Summary: tt.a + ".", Language: "en", Published: t0, Sources: []string{"a"}})
		b := newStoryPrint(&storage.Item{Title: tt.b, Summary: tt.bSummary, Language: "en", Published: t0.Add(time.Hour), Sources: []string{"b"}})
		s := newWordStats()
		if got := s.figuresLacking(&a, &b); got != tt.want {
			t.Errorf("%q / %q: figuresLacking %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if l := s.measure(&a, &b); (l.conflict == "figures") != (tt.wantConflict == "figures") {
			t.Errorf("%q / %q: conflict %q, want %q", tt.a, tt.b, l.conflict, tt.wantConflict)
		}
	}
}

// TestAmountsInVerdict: the conflict "amounts" as measured, and its
// exceptions: a later item that says its figure rose, or is tagged as an
// update.
func TestAmountsInVerdict(t *testing.T) {
	t0 := time.Date(2026, 8, 4, 6, 0, 0, 0, time.UTC)
	item := func(title, summary string, after time.Duration) storage.Item {
		return storage.Item{Language: "en", Title: title, Summary: summary, Published: t0.Add(after), Sources: []string{title}}
	}
	for _, tt := range []struct {
		name     string
		a, b     storage.Item
		conflict string
	}{
		{"two culls",
			item("Avian flu near Norwich: 12,000 hens to die", "Avian influenza was confirmed at a poultry farm near Norwich; 12,000 hens are being culled.", 0),
			item("Suffolk poultry farm culls 23,000 hens as H5N1 is confirmed", "Avian influenza was confirmed at a poultry farm near Ipswich; 23,000 hens are being culled.", 2*time.Hour),
			"amounts"},
		{"a fire that grows",
			item("Wildfire near Marseille: 300 hectares burned", "A wildfire has burned 300 hectares north of Marseille, and the A55 is shut.", 0),
			item("Blaze north of Marseille grows to 700 hectares, A55 shut", "The wildfire north of Marseille has burned 700 hectares; the A55 stays shut.", 3*time.Hour),
			""},
		{"a fire's update, on a place of its own",
			item("Wildfire near Marseille: 300 hectares burned", "A wildfire has burned 300 hectares north of Marseille, and the A55 is shut.", 0),
			item("UPDATE 1-Homes evacuated in Estaque, 700 hectares lost", "The Estaque wildfire has burned 700 hectares; homes were evacuated and the A55 stays shut.", 3*time.Hour),
			""},
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
