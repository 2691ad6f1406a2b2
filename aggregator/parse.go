package aggregator

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	"github.com/mmcdole/gofeed/atom"
	jsonfeed "github.com/mmcdole/gofeed/json"
	"github.com/mmcdole/gofeed/rss"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"
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

// ParseFeed parses a fetched feed body with gofeed. contentType is the
// HTTP Content-Type, whose charset is honoured only when the document does
// not declare its own encoding. Parser panics become errors.
func ParseFeed(body []byte, contentType string) (feed *gofeed.Feed, err error) {
	defer func() {
		if r := recover(); r != nil {
			feed, err = nil, fmt.Errorf("feed parser failed: %v", r)
		}
	}()
	format, err := detectFormat(body)
	if err != nil {
		return nil, err
	}
	body, err = toUTF8(body, format, contentType)
	if err != nil {
		return nil, err
	}
	switch format {
	case formatRSS:
		f, err := (&rss.Parser{}).Parse(bytes.NewReader(body))
		if err != nil {
			return nil, fmt.Errorf("parse RSS: %w", err)
		}
		feed, err := (&gofeed.DefaultRSSTranslator{DisableContentImageScan: true}).Translate(f)
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
		return (&gofeed.DefaultAtomTranslator{}).Translate(f)
	default:
		body, err = dropNullItems(body)
		if err != nil {
			return nil, fmt.Errorf("parse JSON Feed: %w", err)
		}
		f, err := (&jsonfeed.Parser{}).Parse(bytes.NewReader(body))
		if err != nil {
			return nil, fmt.Errorf("parse JSON Feed: %w", err)
		}
		return (&gofeed.DefaultJSONTranslator{}).Translate(f)
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
	d.CharsetReader = charset.NewReaderLabel
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

// toUTF8 converts a body to UTF-8 using the HTTP charset, unless the
// document says its own encoding (an XML declaration does; the XML parser
// then converts), so a body is never decoded twice. Bytes that are not
// valid UTF-8 in a body that claims UTF-8 become U+FFFD: one bad byte
// should not cost a whole feed.
func toUTF8(body []byte, format, contentType string) ([]byte, error) {
	if format != formatJSON {
		if label, ok := xmlEncoding(body); ok {
			if isUTF8(label) {
				return validUTF8(body), nil
			}
			return body, nil
		}
	}
	_, params, _ := mime.ParseMediaType(contentType)
	label := strings.ToLower(strings.TrimSpace(params["charset"]))
	if label == "" || isUTF8(label) || label == "us-ascii" {
		return validUTF8(body), nil
	}
	enc, name := charset.Lookup(label)
	if enc == nil {
		return nil, fmt.Errorf("unknown charset %q in Content-Type", label)
	}
	if name == "utf-8" {
		return validUTF8(body), nil
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), body)
	if err != nil {
		return nil, fmt.Errorf("decode %s body: %w", name, err)
	}
	return out, nil
}

func isUTF8(label string) bool {
	label = strings.ToLower(strings.TrimSpace(label))
	return label == "utf-8" || label == "utf8"
}

func validUTF8(b []byte) []byte {
	if utf8.Valid(b) {
		return b
	}
	return bytes.ToValidUTF8(b, []byte("\uFFFD"))
}

// xmlEncoding returns the encoding named by the body's XML declaration,
// and whether there is one.
func xmlEncoding(body []byte) (string, bool) {
	b := bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))
	b = bytes.TrimLeft(b, " \t\r\n")
	if !bytes.HasPrefix(b, []byte("<?xml")) {
		return "", false
	}
	end := bytes.Index(b, []byte("?>"))
	if end < 0 {
		return "", false
	}
	m := xmlEncodingAttr.FindSubmatch(b[:end])
	if m == nil {
		return "", false
	}
	return string(m[2]), true
}

var xmlEncodingAttr = regexp.MustCompile(`encoding\s*=\s*(["'])([A-Za-z0-9._:-]+)["']`)

// dropNullItems removes null entries from a JSON Feed's items array:
// gofeed v1.4.2 panics on them, and they carry nothing to keep.
func dropNullItems(body []byte) ([]byte, error) {
	if !bytes.Contains(body, []byte("null")) {
		return body, nil
	}
	if !utf8.Valid(body) {
		body = bytes.ToValidUTF8(body, []byte("\uFFFD"))
	}
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(body, &doc); err != nil {
		return nil, err
	}
	raw, ok := doc["items"]
	if !ok {
		return body, nil
	}
	var items []json.RawMessage
	if err := json.Unmarshal(raw, &items); err != nil {
		return nil, fmt.Errorf("items: %w", err)
	}
	kept := items[:0]
	for _, it := range items {
		if string(bytes.TrimSpace(it)) != "null" {
			kept = append(kept, it)
		}
	}
	if len(kept) == len(items) {
		return body, nil
	}
	doc["items"], _ = json.Marshal(kept)
	return json.Marshal(doc)
}
