package aggregator

import (
	"bytes"
	"fmt"
	"strings"

	"golang.org/x/net/html/charset"
)

// xmlLexer splits an XML document into the tokens gofeed's decoder
// (encoding/xml with Strict off) reads from it, without building them:
// it only finds where tags start and end and what they are named, so
// that a document can be checked and cut before gofeed parses it.
//
// It follows encoding/xml's rules for everything that decides where
// markup is: quoted and unquoted attribute values, comments, CDATA,
// processing instructions and directives (with their quotes, nested
// brackets and comments). Where it reports a syntax error, encoding/xml
// fails too; where encoding/xml fails on finer points (invalid names or
// characters), the lexer reads on. So it never sees less markup than
// the decoder does before the decoder stops, which is what the limits
// checked on its tokens rely on. FuzzXMLLexer holds it to that.
type xmlLexer struct {
	b     []byte
	pos   int    // next byte to read
	start int    // first byte of the last token
	name  []byte // qualified name of the last start or end tag
	attrs int    // attributes of the last start tag
	decls int    // namespace declarations (xmlns attributes) among them
	// defaultNS is the value of the last start tag's xmlns attribute, nil
	// when it has none.
	defaultNS []byte
	// typ and mode are the values of the last start tag's type and mode
	// attributes (an Atom text construct's), nil when it has none; lang
	// its xml:lang's.
	typ, mode, lang []byte
}

// xmlToken is the kind of a token of xmlLexer.
type xmlToken uint8

const (
	tokEOF   xmlToken = iota
	tokStart          // <name ...>
	tokEmpty          // <name .../>: a start and its end
	tokEnd            // </name>
	tokOther          // text, a comment, CDATA, a processing instruction or a directive
)

// xmlSyntaxError is markup that encoding/xml refuses too.
type xmlSyntaxError struct {
	off int
	msg string
}

func (e *xmlSyntaxError) Error() string {
	return fmt.Sprintf("invalid XML at byte %d: %s", e.off, e.msg)
}

// next reads the next token.
func (l *xmlLexer) next() (xmlToken, error) {
	b := l.b
	if l.pos >= len(b) {
		return tokEOF, nil
	}
	l.start = l.pos
	if b[l.pos] != '<' {
		if i := bytes.IndexByte(b[l.pos:], '<'); i >= 0 {
			l.pos += i
		} else {
			l.pos = len(b)
		}
		return tokOther, nil
	}
	if l.pos+1 >= len(b) {
		return l.fail("unexpected EOF")
	}
	switch b[l.pos+1] {
	case '/':
		return l.endTag()
	case '?':
		return l.procInst()
	case '!':
		return l.bang()
	}
	return l.startTag()
}

func (l *xmlLexer) fail(msg string) (xmlToken, error) { return tokEOF, l.syntaxError(msg) }

func (l *xmlLexer) syntaxError(msg string) error { return &xmlSyntaxError{off: l.start, msg: msg} }

func (l *xmlLexer) startTag() (xmlToken, error) {
	b := l.b
	i := l.pos + 1
	n := qnameLen(b[i:])
	if n <= 0 {
		return l.fail("expected element name after <")
	}
	l.name, l.attrs, l.decls, l.defaultNS, l.typ, l.mode, l.lang = b[i:i+n], 0, 0, nil, nil, nil, nil
	for i += n; ; {
		i = skipXMLSpace(b, i)
		if i >= len(b) {
			return l.fail("unexpected EOF")
		}
		switch b[i] {
		case '/':
			if i+1 >= len(b) || b[i+1] != '>' {
				return l.fail("expected /> in element")
			}
			l.pos = i + 2
			return tokEmpty, nil
		case '>':
			l.pos = i + 1
			return tokStart, nil
		}
		var err error
		if i, err = l.attribute(i); err != nil {
			return tokEOF, err
		}
	}
}

// attribute reads the attribute of a start tag that starts at i, and
// returns where it ends.
func (l *xmlLexer) attribute(i int) (int, error) {
	b := l.b
	n := qnameLen(b[i:])
	if n <= 0 {
		return 0, l.syntaxError("expected attribute name in element")
	}
	attr := b[i : i+n]
	l.attrs++
	if isNamespaceDecl(attr) {
		l.decls++
	}
	if i = skipXMLSpace(b, i+n); i < len(b) && b[i] != '=' {
		// An attribute without a value, which Strict off allows: the
		// decoder gives it its name as value.
		if string(attr) == "xmlns" {
			l.defaultNS = attr
		}
		return i, nil
	}
	if i = skipXMLSpace(b, i+1); i >= len(b) {
		return 0, l.syntaxError("unexpected EOF")
	}
	var value []byte
	if q := b[i]; q == '"' || q == '\'' {
		j := bytes.IndexByte(b[i+1:], q)
		if j < 0 {
			return 0, l.syntaxError("unexpected EOF")
		}
		value = b[i+1 : i+1+j]
		if bytes.IndexByte(value, '<') >= 0 {
			return 0, l.syntaxError("unescaped < inside quoted string")
		}
		i += j + 2
	} else {
		from := i
		for i < len(b) && isUnquotedValueByte(b[i]) {
			i++
		}
		value = b[from:i]
	}
	switch string(attr) {
	case "xmlns":
		l.defaultNS = value
	case "type":
		l.typ = value
	case "mode":
		l.mode = value
	case "xml:lang":
		l.lang = value
	}
	return i, nil
}

func (l *xmlLexer) endTag() (xmlToken, error) {
	b := l.b
	i := l.pos + 2
	n := qnameLen(b[i:])
	if n <= 0 {
		return l.fail("expected element name after </")
	}
	l.name = b[i : i+n]
	if i = skipXMLSpace(b, i+n); i >= len(b) || b[i] != '>' {
		return l.fail("invalid characters in end tag")
	}
	l.pos = i + 1
	return tokEnd, nil
}

// procInst reads a processing instruction. An XML declaration that names
// an encoding other than UTF-8 is refused: the decoder would switch to it
// mid-stream, and the lexer, reading bytes, would no longer see what the
// decoder sees. ParseFeed hands gofeed UTF-8 and says so in the first
// declaration.
func (l *xmlLexer) procInst() (xmlToken, error) {
	b := l.b
	i := l.pos + 2
	n := nameLen(b[i:])
	if n == 0 {
		return l.fail("expected target name after <?")
	}
	target := b[i : i+n]
	i = skipXMLSpace(b, i+n)
	j := bytes.Index(b[i:], []byte("?>"))
	if j < 0 {
		return l.fail("unexpected EOF")
	}
	if string(target) == "xml" {
		if enc := procInstParam("encoding", string(b[i:i+j])); enc != "" && !isUTF8(enc) {
			if _, name := charset.Lookup(enc); name != "utf-8" {
				return tokEOF, fmt.Errorf("XML declaration at byte %d switches the encoding to %q", l.start, enc)
			}
		}
	}
	l.pos = i + j + 2
	return tokOther, nil
}

// bang reads a comment, a CDATA section or a directive.
func (l *xmlLexer) bang() (xmlToken, error) {
	b := l.b
	i := l.pos + 2
	if i >= len(b) {
		return l.fail("unexpected EOF")
	}
	switch b[i] {
	case '-':
		if i+1 >= len(b) || b[i+1] != '-' {
			return l.fail("invalid sequence <!- not part of <!--")
		}
		// The first "--" must end the comment.
		j := bytes.Index(b[i+2:], []byte("--"))
		end := i + 2 + j + 2
		switch {
		case j < 0 || end >= len(b):
			return l.fail("unexpected EOF")
		case b[end] != '>':
			return l.fail(`invalid sequence "--" not allowed in comments`)
		}
		l.pos = end + 1
	case '[':
		if !bytes.HasPrefix(b[i+1:], []byte("CDATA[")) {
			return l.fail("invalid <![ sequence")
		}
		j := bytes.Index(b[i+7:], []byte("]]>"))
		if j < 0 {
			return l.fail("unexpected EOF in CDATA section")
		}
		l.pos = i + 7 + j + 3
	default:
		end, ok := directiveEnd(b, i+1)
		if !ok {
			return l.fail("unexpected EOF")
		}
		l.pos = end
	}
	return tokOther, nil
}

// directiveEnd returns the end of a directive such as <!DOCTYPE ...>
// whose body is read from i, as encoding/xml reads it: quotes hide
// brackets, '<' and '>' nest, and <!-- ... --> inside is skipped. The
// byte before i, the first after "<!", is taken as it is.
func directiveEnd(b []byte, i int) (int, bool) {
	var inquote byte
	depth := 0
	for i < len(b) {
		c := b[i]
		i++
		if inquote == 0 && c == '>' && depth == 0 {
			return i, true
		}
	reread:
		switch {
		case c == inquote:
			inquote = 0
		case inquote != 0:
		case c == '\'' || c == '"':
			inquote = c
		case c == '>':
			depth--
		case c == '<':
			for k := range 3 {
				if i >= len(b) {
					return 0, false
				}
				c = b[i]
				i++
				if c != "!--"[k] {
					depth++
					goto reread
				}
			}
			j := bytes.Index(b[i:], []byte("-->"))
			if j < 0 {
				return 0, false
			}
			i += j + 3
		}
	}
	return 0, false
}

// nameLen is the length of the name starting b, as encoding/xml's
// readName takes it: name bytes and any byte of a multi-byte rune.
func nameLen(b []byte) int {
	n := 0
	for n < len(b) && (b[n] >= 0x80 || isNameByte(b[n])) {
		n++
	}
	return n
}

// qnameLen is nameLen for an element or attribute name, or -1 for a name
// with more than one colon, which encoding/xml refuses.
func qnameLen(b []byte) int {
	n := nameLen(b)
	if bytes.Count(b[:n], []byte(":")) > 1 {
		return -1
	}
	return n
}

func isNameByte(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' ||
		c == '_' || c == ':' || c == '.' || c == '-'
}

// isUnquotedValueByte says what encoding/xml takes into an unquoted
// attribute value when Strict is off.
func isUnquotedValueByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
		c == '_' || c == ':' || c == '-'
}

func skipXMLSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n') {
		i++
	}
	return i
}

// localName is the part of a qualified name after its prefix, split as
// encoding/xml splits it.
func localName(qname []byte) []byte {
	if i := bytes.IndexByte(qname, ':'); i > 0 && i < len(qname)-1 {
		return qname[i+1:]
	}
	return qname
}

// prefixOf is the prefix of a qualified name, or nil.
func prefixOf(qname []byte) []byte {
	if i := bytes.IndexByte(qname, ':'); i > 0 && i < len(qname)-1 {
		return qname[:i]
	}
	return nil
}

// isNamespaceDecl reports an xmlns or xmlns:prefix attribute.
func isNamespaceDecl(attr []byte) bool {
	return string(attr) == "xmlns" || string(prefixOf(attr)) == "xmlns"
}

// procInstParam finds a parameter of a processing instruction exactly as
// encoding/xml does for the encoding of an XML declaration.
func procInstParam(param, s string) string {
	param += "="
	i := 0
	var sep byte
	for i < len(s) {
		sub := s[i:]
		k := strings.Index(sub, param)
		if k < 0 || len(param)+k >= len(sub) {
			return ""
		}
		i += len(param) + k + 1
		if c := sub[len(param)+k]; c == '\'' || c == '"' {
			sep = c
			break
		}
	}
	if sep == 0 {
		return ""
	}
	j := strings.IndexByte(s[i:], sep)
	if j < 0 {
		return ""
	}
	return s[i : i+j]
}
