package feeds

import (
	"encoding/xml"
	"time"

	gf "github.com/gorilla/feeds"

	"github.com/feedsieve/feedsieve/storage"
)

// rssDoc is an RSS 2.0 document. The channel is ours, for its atom:link
// rel="self"; items extend gorilla's RssItem with several categories and
// a <source url=…> element, which RssItem has room for only as text.
type rssDoc struct {
	XMLName   xml.Name   `xml:"rss"`
	Version   string     `xml:"version,attr"`
	ContentNS string     `xml:"xmlns:content,attr"`
	AtomNS    string     `xml:"xmlns:atom,attr"`
	MediaNS   string     `xml:"xmlns:media,attr,omitempty"`
	Channel   rssChannel `xml:"channel"`
}

type rssChannel struct {
	Title         string        `xml:"title"`
	Link          string        `xml:"link"`
	Description   string        `xml:"description"`
	AtomLinks     []rssAtomLink `xml:"atom:link"`
	LastBuildDate string        `xml:"lastBuildDate"`
	Generator     string        `xml:"generator"`
	Items         []*rssItem    `xml:"item"`
}

type rssAtomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr"`
	Type string `xml:"type,attr,omitempty"`
}

type rssItem struct {
	gf.RssItem
	Link       string          `xml:"link,omitempty"` // replaces RssItem's, which is never omitted
	Categories []string        `xml:"category"`
	Origin     *rssSource      `xml:"source"`
	Thumbnail  *mediaThumbnail `xml:"media:thumbnail"`
}

type rssSource struct {
	URL   string `xml:"url,attr"`
	Title string `xml:",chardata"`
}

// renderRSS writes a topic's items as an RSS 2.0 document, with the same
// entries and ids as the Atom feed.
func renderRSS(d *document) ([]byte, error) {
	t, site := d.Topic, d.Site
	doc := rssDoc{
		Version:   "2.0",
		ContentNS: "http://purl.org/rss/1.0/modules/content/",
		AtomNS:    atomNS,
		Channel: rssChannel{
			Title:         t.Title,
			Link:          site.HomeURL(),
			Description:   nonEmpty(t.Description, t.Title),
			AtomLinks:     []rssAtomLink{{Href: site.FeedURL(t.ID, "rss"), Rel: "self", Type: "application/rss+xml"}},
			LastBuildDate: rssTime(feedUpdated(d.Topic, d.Items)),
			Generator:     "feedsieve " + site.Version,
		},
	}
	if site.Hub != "" {
		doc.Channel.AtomLinks = append(doc.Channel.AtomLinks, rssAtomLink{Href: site.Hub, Rel: "hub"})
	}
	if usesMedia(d.Items) {
		doc.MediaNS = mediaNS
	}
	for _, it := range d.Items {
		doc.Channel.Items = append(doc.Channel.Items, newRSSItem(it))
	}
	return encodeXML(doc, "rss feed "+t.ID)
}

// newRSSItem writes an item as an RSS item. The item is clean (clean.go):
// the title goes out as plain text, escaped once, as the RSS Best
// Practices Profile asks; description and content:encoded are sanitized
// HTML.
func newRSSItem(it *storage.Item) *rssItem {
	r := &rssItem{RssItem: gf.RssItem{
		Title:     nonEmpty(it.Title, "(untitled)"),
		Guid:      &gf.RssGuid{Id: publishedID(it), IsPermaLink: "false"},
		PubDate:   rssTime(it.Published),
		Enclosure: rssEnclosure(it),
	}, Link: it.Link, Categories: it.Categories, Thumbnail: thumbnail(it)}
	r.Description = nonEmpty(it.Summary, it.Content)
	if it.Content != "" && it.Summary != "" {
		r.Content = &gf.RssContent{Content: it.Content}
	}
	// RSS wants an e-mail address in <author>; a name alone is left out.
	if len(it.Authors) > 0 && it.Authors[0].Email != "" {
		p := it.Authors[0]
		r.Author = p.Email
		if p.Name != "" {
			r.Author += " (" + p.Name + ")"
		}
	}
	if fi := attribution(it); safeURL(fi.ID) != "" {
		r.Origin = &rssSource{URL: fi.ID, Title: nonEmpty(fi.Title, fi.ID)}
	}
	return r
}

func rssTime(t time.Time) string { return t.UTC().Format(time.RFC1123Z) }
