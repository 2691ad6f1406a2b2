package aggregator

import (
	"bytes"
	"encoding/base64"
	"html"
	"slices"
	"strings"

	"github.com/mmcdole/gofeed"
	"github.com/mmcdole/gofeed/atom"
)

// Atom says what each text construct is: type="text" (the default) is
// plain text, "html" escaped HTML, "xhtml" inline XHTML; Atom 0.3 wrote
// MIME types and could base64-encode content (mode="base64"). gofeed
// hands all three kinds back as one string, so a text title such as
// "Vector&lt;T&gt;" would be read as HTML and lose its "<T>". shapeXML
// notes each kept entry's kinds as it walks the document, and
// fixAtomText applies them: a text title is kept as text (customTextTitle),
// a text summary or content is escaped into the HTML they are stored as,
// and base64 content gofeed left encoded is decoded.

// textKind is how a text construct's value is to be read.
type textKind uint8

const (
	kindMarkup     textKind = iota // HTML or XHTML, as gofeed gives it
	kindText                       // plain text
	kindBase64Text                 // Atom 0.3 base64 of plain text
	kindBase64HTML                 // Atom 0.3 base64 of HTML
)

// atomTexts are the kinds of one entry's title, summary and content;
// kindMarkup, the zero value, for those it does not have: a title taken
// from media:title later (fillFromMedia) is HTML, not text. lang is the
// entry's own xml:lang, "" when it has none (itemlang.go); entry says
// whether gofeed makes an entry of the element (atomEntry).
type atomTexts struct {
	title, summary, content textKind
	lang                    string
	entry                   bool
}

// customTextTitle marks, in an item's Custom, a title that is plain text
// (Atom type="text", JSON Feed): it is not read as HTML.
const customTextTitle = "feedsieve:text-title"

// noteText records the kind of a text construct of an Atom entry just
// opened, or a new entry.
func (s *xmlShape) noteText(top *xmlFrame) {
	if !s.atom {
		return
	}
	if top.item { // kinds of the constructs it has are set as they open
		e := atomTexts{entry: atomEntry(top)}
		if len(s.lex.lang) <= MaxLanguageBytes { // a longer one is no tag, and is not kept
			e.lang = string(s.lex.lang)
		}
		s.texts = append(s.texts, e)
		return
	}
	if s.depth != 3 || !s.stack[1].item || len(s.texts) == 0 {
		return
	}
	e := &s.texts[len(s.texts)-1]
	kind := atomKind(s.lex.typ, s.lex.mode)
	switch name := localName(top.name); {
	case asciiEqualFold(name, "title"):
		e.title = kind
	case asciiEqualFold(name, "summary"):
		e.summary = kind
	case asciiEqualFold(name, "content"):
		e.content = kind
	}
}

// atomKind reads a text construct's type and mode attributes.
func atomKind(typ, mode []byte) textKind {
	t := strings.ToLower(strings.TrimSpace(string(typ)))
	text := t == "" || t == "text" || t == "text/plain"
	switch {
	case asciiEqualFold(bytes.TrimSpace(mode), "base64") && strings.HasPrefix(t, "text/"):
		// gofeed decodes base64 except under a text/* type
		if text {
			return kindBase64Text
		}
		return kindBase64HTML
	case text:
		return kindText
	}
	return kindMarkup
}

// atomEntry reports whether gofeed makes an entry of the item element
// top: one named entry, in Atom's namespace or none. A prefixed one's
// namespace is not known here, and it is taken as an entry (fixAtomText
// then counts).
func atomEntry(top *xmlFrame) bool {
	if !asciiEqualFold(localName(top.name), "entry") {
		return false
	}
	return len(prefixOf(top.name)) > 0 || isNativeNamespace(top.ns, atomNamespaces)
}

// fixAtomText applies the kinds shapeXML noted to the entries gofeed
// made of the same document, which are in the same order: those noted
// of elements gofeed makes entries of. When their count is not the
// entries' (an element shapeXML took for one, which gofeed did not),
// the notes are not applied: none is applied to another entry.
func fixAtomText(f *atom.Feed, feed *gofeed.Feed, texts []atomTexts) {
	texts = slices.DeleteFunc(slices.Clone(texts), func(t atomTexts) bool { return !t.entry })
	if len(texts) != len(f.Entries) {
		return
	}
	for i, e := range f.Entries {
		if e == nil || i >= len(texts) || i >= len(feed.Items) || feed.Items[i] == nil {
			continue
		}
		it, k := feed.Items[i], texts[i]
		if k.title == kindText {
			markTextTitle(it)
		}
		if k.summary == kindText {
			it.Description = html.EscapeString(it.Description)
		}
		if e.Content != nil && e.Content.Src == "" {
			it.Content = textAsHTML(it.Content, k.content)
		}
		setItemLanguage(it, k.lang)
	}
}

func markTextTitle(it *gofeed.Item) {
	if it.Custom == nil {
		it.Custom = make(map[string]string)
	}
	it.Custom[customTextTitle] = "1"
}

// textAsHTML is a content value of the given kind as HTML.
func textAsHTML(v string, k textKind) string {
	switch k {
	case kindText:
		return html.EscapeString(v)
	case kindBase64Text, kindBase64HTML:
		b, err := base64.StdEncoding.DecodeString(strings.Join(strings.Fields(v), ""))
		if err != nil {
			return v
		}
		if k == kindBase64Text {
			return html.EscapeString(string(b))
		}
		return string(b)
	}
	return v
}
