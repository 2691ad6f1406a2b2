package feeds

import "encoding/xml"

// opmlDoc is an OPML 2.0 subscription list.
type opmlDoc struct {
	XMLName xml.Name      `xml:"opml"`
	Version string        `xml:"version,attr"`
	Title   string        `xml:"head>title"`
	OwnerID string        `xml:"head>ownerId,omitempty"`
	Docs    string        `xml:"head>docs"`
	Body    []opmlOutline `xml:"body>outline"`
}

type opmlOutline struct {
	Text        string `xml:"text,attr"`
	Title       string `xml:"title,attr"`
	Type        string `xml:"type,attr"`
	XMLURL      string `xml:"xmlUrl,attr"`
	HTMLURL     string `xml:"htmlUrl,attr"`
	Description string `xml:"description,attr,omitempty"`
}

const opmlContentType = "text/x-opml; charset=utf-8"

// renderOPML lists every topic's Atom feed, so a feed reader imports them
// all in one step.
func renderOPML(site Site, topics []Topic) ([]byte, error) {
	doc := opmlDoc{
		Version: "2.0",
		Title:   "feedsieve topics",
		OwnerID: site.HomeURL(),
		Docs:    "http://opml.org/spec2.opml",
		Body:    make([]opmlOutline, 0, len(topics)),
	}
	for _, t := range topics {
		doc.Body = append(doc.Body, opmlOutline{
			Text: t.Title, Title: t.Title, Type: "rss",
			XMLURL: site.FeedURL(t.ID, "atom"), HTMLURL: site.HomeURL(), Description: t.Description,
		})
	}
	return encodeXML(doc, "OPML list")
}
