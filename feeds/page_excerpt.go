package feeds

import (
	"strings"
	"unicode"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// excerptRunes is how much text of an entry a topic page shows before it
// cuts the rest and links to the original.
const excerptRunes = 600

// outletsMark starts the paragraph that names a story's other outlets
// (stories.go), which a topic page shows apart from the shortened text.
const outletsMark = "<p>Also reported by: "

// splitOutlets parts sanitized content into the item's own HTML and the
// trailing paragraph naming the story's other outlets, if it has one.
func splitOutlets(content string) (own, outlets string) {
	i := strings.LastIndex(content, outletsMark)
	if i < 0 || !strings.HasSuffix(content, "</p>") {
		return content, ""
	}
	return strings.TrimSpace(content[:i]), content[i:]
}

// excerpt shortens sanitized HTML to about limit characters of text, cut
// at a word, with every element it keeps closed, and reports whether it
// left anything out. A page of many entries must stay readable: headings
// in the text become paragraphs (the page's own headings stay in order),
// only the first image stays, if images stay at all (an entry with a
// picture of its own shows that one), and an image without alt text gets
// an empty one, which says it adds nothing the text does not.
func excerpt(fragment string, limit int, images bool) (string, bool) {
	if fragment == "" {
		return "", false
	}
	div := &xhtml.Node{Type: xhtml.ElementNode, Data: "div", DataAtom: atom.Div}
	nodes, err := xhtml.ParseFragment(strings.NewReader(fragment), div)
	if err != nil {
		return "", true // a strings.Reader does not fail
	}
	for _, n := range nodes {
		div.AppendChild(n)
	}
	e := &excerpter{left: limit, image: !images}
	e.trim(div)
	var b strings.Builder
	for c := div.FirstChild; c != nil; c = c.NextSibling {
		if err := xhtml.Render(&b, c); err != nil {
			return "", true
		}
	}
	return strings.TrimSpace(b.String()), e.cut
}

// excerpter walks a parsed fragment, spending its budget of text.
type excerpter struct {
	left  int  // characters of text still to show
	image bool // an image is kept already, or none may be
	cut   bool // something was left out
}

// trim shortens n's children in place.
func (e *excerpter) trim(n *xhtml.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if e.left <= 0 {
			if !isBlank(c) {
				e.cut = true
			}
			n.RemoveChild(c)
			c = next
			continue
		}
		switch c.Type {
		case xhtml.TextNode:
			c.Data = e.text(c.Data)
		case xhtml.ElementNode:
			if !e.element(c) {
				n.RemoveChild(c)
				e.cut = true
			}
		}
		c = next
	}
}

// element adjusts an element and its children, and reports whether it stays.
func (e *excerpter) element(n *xhtml.Node) bool {
	switch n.DataAtom {
	case atom.Img:
		if e.image {
			return false
		}
		e.image = true
		setAlt(n)
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		n.Data, n.DataAtom = "p", atom.P
	}
	e.trim(n)
	return true
}

// text spends the budget on s, cutting it at a word when it runs out.
func (e *excerpter) text(s string) string {
	runes := []rune(s)
	if len(runes) <= e.left {
		e.left -= len(runes)
		return s
	}
	cut := e.left
	for i := cut; i > cut/2; i-- {
		if unicode.IsSpace(runes[i]) {
			cut = i
			break
		}
	}
	e.left, e.cut = 0, true
	return strings.TrimRightFunc(string(runes[:cut]), unicode.IsSpace) + "…"
}

// setAlt gives an image an empty alt text when it has none.
func setAlt(n *xhtml.Node) {
	for _, a := range n.Attr {
		if a.Key == "alt" && a.Namespace == "" {
			return
		}
	}
	n.Attr = append(n.Attr, xhtml.Attribute{Key: "alt"})
}

// isBlank reports a node that shows nothing: white space or a comment.
func isBlank(n *xhtml.Node) bool {
	return n.Type == xhtml.CommentNode || n.Type == xhtml.TextNode && strings.TrimSpace(n.Data) == ""
}
