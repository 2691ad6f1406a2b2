package aggregator

import (
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// gofeed reads most ways of writing a date, but not every way RSS feeds
// write RFC 822's: without seconds, with the month or zone in lower case,
// with full month names. looseDate reads those, so that such an item
// keeps its date instead of taking the time it was first seen.

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

var looseMonths = map[string]string{
	"january": "Jan", "february": "Feb", "march": "Mar", "april": "Apr", "may": "May", "june": "Jun",
	"july": "Jul", "august": "Aug", "september": "Sep", "sept": "Sep", "october": "Oct", "november": "Nov", "december": "Dec",
}

// looseDate reads an RFC 822 date written loosely; a date without a zone
// is taken as UTC.
func looseDate(s string) (time.Time, bool) {
	fields := strings.Fields(strings.NewReplacer(",", " ").Replace(s))
	if len(fields) < 4 || len(fields) > 6 || len(s) > 64 {
		return time.Time{}, false
	}
	if c := fields[0][0]; c < '0' || c > '9' { // a day name, or the month first
		if _, month := monthName(fields[0]); !month {
			fields = fields[1:]
		}
	}
	for i, f := range fields {
		if m, ok := monthName(f); ok {
			fields[i] = m
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

// monthName returns a month's name or abbreviation, in any case, as Jan.
func monthName(s string) (string, bool) {
	l := strings.ToLower(strings.TrimSuffix(s, "."))
	if m, ok := looseMonths[l]; ok {
		return m, true
	}
	if len(l) == 3 {
		for _, m := range looseMonths {
			if strings.EqualFold(m, l) {
				return m, true
			}
		}
	}
	return "", false
}
