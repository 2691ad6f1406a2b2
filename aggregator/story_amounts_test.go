package aggregator

import (
	"testing"

	"github.com/feedsieve/feedsieve/storage"
)

// TestAmountsApart: titles that each give an amount of one unit differ
// on it, unless one is the other rounded, the other item has it, or
// the units differ.
func TestAmountsApart(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		lang string
		want bool
	}{
		{"Norfolk farm culls 12,000 hens after bird flu", "Bird flu: 23,000 hens culled in Suffolk", "en", true},
		{"Stellaris Bank to cut 2,100 jobs", "About 2,000 jobs to go at Stellaris", "en", false},               // rounded
		{"Stellaris Bank to cut 2,100 jobs", "Stellaris to shed 1,500 jobs", "en", true},                       // not rounded
		{"Fire destroys 300 hectares near Marseille", "1,200 residents evacuated near Marseille", "en", false}, // other units
		{"无锡一电池企业违规排污被罚款193万元", "江苏一锂电企业吃下286万元罚单", "zh", true},
		{"Strike of 48 hours at Felixstowe", "Felixstowe strike: 48 hours of walkout", "en", false}, // one figure
		{"Quake of magnitude 5.3 hits Crete", "A 5.1 hits Crete at dawn", "en", true},               // the word after a figure is its unit, whatever it is
		{"Quake of magnitude 5.3 hits Crete", "Crete quake of 5.3 felt in Athens", "en", false},     // one figure
		{"Crete quake: magnitude 5.3", "Quake of magnitude 5.1 hits Crete", "en", false},            // no word after one of them
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

func TestRounded(t *testing.T) {
	for _, tt := range []struct {
		m, n string
		want bool
	}{
		{"2100", "2000", true},
		{"48000", "50000", true},
		{"2100", "1500", false},
		{"12", "13", false},   // small counts are exact
		{"5.3", "5.1", false}, // decimals are exact
		{"100", "104", true},
		{"100", "106", false},
	} {
		if got := rounded(tt.m, tt.n); got != tt.want {
			t.Errorf("rounded(%s, %s) = %v, want %v", tt.m, tt.n, got, tt.want)
		}
	}
}
