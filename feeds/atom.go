package feeds

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/xml"
	"fmt"
	"strings"
	"time"

	gf "github.com/gorilla/feeds"
	"golang.org/x/text/language"

	"github.com/feedsieve/feedsieve/storage"
)

const atomNS = "http://www.w3.org/2005/Atom"

// atomFeed is an Atom feed document. gorilla/feeds' AtomFeed has room for
// one link only and its ToAtom output is not valid Atom, so the feed level
// is ours; entries reuse gorilla's AtomEntry.
type atomFeed struct {
	XMLName   xml.Name       `xml:"feed"`
	Xmlns     string         `xml:"xmlns,attr"`
	MediaNS   string         `xml:"xmlns:media,attr,omitempty"`
	Title     string         `xml:"title"`
	Subtitle  string         `xml:"subtitle,omitempty"`
	ID        string         `xml:"id"`
	Updated   string         `xml:"updated"`
	Links     []gf.AtomLink  `xml:"link"`
	Author    *gf.AtomAuthor `xml:"author"`
	Generator *atomGenerator `xml:"generator"`
	Entries   []*atomEntry   `xml:"entry"`
}

type atomGenerator struct {
	URI     string `xml:"uri,attr,omitempty"`
	Version string `xml:"version,attr,omitempty"`
	Name    string `xml:",chardata"`
}

// atomEntry adds what gorilla's AtomEntry lacks: categories with a term
// attribute, an atom:source element and a media:thumbnail (media.go).
type atomEntry struct {
	gf.AtomEntry
	Lang       string          `xml:"xml:lang,attr,omitempty"`
	Categories []atomCategory  `xml:"category"`
	Thumbnail  *mediaThumbnail `xml:"media:thumbnail"`
	Origin     *atomSource     `xml:"source"`
}

type atomCategory struct {
	Term string `xml:"term,attr"`
}

type atomSource struct {
	ID      string        `xml:"id,omitempty"`
	Title   string        `xml:"title,omitempty"`
	Updated string        `xml:"updated,omitempty"`
	Links   []gf.AtomLink `xml:"link"`
}

// renderAtom writes a topic's items as an Atom feed document.
func renderAtom(d *document) ([]byte, error) {
	t, site := d.Topic, d.Site
	f := atomFeed{
		Xmlns:    atomNS,
		Title:    t.Title,
		Subtitle: t.Description,
		ID:       TopicID(t.ID),
		Updated:  atomTime(feedUpdated(t, d.Items)),
		Links: []gf.AtomLink{
			{Href: site.FeedURL(t.ID, "atom"), Rel: "self", Type: "application/atom+xml"},
			{Href: site.HomeURL(), Rel: "alternate", Type: "text/html"},
		},
		Author:    &gf.AtomAuthor{AtomPerson: gf.AtomPerson{Name: "feedsieve", Uri: site.HomeURL()}},
		Generator: &atomGenerator{URI: "https://github.com/feedsieve/feedsieve", Version: site.Version, Name: "feedsieve"},
	}
	if site.Hub != "" {
		f.Links = append(f.Links, gf.AtomLink{Href: site.Hub, Rel: "hub"})
	}
	if usesMedia(d.Items) {
		f.MediaNS = mediaNS
	}
	updated := sourcesUpdated(d.Items)
	for _, it := range d.Items {
		e := newAtomEntry(it)
		if e.Origin != nil {
			e.Origin.Updated = atomTime(updated[attribution(it).ID])
		}
		f.Entries = append(f.Entries, e)
	}
	return encodeXML(f, "atom feed "+t.ID)
}

// encodeXML renders a feed document into memory, so an error never leaves
// half a document behind.
func encodeXML(doc any, what string) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return nil, fmt.Errorf("render %s: %w", what, err)
	}
	buf.WriteByte('\n')
	return buf.Bytes(), nil
}

// newAtomEntry writes an item as an entry. The item is clean (clean.go):
// its text is text, its HTML sanitized and its links safe.
func newAtomEntry(it *storage.Item) *atomEntry {
	e := &atomEntry{AtomEntry: gf.AtomEntry{
		Title:     it.Title,
		Id:        publishedID(it),
		Updated:   atomTime(it.Updated),
		Published: atomTime(it.Published),
	}, Lang: itemLanguage(it)}
	if e.Title == "" {
		e.Title = "(untitled)"
	}
	if it.Link != "" {
		e.Links = []gf.AtomLink{{Href: it.Link, Rel: "alternate", Type: "text/html"}}
	}
	e.Links = append(e.Links, atomEnclosures(it)...)
	e.Thumbnail = thumbnail(it)
	if it.Summary != "" {
		e.Summary = &gf.AtomSummary{Content: it.Summary, Type: "html"}
	}
	switch {
	case it.Content != "":
		e.Content = &gf.AtomContent{Content: it.Content, Type: "html"}
	case it.Link == "" && it.Summary != "":
		// Atom needs content or an alternate link: the summary, which is
		// sanitized HTML, stands in for the content,
		e.Content = &gf.AtomContent{Content: it.Summary, Type: "html"}
	case it.Link == "":
		// or else the title, which is text: as HTML, a title such as
		// "<img src=x onerror=…>" would be markup in the reader.
		e.Content = &gf.AtomContent{Content: e.Title, Type: "text"}
	}
	// Atom wants a name for every author; an address stands in for it.
	for _, p := range it.Authors {
		if name := nonEmpty(p.Name, p.Email); name != "" {
			e.Author = &gf.AtomAuthor{AtomPerson: gf.AtomPerson{Name: name, Email: p.Email}}
			break
		}
	}
	for _, c := range it.Categories {
		e.Categories = append(e.Categories, atomCategory{Term: c})
	}
	if src := newAtomSource(attribution(it)); src != nil {
		e.Origin = src
	}
	return e
}

func newAtomSource(fi storage.FeedInfo) *atomSource {
	if fi.ID == "" && fi.Title == "" && fi.Link == "" {
		return nil
	}
	s := &atomSource{ID: fi.ID, Title: fi.Title}
	if fi.Link != "" {
		s.Links = []gf.AtomLink{{Href: fi.Link, Rel: "alternate", Type: "text/html"}}
	}
	return s
}

// feedUpdated is the newest entry update. An empty feed was last changed
// when its topic was configured as it is: Topic.Since, which renders
// alike every time (the Unix epoch when a caller sets none).
func feedUpdated(t Topic, items []*storage.Item) time.Time {
	var newest time.Time
	for _, it := range items {
		if it.Updated.After(newest) {
			newest = it.Updated
		}
	}
	switch {
	case !newest.IsZero():
		return newest
	case !t.Since.IsZero():
		return t.Since
	}
	return time.Unix(0, 0)
}

// sourcesUpdated maps each origin feed (FeedInfo.ID) of items to the
// newest update among them: an entry's atom:source updated. It changes
// only when an item of that source in this feed does, so re-polling an
// unchanged source changes no byte of the feed. (The source's own
// updated or lastBuildDate is not stored, and many feeds set it to the
// time of each request.)
func sourcesUpdated(items []*storage.Item) map[string]time.Time {
	out := make(map[string]time.Time)
	for _, it := range items {
		if id := attribution(it).ID; it.Updated.After(out[id]) {
			out[id] = it.Updated
		}
	}
	return out
}

// itemLanguage is the item's language, else its feed's, as a well-formed
// BCP 47 tag (xml:lang and JSON Feed want one), or "" when unknown.
func itemLanguage(it *storage.Item) string {
	for _, s := range []string{it.Language, it.Feed.Language} {
		if tag, err := language.Parse(strings.TrimSpace(s)); err == nil && tag != language.Und {
			return tag.String()
		}
	}
	return ""
}

// atomTime writes a time in RFC 3339, with the fraction of a second when
// there is one: the times feedsieve gives items differ by nanoseconds
// (storage.Batch), and entries must not share an updated time.
func atomTime(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

// TopicID is the stable id of a topic's feed: a name-based UUID of the
// topic id, unchanged by restarts or a new base_url.
func TopicID(topic string) string {
	sum := sha256.Sum256([]byte("feedsieve topic\x00" + topic))
	return uuidURN(sum[:16])
}

// EntryID is the stable id of an item's entry in every topic feed.
func EntryID(itemID string) string {
	b, err := hex.DecodeString(itemID)
	if err != nil || len(b) != 16 {
		sum := sha256.Sum256([]byte(itemID))
		b = sum[:16]
	}
	return uuidURN(b)
}

// uuidURN formats 16 bytes as a urn:uuid with version 8 (custom) and the
// RFC 9562 variant bits.
func uuidURN(b []byte) string {
	u := make([]byte, 16)
	copy(u, b)
	u[6] = u[6]&0x0f | 0x80
	u[8] = u[8]&0x3f | 0x80
	h := hex.EncodeToString(u)
	return "urn:uuid:" + h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}

func nonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
