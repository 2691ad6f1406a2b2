package aggregator

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A title's furniture at its end: the site's name that many feeds, and
// every aggregator's, append to each title ("Fog grounds 180 Heathrow
// flights - North Post", "BVG-Warnstreik: Berlin ohne U-Bahn | Alpen-
// Kurier"). It is a name, capitalized, and the copy of another outlet
// has another: read as the title's, it would be a name the other copy
// lacks.

// siteSeparators end a title's text before a site's name.
var siteSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · "}

// separatorEnds are the last bytes of siteSeparators before their final
// space: "|", "-", ":", and the last bytes of "–", "—" and "·".
const separatorEnds = "|-:\x93\x94\xb7"

// stripSiteName removes the site's name at the end of a title: after the
// last separator, at most four words, each capitalized or a short word
// within a name ("El Faro Digital", "Diario de Sevilla"), none a number,
// after a title of at least four words ("Real Madrid - Barcelona" is a
// match), unless the title is mostly capitalized, in Title Case or a
// pairing's ("Clásico tonight: Real Madrid - FC Barcelona"). After " | "
// any short text is furniture. Separators written with no-break spaces
// are found too.
func stripSiteName(lang, title string) string {
	if strings.Contains(title, "\u00a0") { // "&nbsp;-&nbsp;"
		title = strings.ReplaceAll(title, "\u00a0", " ")
	}
	i, sep := lastSeparator(title)
	if i < 0 {
		return title
	}
	head, tail := title[:i], strings.TrimSpace(title[i+len(sep):])
	if tail == "" || strings.Count(head, " ") < 3 || len(tail) > 40 {
		return title
	}
	if sep == " | " && strings.Count(tail, " ") < 4 || siteName(tail, capsNounsIn(lang)) && !titleCase(head) {
		return strings.TrimSpace(head)
	}
	return title
}

// titleCase reports whether most of a title's words are capitalized, as
// English headlines are written in Title Case ("Fed Raises Interest Rates
// Again - Markets Tumble"): its tail's capitals then tell nothing.
func titleCase(s string) bool {
	words, caps := 0, 0
	for w := range strings.FieldsSeq(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) {
			words++
			if unicode.IsUpper(r) {
				caps++
			}
		}
	}
	return words > 0 && 4*caps >= 3*words
}

// lastSeparator is where in title the last of siteSeparators starts,
// and which it is; -1 for none. Every title is read: it looks back from
// each space, not for each separator.
func lastSeparator(title string) (int, string) {
	for i := len(title) - 1; i > 0; i-- {
		if title[i] != ' ' || strings.IndexByte(separatorEnds, title[i-1]) < 0 {
			continue
		}
		for _, sep := range siteSeparators {
			if start := i + 1 - len(sep); start >= 0 && title[start:i+1] == sep {
				return start, sep
			}
		}
	}
	return -1, ""
}

// siteName reports whether s reads as a site's name: one to four words,
// the first capitalized, the others capitalized or of at most three
// small letters ("Diario de Sevilla"), none a number ("20 Kilometer
// Stau" is the title's). In a language that capitalizes its nouns, none
// in small letters: "Entwarnung für Anwohner" is the title's.
func siteName(s string, capsNouns bool) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
		case i > 0 && !capsNouns && unicode.IsLower(r) && utf8.RuneCountInString(w) <= 3:
		default:
			return false // a number, a word in small letters: the title's own
		}
	}
	return true
}

// A summary's furniture at its end: the link to the rest ("Read more",
// "Lesen Sie mehr…", "Подробнее…"), WordPress's "The post … appeared
// first on …", a copyright line, a plea to subscribe. It is the same in
// each of an outlet's items, and would make its reports of different news
// alike; it tells nothing of the news.

// readMoreMarks begin a summary's furniture, as written.
var readMoreMarks = []string{
	"Read more", "Continue reading", "Read the full", "Click here", "Lire la suite", "Lesen Sie mehr",
	"Weiterlesen", "Mehr lesen", "Leer más", "Seguir leyendo", "Leggi tutto", "Continua a leggere",
	"Læs mere", "Les mer", "Läs mer", "Lees meer", "Lees verder", "Czytaj więcej", "Czytaj dalej",
	"Подробнее", "Читать далее", "Подписывайтесь", "Leia mais", "Devamını oku",
	"©", "All rights reserved", "Alle Rechte vorbehalten", "Tous droits réservés", "Todos los derechos reservados",
}

// marksByFirst are readMoreMarks by their first byte: a summary is read
// once, a mark looked for only where a word starts with one's.
var marksByFirst = func() (by [256][]string) {
	for _, m := range readMoreMarks {
		by[m[0]] = append(by[m[0]], m)
	}
	return by
}()

// startsMark reports whether s starts with one of marks as whole words,
// "©" only before a year: "Les mer…", not "Les mers se réchauffent";
// "© 2026 Civic Times", not a photo's credit, "© Reuters".
func startsMark(s string, marks []string) bool {
	for _, m := range marks {
		rest, ok := strings.CutPrefix(s, m)
		if !ok {
			continue
		}
		if m == "©" {
			if rest = strings.TrimLeft(rest, " "); len(rest) >= 4 && isDigits(rest[:4]) {
				return true
			}
			continue
		}
		if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// cutFurniture cuts a summary's text at the first of readMoreMarks, and
// at WordPress's "The post … appeared first on", keeping what comes
// before; a mark in its first furnitureLeast bytes is a credit ("© AFP.
// The president said…") and stays. Only so much of a summary is searched
// as the words story grouping reads could reach (furnitureMost bytes).
func cutFurniture(s string) string {
	if len(s) <= furnitureLeast {
		return s
	}
	end := min(len(s), furnitureMost)
	for i := furnitureLeast; i < end; i++ {
		if marks := marksByFirst[s[i]]; marks != nil && (s[i-1] == ' ' || s[i-1] == '\n') && startsMark(s[i:], marks) {
			end = i
		}
	}
	if i := strings.Index(s[:end], "appeared first on"); i >= 0 {
		if post := strings.LastIndex(s[:i], "The post "); post >= furnitureLeast && post+len("The post ") < i {
			end = post // "The post <its title> appeared first on …", a title between
		}
	}
	if end == min(len(s), furnitureMost) {
		return s
	}
	return strings.TrimSpace(s[:end])
}

// furnitureLeast and furnitureMost bound where a summary's furniture is
// looked for, in bytes.
const (
	furnitureLeast = 20
	furnitureMost  = 1200
)

// capsSeen are the capitalized words of a summary's lead, by their
// exact hashes, the first maxCapsSeen of them. A title in Title Case
// ("Gempa M5,2 Guncang Sumbawa, Warga Berhamburan Keluar Rumah")
// capitalizes every word, and only those its lead capitalizes too are
// names there.
type capsSeen struct {
	n     int
	words [maxCapsSeen]uint32
}

const maxCapsSeen = 32

func (c *capsSeen) add(exact uint32) {
	if c.n < len(c.words) && exact != 0 {
		c.words[c.n] = exact
		c.n++
	}
}

// unmark takes from the names of a title in Title Case the words its
// lead does not capitalize: sure names, places and people stay names.
func (c *capsSeen) unmark(caps []nameWord) {
	for i := range caps {
		nw := &caps[i]
		if !nw.sure && !nw.place && !nw.person && !slices.Contains(c.words[:c.n], nw.exact) {
			nw.opening = true // as a title's first word is: no name unless the lead says it
		}
	}
}

// breadcrumbs reports whether a summary is no text but a portal's path
// to the item's section ("Wiadomości | Warszawa", "News › World",
// "Loterie"): up to four parts of one to three words each, parted by
// "|", "›", "»", ">" or "/", with no mark that ends a sentence or a
// clause; or a single word; in a script that parts words by spaces. A
// portal writes its path in every item, and read as words it made two
// of its items of the same section alike.
func breadcrumbs(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > maxBreadcrumbs || strings.ContainsAny(s, ".,;:!?。，、！？") {
		return false
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("|›»>/", r) })
	if len(parts) > 4 {
		return false
	}
	if strings.ContainsFunc(s, func(r rune) bool { return classOf(r)&classSpaceless != 0 }) {
		return false // a part without spaces may be a whole clause: "東京で震度5弱 / 津波の心配なし"
	}
	for _, part := range parts {
		if n := len(strings.Fields(part)); n == 0 || n > 3 {
			return false
		}
	}
	return len(parts) > 1 || len(strings.Fields(s)) == 1
}

// maxBreadcrumbs is the longest a section's path is, in bytes.
const maxBreadcrumbs = 80
