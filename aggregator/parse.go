package aggregator

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/mmcdole/gofeed"
	"github.com/mmcdole/gofeed/atom"
	"github.com/mmcdole/gofeed/rss"
	"golang.org/x/net/html/charset"
)

// Feed formats recognised by detectFormat.
const (
	formatUnknown = ""
	formatRSS     = "rss"
	formatAtom    = "atom"
	formatJSON    = "json"
)

// customTTL is the key of an RSS channel's <ttl> in Feed.Custom.
const customTTL = "feedsieve:ttl"

// ParsedFeed is a feed as ParseFeed keeps it.
type ParsedFeed struct {
	*gofeed.Feed
	// Dropped counts the items of the document left out: those past the
	// first parseWindow×max, and the oldest of the rest (keepNewest).
	Dropped int
	// Warning tells what was wrong with the document but did not stop it
	// from being read (an unknown encoding, say), or is "".
	Warning string
	// raw are the document's items when parseFeed was asked to tell them
	// by their bytes and could, Feed.Items being those not skipped; head
	// hashes the document's head (rawitems.go).
	raw  []rawItem
	head uint64
}

// ParseFeed parses a fetched feed body with gofeed, keeping at most
// maxItems items (DefaultMaxItemsPerFeed when maxItems is 0 or less).
// contentType is the HTTP Content-Type, whose charset is honoured only
// when the document does not declare its own encoding. Parser panics
// become errors.
//
// Before gofeed sees the document, it is checked and cut (shapeXML,
// shapeJSON): nesting deeper than MaxNestingDepth is refused, only the
// first parseWindow×maxItems items of the document are parsed, and what
// gofeed would build of the rest is bounded (xmltext.go, capArrays), so
// that parsing costs memory by what is kept, not by what was sent. Of
// the items parsed, the maxItems newest are kept (keepNewest).
func ParseFeed(body []byte, contentType string, maxItems int) (*ParsedFeed, error) {
	return parseFeed(body, contentType, maxItems, nil)
}

// parseFeed is ParseFeed that, when skip is not nil, tells an XML
// document's items by their bytes and leaves out those whose hash skip
// holds (rawitems.go). When the items parsed do not line up with those
// told, it parses the document whole, and tells none.
func parseFeed(body []byte, contentType string, maxItems int, skip map[uint64]uint64) (*ParsedFeed, error) {
	if maxItems <= 0 {
		maxItems = DefaultMaxItemsPerFeed
	}
	var raw *rawItems
	if skip != nil {
		raw = &rawItems{skip: skip, max: maxItems}
	}
	parsed, err := parseDoc(body, contentType, maxItems, raw)
	if err != nil || raw == nil || parsed.raw == nil || parsed.Dropped == 0 && parsedCount(parsed.raw) == len(parsed.Items) {
		return parsed, err
	}
	if parsedCount(parsed.raw) < len(parsed.raw) {
		return parseDoc(body, contentType, maxItems, nil)
	}
	parsed.raw = nil
	return parsed, nil
}

// parsedCount counts the items not skipped.
func parsedCount(raw []rawItem) int {
	n := 0
	for _, it := range raw {
		if !it.skipped {
			n++
		}
	}
	return n
}

// parseDoc is parseFeed without the check that the items line up.
func parseDoc(body []byte, contentType string, maxItems int, raw *rawItems) (parsed *ParsedFeed, err error) {
	defer func() {
		if r := recover(); r != nil {
			parsed, err = nil, fmt.Errorf("feed parser failed: %v", r)
		}
	}()
	body, wide, err := fromUTF16(body)
	if err != nil {
		return nil, err
	}
	format, err := detectFormat(body)
	if err != nil {
		return nil, err
	}
	var warning string
	if !wide {
		if body, warning, err = toUTF8(body, format, contentType); err != nil {
			return nil, err
		}
	}
	var cut int
	var texts []atomTexts
	var shaped *shapedXML
	if format == formatJSON {
		body = bytes.TrimPrefix(body, []byte("\xef\xbb\xbf")) // JSON has no byte order mark, but servers send one
		body, cut, err = shapeJSON(body, parseWindow*maxItems)
	} else {
		if shaped, err = shapeXMLDoc(expandEntities(dropControlBytes(body)), parseWindow*maxItems, raw); err == nil {
			body, cut, texts = shaped.body, shaped.cut, shaped.texts
			warning = joinWarnings(warning, shaped.warning)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("parse %s: %w", formatNames[format], err)
	}
	feed, err := parseFormat(format, body, texts)
	if err != nil {
		return nil, err
	}
	for _, fi := range feed.Items {
		if fi != nil {
			fillFromMedia(fi)
		}
	}
	parsed = &ParsedFeed{Feed: feed, Dropped: cut + keepNewest(feed, maxItems), Warning: warning}
	if shaped != nil {
		parsed.raw, parsed.head = shaped.raw, shaped.head
	}
	return parsed, nil
}

// joinWarnings joins two warnings, either of which may be "".
func joinWarnings(a, b string) string {
	if a == "" || b == "" {
		return a + b
	}
	return a + "; " + b
}

var formatNames = map[string]string{formatRSS: "RSS", formatAtom: "Atom", formatJSON: "JSON Feed"}

// parseFormat parses a checked UTF-8 body of a known format; texts are
// the kinds of an Atom document's text constructs (atomtext.go).
func parseFormat(format string, body []byte, texts []atomTexts) (*gofeed.Feed, error) {
	switch format {
	case formatRSS:
		f, err := (&rss.Parser{}).Parse(bytes.NewReader(body))
		if err != nil {
			return nil, fmt.Errorf("parse RSS: %w", err)
		}
		fillRSSLinks(f)
		feed, err := (&gofeed.DefaultRSSTranslator{DisableContentImageScan: true}).Translate(f)
		if err == nil {
			rssOrigins(f, feed)
			keepHub(feed, rssHub(f))
		}
		if err == nil && f.TTL != "" {
			// gofeed's common Feed has no ttl; keep it for scheduling.
			if feed.Custom == nil {
				feed.Custom = make(map[string]string)
			}
			feed.Custom[customTTL] = f.TTL
		}
		return feed, err
	case formatAtom:
		f, err := (&atom.Parser{}).Parse(bytes.NewReader(body))
		if err != nil {
			return nil, fmt.Errorf("parse Atom: %w", err)
		}
		feed, err := (&gofeed.DefaultAtomTranslator{}).Translate(f)
		if err == nil {
			addCategoryTerms(f, feed)
			fixAtomText(f, feed, texts)
			fillAtomEntries(f, feed)
			keepHub(feed, atomHub(f))
		}
		return feed, err
	default:
		f, err := parseJSONFeed(body)
		if err != nil {
			return nil, fmt.Errorf("parse JSON Feed: %w", err)
		}
		if !strings.Contains(f.Version, "jsonfeed.org/version/") && len(f.Items) == 0 {
			return nil, errors.New("JSON document is not a JSON Feed: it has neither a JSON Feed version nor items")
		}
		jsonTextAsHTML(f)
		feed, err := (&gofeed.DefaultJSONTranslator{}).Translate(f)
		if err == nil {
			for i, it := range feed.Items {
				if it != nil {
					markTextTitle(it) // JSON Feed titles are plain text
					if i < len(f.Items) && f.Items[i] != nil && len(f.Items[i].Language) <= MaxLanguageBytes {
						setItemLanguage(it, f.Items[i].Language) // a longer one is no tag
					}
				}
			}
			keepHub(feed, jsonHub(f, body))
		}
		return feed, err
	}
}

// detectFormat finds the feed format from the root element wherever it
// starts (gofeed only looks at the first 4 KiB) or from a leading '{'.
func detectFormat(body []byte) (string, error) {
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(body, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(trimmed) == 0 {
		return formatUnknown, errors.New("empty response body, not a feed")
	}
	if trimmed[0] == '{' {
		return formatJSON, nil
	}
	if trimmed[0] != '<' {
		return formatUnknown, errors.New("response is neither XML nor JSON, not a feed")
	}
	d := xml.NewDecoder(bytes.NewReader(body))
	d.Strict = false
	d.CharsetReader = func(label string, r io.Reader) (io.Reader, error) {
		if cr, err := charset.NewReaderLabel(label, r); err == nil {
			return cr, nil
		}
		return r, nil // an unknown encoding is toUTF8's to report; the root's name is ASCII
	}
	for {
		tok, err := d.Token()
		if err != nil {
			if errors.Is(err, io.EOF) {
				return formatUnknown, errors.New("XML document has no root element")
			}
			return formatUnknown, fmt.Errorf("invalid XML before the root element: %w", err)
		}
		start, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch strings.ToLower(start.Name.Local) {
		case "rss", "rdf":
			return formatRSS, nil
		case "feed":
			return formatAtom, nil
		case "html":
			return formatUnknown, errors.New("got an HTML page, not a feed")
		default:
			return formatUnknown, fmt.Errorf("root element <%s> is not a feed", start.Name.Local)
		}
	}
}

// dropControlBytes removes the C0 control bytes that XML forbids, as
// gofeed's parsers do before decoding (NewControlCharFilterReader), so
// that shapeXML checks the bytes the decoder reads.
func dropControlBytes(body []byte) []byte {
	var out []byte
	for i, c := range body {
		switch {
		case c >= 0x20 || c == '\t' || c == '\n' || c == '\r':
			if out != nil {
				out = append(out, c)
			}
		case out == nil:
			out = append(make([]byte, 0, len(body)), body[:i]...)
		}
	}
	if out == nil {
		return body
	}
	return out
}
