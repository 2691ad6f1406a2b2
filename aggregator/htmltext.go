package aggregator

import (
	"math"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// inlineTags do not separate words: "<b>Kara</b>bakh" is one word. Every
// other tag (p, br, li, div, td, …) does.
var inlineTags = map[atom.Atom]bool{
	atom.A: true, atom.Abbr: true, atom.B: true, atom.Bdi: true, atom.Bdo: true,
	atom.Cite: true, atom.Code: true, atom.Data: true, atom.Dfn: true, atom.Em: true,
	atom.Font: true, atom.I: true, atom.Kbd: true, atom.Mark: true, atom.Q: true,
	atom.S: true, atom.Samp: true, atom.Small: true, atom.Span: true, atom.Strong: true,
	atom.Sub: true, atom.Sup: true, atom.Time: true, atom.U: true, atom.Var: true,
	atom.Wbr: true,
}

// rawTags hold raw text up to their end tag: no markup inside. The text of
// script and style is dropped; that of textarea and title has entities.
// Noscript is not among them: its content is what a reader without
// scripts sees, markup like any other (an <img alt> in it is no text), as
// a browser without scripting parses it.
var rawTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Textarea: true, atom.Title: true, atom.Xmp: true,
	atom.Iframe: true, atom.Noembed: true, atom.Noframes: true, atom.Plaintext: true,
}

// HTMLText reduces an HTML fragment to its text: tags removed (attribute
// values are not text), comments removed, script and style contents
// dropped, entities decoded. Text without markup or entities is returned
// as it is. Text that is still escaped after that (double-escaped markup:
// "&amp;lt;b&amp;gt;", "Lachin&amp;nbsp;corridor") is reduced once more
// (reduceTwice).
func HTMLText(s string) string { return reduceTwice(htmlTextOnce, s) }

// reduceTwice reduces s with reduce and, when the result holds an entity
// reference and no '<' (markup escaped twice at the source, not text about
// markup escaped once), unescapes the result and reduces it again. Only
// once: feeds do not escape three times, and a bound keeps it linear.
func reduceTwice(reduce func(string) string, s string) string {
	t := reduce(s)
	if !escapedTwice(t) {
		return t
	}
	return reduce(html.UnescapeString(t))
}

// escapedTwice reports whether text reduced once is still escaped: it
// holds an entity reference and no '<'.
func escapedTwice(t string) bool {
	return strings.IndexByte(t, '&') >= 0 && strings.IndexByte(t, '<') < 0 && entityRef.MatchString(t)
}

// entityRef matches an HTML character reference.
var entityRef = regexp.MustCompile(`&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);`)

// htmlTextOnce is one reduction of HTMLText.
//
// It follows the HTML tokenizer's rules for where tags, comments and raw
// text end, in one pass over the string; a test checks it against
// golang.org/x/net/html. One simplification: inside a script, HTML comment
// escapes are not honoured, so the first </script> ends it.
func htmlTextOnce(s string) string {
	t, _ := htmlTextUpTo(s, math.MaxInt)
	return t
}

// htmlTextUpTo is htmlTextOnce, stopping once about most bytes of text
// are written: past the first most bytes of a stretch of text, or at
// the first tag after them; whole reports whether it read all of s.
func htmlTextUpTo(s string, most int) (text string, whole bool) {
	if strings.IndexByte(s, '<') < 0 && strings.IndexByte(s, '&') < 0 { // two vector scans, faster than ContainsAny's byte loop
		return s, true
	}
	var b strings.Builder
	b.Grow(min(len(s), most))
	for s != "" && b.Len() < most {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			i = len(s)
		}
		if room := most - b.Len(); i > room {
			cut := textCut(s, room)
			writeText(&b, s[:cut])
			s = s[cut:]
			break
		}
		writeText(&b, s[:i])
		s = s[i:]
		if s != "" {
			s = markup(&b, s)
		}
	}
	return strings.TrimSpace(b.String()), s == ""
}

// textCut is where to cut text s to at most n bytes: after its last
// space before n, or else before an entity (whose reference the cut
// would change: "&#10000" of "&#100000;") or a character n would cut
// in two.
func textCut(s string, n int) int {
	if i := strings.LastIndexByte(s[:n], ' '); i > 0 {
		return i
	}
	if i := strings.LastIndexByte(s[:n], '&'); i >= 0 && strings.IndexByte(s[i:n], ';') < 0 {
		n = i
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return n
}

// htmlTextPrefix is the start of HTMLText(s), at most most bytes of it
// cut where a character starts, for a reader that reads no further: a
// summary holding a whole article (feeds allow 256 KB) is not reduced
// to text whole for the words at its start.
func htmlTextPrefix(s string, most int) string {
	t, whole := htmlTextUpTo(s, most)
	if !whole && mayEscape(t) {
		// whether a '&' left is an escape of its own, to be read again
		// (reduceTwice), only the whole text tells: "&amp;lt;b&amp;gt;"
		t = htmlTextOnce(s)
	}
	if escapedTwice(t) {
		t = htmlTextOnce(html.UnescapeString(t))
	}
	return truncateText(t, most)
}

// mayEscape reports whether text holds a '&' that may begin an entity
// reference: one followed by a letter or '#', or by nothing; not "aid &
// relief".
func mayEscape(text string) bool {
	for i, c := range []byte(text) {
		if c != '&' {
			continue
		}
		if i+1 == len(text) || isASCIILetter(text[i+1]) || text[i+1] == '#' {
			return true
		}
	}
	return false
}

func writeText(b *strings.Builder, s string) {
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	b.WriteString(s)
}

// markup consumes the tag, comment or declaration at the start of s
// (s[0] is '<'), writes what it stands for, and returns the rest. A '<'
// that starts none of them is text.
func markup(b *strings.Builder, s string) string {
	if len(s) < 2 {
		b.WriteString(s)
		return ""
	}
	switch c := s[1]; {
	case isASCIILetter(c):
		return startTag(b, s)
	case c == '/' && len(s) > 2 && isASCIILetter(s[2]):
		name, rest := readTag(s, 2)
		separate(b, name)
		return rest
	case c == '/' && len(s) > 2 && s[2] == '>':
		return s[3:] // "</>" is dropped
	case c == '/' && len(s) == 2:
		b.WriteString(s)
		return ""
	case strings.HasPrefix(s, "<!--"):
		return skipComment(s[4:])
	case c == '!' || c == '?' || c == '/':
		return skipPast(s, '>') // bogus comment or declaration
	}
	b.WriteByte('<')
	return s[1:]
}

// startTag consumes a start tag and, for a raw text element, its text.
func startTag(b *strings.Builder, s string) string {
	name, rest := readTag(s, 1)
	separate(b, name)
	a := lookupTag(name)
	if !rawTags[a] {
		return rest
	}
	text := rest
	if a == atom.Plaintext {
		rest = ""
	} else {
		end := rawTextEnd(rest, name)
		text, rest = rest[:end], rest[end:]
	}
	switch a {
	case atom.Script, atom.Style:
	case atom.Textarea, atom.Title:
		writeText(b, text)
	default:
		b.WriteString(text)
	}
	return rest
}

// separate writes the space a tag stands for, unless it is inline.
func separate(b *strings.Builder, name string) {
	if !inlineTags[lookupTag(name)] {
		b.WriteByte(' ')
	}
}

// lookupTag returns the atom of a tag name in any case; 0 when unknown.
func lookupTag(name string) atom.Atom {
	var buf [16]byte
	if len(name) > len(buf) {
		return 0
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return atom.Lookup(buf[:len(name)])
}

// readTag reads a tag whose name starts at s[start]: its name, then its
// attributes, quoted values included, up to the closing '>'. It returns
// the name and what follows the tag; a tag cut off by the end of s is
// dropped with it.
func readTag(s string, start int) (name, rest string) {
	i := start
	for i < len(s) && !isHTMLSpace(s[i]) && s[i] != '/' && s[i] != '>' {
		i++
	}
	name = s[start:i]
	for {
		i = skipHTMLSpace(s, i)
		if i >= len(s) {
			return name, ""
		}
		switch s[i] {
		case '>':
			return name, s[i+1:]
		case '/':
			i++
			continue
		}
		i++ // an attribute name's first character, even '='
		for i < len(s) && !isHTMLSpace(s[i]) && s[i] != '/' && s[i] != '>' && s[i] != '=' {
			i++
		}
		if i = skipHTMLSpace(s, i); i >= len(s) || s[i] != '=' {
			continue
		}
		if i = skipHTMLSpace(s, i+1); i >= len(s) {
			return name, ""
		}
		switch q := s[i]; q {
		case '"', '\'':
			j := strings.IndexByte(s[i+1:], q)
			if j < 0 {
				return name, ""
			}
			i += j + 2
		case '>':
		default:
			for i < len(s) && !isHTMLSpace(s[i]) && s[i] != '>' {
				i++
			}
		}
	}
}

// rawTextEnd returns where the raw text of element name ends in s: at its
// end tag ("</name" in any case, then a space, '/' or '>'), or at the end.
func rawTextEnd(s, name string) int {
	for i := 0; ; {
		j := strings.Index(s[i:], "</")
		if j < 0 {
			return len(s)
		}
		i += j
		k := i + 2 + len(name)
		if k < len(s) && strings.EqualFold(s[i+2:k], name) && (isHTMLSpace(s[k]) || s[k] == '/' || s[k] == '>') {
			return i
		}
		i += 2
	}
}

// skipComment returns what follows a comment whose "<!--" is consumed:
// it ends at "-->" or "--!>"; "<!-->" and "<!--->" are empty comments.
func skipComment(s string) string {
	switch {
	case strings.HasPrefix(s, ">"):
		return s[1:]
	case strings.HasPrefix(s, "->"):
		return s[2:]
	}
	for i := 0; ; {
		j := strings.Index(s[i:], "--")
		if j < 0 {
			return ""
		}
		i += j + 2
		switch {
		case strings.HasPrefix(s[i:], ">"):
			return s[i+1:]
		case strings.HasPrefix(s[i:], "!>"):
			return s[i+2:]
		}
		i-- // "--->" ends at its last two dashes
	}
}

func skipPast(s string, c byte) string {
	if i := strings.IndexByte(s, c); i >= 0 {
		return s[i+1:]
	}
	return ""
}

func skipHTMLSpace(s string, i int) int {
	for i < len(s) && isHTMLSpace(s[i]) {
		i++
	}
	return i
}

func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f'
}

func isASCIILetter(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}
