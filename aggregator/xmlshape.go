package aggregator

import (
	"bytes"
	"errors"
	"fmt"
)

// MaxNestingDepth is how deep a feed may nest: XML elements, or JSON
// arrays and objects. Real feeds nest fewer than 20 levels; deeper
// documents are refused before gofeed parses them, as every level costs
// the parser memory (a 100,000-level feed took 459 MiB).
const MaxNestingDepth = 64

// maxNamespaceCopies bounds the namespace bindings gofeed's XML parser
// copies: it copies every binding in scope at each element it reads
// (goxpp's pushNamespaces), so that 20,000 declarations over 20,000
// elements, half a megabyte, cost 50 GB of allocations and a minute.
// A document is refused when the bindings in scope summed over its
// elements pass this; real feeds declare a dozen namespaces and sum to
// at most a few million (BenchmarkShapeXML).
const maxNamespaceCopies = 4 << 20

// ErrTooDeep reports a feed nested deeper than MaxNestingDepth.
var ErrTooDeep = errors.New("nested too deep")

// errTooManyNamespaces reports a feed whose namespace declarations would
// cost gofeed's parser more than maxNamespaceCopies copies.
var errTooManyNamespaces = errors.New("XML namespace declarations too costly to parse")

// xmlShape walks an XML feed with xmlLexer, checks its nesting and
// namespaces, and marks for cutting the items past the first keep and the
// elements past the structure budget.
type xmlShape struct {
	lex   xmlLexer
	keep  int
	items int // item elements seen
	// cutItems counts the items cut, past keep or past the budget.
	cutItems int
	// elements counts the elements kept outside text fields, which gofeed
	// builds structures of; budget bounds them (xmltext.go).
	elements, budget int
	// fieldEnd is where the markup of the text field last opened stops
	// being kept: elements inside it that start later are cut.
	fieldEnd int
	atom     bool // the root is an Atom feed
	depth    int
	stack    [MaxNestingDepth + 1]xmlFrame // stack[0] is the root
	// cutDepth is the depth of the element being cut out, 0 when none.
	cutDepth int
	cuts     []span
	// kept says whether a tag was kept since the last cut ended: if not,
	// the next cut extends it, so that 200,000 items cut are one span.
	kept bool
	// copies sums, over the elements gofeed will read, the namespace
	// bindings in scope at each.
	copies int
	// texts are the kinds of the text constructs of the Atom entries
	// kept, in document order (atomtext.go).
	texts []atomTexts
	// truncated is where the document stopped before its root element
	// closed, -1 when it did not (xmlrepair.go); truncCut is the depth
	// of the element being cut out there, 0 when none.
	truncated, truncCut int
	// raw, when not nil, asks for the items' hashes, noted in rawItems in
	// document order, and for the items remembered to be cut out, counted
	// in skipped; head hashes the root's and channels' start tags
	// (rawitems.go).
	raw      *rawItems
	rawItems []rawItem
	skipped  int
	head     uint64
}

type xmlFrame struct {
	start   int // where its start tag begins
	name    []byte
	inScope int    // namespace declarations on this element and its ancestors
	ns      []byte // the default namespace as written, nil for none
	item    bool   // an item
	field   bool   // a text field of an item or of the feed (xmltext.go)
	inField bool   // inside a text field
	plain   bool   // an item that may be told by its bytes (noteItem)
	cuts    int    // len(cuts) as an item opened
}

// span is a range of bytes [from, to).
type span struct{ from, to int }

// shapeXML checks an XML feed before gofeed parses it and cuts it down
// to its first keep items: elements named item or entry (in any case or
// namespace) that are children of the root or of a channel element, the
// places where gofeed takes RSS, RDF and Atom items. Past its budget of
// elements outside text fields, it cuts every further element, items
// included, elements of more than maxAttributes attributes, and the
// elements of a text field past its first maxTextFieldMarkup bytes
// (xmltext.go). It returns the document with those taken out,
// whole elements, so what is left is as well-formed as it was, and how
// many items were taken out.
func shapeXML(body []byte, keep int) ([]byte, int, error) {
	d, err := shapeXMLDoc(body, keep, nil)
	if err != nil {
		return nil, 0, err
	}
	return d.body, d.cut, nil
}

// shapedXML is a document as shapeXMLDoc leaves it.
type shapedXML struct {
	body []byte
	cut  int // items taken out
	// texts are the kinds of the Atom entries' text constructs.
	texts []atomTexts
	// warning says what was repaired, or is "".
	warning string
	// raw are the items in gofeed's order, nil unless asked for and every
	// item could be told by its bytes; skipped counts those cut out as
	// remembered; head is the hash of the start tags of the root and
	// channels (rawitems.go).
	raw     []rawItem
	skipped int
	head    uint64
}

// shapeXMLDoc is shapeXML that also repairs a truncated document
// (xmlrepair.go), tells the kinds of Atom text constructs (atomtext.go)
// and, when raw is not nil, the items' hashes, cutting out those
// remembered (rawitems.go).
func shapeXMLDoc(body []byte, keep int, raw *rawItems) (*shapedXML, error) {
	s, err := walkShape(body, keep, raw)
	if err == nil && s.skipped > 0 && s.rawOrder() == nil {
		// Not every item could be told by its bytes: parse them all.
		s, err = walkShape(body, keep, nil)
	}
	if err != nil {
		return nil, err
	}
	d := &shapedXML{body: body, texts: s.texts, raw: s.rawOrder(), skipped: s.skipped, head: s.head}
	if s.truncated >= 0 {
		if d.body, d.warning, err = s.repair(); err != nil {
			return nil, err
		}
		d.cut = s.cutItems
		return d, nil
	}
	if len(s.cuts) > 0 {
		d.body, d.cut = cutSpans(body, s.cuts), s.cutItems
	}
	return d, nil
}

// walkShape walks a document (walk) with a new xmlShape.
func walkShape(body []byte, keep int, raw *rawItems) (*xmlShape, error) {
	s := &xmlShape{lex: xmlLexer{b: body}, keep: keep, budget: structureBudget(keep), truncated: -1, raw: raw}
	return s, s.walk(nil)
}

// walk reads tokens up to the end of the root element: gofeed reads no
// further, so what follows is neither checked nor cut. opened, when not
// nil, is told of every element opened (FuzzXMLLexer).
func (s *xmlShape) walk(opened func(depth int, f *xmlFrame)) error {
	for {
		tok, err := s.lex.next()
		if err != nil && !s.cutShort(err) {
			return err
		}
		switch {
		case err != nil || tok == tokEOF && s.depth > 0:
			s.truncated = min(s.lex.start, len(s.lex.b))
			if err == nil {
				s.truncated = len(s.lex.b)
			}
			if s.truncCut = s.cutDepth; s.cutDepth > 0 {
				s.endCut(s.truncated)
			}
			return nil
		}
		switch tok {
		case tokEOF:
			if s.cutDepth > 0 {
				s.endCut(len(s.lex.b))
			}
			return nil
		case tokStart, tokEmpty:
			if err := s.open(); err != nil {
				return err
			}
			if opened != nil {
				opened(s.depth, &s.stack[s.depth-1])
			}
			if tok == tokEmpty {
				s.closeTop(s.lex.pos)
			}
		case tokEnd:
			if err := s.close(); err != nil {
				return err
			}
		default:
			continue
		}
		if s.depth == 0 {
			return nil
		}
	}
}

func (s *xmlShape) open() error {
	if s.depth == MaxNestingDepth {
		return fmt.Errorf("XML elements %w: more than %d levels at byte %d", ErrTooDeep, MaxNestingDepth, s.lex.start)
	}
	if s.depth == 0 && s.lex.attrs > maxAttributes {
		return fmt.Errorf("XML root element has %d attributes, more than %d", s.lex.attrs, maxAttributes)
	}
	f := xmlFrame{start: s.lex.start, name: s.lex.name, inScope: s.lex.decls, ns: s.lex.defaultNS}
	if s.depth > 0 {
		parent := &s.stack[s.depth-1]
		f.inScope += parent.inScope
		f.inField = parent.field || parent.inField
		if f.ns == nil {
			f.ns = parent.ns
		}
	} else {
		s.atom = asciiEqualFold(localName(f.name), "feed")
	}
	s.stack[s.depth] = f
	s.depth++
	if s.cutDepth > 0 {
		return nil
	}
	top := &s.stack[s.depth-1]
	top.item = s.isItem()
	if top.item {
		s.items++
	}
	if !top.inField {
		s.elements++
	}
	if top.item && s.items > s.keep || s.elements > s.budget || s.lex.attrs > maxAttributes ||
		top.inField && s.lex.start >= s.fieldEnd {
		if top.item {
			s.cutItems++
		}
		s.startCut()
		return nil
	}
	if top.field = s.isTextField(); top.field {
		s.fieldEnd = s.lex.pos + maxTextFieldMarkup
	}
	s.kept = true
	s.noteText(top)
	if top.item && s.raw != nil {
		top.plain, top.cuts = s.plainItem(), len(s.cuts)
	}
	s.noteHead()
	s.copies += f.inScope
	if s.copies > maxNamespaceCopies {
		return fmt.Errorf("%w: %d declarations in scope at byte %d, more than %d copies over the document",
			errTooManyNamespaces, f.inScope, s.lex.start, maxNamespaceCopies)
	}
	return nil
}

// startCut starts cutting out the element just opened.
func (s *xmlShape) startCut() {
	s.cutDepth = s.depth
	if s.kept || len(s.cuts) == 0 {
		s.cuts = append(s.cuts, span{from: s.lex.start})
	} // else the last cut is extended to the end of this one
}

// isItem says whether the element just opened is where gofeed takes an
// item: a child of the root, or of a channel child of the root.
func (s *xmlShape) isItem() bool {
	name := localName(s.stack[s.depth-1].name)
	if !asciiEqualFold(name, "item") && !asciiEqualFold(name, "entry") {
		return false
	}
	return s.depth == 2 || s.depth == 3 && asciiEqualFold(localName(s.stack[1].name), "channel")
}

// close handles an end tag as encoding/xml does with Strict off: one
// that does not match the open element closes it and is tried again on
// its parent, until one matches (in prefix too, or it is an error) or
// the root is closed, which ends the document for gofeed.
func (s *xmlShape) close() error {
	name := s.lex.name
	for s.depth > 0 {
		top := s.stack[s.depth-1].name
		if !bytes.Equal(localName(top), localName(name)) {
			s.closeTop(s.lex.start)
			if s.depth == 0 {
				return nil
			}
			continue
		}
		if !bytes.Equal(prefixOf(top), prefixOf(name)) {
			return &xmlSyntaxError{off: s.lex.start, msg: fmt.Sprintf("element <%s> closed by </%s>", top, name)}
		}
		s.closeTop(s.lex.pos)
		return nil
	}
	return &xmlSyntaxError{off: s.lex.start, msg: fmt.Sprintf("unexpected end element </%s>", name)}
}

// closeTop closes the open element; end is where it ends, for a cut.
func (s *xmlShape) closeTop(end int) {
	if s.depth == s.cutDepth {
		s.endCut(end)
	} else if s.cutDepth == 0 {
		s.kept = true
		if top := &s.stack[s.depth-1]; top.item {
			s.noteItem(top, end)
		}
	}
	s.depth--
}

func (s *xmlShape) endCut(end int) {
	s.cutDepth, s.kept = 0, false
	s.cuts[len(s.cuts)-1].to = end
}

// cutSpans returns b without the given ascending, disjoint spans.
func cutSpans(b []byte, cuts []span) []byte {
	n := len(b)
	for _, c := range cuts {
		n -= c.to - c.from
	}
	out := make([]byte, 0, n)
	at := 0
	for _, c := range cuts {
		out = append(out, b[at:c.from]...)
		at = c.to
	}
	return append(out, b[at:]...)
}

// asciiEqualFold compares a name with a lower-case ASCII word ignoring
// ASCII case, as gofeed's strings.ToLower does for these words.
func asciiEqualFold(name []byte, word string) bool {
	if len(name) != len(word) {
		return false
	}
	for i := range name {
		c := name[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != word[i] {
			return false
		}
	}
	return true
}
