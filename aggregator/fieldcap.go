package aggregator

import (
	"strings"
	"unicode/utf8"
)

// Limits on what an item keeps of each field of a feed, in bytes of
// UTF-8 unless said otherwise. Longer text is cut at a rune boundary,
// HTML before a tag or an entity the cut would split. They bound what a
// hostile feed can make each stored item cost; real items stay far
// below them. The feed's own title, link and language are copied into
// every item, so they are bounded too.
const (
	MaxTitleBytes    = 2 << 10   // an item's title, and its feed's
	MaxSummaryBytes  = 256 << 10 // an item's summary (HTML)
	MaxContentBytes  = 256 << 10 // an item's content (HTML)
	MaxCategories    = 64        // categories of an item, the first distinct ones
	MaxCategoryBytes = 256       // each category
	MaxAuthors       = 16        // authors of an item, the first ones
	MaxAuthorBytes   = 256       // an author's name, and their email
	MaxLanguageBytes = 64        // a feed's language tag
	// MaxFeedLinkBytes bounds the feed's link and id: a longer one is
	// left out rather than cut, as a cut link leads nowhere.
	MaxFeedLinkBytes = 2 << 10
	// MaxEnclosures bounds the media files an item keeps, the first
	// distinct ones; a media URL longer than MaxFeedLinkBytes, or whose
	// type is longer than MaxMediaTypeBytes, is left out.
	MaxEnclosures     = 16
	MaxMediaTypeBytes = 127
)

// truncateText cuts s to at most max bytes, at a rune boundary.
func truncateText(s string, max int) string {
	if len(s) <= max {
		return s
	}
	i := max
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i]
}

// truncateHTML is truncateText for HTML: when the cut falls inside a tag
// or an entity, it moves before it, so that the text does not end in a
// broken one (the sanitizer would cope, but shows less).
func truncateHTML(s string, max int) string {
	if len(s) <= max {
		return s
	}
	s = truncateText(s, max)
	if i := strings.LastIndexByte(s, '<'); i >= 0 && strings.IndexByte(s[i:], '>') < 0 {
		s = s[:i]
	}
	const longestEntity = 32 // &CounterClockwiseContourIntegral; is 33 bytes with its ';'
	if i := strings.LastIndexByte(s, '&'); i >= 0 && len(s)-i <= longestEntity && !strings.ContainsAny(s[i:], "; \t\r\n<>") {
		s = s[:i]
	}
	return s
}

// feedLink is a feed's link, or "" when it is longer than MaxFeedLinkBytes.
func feedLink(link string) string {
	if len(link) > MaxFeedLinkBytes {
		return ""
	}
	return link
}
