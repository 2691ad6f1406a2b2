package aggregator

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"mime"
	"net/url"
	"strings"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// extractArticle returns the main text of an HTML page, as HTML, read in
// the charset its Content-Type or <meta> names; resp.Body is overwritten.
// A page that makes the extractor panic is an error, as a feed that makes
// the parser panic is.
func extractArticle(resp *Response) (text string, err error) {
	defer func() {
		if r := recover(); r != nil {
			text, err = "", fmt.Errorf("extract article: extractor failed: %v", r)
		}
	}()
	page, err := articlePage(resp)
	if err != nil {
		return "", err
	}
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return "", fmt.Errorf("parse page: %w", err)
	}
	u, _ := url.Parse(resp.URL)
	p := readability.NewParser()
	// Its default logger formats every Info line, to io.Discard.
	p.Logger = slog.New(slog.DiscardHandler)
	// ParseAndMutate rather than Parse: Parse guesses the charset again
	// with chardet, which costs half the time and overrules what the
	// page declares.
	art, err := p.ParseAndMutate(doc, u)
	if err != nil {
		return "", fmt.Errorf("extract article: %w", err)
	}
	if art.Node == nil {
		return "", errors.New("no article found on the page")
	}
	var b strings.Builder
	if err := art.RenderHTML(&b); err != nil {
		return "", fmt.Errorf("extract article: %w", err)
	}
	return truncateHTML(b.String(), maxArticleBytes), nil
}

// articlePage is the HTML page of resp in UTF-8, without what stripPage
// removes; resp.Body is overwritten.
func articlePage(resp *Response) ([]byte, error) {
	if mt, _, _ := mime.ParseMediaType(resp.ContentType); resp.ContentType != "" && mt != "text/html" && mt != "application/xhtml+xml" {
		return nil, fmt.Errorf("not an HTML page (%s)", mt)
	}
	page := resp.Body
	e, _, _ := charset.DetermineEncoding(page[:min(len(page), 1024)], resp.ContentType)
	if e != encoding.Nop && (e != unicode.UTF8 || !utf8.Valid(page)) { // valid UTF-8 reads as it is
		var err error
		if page, err = e.NewDecoder().Bytes(page); err != nil {
			return nil, fmt.Errorf("read page: %w", err)
		}
	}
	// The body is not used again: it is stripped in place. readability
	// would walk the whole tree to count its elements: stripPage counts
	// them as it goes.
	page, tags := stripPage(page)
	if tags > maxArticleElems {
		return nil, fmt.Errorf("extract article: page too large: %d elements", tags)
	}
	return page, nil
}

// stripPage returns an article page without what readability would
// remove first (scripts other than JSON-LD, styles, comments) and without
// inline SVG and templates, which are no text: on a news site's page they
// are often most of its bytes, and each one costs parsing and copying.
// It also returns how many start tags are left, an upper bound of the
// elements the parser makes of them but a few it adds. A tag's quoted
// attribute values are skipped whole, and the raw text of title,
// textarea, noscript and the like is copied as it is, so a "<script"
// inside them is text, as the parser reads it. It strips page in place:
// what is kept never overtakes what is read.
func stripPage(page []byte) (out []byte, tags int) {
	out = page[:0]
	for len(page) > 0 {
		i := bytes.IndexByte(page, '<')
		if i < 0 {
			break
		}
		out, page = append(out, page[:i]...), page[i:]
		if bytes.HasPrefix(page, []byte("<!--")) {
			page = afterComment(page)
			continue
		}
		name := tagName(page)
		if name == nil {
			out, page = append(out, '<'), page[1:]
			continue
		}
		tag := page[:tagEnd(page)]
		switch {
		case dropped(name, tag):
			page = afterElement(page, name)
			continue
		case isRawText(name):
			n := len(page) - len(afterElement(page, name))
			out, page = append(out, page[:n]...), page[n:]
		default:
			out, page = append(out, tag...), page[len(tag):]
		}
		tags++
	}
	return append(out, page...), tags
}

// dropped reports whether the element of a start tag is left out.
func dropped(name, tag []byte) bool {
	switch string(name) {
	case "script":
		return !isJSONLD(tag)
	case "style", "svg", "template":
		return true
	}
	return false
}

// isRawText reports whether the content of an element is text up to its
// end tag, as the parser reads it (scripting enabled, as in html.Parse).
func isRawText(name []byte) bool {
	switch string(name) {
	case "script", "title", "textarea", "noscript", "xmp", "iframe", "noembed", "noframes", "plaintext":
		return true
	}
	return false
}

// tagName is the name of the start tag page begins with, in lower case
// when it is one of those stripPage looks for, or nil when page does not
// begin with a start tag.
func tagName(page []byte) []byte {
	n := 1
	for n < len(page) && isTagNameByte(page[n], n == 1) {
		n++
	}
	if n == 1 || n < len(page) && !isTagDelim(page[n]) {
		return nil
	}
	name := page[1:n]
	for _, known := range knownTags {
		if bytes.EqualFold(name, []byte(known)) {
			return []byte(known)
		}
	}
	return name
}

// knownTags are the elements stripPage drops or copies whole.
var knownTags = [...]string{"script", "style", "svg", "template", "title", "textarea", "noscript", "xmp", "iframe", "noembed", "noframes", "plaintext"}

func isTagNameByte(c byte, first bool) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
		return true
	case '0' <= c && c <= '9', c == '-':
		return !first
	}
	return false
}

func isTagDelim(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/' || c == '>'
}

// tagEnd is the length of the start tag page begins with: up to its '>'
// outside quoted attribute values, or all of page when it has none.
func tagEnd(page []byte) int {
	var quote, prev byte // prev: the last byte outside spaces
	for i := 1; i < len(page); i++ {
		c := page[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case (c == '"' || c == '\'') && prev == '=':
			quote = c
		case c == '>':
			return i + 1
		}
		if !isTagDelim(c) || c == '/' || c == '>' {
			prev = c
		}
	}
	return len(page)
}

// afterComment is what follows the comment page begins with ("<!-->"
// and "<!--->" end at once, as in the parser).
func afterComment(page []byte) []byte {
	for _, empty := range []string{"<!-->", "<!--->"} {
		if bytes.HasPrefix(page, []byte(empty)) {
			return page[len(empty):]
		}
	}
	if i := bytes.Index(page[4:], []byte("-->")); i >= 0 {
		return page[4+i+3:]
	}
	return nil
}

// afterElement is what follows the element page begins with, whose
// content ends at its end tag: the first one for raw text, the one that
// closes it for svg, which nests.
func afterElement(page []byte, name []byte) []byte {
	tag := page[:tagEnd(page)]
	rest := page[len(tag):]
	if string(name) == "svg" && bytes.HasSuffix(tag, []byte("/>")) {
		return rest // foreign elements may close themselves
	}
	end := "</" + string(name)
	depth := 1
	for len(rest) > 0 {
		i := indexFold(rest, end)
		if i < 0 {
			return nil
		}
		if j := i + len(end); j < len(rest) && !isTagDelim(rest[j]) {
			if string(name) == "svg" {
				depth += countOpen(rest[:j], name)
			}
			rest = rest[j:] // </scripts> does not end a script
			continue
		}
		if string(name) == "svg" {
			depth += countOpen(rest[:i], name)
		}
		rest = rest[i:]
		rest = rest[tagEnd(rest):]
		if depth--; depth == 0 {
			return rest
		}
	}
	return nil
}

// countOpen counts the start tags of name in b, in any case.
func countOpen(b, name []byte) int {
	n := 0
	for {
		i := indexFold(b, "<"+string(name))
		if i < 0 {
			return n
		}
		if bytes.Equal(tagName(b[i:]), name) {
			n++
		}
		b = b[i+1:]
	}
}

// indexFold is the index of the first s in b, ASCII case aside; s is
// lower-case.
func indexFold(b []byte, s string) int {
	for off := 0; ; {
		i := bytes.IndexByte(b[off:], s[0])
		if i < 0 {
			return -1
		}
		off += i
		if len(b)-off < len(s) {
			return -1
		}
		if bytes.EqualFold(b[off:off+len(s)], []byte(s)) {
			return off
		}
		off++
	}
}

// isJSONLD reports whether a script start tag's type is JSON-LD, the
// metadata readability reads before it removes scripts.
func isJSONLD(tag []byte) bool {
	return indexFold(tag, "application/ld+json") >= 0
}
