package aggregator

import (
	"strings"

	"github.com/mmcdole/gofeed"
	"golang.org/x/text/language"
)

// An item's language is its own where its feed gives it one, else its
// feed's: a feed of several languages tags its items (an Atom entry's
// xml:lang, a JSON Feed 1.1 item's "language", an RSS item's
// dc:language), and matching (a script's digraphs), story grouping
// (copies in other languages stay apart) and the curated feeds'
// xml:lang read the item's. gofeed keeps only the RSS one: the others
// are noted as the document is read (atomtext.go, parse.go).

// customLanguage carries, in an item's Custom, its own language as its
// feed wrote it.
const customLanguage = "feedsieve:language"

// setItemLanguage notes lang, as a feed wrote it, as the item's own
// language; "" notes nothing.
func setItemLanguage(it *gofeed.Item, lang string) {
	if lang == "" {
		return
	}
	if it.Custom == nil {
		it.Custom = make(map[string]string)
	}
	it.Custom[customLanguage] = lang
}

// entryLanguage is an item's own language, as its feed writes it, when
// it gives one that is a well-formed BCP 47 tag; else feedLang, its
// feed's, which is kept as written too (the curated feeds write both as
// tags, itemLanguage).
func entryLanguage(fi *gofeed.Item, feedLang string) string {
	own := fi.Custom[customLanguage]
	if own == "" && fi.DublinCoreExt != nil && len(fi.DublinCoreExt.Language) > 0 {
		own = fi.DublinCoreExt.Language[0]
	}
	if own = strings.TrimSpace(own); own == "" || len(own) > MaxLanguageBytes {
		return feedLang
	}
	if tag, err := language.Parse(own); err != nil || tag == language.Und {
		return feedLang
	}
	return own
}
