package feeds

import (
	"fmt"
	"html/template"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// pageFormat is the cache's name for a topic's HTML page, beside the feed
// formats.
const pageFormat = "html"

// cachedFormats are what the cache holds of each topic.
var cachedFormats = append(slices.Clone(Formats), pageFormat)

// pageCSP lets a topic page use its own inline style and show images from
// the web, which entries carry, and nothing else: no script, frame, form
// or other origin runs in it.
const pageCSP = "default-src 'none'; style-src 'unsafe-inline'; img-src http: https:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// topicPage is what a topic's page shows: the entries of its feeds.
type topicPage struct {
	Site    Site
	Topic   Topic
	Entries []pageEntry
	Updated time.Time
}

// pageEntry is one entry as a page shows it: its cleaned fields, and its
// text shortened (page_excerpt.go).
type pageEntry struct {
	Title, Link, Source, Lang string
	Image                     string // the entry's picture, an http(s) URL
	Published                 time.Time
	Body, Outlets             template.HTML // sanitized HTML
	More                      bool          // the text was shortened, or the original has more
}

// newPageEntry shows a clean item (clean.go). Its text and the outlets'
// paragraph are sanitized HTML already; shortening keeps them so.
func newPageEntry(it *storage.Item) pageEntry {
	own, outlets := splitOutlets(it.Content)
	text := nonEmpty(it.Summary, own)
	picture := entryPicture(it)
	body, cut := excerpt(text, excerptRunes, picture == "")
	return pageEntry{
		Title: nonEmpty(it.Title, "(untitled)"), Link: it.Link, Image: picture,
		Source: nonEmpty(attribution(it).Title, it.Source), Lang: itemLanguage(it), Published: it.Published,
		Body: template.HTML(body), Outlets: template.HTML(outlets),
		More: it.Link != "" && (cut || it.Summary != "" && own != ""),
	}
}

// entryPicture is the picture a clean item carries: its image, else its
// first enclosure that is an image; "" when it has none.
func entryPicture(it *storage.Item) string {
	if it.Image != "" {
		return it.Image
	}
	for _, e := range it.Enclosures {
		if strings.HasPrefix(e.Type, "image/") {
			return e.URL
		}
	}
	return ""
}

// read returns a topic's newest entries, up to n, as its feeds and its
// pages show them: stories in a topic that collapses them, none
// published longer ago than the topic's max age (Within). prepare, when
// not nil, is given each item read before any entry is made of it (the
// feeds give it its article, withArticle). It reads in short
// transactions; rendering is done outside them. It also returns when the
// entries would be others by the clock alone (zero: never): when a story
// that waits shows (newestStories), when an entry passes the max age.
func (s *Server) read(t Topic, n int, prepare func(*storage.Item)) ([]*storage.Item, time.Time, error) {
	var items []*storage.Item
	var stale time.Time
	var err error
	if t.Stories {
		t.MaxItems = n
		items, stale, err = newestStories(s.store, t, prepare)
	} else if items, err = s.store.Newest(t.ID, n); err == nil && prepare != nil {
		for _, it := range items {
			prepare(it)
		}
	}
	if err != nil {
		return nil, time.Time{}, err
	}
	if t.Within > 0 {
		cutoff := time.Now().Add(-t.Within)
		items = slices.DeleteFunc(items, func(it *storage.Item) bool { return it.Published.Before(cutoff) })
		for _, it := range items {
			stale = earliest(stale, it.Published.Add(t.Within+time.Millisecond))
		}
	}
	return items, stale, nil
}

// earliest is the earlier of two times, of which zero is none.
func earliest(a, b time.Time) time.Time {
	if a.IsZero() || !b.IsZero() && b.Before(a) {
		return b
	}
	return a
}

// renderPage writes a topic's page: the same entries as its feeds.
func (s *Server) renderPage(r *Renderer, t Topic) ([]byte, time.Time, error) {
	items, stale, err := s.read(t, t.MaxItems, nil)
	if err != nil {
		return nil, time.Time{}, err
	}
	s.noteStale(t.ID, stale)
	p := &topicPage{Site: r.Site(), Topic: t, Updated: feedUpdated(t, items)}
	for _, it := range items {
		p.Entries = append(p.Entries, newPageEntry(r.clean.item(it)))
	}
	body, err := execute(topicTemplate, p, "page of topic "+t.ID)
	return body, stale, err
}

// Page returns the current rendering of a topic's page, rendering it only
// when the topic changed since, as its feeds are.
func (s *Server) Page(topicID string) (*Rendered, error) {
	t, ok := s.topic(topicID)
	if !ok {
		return nil, fmt.Errorf("%w %q", ErrUnknownTopic, topicID)
	}
	return s.cache.entries[cacheKey{t.ID, pageFormat}].get(s.cache.now, pageContentType, t.MaxAge, func() ([]byte, time.Time, error) {
		return s.renderPage(s.render, t)
	})
}

const pageContentType = "text/html; charset=utf-8"

func (s *Server) handlePage(w http.ResponseWriter, r *http.Request) {
	s.servePage(w, r, r.PathValue("id"))
}

func (s *Server) servePage(w http.ResponseWriter, r *http.Request, id string) {
	rd, err := s.Page(id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	w.Header()["Content-Security-Policy"] = pageCSPHeader
	serveRendered(w, r, rd)
}
