package aggregator

import (
	"bytes"
	"regexp"
)

// A document may declare entities of its own in its DOCTYPE's internal
// subset (<!ENTITY site "Example News">) and use them in its text
// (&site;). gofeed's decoder knows only XML's and HTML's entities, so
// expandEntities replaces the document's own before it parses. Only
// plain text values are expanded, each once: a value with markup or
// another entity reference in it is left alone, which also rules out
// "billion laughs" documents whose entities expand into each other. At
// most maxEntities are declared and the expansion adds at most the
// document's own size, else nothing is expanded.

const maxEntities = 64

var (
	doctypeSubset = regexp.MustCompile(`(?s)^\s*(?:<\?xml[^>]*\?>)?\s*(?:<!--.*?-->\s*)*<!DOCTYPE\s+[^\[>]*\[(.*?)\]\s*>`)
	entityDecl    = regexp.MustCompile(`<!ENTITY\s+([A-Za-z_][-A-Za-z0-9._]*)\s+(?:"([^"&<%]*)"|'([^'&<%]*)')\s*>`)
)

// expandEntities returns body with the references to the internal
// entities its DOCTYPE declares replaced by their values.
func expandEntities(body []byte) []byte {
	if !bytes.Contains(body, []byte("<!ENTITY")) {
		return body
	}
	head := body[:min(len(body), 64<<10)]
	m := doctypeSubset.FindSubmatchIndex(head)
	if m == nil {
		return body
	}
	decls := entityDecl.FindAllSubmatch(head[m[2]:m[3]], maxEntities+1)
	if len(decls) == 0 || len(decls) > maxEntities {
		return body
	}
	rest := body[m[1]:]
	pairs := make([][2][]byte, 0, len(decls))
	grow := 0
	for _, d := range decls {
		value := d[2]
		if value == nil {
			value = d[3]
		}
		ref := append(append([]byte{'&'}, d[1]...), ';')
		grow += bytes.Count(rest, ref) * len(value)
		pairs = append(pairs, [2][]byte{ref, value})
	}
	if grow > len(body) {
		return body
	}
	out := bytes.Clone(rest)
	for _, p := range pairs {
		out = bytes.ReplaceAll(out, p[0], p[1])
	}
	return append(bytes.Clone(body[:m[1]]), out...)
}
