// Package feeds renders topics as feeds and publishes them: over HTTP, as
// static files, and to a WebSub hub.
package feeds

import (
	"strings"
	"time"
)

// Topic is how a topic is published.
type Topic struct {
	ID          string
	Title       string
	Description string
	MaxItems    int
	// Stories shows each story of the topic once: one entry for the item
	// that stands for it, which names the other outlets that reported it
	// (stories.go). StoryWindow is the topic's story window.
	Stories     bool
	StoryWindow time.Duration
	// MaxAge is how long readers may cache the topic's feeds: the feeds
	// cannot change faster than the sources behind them are polled.
	MaxAge time.Duration
	// Within, when set, leaves out the items published longer ago than
	// this (the topic's max_age): the topic took them when they were new.
	Within time.Duration
	// Since is when the topic was configured as it is: the empty feed's
	// updated time, so that it is the same at every render (the daemon
	// gives the configuration file's modification time, config.FeedsOptions).
	Since time.Time
}

// Source is a polled feed, as the index page lists it.
type Source struct {
	Name string
	URL  string
	// PublishArticles carries the article text of the source's items
	// (storage.Item.Article, when fetched) as their content.
	PublishArticles bool
}

// Site describes where feeds are published.
type Site struct {
	BaseURL  string // public URL of the index page, without trailing slash
	FeedBase string // public URL prefix of the feed files, ending in a slash
	Version  string // feedsieve version, for the generator
	Hub      string // WebSub hub, or empty
	OPMLURL  string // public URL of the OPML list of all topics
	// PageBase and PageExt make a topic page's URL: PageBase + id +
	// PageExt. SourcesURL is the page of the sources' states.
	PageBase, PageExt, SourcesURL string
	// XSLHref is the stylesheet Atom and RSS name for browsers (feedxsl.go),
	// relative to the feeds, so that it is always of their origin.
	XSLHref string
}

// NewSite returns the Site of feedsieve's own HTTP server at baseURL,
// which serves feeds under /feeds/.
func NewSite(baseURL, version string) Site {
	base := strings.TrimRight(baseURL, "/")
	return Site{
		BaseURL: base, FeedBase: base + "/feeds/", OPMLURL: base + "/opml", Version: version,
		PageBase: base + "/topics/", SourcesURL: base + "/sources", XSLHref: "../" + xslFile,
	}
}

// StaticSite returns the Site of a directory of static files published
// at baseURL, where feeds sit beside index.html.
func (s Site) StaticSite(baseURL string) Site {
	base := strings.TrimRight(baseURL, "/")
	return Site{
		BaseURL: base, FeedBase: base + "/", OPMLURL: base + "/opml.xml", Version: s.Version, Hub: s.Hub,
		PageBase: base + "/", PageExt: ".html", SourcesURL: base + "/" + staticSourcesFile, XSLHref: xslFile,
	}
}

// FeedURL is the public URL of a topic's feed in a format.
func (s Site) FeedURL(topic, format string) string {
	return s.FeedBase + topic + "." + format
}

// TopicURL is the public URL of a topic's page, or "" when it has none: in
// a static directory, a topic whose page would be written over the index
// or the sources page.
func (s Site) TopicURL(topic string) string {
	if s.PageExt != "" && (topic+s.PageExt == "index.html" || topic+s.PageExt == staticSourcesFile) {
		return ""
	}
	return s.PageBase + topic + s.PageExt
}

// HomeURL is the public URL of the index page.
func (s Site) HomeURL() string { return s.BaseURL + "/" }
