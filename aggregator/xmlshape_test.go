package aggregator

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html/charset"
)

func TestShapeXMLCuts(t *testing.T) {
	tests := []struct {
		name, doc string
		keep, cut int
		want      string
	}{
		{"rss under keep", `<rss><channel><item>1</item><item>2</item></channel></rss>`, 2, 0,
			`<rss><channel><item>1</item><item>2</item></channel></rss>`},
		{"rss channel items", `<rss><channel><title>t</title><item>1</item> <item>2</item>
			<item><title>3</title></item><ttl>5</ttl></channel></rss>`, 1, 2,
			`<rss><channel><title>t</title><item>1</item> <ttl>5</ttl></channel></rss>`},
		{"rdf items beside the channel", `<rdf:RDF><channel><items/></channel><item>1</item><item>2</item><item/></rdf:RDF>`, 1, 2,
			`<rdf:RDF><channel><items/></channel><item>1</item></rdf:RDF>`},
		{"atom entries, any case", `<feed><title>t</title><entry>1</entry><ENTRY>2</ENTRY><Entry/></feed>`, 1, 2,
			`<feed><title>t</title><entry>1</entry></feed>`},
		{"items kept apart by a tag stay apart", `<rss><channel><item>1</item><item>2</item><x/><item>3</item></channel></rss>`, 1, 2,
			`<rss><channel><item>1</item><x/></channel></rss>`},
		{"nested item is not an item", `<rss><channel><item><item>a</item></item><x><item>b</item></x></channel></rss>`, 1, 0,
			`<rss><channel><item><item>a</item></item><x><item>b</item></x></channel></rss>`},
		{"markup hidden from the decoder", `<rss><channel><item>1</item><!-- <item> --><![CDATA[<item>]]><?pi <item>?>` +
			`<x a="&lt;item&gt;" b='>'/></channel></rss>`, 1, 0, ``},
		{"item closed by its parent's end tag", `<rss><channel><item>1</item><item>2</channel><x/></rss>`, 1, 1,
			`<rss><channel><item>1</item></channel><x/></rss>`},
		{"after the root, nothing is read", `<rss><channel><item>1</item></channel></rss><item>2</item><<<`, 0, 1,
			`<rss><channel></channel></rss><item>2</item><<<`},
		{"unclosed item cut to the end", `<rss><channel><item>1</item><item>2`, 1, 1, `<rss><channel><item>1</item></channel></rss>`},
		{"truncated: the item cut short is left out, the rest closed", `<rss><channel><item>1</item><item><title>2</ti`, 5, 1, `<rss><channel><item>1</item></channel></rss>`},
		{"truncated in a tag after the items", `<feed><entry>1</entry><entry>2</entry><lin`, 5, 0, `<feed><entry>1</entry><entry>2</entry></feed>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, cut, err := shapeXML([]byte(tt.doc), tt.keep)
			if tt.want == "" {
				tt.want = tt.doc
			}
			if err != nil || string(got) != tt.want || cut != tt.cut {
				t.Errorf("got %q, %d cut, %v\nwant %q, %d cut", got, cut, err, tt.want, tt.cut)
			}
		})
	}
}

func TestShapeXMLRefuses(t *testing.T) {
	deep := `<rss><channel><item>` + strings.Repeat("<a>", 100_000) + "x" + strings.Repeat("</a>", 100_000) + `</item></channel></rss>`
	// Ten levels of 200 declarations each, then elements under them.
	var ns strings.Builder
	for level := range 10 {
		ns.WriteString("<a")
		for i := range 200 {
			fmt.Fprintf(&ns, ` xmlns:p%d_%d="urn:%d"`, level, i, i)
		}
		ns.WriteString(">")
	}
	ns.WriteString(strings.Repeat("<x/>", 2100))
	tests := []struct{ name, doc, want string }{
		{"100,000 levels", deep, "XML elements nested too deep: more than 64 levels at byte 203"},
		{"65 levels", strings.Repeat("<a>", 65), "XML elements nested too deep: more than 64 levels at byte 192"},
		{"namespaces in scope at every element", ns.String(),
			"XML namespace declarations too costly to parse: 2000 declarations in scope at byte 52194, more than 4194304 copies over the document"},
		{"root with too many attributes", "<rss" + strings.Repeat(` a=""`, 300) + "/>", "XML root element has 300 attributes, more than 256"},
		{"encoding switched mid-stream", `<rss><?xml version="1.0" encoding="iso-2022-jp"?><channel/></rss>`,
			`XML declaration at byte 5 switches the encoding to "iso-2022-jp"`},
		{"end tag in another prefix", `<rss><a:x></b:x></rss>`, "invalid XML at byte 10: element <a:x> closed by </b:x>"},
		{"bad comment", `<rss><!-- a -- b --></rss>`, `invalid XML at byte 5: invalid sequence "--" not allowed in comments`},
		{"< in attribute", `<rss a="<"></rss>`, "invalid XML at byte 0: unescaped < inside quoted string"},
		{"quote without =", `<rss a"b"></rss>`, "invalid XML at byte 0: expected attribute name in element"},
		{"two colons", `<rss><a:b:c/></rss>`, "invalid XML at byte 5: expected element name after <"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := shapeXML([]byte(tt.doc), 10)
			if err == nil || err.Error() != tt.want {
				t.Errorf("got %v\nwant %s", err, tt.want)
			}
		})
	}
	if _, _, err := shapeXML([]byte(deep), 10); !errors.Is(err, ErrTooDeep) {
		t.Errorf("nesting error %v is not ErrTooDeep", err)
	}
}

// FuzzXMLLexer holds shapeXML to what gofeed's decoder, encoding/xml with
// Strict off, reads from the same bytes: the same elements at the same
// depths, so that its limits hold for what gofeed parses; a syntax error
// only where the decoder fails too; and a cut that leaves a document the
// decoder reads as well as the original, with no item past those kept.
func FuzzXMLLexer(f *testing.F) {
	for _, name := range []string{"rss2-en.xml", "rdf-de.xml", "atom-hy-ru.xml", "cp1251-ru.xml"} {
		f.Add(fixture(f, name))
	}
	for _, s := range []string{
		`<!DOCTYPE rss [<!ENTITY e "<item>"> <!-- ]> --> ]><rss><channel><item/><item/></channel></rss>`,
		`<rss><channel><foo><channel></foo><item/><item/></channel></rss>`,
		`<rss><channel><a:item xmlns:a="u"/><item a=b c/><item a='>'/></channel></rss>`,
		`<rss><channel><item><x></y></item><item/></channel></rss>`,
		`<feed><entry/><entry><![CDATA[</entry>]]></entry><!-- -- --><entry/></feed>`,
		strings.Repeat("<a>", 70),
		`<feed xmlns="http://www.w3.org/2005/Atom"><content xmlns="urn:x"><a/></content><entry><summary xmlns><b/></summary>` +
			`<content xmlns="&#104;ttp://www.w3.org/2005/Atom"/><x:title xmlns:x="u"/></entry></feed>`,
		`<rss><channel><description xmlns=urn><a/></description><item><title xmlns=''/></item></channel></rss>`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		doc = dropControlBytes(doc)
		want, spaces, werr := decoderElements(doc)
		var got []string
		var fields []int
		s := &xmlShape{lex: xmlLexer{b: doc}, keep: len(doc), budget: len(doc)}
		err := s.walk(func(depth int, f *xmlFrame) {
			if f.field {
				fields = append(fields, len(got))
			}
			got = append(got, fmt.Sprint(depth, string(localName(f.name))))
		})
		var syntax *xmlSyntaxError
		if errors.As(err, &syntax) && werr == nil {
			t.Fatalf("shapeXML refuses %v, the decoder reads %v", err, want)
		}
		if len(want) > len(got) && err == nil {
			t.Fatalf("the decoder reads %d elements, shapeXML %d", len(want), len(got))
		}
		for i := range min(len(want), len(got)) {
			if want[i] != got[i] {
				t.Fatalf("element %d: decoder %s, shapeXML %s", i, want[i], got[i])
			}
		}
		native := append([]string{""}, rssNamespaces...)
		if s.atom {
			native = append([]string{""}, atomNamespaces...)
		}
		for _, i := range fields {
			if i < len(spaces) && !slices.Contains(native, spaces[i]) {
				t.Fatalf("element %d (%s) taken as a text field, in namespace %q", i, got[i], spaces[i])
			}
		}
		if err != nil || werr != nil {
			return
		}
		cut, n, err := shapeXML(doc, 1)
		if err != nil {
			t.Fatalf("cut: %v", err)
		}
		if s.items > 1 && n != s.items-1 {
			t.Fatalf("%d items, %d cut", s.items, n)
		}
		if _, _, err := decoderElements(cut); err != nil {
			t.Fatalf("the cut document %q does not decode: %v", cut, err)
		}
		again := &xmlShape{lex: xmlLexer{b: cut}, keep: len(cut)}
		if err := again.walk(nil); err != nil || again.items > 1 {
			t.Fatalf("the cut document %q has %d items (%v)", cut, again.items, err)
		}
	})
}

// decoderElements lists the depth and local name of each element gofeed's
// decoder reads, up to the end of the root, and their namespaces; the
// error is the decoder's, or io.ErrUnexpectedEOF for a document that ends
// before its root does.
func decoderElements(doc []byte) (elements, spaces []string, err error) {
	d := xml.NewDecoder(bytes.NewReader(doc))
	d.Strict = false
	d.CharsetReader = charset.NewReaderLabel
	depth := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return elements, spaces, io.ErrUnexpectedEOF
		}
		if err != nil {
			return elements, spaces, err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			depth++
			elements = append(elements, fmt.Sprint(depth, tok.Name.Local))
			spaces = append(spaces, strings.TrimSpace(tok.Name.Space))
		case xml.EndElement:
			if depth--; depth == 0 {
				return elements, spaces, nil
			}
		}
	}
}
