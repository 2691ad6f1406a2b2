package aggregator

import (
	"bytes"
	"errors"
	"fmt"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// errUTF32 refuses a UTF-32 document: no feed in use is written so, and
// neither gofeed nor x/text reads it.
var errUTF32 = errors.New("document is in UTF-32, which is not supported (UTF-8 and UTF-16 are)")

// fromUTF16 converts a UTF-16 document to UTF-8, and reports whether it
// did. UTF-16 is recognised by its byte order mark, else by a first
// character that is ASCII ('<', '{'…) in two bytes, one of them zero, as
// an XML document declaring encoding="utf-16" without a mark must start.
// A converted XML declaration is made to say UTF-8, so that no parser
// decodes the document again.
func fromUTF16(body []byte) ([]byte, bool, error) {
	var order unicode.Endianness
	switch {
	case bytes.HasPrefix(body, []byte("\x00\x00\xfe\xff")), bytes.HasPrefix(body, []byte("\xff\xfe\x00\x00")):
		return nil, false, errUTF32
	case len(body) >= 4 && body[0] == 0 && body[1] == 0 && body[2] == 0 && body[3] != 0,
		len(body) >= 4 && body[0] != 0 && body[1] == 0 && body[2] == 0 && body[3] == 0:
		return nil, false, errUTF32
	case bytes.HasPrefix(body, []byte("\xfe\xff")), len(body) >= 2 && body[0] == 0 && body[1] != 0:
		order = unicode.BigEndian
	case bytes.HasPrefix(body, []byte("\xff\xfe")), len(body) >= 2 && body[0] != 0 && body[1] == 0:
		order = unicode.LittleEndian
	default:
		if label, ok := xmlEncoding(body); ok && isUTF16(label) {
			// 8-bit text under a wrong declaration: decoding it as UTF-16
			// would make it garbage.
			return redeclareUTF8(body), false, nil
		}
		return body, false, nil
	}
	out, _, err := transform.Bytes(unicode.UTF16(order, unicode.UseBOM).NewDecoder(), body)
	if err != nil {
		return nil, false, fmt.Errorf("decode UTF-16 body: %w", err)
	}
	if _, ok := xmlEncoding(out); ok {
		out = redeclareUTF8(out)
	}
	return validUTF8(out), true, nil
}

// toUTF8 converts a body to UTF-8: a UTF-8 byte order mark wins, as XML
// wants; else the encoding its XML declaration names; else the HTTP
// charset; else what the bytes are: UTF-8 when they are valid UTF-8,
// Windows-1252 otherwise (the web's default for 8-bit text). A
// declaration or HTTP charset that names no known encoding, or UTF-16 for
// a body that fromUTF16 did not find to be UTF-16, is passed over rather
// than costing the feed, and the returned warning says so. A converted
// XML document gets a declaration saying UTF-8, so that the XML parser
// does not decode it again, and reads the very bytes shapeXML checked.
// Bytes that are not valid UTF-8 in a body that claims UTF-8 become
// U+FFFD: one bad byte should not cost a whole feed.
func toUTF8(body []byte, format, contentType string) (out []byte, warning string, err error) {
	label, declared := "", false
	if format != formatJSON {
		label, declared = xmlEncoding(body)
	}
	switch {
	case bytes.HasPrefix(body, []byte("\xef\xbb\xbf")):
		if declared && !isUTF8(label) {
			warning = fmt.Sprintf("the XML declaration says %q, but a UTF-8 byte order mark starts the document: read as UTF-8", label)
		}
		if declared {
			body = redeclareUTF8(body)
		}
		return validUTF8(body), warning, nil
	case declared && isUTF8(label):
		return validUTF8(body), "", nil
	case declared:
		if enc, name := charset.Lookup(label); enc != nil && !isUTF16(name) {
			out, err := declaredToUTF8(body, enc, name)
			return out, "", err
		}
		warning = fmt.Sprintf("unknown encoding %q in the XML declaration", label)
		body = redeclareUTF8(body)
	}
	label = httpCharset(contentType)
	enc, name := charset.Lookup(label)
	switch {
	case isUTF8(label), label == "us-ascii", name == "utf-8":
		return validUTF8(body), warning, nil
	case label == "" && warning == "": // nothing says: UTF-8, as XML and JSON default to, unless the bytes are not
		out, _, err := sniffUTF8(body)
		return out, "", err
	case enc == nil || isUTF16(name):
		if label != "" {
			warning = strings.TrimPrefix(warning+"; ", "; ") + fmt.Sprintf("unknown charset %q in the Content-Type", label)
		}
		out, guess, err := sniffUTF8(body)
		return out, warning + ": read as " + guess, err
	}
	out, _, err = transform.Bytes(enc.NewDecoder(), body)
	if err != nil {
		return nil, "", fmt.Errorf("decode %s body: %w", name, err)
	}
	return out, warning, nil
}

// sniffUTF8 reads a body of no known charset: as UTF-8 when it is mostly
// valid UTF-8 (a stray byte becomes U+FFFD), else as Windows-1252, the
// web's default for 8-bit text. It names the encoding it chose.
func sniffUTF8(body []byte) ([]byte, string, error) {
	if mostlyUTF8(body) {
		return validUTF8(body), "UTF-8", nil
	}
	out, _, err := transform.Bytes(charmap.Windows1252.NewDecoder(), body)
	if err != nil {
		return nil, "", fmt.Errorf("decode windows-1252 body: %w", err)
	}
	return out, "Windows-1252", nil
}

// mostlyUTF8 tells whether b has at least as many valid multi-byte UTF-8
// sequences as bytes that are not UTF-8: 8-bit text in another encoding
// is almost never valid UTF-8 past a byte or two.
func mostlyUTF8(b []byte) bool {
	valid, invalid := 0, 0
	for len(b) > 0 {
		if b[0] < utf8.RuneSelf {
			b = b[1:]
			continue
		}
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n == 1 {
			invalid++
		} else {
			valid++
		}
		b = b[n:]
	}
	return valid >= invalid
}

// httpCharset returns the charset parameter of a Content-Type, lower-case
// and unquoted: servers send charset="utf-8" and charset='utf-8' too.
// A Content-Type that mime cannot parse is searched for the parameter.
func httpCharset(contentType string) string {
	_, params, err := mime.ParseMediaType(contentType)
	label := params["charset"]
	if err != nil {
		lower := strings.ToLower(contentType)
		if i := strings.Index(lower, "charset="); i >= 0 {
			label, _, _ = strings.Cut(lower[i+len("charset="):], ";")
		}
	}
	return strings.ToLower(strings.Trim(strings.TrimSpace(label), `"' `))
}

// declaredToUTF8 converts an XML body from the encoding its declaration
// names (enc, called name), and replaces the declaration with one that
// says UTF-8.
func declaredToUTF8(body []byte, enc encoding.Encoding, name string) ([]byte, error) {
	if name != "utf-8" {
		var err error
		if body, _, err = transform.Bytes(enc.NewDecoder(), body); err != nil {
			return nil, fmt.Errorf("decode %s body: %w", name, err)
		}
	}
	if _, ok := xmlEncoding(body); !ok {
		return nil, fmt.Errorf("XML declaration lost decoding %s", name)
	}
	return validUTF8(redeclareUTF8(body)), nil
}

// redeclareUTF8 replaces the XML declaration that starts body with one
// that says UTF-8.
func redeclareUTF8(body []byte) []byte {
	start := bytes.Index(body, []byte("<?xml"))
	end := bytes.Index(body, []byte("?>"))
	if start < 0 || end < start {
		return body
	}
	out := make([]byte, 0, len(body))
	out = append(out, body[:start]...)
	out = append(out, `<?xml version="1.0" encoding="UTF-8"?>`...)
	return append(out, body[end+2:]...)
}

func isUTF16(label string) bool {
	return strings.HasPrefix(strings.ToLower(strings.TrimSpace(label)), "utf-16")
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
