package feeds

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"net/url"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The checks of published output that hostile_test.go runs. They know
// nothing of how feedsieve cleans items: they look at a value by where it
// stands in the document (a link, an id, HTML, text), as a reader would.

// checkXMLFeed reads an Atom or RSS document token by token, which fails
// on anything not well-formed, and checks every attribute and every
// element's text by name.
func checkXMLFeed(t *testing.T, body []byte) {
	t.Helper()
	type open struct {
		name  string
		attrs []xml.Attr
		text  strings.Builder
	}
	var stack []*open
	dec := xml.NewDecoder(bytes.NewReader(body))
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			for _, a := range tok.Attr {
				checkXMLAttr(t, tok.Name.Local, a)
			}
			stack = append(stack, &open{name: tok.Name.Local, attrs: tok.Copy().Attr})
		case xml.CharData:
			if len(stack) > 0 {
				stack[len(stack)-1].text.Write(tok)
			}
		case xml.EndElement:
			e := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			checkXMLText(t, e.name, e.attrs, strings.TrimSpace(e.text.String()))
		}
	}
}

func checkXMLAttr(t *testing.T, elem string, a xml.Attr) {
	t.Helper()
	where := elem + "@" + a.Name.Local
	switch {
	case a.Name.Space == "xmlns" || a.Name.Local == "xmlns":
	case a.Name.Local == "href" || a.Name.Local == "url" || a.Name.Local == "uri" || strings.HasSuffix(a.Name.Local, "Url"):
		checkLink(t, where, a.Value)
	default:
		checkText(t, where, a.Value)
	}
}

func checkXMLText(t *testing.T, elem string, attrs []xml.Attr, text string) {
	t.Helper()
	if text == "" {
		return
	}
	switch elem {
	case "link", "uri", "url", "docs", "comments":
		checkLink(t, elem, text)
	case "id", "guid":
		checkID(t, elem, text)
	case "email":
		checkEmail(t, elem, text)
	case "description", "encoded":
		checkHTML(t, elem, text)
	case "content", "summary", "title", "subtitle", "rights":
		switch typ := xmlAttr(attrs, "type"); typ {
		case "html":
			checkHTML(t, elem, text)
		case "", "text":
			checkText(t, elem, text)
		default:
			t.Errorf("%s of type %q", elem, typ)
		}
	default:
		checkText(t, elem, text)
	}
}

func xmlAttr(attrs []xml.Attr, name string) string {
	for _, a := range attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// checkJSONFeed decodes a JSON Feed and checks every string by its key.
func checkJSONFeed(t *testing.T, body []byte) {
	t.Helper()
	var doc any
	if !json.Valid(body) {
		t.Fatal("not valid JSON")
	}
	if err := json.Unmarshal(body, &doc); err != nil {
		t.Fatal(err)
	}
	checkJSONValue(t, "", doc)
}

func checkJSONValue(t *testing.T, key string, v any) {
	t.Helper()
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			checkJSONValue(t, k, x)
		}
	case []any:
		for _, x := range v {
			checkJSONValue(t, key, x)
		}
	case string:
		switch key {
		case "url", "external_url", "home_page_url", "feed_url", "next_url", "image", "banner_image", "icon", "favicon", "avatar", "version":
			checkLink(t, key, v)
		case "id":
			checkID(t, key, v)
		case "content_html":
			checkHTML(t, key, v)
		default:
			checkText(t, key, v)
		}
	}
}

// checkLink wants an absolute http or https URL without spaces, control
// characters or a user name, or a mailto: link.
func checkLink(t *testing.T, where, v string) {
	t.Helper()
	if strings.HasPrefix(v, "mailto:") {
		if strings.IndexFunc(v, notInLink) >= 0 {
			t.Errorf("unsafe mailto: URL in %s: %q", where, v)
		}
		return
	}
	u, err := url.Parse(v)
	if err != nil || !(strings.HasPrefix(v, "https://") || strings.HasPrefix(v, "http://")) ||
		u.Host == "" || u.User != nil || strings.IndexFunc(v, notInLink) >= 0 {
		t.Errorf("unsafe URL in %s: %q", where, v)
	}
}

func notInLink(r rune) bool {
	return r <= ' ' || r == 0x7F || r == utf8.RuneError || unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r)
}

// checkID wants an entry's urn:uuid, a source's urn: or tag: name, or a
// safe link.
func checkID(t *testing.T, where, v string) {
	t.Helper()
	if strings.HasPrefix(v, "urn:") || strings.HasPrefix(v, "tag:") {
		checkText(t, where, v)
		return
	}
	checkLink(t, where, v)
}

func checkEmail(t *testing.T, where, v string) {
	t.Helper()
	local, domain, ok := strings.Cut(v, "@")
	if !ok || local == "" || domain == "" || strings.ContainsAny(v, ":<>\"() \t") || strings.IndexFunc(v, notInLink) >= 0 {
		t.Errorf("not a plain address in %s: %q", where, v)
	}
}

// checkText wants printable text: valid UTF-8 without control characters
// or bidirectional embedding, override and isolate controls, and of a
// bounded length (a title, name or category is cut at maxTextRunes; an
// RSS author holds an address and a name).
func checkText(t *testing.T, where, v string) {
	t.Helper()
	if !utf8.ValidString(v) {
		t.Errorf("invalid UTF-8 in %s: %q", where, v)
	}
	if i := strings.IndexFunc(v, func(r rune) bool { return unicode.IsControl(r) || isBidiControl(r) }); i >= 0 {
		t.Errorf("control character %q in %s: %q", []rune(v[i:])[0], where, short(v))
	}
	if n := utf8.RuneCountInString(v); n > 2*maxTextRunes+100 {
		t.Errorf("%d characters in %s", n, where)
	}
}

// unsafeElements run code, load documents, or take the reader's page
// over; none may be left in published HTML.
var unsafeElements = map[string]bool{
	"script": true, "style": true, "iframe": true, "frame": true, "frameset": true, "object": true, "embed": true,
	"applet": true, "svg": true, "math": true, "form": true, "input": true, "button": true, "textarea": true,
	"select": true, "base": true, "meta": true, "link": true, "noscript": true, "template": true, "xmp": true,
	"plaintext": true, "noembed": true, "noframes": true,
}

// urlAttributes hold URLs in HTML.
var urlAttributes = map[string]bool{
	"href": true, "src": true, "action": true, "formaction": true, "cite": true, "poster": true,
	"background": true, "longdesc": true, "data": true, "codebase": true, "xlink:href": true, "ping": true,
}

// checkHTML parses published HTML as a browser would in a page's body and
// wants no unsafe element, event handler, style, comment or unsafe URL.
func checkHTML(t *testing.T, where, v string) {
	t.Helper()
	if !utf8.ValidString(v) || strings.IndexFunc(v, func(r rune) bool { return unicode.IsControl(r) && r != '\t' && r != '\n' && r != '\r' }) >= 0 {
		t.Errorf("invalid UTF-8 or control character in %s: %q", where, short(v))
	}
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(v), body)
	if err != nil {
		t.Fatalf("%s: %v", where, err)
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.CommentNode:
			t.Errorf("comment in %s: %q", where, n.Data)
		case html.ElementNode:
			if unsafeElements[n.Data] {
				t.Errorf("<%s> in %s: %q", n.Data, where, short(v))
			}
			for _, a := range n.Attr {
				key := strings.ToLower(a.Key)
				if a.Namespace != "" {
					key = a.Namespace + ":" + key
				}
				switch {
				case strings.HasPrefix(key, "on") || key == "style" || key == "srcdoc":
					t.Errorf("attribute %s in %s: %q", key, where, short(v))
				case urlAttributes[key]:
					checkLink(t, where+" "+n.Data+"@"+key, a.Val)
				case key == "srcset":
					for _, c := range strings.Split(a.Val, ",") {
						if f := strings.Fields(c); len(f) > 0 {
							checkLink(t, where+" srcset", f[0])
						}
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	for _, n := range nodes {
		walk(n)
	}
}

func short(s string) string {
	if len(s) > 200 {
		return s[:200] + "…"
	}
	return s
}
