package configedit

import (
	"encoding/xml"
	"fmt"
	"io"
)

type opmlDocument struct {
	XMLName xml.Name `xml:"opml"`
	Version string   `xml:"version,attr"`
	Title   string   `xml:"head>title"`
	Body    struct {
		Outlines []opmlFeed `xml:"outline"`
	} `xml:"body"`
}

type opmlFeed struct {
	Type    string `xml:"type,attr"`
	Text    string `xml:"text,attr"`
	Title   string `xml:"title,attr,omitempty"`
	XMLURL  string `xml:"xmlUrl,attr"`
	HTMLURL string `xml:"htmlUrl,attr,omitempty"`
}

// WriteOPML writes outlines as an OPML 2.0 subscription list. The text of
// an outline without a title is its feed URL, as OPML requires a text.
func WriteOPML(w io.Writer, title string, outlines []Outline) error {
	doc := opmlDocument{Version: "2.0", Title: title}
	for _, o := range outlines {
		text := o.Title
		if text == "" {
			text = o.XMLURL
		}
		doc.Body.Outlines = append(doc.Body.Outlines, opmlFeed{
			Type: "rss", Text: text, Title: o.Title, XMLURL: o.XMLURL, HTMLURL: o.HTMLURL,
		})
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("opml: write: %w", err)
	}
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("opml: write: %w", err)
	}
	if _, err := io.WriteString(w, "\n"); err != nil {
		return fmt.Errorf("opml: write: %w", err)
	}
	return nil
}
