package feeds

import (
	"strings"
	"unicode/utf8"

	"github.com/feedsieve/feedsieve/storage"
)

// Every field of a stored item was written by whoever runs its source
// feed, and every reader of a published feed trusts it as feedsieve's. So
// before any format sees an item, each field is made safe for every
// format at once: text is plain, printable and bounded (cleanText), links
// are absolute http(s) URLs or gone (links.go), and HTML is sanitized
// (sanitize.go). The formats then write the fields as they are, text as
// text and HTML as HTML.

// maxTextRunes bounds a plain-text field: a title, name or category.
// Longer ones are cut, so that one item cannot swell every reader's list.
const maxTextRunes = 1000

// item returns a copy of it that is safe to publish in any format; the
// stored item is not changed.
func (s *sanitizer) item(it *storage.Item) *storage.Item {
	c := *it
	c.Link = safeURL(it.Link)
	c.Title = cleanText(it.Title)
	c.Feed, c.Origin = cleanFeedInfo(it.Feed), cleanFeedInfo(it.Origin)
	c.EntryID = safeSourceID(it.EntryID)
	c.Categories = cleanTexts(it.Categories)
	c.Authors = cleanPeople(it.Authors)
	c.Enclosures, c.Image = cleanMedia(it.Enclosures), safeURL(it.Image)
	base := baseURL(&c)
	c.Summary = s.html(it.Summary, base)
	c.Content = s.html(it.Content, base)
	return &c
}

// cleanFeedInfo keeps a feed's title as text and its link and id only
// when they are safe.
func cleanFeedInfo(fi storage.FeedInfo) storage.FeedInfo {
	return storage.FeedInfo{Title: cleanText(fi.Title), Link: safeURL(fi.Link), ID: safeSourceID(fi.ID), Language: fi.Language}
}

// cleanTexts cleans each text and leaves out those that end up empty.
func cleanTexts(list []string) []string {
	var out []string
	for _, t := range list {
		if t = cleanText(t); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// cleanPeople keeps each author's name as text and their address and uri
// only when they are safe, and leaves out authors with nothing left.
func cleanPeople(list []storage.Person) []storage.Person {
	var out []storage.Person
	for _, p := range list {
		p = storage.Person{Name: cleanText(p.Name), Email: safeEmail(p.Email), URI: safeAuthorURL(p.URI)}
		if p != (storage.Person{}) {
			out = append(out, p)
		}
	}
	return out
}

// cleanText returns s as one line of plain text that every format can
// carry: valid UTF-8, line breaks and tabs as spaces, without other
// control characters, characters XML forbids, or bidirectional embedding,
// override and isolate controls (an unclosed override in a title turns
// the text a reader shows after it around), trimmed, and cut to
// maxTextRunes. The marks U+200E, U+200F and U+061C, which change no
// order beyond themselves, stay.
func cleanText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s))
	n := 0
	for _, r := range s {
		switch {
		case r == '\t' || r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
			r = ' '
		case !isXMLChar(r) || isC1(r) || isBidiControl(r):
			continue
		}
		if n == maxTextRunes {
			b.WriteRune('…')
			break
		}
		b.WriteRune(r)
		n++
	}
	return strings.TrimSpace(b.String())
}

// cleanMarkup makes sanitized HTML fit for every format: valid UTF-8,
// without control characters other than tab and line breaks or
// characters XML forbids. RSS carries content in CDATA, where
// encoding/xml writes such characters as they are and the feed would not
// parse.
func cleanMarkup(s string) string {
	if utf8.ValidString(s) && strings.IndexFunc(s, isBadInMarkup) < 0 {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.Map(func(r rune) rune {
		if isBadInMarkup(r) {
			return -1
		}
		return r
	}, s)
}

func isBadInMarkup(r rune) bool { return !isXMLChar(r) || isC1(r) }

// isXMLChar reports whether XML 1.0 allows r in a document (its Char
// production).
func isXMLChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' ||
		r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// isC1 reports DEL and the C1 control characters, which XML allows and
// nothing prints.
func isC1(r rune) bool { return r >= 0x7F && r <= 0x9F }

// isBidiControl reports the bidirectional embedding, override and
// isolate controls (U+202A to U+202E, U+2066 to U+2069).
func isBidiControl(r rune) bool {
	return r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069
}
