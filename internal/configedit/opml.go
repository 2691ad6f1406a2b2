package configedit

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Outline is a feed listed in an OPML subscription list.
type Outline struct {
	Title, XMLURL, HTMLURL string
	// Folder is the path of the folders the feed is listed in, outermost
	// first, joined by " / " ("News / World"); "" at the top level.
	Folder string
}

const maxOPMLSize = 16 << 20

// ErrOPMLTooLarge is returned by ParseOPML for a document over 16 MiB.
var ErrOPMLTooLarge = errors.New("opml: the file is larger than 16 MiB")

// ParseOPML reads an OPML 1.0 or 2.0 subscription list and returns, in
// document order, every outline in its body that has an xmlUrl, at any
// depth of folders, each with the path of its folders, and every outline
// that holds no others and names only a site (htmlUrl, and XMLURL "":
// its feed is to be discovered). Attribute names are
// matched without regard to case, as exporters write xmlUrl, xmlurl and
// XMLURL. Feed URLs in the feed: scheme become http or https URLs (see
// feedURL). The title is the title attribute, else the text attribute. A
// list without feeds is not an error.
// Besides UTF-8, the document may be in ISO-8859-1 or US-ASCII, and may use
// HTML entities such as &eacute;.
func ParseOPML(r io.Reader) ([]Outline, error) {
	return parseOPML(r, maxOPMLSize)
}

func parseOPML(r io.Reader, limit int64) ([]Outline, error) {
	d := xml.NewDecoder(&sizeLimit{r: r, left: limit})
	d.Entity = xml.HTMLEntity
	d.CharsetReader = charsetReader
	root, err := rootElement(d)
	if err != nil {
		return nil, err
	}
	if !strings.EqualFold(root.Name.Local, "opml") {
		return nil, fmt.Errorf("opml: the root element is <%s>, not <opml>", root.Name.Local)
	}
	return bodyOutlines(d)
}

// rootElement reads up to the first element, allowing only the XML
// declaration, comments, a doctype and white space before it.
func rootElement(d *xml.Decoder) (xml.StartElement, error) {
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return xml.StartElement{}, errors.New("opml: not an XML document: no element found")
		}
		if err != nil {
			return xml.StartElement{}, tokenError(err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			return tok, nil
		case xml.CharData:
			if strings.Trim(string(tok), " \t\r\n\ufeff") != "" {
				return xml.StartElement{}, errors.New("opml: not an XML document: text before the first element")
			}
		}
	}
}

// openOutline is an <outline> element being read: its depth and, for a
// folder, its name.
type openOutline struct {
	depth  int
	folder string
	site   bool // it names a site (htmlUrl) and no feed, and holds no outline so far: the last of the list
}

// bodyOutlines reads the rest of the root element and collects the feeds
// in its <body>.
func bodyOutlines(d *xml.Decoder) ([]Outline, error) {
	var out []Outline
	var open []openOutline
	depth, inBody, hasBody := 0, false, false
	for {
		tok, err := d.Token()
		if err != nil {
			return nil, tokenError(err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			depth++
			if depth == 1 && strings.EqualFold(tok.Name.Local, "body") {
				inBody, hasBody = true, true
			} else if inBody && strings.EqualFold(tok.Name.Local, "outline") {
				if n := len(open); n > 0 && open[n-1].site && len(out) > 0 {
					out = out[:len(out)-1] // the site's outline holds others: a folder after all
					open[n-1].site = false
				}
				o, feed := outlineOf(tok)
				site := !feed && o.HTMLURL != ""
				if feed || site {
					o.Folder = folderPath(open)
					out = append(out, o)
				}
				if feed {
					o.Title = "" // what a feed's outline holds is in no further folder
				}
				open = append(open, openOutline{depth, strings.Join(strings.Fields(o.Title), " "), site})
			}
		case xml.EndElement:
			if depth == 0 {
				if !hasBody {
					return nil, errors.New("opml: no <body> element")
				}
				return out, nil
			}
			if n := len(open); n > 0 && open[n-1].depth == depth {
				open = open[:n-1]
			}
			inBody = inBody && depth > 1
			depth--
		}
	}
}

// folderPath joins the names of the open folders; a folder without a name
// adds nothing.
func folderPath(open []openOutline) string {
	var names []string
	for _, o := range open {
		if o.folder != "" {
			names = append(names, o.folder)
		}
	}
	return strings.Join(names, " / ")
}

// outlineOf returns what an <outline> says, and whether it is a feed (it
// has an xmlUrl) rather than a folder.
func outlineOf(el xml.StartElement) (Outline, bool) {
	var o Outline
	var text string
	for _, a := range el.Attr {
		switch v := strings.TrimSpace(a.Value); strings.ToLower(a.Name.Local) {
		case "xmlurl":
			o.XMLURL = feedURL(v)
		case "htmlurl":
			o.HTMLURL = v
		case "title":
			o.Title = v
		case "text":
			text = v
		}
	}
	if o.Title == "" {
		o.Title = text
	}
	return o, o.XMLURL != ""
}

func tokenError(err error) error {
	if errors.Is(err, ErrOPMLTooLarge) {
		return ErrOPMLTooLarge
	}
	if errors.Is(err, io.EOF) {
		err = io.ErrUnexpectedEOF
	}
	return fmt.Errorf("opml: %w", err)
}

// feedURL turns a URL of the feed: scheme, which browsers and feed readers
// of the 2000s used to hand feeds to an aggregator, into the URL to poll:
// feed:https://host/path and feed:http://host/path lose their "feed:", and
// feed://host/path becomes http://host/path, as the scheme's draft
// (draft-obasanjo-feed-URI-scheme-02) defines it; most sites redirect
// that to https, and polling follows redirects. The prefix is matched
// without regard to case. Other URLs are returned as they are, so that a
// feed: URL of another scheme is still refused as not http or https.
func feedURL(s string) string {
	const prefix = "feed:"
	if len(s) < len(prefix) || !strings.EqualFold(s[:len(prefix)], prefix) {
		return s
	}
	rest := s[len(prefix):]
	if strings.HasPrefix(rest, "//") {
		return "http:" + rest
	}
	for _, scheme := range []string{"http://", "https://"} {
		if len(rest) >= len(scheme) && strings.EqualFold(rest[:len(scheme)], scheme) {
			return scheme + rest[len(scheme):]
		}
	}
	return s
}
