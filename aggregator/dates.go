package aggregator

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// gofeed reads most ways of writing a date, but not every way RSS feeds
// write RFC 822's: without seconds, with the month or zone in lower case,
// with full month names, with the day and month names of the site's own
// language ("Do, 05 Dez 2026 10:00:00 +0100", "jeu., 05 déc. 2026",
// "Пт, 04 дек 2026"), as CMSs set to German, French or Russian write
// them. looseDate reads those, so that such an item keeps its date
// instead of taking the time it was first seen, which story grouping and
// the curated feeds' order read.

// fillDates gives an item the dates gofeed could not read, when
// looseDate can.
func fillDates(fi *gofeed.Item) {
	if fi.PublishedParsed == nil {
		if t, ok := looseDate(fi.Published); ok {
			fi.PublishedParsed = &t
		}
	}
	if fi.UpdatedParsed == nil {
		if t, ok := looseDate(fi.Updated); ok {
			fi.UpdatedParsed = &t
		}
	}
}

// looseLayouts are the shapes looseDate tries, once the day name is gone,
// the month written as Jan and the zone as a number.
var looseLayouts = []string{
	"2 Jan 2006 15:04:05 -0700", "2 Jan 2006 15:04 -0700",
	"2 Jan 06 15:04:05 -0700", "2 Jan 06 15:04 -0700",
	"Jan 2 2006 15:04:05 -0700", "Jan 2 2006 15:04 -0700",
}

// looseZones are the zone names RFC 822 allows, by offset.
var looseZones = map[string]string{
	"GMT": "+0000", "UT": "+0000", "UTC": "+0000", "Z": "+0000",
	"EST": "-0500", "EDT": "-0400", "CST": "-0600", "CDT": "-0500",
	"MST": "-0700", "MDT": "-0600", "PST": "-0800", "PDT": "-0700",
}

// looseMonths are month names and abbreviations, in lower case, by the
// month: English's, and those of the languages of Europe's feeds that
// differ from them (German, French, Spanish, Italian, Portuguese, Dutch,
// Danish, Norwegian, Swedish, Polish, Russian, Ukrainian, Greek; the
// Slavic languages' and Greek's in the genitive too, as dates write
// them).
var looseMonths = func() map[string]string {
	byMonth := [12]string{
		"Jan jan january janv janvier januar jänner jän ene enero gen gennaio janeiro januari sty styczeń stycznia янв января январь січ січня ιαν ιανουαρίου",
		"Feb feb february févr fevr février fév febrero febbraio fev fevereiro februari lut luty lutego фев февр февраля февраль лют лютого φεβ φεβρουαρίου",
		"Mar mar march mär märz mrz mars marts marzo março mrt maart marzec marca мар марта март бер березня μαρ μάρ μαρτίου",
		"Apr apr april avr avril abr abril aprile kwi kwiecień kwietnia апр апреля апрель кві квітня απρ απριλίου",
		"May may mai maj mayo mag maggio maio mei май мая тра травня μαι μάι μαΐ μαϊ μαΐου",
		"Jun jun june juin junio giu giugno junho juni cze czerwiec czerwca июн июня июнь чер червня ιουν ιούν ιουνίου",
		"Jul jul july juil juillet julio lug luglio julho juli lip lipiec lipca июл июля июль лип липня ιουλ ιούλ ιουλίου",
		"Aug august août aoû aout ago agosto augustus aug sie sierpień sierpnia авг августа август сер серпня αυγ αύγ αυγούστου",
		"Sep sep september sept septembre septiembre set settembre setembro wrz wrzesień września сен сент сентября сентябрь вер вересня σεπ σεπτεμβρίου",
		"Oct october oct octobre octubre ott ottobre out outubro okt oktober paź październik października окт октября октябрь жов жовтня οκτ οκτωβρίου",
		"Nov november nov novembre noviembre novembro lis listopad listopada ноя нояб ноября ноябрь лис листопада νοε νοέ νοεμβρίου",
		"Dec december dez dezember déc dec décembre dic diciembre dicembre dezembro des desember gru grudzień grudnia дек декабря декабрь гру грудня δεκ δεκεμβρίου",
	}
	months := map[string]string{}
	for _, names := range byMonth {
		f := strings.Fields(names)
		for _, n := range f[1:] {
			months[n] = f[0]
		}
	}
	return months
}()

// looseDate reads an RFC 822 date written loosely; a date without a zone
// is taken as UTC.
func looseDate(s string) (time.Time, bool) {
	if len(s) > 64 {
		return time.Time{}, false
	}
	if open := strings.LastIndexByte(s, '('); open > 0 && strings.HasSuffix(s, ")") && zoneEnds(s[:open]) {
		s = s[:open] // a zone's name after its offset: "+0900 (JST)"
	}
	if t, ok := numericDate(s); ok {
		return t, true
	}
	fields := strings.Fields(strings.NewReplacer(",", " ").Replace(s))
	if len(fields) < 4 || len(fields) > 6 {
		return time.Time{}, false
	}
	if c := fields[0][0]; c < '0' || c > '9' { // a day name, or the month first
		_, month := monthName(fields[0])
		if _, thirdIsMonth := monthName(fields[2]); !month || thirdIsMonth {
			fields = fields[1:] // a day name, even one written as a month is ("mar" is Spanish Tuesday)
		}
	}
	for i, f := range fields {
		if m, ok := monthName(f); ok {
			fields[i] = m
		} else if d := strings.TrimSuffix(f, "."); len(d) < len(f) && len(d) <= 2 && strings.Trim(d, "0123456789") == "" {
			fields[i] = d // German writes the day as an ordinal: "5. Dez"
		}
	}
	last := strings.ToUpper(fields[len(fields)-1])
	switch {
	case looseZones[last] != "":
		fields[len(fields)-1] = looseZones[last]
	case last[0] != '+' && last[0] != '-':
		fields = append(fields, "+0000")
	}
	norm := strings.Join(fields, " ")
	for _, layout := range looseLayouts {
		if t, err := time.Parse(layout, norm); err == nil {
			return t.UTC(), true
		}
	}
	return time.Time{}, false
}

// numericLayouts are the shapes of dates written year first in digits,
// with slashes or dashes and a space or a T before the time ("2003/12/31
// 10:14:55 +0900", "2003-12-31 10:14 +0900", "2003-12-31T10:14"), or in
// ISO 8601's basic format ("20031231T101455Z"), that gofeed does not
// read.
var numericLayouts = []string{
	"2006-01-02 15:04:05 -0700", "2006-01-02 15:04 -0700", "2006-01-02 15:04:05", "2006-01-02 15:04",
	"20060102T150405Z0700", "20060102T150405",
}

// koreanDay is how Korean blog platforms write a date ("2004년 05월 28일
// 01:31:15"), and koreanNoon their hours before and after noon ("2004-05-25
// 오후 11:23:17"): in Korea's time, as their feeds do not say.
var (
	koreanDay  = strings.NewReplacer("년 ", "-", "월 ", "-", "일 ", " ")
	koreanNoon = map[string]int{"오전": 0, "오후": 12}
)

// numericDate reads a date written year first in digits, perhaps after a
// day's name ("Fri, 2006/09/15 08:19:53 EDT"); one without a zone is
// taken as UTC, or as Korea's when written in Korean.
func numericDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, ','); i > 0 && i < 12 {
		s = strings.TrimSpace(s[i+1:]) // a day's name
	}
	korean := strings.Contains(s, "년 ") || strings.Contains(s, "오전") || strings.Contains(s, "오후")
	if korean {
		var ok bool
		if s, ok = koreanDate(s); !ok {
			return time.Time{}, false
		}
	}
	if len(s) < 15 || (s[4] != s[7] || s[4] != '/' && s[4] != '-') && s[8] != 'T' {
		return time.Time{}, false
	}
	if s[4] == '/' || s[4] == '-' {
		s = strings.Replace(s[:10], "/", "-", 2) + strings.Replace(s[10:11], "T", " ", 1) + s[11:]
	}
	if f := strings.Fields(s); len(f) == 3 && looseZones[strings.ToUpper(f[2])] != "" {
		s = f[0] + " " + f[1] + " " + looseZones[strings.ToUpper(f[2])]
	}
	for _, layout := range numericLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), true
		}
	}
	return time.Time{}, false
}

// koreanDate writes a Korean date as numericDate reads one, in Korea's
// time: "2004년 05월 28일 01:31:15" and "2004-05-25 오후 11:23:17" are
// "2004-05-28 01:31:15 +0900" and "2004-05-25 23:23:17 +0900".
func koreanDate(s string) (string, bool) {
	f := strings.Fields(koreanDay.Replace(s))
	if len(f) == 3 {
		noon, ok := koreanNoon[f[1]]
		hour, rest, found := strings.Cut(f[2], ":")
		h, err := strconv.Atoi(hour)
		if !ok || !found || err != nil || h < 1 || h > 12 {
			return "", false
		}
		f = []string{f[0], fmt.Sprintf("%02d:%s", h%12+noon, rest)}
	}
	if len(f) != 2 {
		return "", false
	}
	return f[0] + " " + f[1] + " +0900", true
}

// zoneEnds reports whether s ends with a zone: an offset ("+0900") or a
// zone's name of looseZones.
func zoneEnds(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	return looseZones[strings.ToUpper(last)] != "" || len(last) == 5 && (last[0] == '+' || last[0] == '-') && strings.Trim(last[1:], "0123456789") == ""
}

// monthName returns a month's name or abbreviation, in any case and of
// any language of looseMonths, as Jan.
func monthName(s string) (string, bool) {
	m, ok := looseMonths[strings.ToLower(strings.TrimSuffix(s, "."))]
	return m, ok
}
