package aggregator

import "strings"

// Weekdays: two titles that name different days of the week, and no
// day in common, tell of different days' events ("Warnstreik: …
// stehen am Donnerstag still", "… am Freitag still"): one outlet's
// strike calls, closures or matches of a week are written alike and
// told apart by their days, as dates are by their numbers.

// weekdayNames are the days of the week by language, Monday first, each
// in the forms titles use (Slavic and Finnish cases), space-separated.
// Portuguese and Turkish are left out: their names of days are also
// common words ("segunda", second; "pazar", market).
var weekdayNames = map[string][7]string{
	"en": {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"},
	"de": {"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag sonnabend", "sonntag"},
	"fr": {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"},
	"es": {"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"},
	"it": {"lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"},
	"nl": {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"},
	"pl": {"poniedziałek poniedziałku", "wtorek wtorku", "środa środę środy", "czwartek czwartku",
		"piątek piątku", "sobota sobotę soboty", "niedziela niedzielę niedzieli"},
	"cs": {"pondělí", "úterý", "středa středu středy", "čtvrtek čtvrtka", "pátek pátku", "sobota sobotu soboty", "neděle neděli"},
	"ru": {"понедельник понедельника", "вторник вторника", "среда среду среды", "четверг четверга",
		"пятница пятницу пятницы", "суббота субботу субботы", "воскресенье воскресенья"},
	"uk": {"понеділок понеділка", "вівторок вівторка", "середа середу середи", "четвер четверга",
		"пятниця пятницю", "субота суботу суботи", "неділя неділю неділі"},
	"da": scandinavianDays("mandag tirsdag onsdag torsdag fredag lørdag søndag"),
	"no": scandinavianDays("mandag tirsdag onsdag torsdag fredag lørdag søndag"),
	"sv": scandinavianDays("måndag tisdag onsdag torsdag fredag lördag söndag"),
	"fi": {"maanantai maanantaina", "tiistai tiistaina", "keskiviikko keskiviikkona", "torstai torstaina",
		"perjantai perjantaina", "lauantai lauantaina", "sunnuntai sunnuntaina"},
}

// scandinavianDays are the days named, each also in its definite forms:
// "måndagen", "måndagens matcher".
func scandinavianDays(names string) (days [7]string) {
	for i, d := range strings.Fields(names) {
		days[i] = d + " " + d + "en " + d + "ens"
	}
	return days
}

// addWeekdays adds the folded names of the days to the special words
// by language (an item of no language is read as English).
func addWeekdays(add func(lang, word string, sw specialWord)) {
	for lang, days := range weekdayNames {
		for i, forms := range days {
			for _, f := range strings.Fields(forms) {
				add(lang, Fold(f), specialWord{day: uint8(i + 1)})
				if lang == "en" {
					add("", Fold(f), specialWord{day: uint8(i + 1)})
				}
			}
		}
	}
}

// disjointDays reports whether both titles name days of the week and
// none in common.
func disjointDays(a, b *storyPrint) bool {
	da, db := a.words.titleDays, b.words.titleDays
	return da != 0 && db != 0 && da&db == 0
}

// titleDayWords are the words of a title, as written, that name days of
// the week: explain's evidence when titles disagree on days.
func titleDayWords(lang, title string) []string {
	var out []string
	special := specialSets[lang]
	scanWords(stripWirePrefix(HTMLText(title)), -1, func(word string, _ int, num bool) {
		if sw, ok := special.words[Fold(word)]; ok && !num && sw.day != 0 {
			out = append(out, word)
		}
	})
	return out
}
