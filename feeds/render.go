package feeds

import (
	"errors"
	"fmt"

	"github.com/feedsieve/feedsieve/storage"
)

// ErrUnknownTopic reports a topic id that is not configured.
var ErrUnknownTopic = errors.New("unknown topic")

// ErrUnknownFormat reports a feed format that is not served.
var ErrUnknownFormat = errors.New("unknown feed format")

// Formats are the served feed formats, by file extension.
var Formats = []string{"atom", "rss", "json"}

// format is how one feed format is written.
type format struct {
	contentType string
	render      func(*document) ([]byte, error)
}

var formats = map[string]format{
	"atom": {"application/atom+xml; charset=utf-8", styled(renderAtom)},
	"rss":  {"application/rss+xml; charset=utf-8", styled(renderRSS)},
	"json": {"application/feed+json; charset=utf-8", renderJSON},
}

// document is what every format renders: a topic's items, cleaned for
// publishing (clean.go), as published at a site.
type document struct {
	Topic Topic
	Site  Site
	Items []*storage.Item
}

// Renderer turns stored items into feed documents. It is safe for
// concurrent use.
type Renderer struct {
	site  Site
	clean *sanitizer
}

// NewRenderer returns a Renderer for feeds published at site.
func NewRenderer(site Site) *Renderer {
	return &Renderer{site: site, clean: newSanitizer()}
}

// ForSite returns a Renderer for feeds published at another site, sharing
// this one's sanitizer policy.
func (r *Renderer) ForSite(site Site) *Renderer { return &Renderer{site: site, clean: r.clean} }

// Site is where the renderer's feeds are published.
func (r *Renderer) Site() Site { return r.site }

// Render writes a topic's items in a format. Items are cleaned on the way
// (clean.go: text as text, HTML sanitized, only safe links); the items
// themselves are not changed.
func (r *Renderer) Render(t Topic, formatName string, items []*storage.Item) ([]byte, error) {
	f, ok := formats[formatName]
	if !ok {
		return nil, fmt.Errorf("%w %q: use atom, rss or json", ErrUnknownFormat, formatName)
	}
	clean := make([]*storage.Item, len(items))
	for i, it := range items {
		clean[i] = r.clean.item(it)
	}
	uniqueIDs(clean)
	return f.render(&document{Topic: t, Site: r.site, Items: clean})
}

// ContentType is the media type of a format, or "" for an unknown one.
func ContentType(formatName string) string { return formats[formatName].contentType }
