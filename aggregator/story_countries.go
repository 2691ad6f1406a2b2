package aggregator

import "strings"

// Countries as names where every noun is capitalized. In German a
// capital tells no name, so titles' names disagree only in titles
// written nearly alike, or where a name is sure: an acronym, a club's
// initials, or a country.
// "Inflation in Österreich sinkt im Jänner auf 2,4 Prozent" and
// "Inflation in Deutschland sinkt im Januar auf 2,1 Prozent" are one
// template on two countries.

// germanCountries are the names of countries (and of the groups of
// them news names alike) in German, with their genitives where those end
// otherwise ("Deutschlands").
var germanCountries = strings.Fields(`
	Deutschland Österreich Schweiz Liechtenstein Luxemburg Frankreich Italien Spanien Portugal
	Belgien Niederlande Holland Dänemark Schweden Norwegen Finnland Island Irland Großbritannien
	England Schottland Wales Polen Tschechien Slowakei Ungarn Slowenien Kroatien Serbien Bosnien
	Montenegro Albanien Nordmazedonien Griechenland Zypern Malta Bulgarien Rumänien Moldau Ukraine
	Belarus Russland Estland Lettland Litauen Türkei Georgien Armenien Aserbaidschan Israel
	Libanon Syrien Jordanien Irak Iran Saudi-Arabien Ägypten Libyen Tunesien Algerien Marokko
	Sudan Südsudan Äthiopien Kenia Nigeria Südafrika China Japan Korea Südkorea Nordkorea Indien
	Pakistan Afghanistan Indonesien Thailand Vietnam Australien Neuseeland Kanada USA Mexiko
	Brasilien Argentinien Chile Kolumbien Venezuela Peru Kuba Grönland Taiwan Katar Jemen
`)

// addCountries adds the countries of languages that capitalize every
// noun, as countries read as written: sure names (nameWord.sure), with
// the alias of their group (groupOf, story_metonyms.go's landAliases),
// so that "Libyen" is found in an item that names "Tripolis".
func addCountries(add func(lang, word string, sw specialWord), groupOf func(lang, country string) metonymGroup) {
	for _, c := range germanCountries {
		folded := Fold(c)
		sw := specialWord{country: true, as: folded, alias: groupOf("de", folded).of("de")}
		add("de", folded, sw)
		if !strings.HasSuffix(folded, "s") && !strings.HasSuffix(folded, "z") {
			add("de", folded+"s", sw)
		}
	}
}
