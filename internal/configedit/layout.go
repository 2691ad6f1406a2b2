package configedit

import (
	"strconv"
	"strings"
	"unicode"

	"go.yaml.in/yaml/v3"
)

// regionEnd is the last line that can belong to the value of top-level key
// i: the line before the next key, or before a document marker.
func regionEnd(t text, top *yaml.Node, i int) int {
	end := t.lines()
	if i+2 < len(top.Content) {
		end = top.Content[i+2].Line - 1
	}
	for n := top.Content[i].Line + 1; n <= end; n++ {
		if isDocumentMarker(t.line(n)) {
			return n - 1
		}
	}
	return end
}

// itemEnd is the last line of the last item of the block list seq. After
// the item's last value come its continuation lines and comments indented
// like its keys; a blank line or a less indented comment ends it, as those
// introduce what follows (the next section, or items commented out).
func itemEnd(t text, seq *yaml.Node, last int) int {
	item := seq.Content[len(seq.Content)-1]
	leaf, parent := item, seq
	for len(leaf.Content) > 0 {
		leaf, parent = leaf.Content[len(leaf.Content)-1], leaf
	}
	end := leaf.Line
	if leaf.Kind == yaml.ScalarNode && leaf.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
		end = blockScalarEnd(t, leaf, parent.Column-1, last)
	}
	gap := false
	for n := end + 1; n <= last; n++ {
		line := t.line(n)
		switch {
		case isBlank(line):
			gap = true
		case !isComment(line):
			end, gap = n, false
		case !gap && indentOf(line) >= item.Column-1:
			end = n
		default:
			gap = true
		}
	}
	return end
}

// blockScalarEnd is the last line of the literal or folded scalar s whose
// parent collection is indented by indent: its content is indented more,
// and may look like comments. Trailing blank lines belong to it only when
// it keeps them ("|+").
func blockScalarEnd(t text, s *yaml.Node, indent, last int) int {
	// The header is the rest of the line: anchor and tag, then the
	// indicator such as "|+", then a comment.
	header, _, _ := strings.Cut(t.line(s.Line)[t.offset(s.Line, s.Column)-t.start[s.Line-1]:], " #")
	fields := strings.Fields(header)
	keep := len(fields) > 0 && strings.Contains(fields[len(fields)-1], "+")
	end := s.Line
	for n := s.Line + 1; n <= last; n++ {
		switch line := t.line(n); {
		case isBlank(line):
			if keep {
				end = n
			}
		case indentOf(line) > indent:
			end = n
		default:
			return end
		}
	}
	return end
}

// layout is how the items of a list are written.
type layout struct {
	dash string     // up to and including the dash: "  -"
	sep  string     // between the dash and the first key: " "
	last *yaml.Node // the list's last item, whose quoting new items copy; nil: plain when possible
}

var defaultLayout = layout{dash: "  -", sep: " "}

// items renders entries as list items: the first field on the dash's line,
// the others below it, a field's list as a block list indented by two
// more spaces.
func (l layout) items(add []entry) []string {
	indent := strings.Repeat(" ", len(l.dash)+len(l.sep))
	var lines []string
	for _, e := range add {
		for i, f := range e {
			key := indent + f.key + ":"
			if i == 0 {
				key = l.dash + l.sep + f.key + ":"
			}
			q := quoteOf(l.last, f.key)
			if f.list == nil {
				lines = append(lines, key+" "+quote(f.value, q))
				continue
			}
			lines = append(lines, key)
			for _, v := range f.list {
				lines = append(lines, indent+"  - "+quote(v, q))
			}
		}
	}
	return lines
}

// layoutOf copies the dash column, key column and quoting of the last item
// of the block list seq. Indentation is spaces only: YAML rejects tabs.
func layoutOf(seq *yaml.Node) layout {
	item := seq.Content[len(seq.Content)-1]
	key := item
	if item.Kind == yaml.MappingNode && item.Style&yaml.FlowStyle == 0 && len(item.Content) > 0 {
		key = item.Content[0]
	}
	return layout{
		dash: strings.Repeat(" ", seq.Column-1) + "-",
		sep:  strings.Repeat(" ", max(1, key.Column-seq.Column-1)),
		last: item,
	}
}

// siblingLayout is the layout of the first other top-level block list of
// mappings, so that a new sources list looks like the topics list and a
// new topics list like the sources list.
func siblingLayout(top *yaml.Node) layout {
	for i := 1; i < len(top.Content); i += 2 {
		v := top.Content[i]
		if v.Kind == yaml.SequenceNode && v.Style&yaml.FlowStyle == 0 && len(v.Content) > 0 &&
			v.Content[len(v.Content)-1].Kind == yaml.MappingNode {
			return layoutOf(v)
		}
	}
	return defaultLayout
}

// quoteOf is the quote style of the value of key in item (of its first
// element when the value is a list), or of its first value when it has no
// such key or an empty list; 0 (plain) when item is nil or not a mapping.
func quoteOf(item *yaml.Node, key string) byte {
	if item == nil || item.Kind != yaml.MappingNode || len(item.Content) < 2 {
		return 0
	}
	v := item.Content[1]
	if i := keyIndex(item, key); i >= 0 && (item.Content[i+1].Kind != yaml.SequenceNode || len(item.Content[i+1].Content) > 0) {
		v = item.Content[i+1]
	}
	if v.Kind == yaml.SequenceNode && len(v.Content) > 0 {
		v = v.Content[0]
	}
	switch {
	case v.Style&yaml.DoubleQuotedStyle != 0:
		return '"'
	case v.Style&yaml.SingleQuotedStyle != 0:
		return '\''
	}
	return 0
}

// quote writes s as a YAML scalar that reads back as the string s: in the
// quote style q when it can, plain only when yaml.v3 would write it plain,
// and double-quoted otherwise. Go's escapes in strconv.Quote are all valid
// YAML escapes.
func quote(s string, q byte) string {
	switch q {
	case 0:
		if out, err := yaml.Marshal(s); err == nil && string(out) == s+"\n" {
			return s
		}
	case '\'':
		if strings.IndexFunc(s, func(r rune) bool { return !unicode.IsPrint(r) }) < 0 {
			return "'" + strings.ReplaceAll(s, "'", "''") + "'"
		}
	}
	return strconv.Quote(s)
}
