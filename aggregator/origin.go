package aggregator

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/feedsieve/feedsieve/storage"
	"github.com/mmcdole/gofeed"
	"github.com/mmcdole/gofeed/atom"
	"github.com/mmcdole/gofeed/rss"
)

// When a source is itself an aggregator (a Planet, another feedsieve),
// its entries carry who first published them: Atom's atom:source, RSS's
// <source url="…">. gofeed keeps neither in its common Item, so the
// parse notes them in the item's Custom (under these keys) and toEntry
// makes them the stored item's Origin.
const (
	customOriginTitle = "feedsieve:origin-title"
	customOriginLink  = "feedsieve:origin-link"
	customOriginID    = "feedsieve:origin-id"
)

// setOrigin notes an entry's origin feed in its Custom.
func setOrigin(it *gofeed.Item, title, link, id string) {
	if strings.TrimSpace(title+link+id) == "" {
		return
	}
	if it.Custom == nil {
		it.Custom = make(map[string]string)
	}
	it.Custom[customOriginTitle], it.Custom[customOriginLink], it.Custom[customOriginID] = title, link, id
}

// atomOrigin notes an Atom entry's atom:source.
func atomOrigin(e *atom.Entry, it *gofeed.Item) {
	if e.Source == nil {
		return
	}
	link := ""
	for _, l := range e.Source.Links {
		if l != nil && (l.Rel == "" || l.Rel == "alternate") {
			link = l.Href
			break
		}
	}
	setOrigin(it, e.Source.Title, link, e.Source.ID)
}

// rssOrigins notes the <source url="…">title</source> of RSS items: the
// url is the original feed's address, which stands for its id.
func rssOrigins(f *rss.Feed, feed *gofeed.Feed) {
	for i, ri := range f.Items {
		if ri == nil || ri.Source == nil || i >= len(feed.Items) || feed.Items[i] == nil {
			continue
		}
		setOrigin(feed.Items[i], ri.Source.Title, "", ri.Source.URL)
	}
}

// origin is the stored form of an item's origin feed, with its link made
// absolute and its id kept only when it is one (entryID), or when it is
// an absolute http(s) URL.
func origin(fi *gofeed.Item, base *url.URL) storage.FeedInfo {
	if fi.Custom[customOriginTitle]+fi.Custom[customOriginLink]+fi.Custom[customOriginID] == "" {
		return storage.FeedInfo{}
	}
	id := entryID(fi.Custom[customOriginID])
	if id == "" {
		id = feedLink(webLink(resolveLink(base, fi.Custom[customOriginID])))
	}
	return storage.FeedInfo{
		Title: truncateText(strings.Join(strings.Fields(HTMLText(fi.Custom[customOriginTitle])), " "), MaxTitleBytes),
		Link:  feedLink(webLink(resolveLink(base, fi.Custom[customOriginLink]))),
		ID:    id,
	}
}

// entryID returns an id a source gave when it is fit to publish as an
// entry's id: an absolute IRI (http or https with a host, urn: or tag:)
// of at most MaxFeedLinkBytes, without spaces or control characters; ""
// otherwise. RSS guids such as "12345" or "post-7" are not, and the
// entry gets an id feedsieve makes.
func entryID(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > MaxFeedLinkBytes || !utf8.ValidString(s) || strings.IndexFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsControl(r)
	}) >= 0 {
		return ""
	}
	u, err := url.Parse(s)
	if err != nil {
		return ""
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		if u.Host != "" {
			return s
		}
	case "urn", "tag":
		if u.Opaque != "" {
			return s
		}
	}
	return ""
}
