package aggregator

import "bytes"

// Past the items, what a feed costs gofeed is the elements it builds
// structures of: categories, links, enclosures and, for every element of
// a namespace it does not know, an extension tree with maps of children
// and attributes, about a kilobyte allocated each (400,000 of them in a
// 4.6 MiB feed allocated 396 MiB). The text fields of items and of the
// feed, which may hold XHTML, are read as text instead. So shapeXML
// counts the elements outside text fields, and cuts those past a budget
// that scales with the items kept: about 16 for each item of the parse
// window, more than real feeds use (a podcast's item has 20 or 30).

// maxAttributes is how many attributes an element may have; one with
// more is cut. Real elements have a few; gofeed copies each into the
// token it keeps and, for an extension element, into a map (400,000 on
// one element allocated 170 MiB).
const maxAttributes = 256

// maxTextFieldMarkup is how many bytes of a text field may hold elements
// (XHTML): those that start later are cut. It is 4 times what an item
// keeps of its content, as markup takes room. gofeed parses an Atom
// field's XHTML into a tree to resolve its links, which for one field of
// 8 MiB peaked at 187 MiB.
const maxTextFieldMarkup = 4 * MaxContentBytes

// structureElementsPerItem is the budget of elements outside text fields
// for each item of the parse window.
const structureElementsPerItem = 16

// structureBudget is the budget of elements outside text fields for a
// parse window of keep items, and 4,096 at least.
func structureBudget(keep int) int { return max(structureElementsPerItem*keep, 4096) }

// Text fields, by format: the elements gofeed reads as text (the
// decoder's inner XML) when they are children of an item or of the feed
// (the channel in RSS and RDF, the root in Atom), unprefixed and in a
// namespace gofeed takes as its own. Elsewhere, or in another namespace,
// the same names are extension elements, built as trees.
var (
	rssTextFields  = []string{"title", "description"}
	atomTextFields = []string{"title", "subtitle", "tagline", "summary", "content", "rights", "copyright"}
	rssNamespaces  = []string{
		"http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://purl.org/rss/1.0/",
		"http://channel.netscape.com/rdf/simple/0.9/", "http://my.netscape.com/rdf/simple/0.9/",
	}
	atomNamespaces = []string{"http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#"}
)

// isTextField says whether the element just opened is a text field.
func (s *xmlShape) isTextField() bool {
	if s.depth < 2 {
		return false
	}
	f, parent := &s.stack[s.depth-1], &s.stack[s.depth-2]
	if prefixOf(f.name) != nil {
		return false
	}
	fields, spaces := rssTextFields, rssNamespaces
	feedLevel := s.depth == 3 && asciiEqualFold(localName(parent.name), "channel")
	if s.atom {
		fields, spaces, feedLevel = atomTextFields, atomNamespaces, s.depth == 2
	}
	if !parent.item && !feedLevel || !isNativeNamespace(f.ns, spaces) {
		return false
	}
	name := localName(f.name)
	for _, field := range fields {
		if asciiEqualFold(name, field) {
			return true
		}
	}
	return false
}

// isNativeNamespace says whether a default namespace, as written in an
// xmlns attribute, is none or one of spaces. gofeed trims the value; an
// entity in it, which the decoder would expand, is taken as foreign.
func isNativeNamespace(ns []byte, spaces []string) bool {
	ns = bytes.TrimSpace(ns)
	if len(ns) == 0 {
		return true
	}
	for _, space := range spaces {
		if string(ns) == space {
			return true
		}
	}
	return false
}
