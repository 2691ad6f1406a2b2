package configedit

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// topList is a top-level list of mappings in config.yaml that gets items.
type topList struct {
	key  string // the list's key: "sources"
	noun string // one item, in messages: "source"
}

// entry is a mapping to append to a list: its fields in the order they are
// written.
type entry []field

// field is a key with a string value, or with a list of strings when list
// is not nil.
type field struct {
	key, value string
	list       []string
}

// decoded is e as yaml.v3 decodes it.
func (e entry) decoded() map[string]any {
	m := map[string]any{}
	for _, f := range e {
		if f.list == nil {
			m[f.key] = f.value
			continue
		}
		var l []any
		for _, v := range f.list {
			l = append(l, v)
		}
		m[f.key] = l
	}
	return m
}

// validUTF8 reports whether every value of e is valid UTF-8.
func (e entry) validUTF8() bool {
	for _, f := range e {
		if !utf8.ValidString(f.value) || slices.ContainsFunc(f.list, func(s string) bool { return !utf8.ValidString(s) }) {
			return false
		}
	}
	return true
}

// appendItems returns data with add appended to the end of the list l, as
// AddSources describes. add is not empty, and each entry has a field.
func appendItems(data []byte, l topList, add []entry) ([]byte, error) {
	for i, e := range add {
		if !e.validUTF8() {
			return nil, fmt.Errorf("config: new %s %d (%q) is not valid UTF-8", l.noun, i, e[0].value)
		}
	}
	root, err := parseDocument(data)
	if err != nil {
		return nil, err
	}
	edits, err := plan(newText(data), root, l, add)
	if err != nil {
		return nil, err
	}
	out := apply(data, edits)
	if err := verify(data, out, l, add); err != nil {
		return nil, err
	}
	return out, nil
}

// parseDocument returns the top-level mapping of data, or nil when data
// holds no document (empty or only comments).
func parseDocument(data []byte) (*yaml.Node, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("config: %w", err)
	}
	var next yaml.Node
	if err := dec.Decode(&next); !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("config: the file holds more than one YAML document")
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return nil, nil
	}
	top := doc.Content[0]
	switch {
	case top.Kind == yaml.ScalarNode && top.Tag == "!!null":
		return nil, nil
	case top.Kind != yaml.MappingNode:
		return nil, fmt.Errorf("config: the top level is %s, not a mapping (line %d)", describe(top), top.Line)
	case top.Style&yaml.FlowStyle != 0:
		return nil, fmt.Errorf("config: the top level is a flow mapping {...} (line %d); edit the file by hand", top.Line)
	}
	return top, nil
}

// plan returns the edits that add the items to the list l.
func plan(t text, top *yaml.Node, l topList, add []entry) ([]edit, error) {
	if top == nil {
		return []edit{appendBlock(t, defaultLayout, l, add)}, nil
	}
	i := keyIndex(top, l.key)
	if i < 0 {
		return []edit{appendBlock(t, siblingLayout(top), l, add)}, nil
	}
	val := top.Content[i+1]
	switch {
	case val.Kind == yaml.SequenceNode && val.Style&yaml.FlowStyle == 0:
		end := itemEnd(t, val, regionEnd(t, top, i))
		return []edit{t.insertAfter(end, layoutOf(val).items(add))}, nil
	case val.Kind == yaml.SequenceNode && len(val.Content) > 0:
		return nil, fmt.Errorf("config: %s is a flow-style list [...] (line %d); "+
			"rewrite it with one \"- %s:\" item per line, then add %s", l.key, val.Line, add[0][0].key, l.key)
	case val.Kind == yaml.SequenceNode, val.Kind == yaml.ScalarNode && val.Tag == "!!null":
		return replaceEmpty(t, val, siblingLayout(top), l, add)
	}
	return nil, fmt.Errorf("config: %s is %s, not a list (line %d)", l.key, describe(val), val.Line)
}

// appendBlock adds the list's key at the end of the file, after a blank
// line.
func appendBlock(t text, lay layout, l topList, add []entry) edit {
	lines := append([]string{l.key + ":"}, lay.items(add)...)
	if n := t.lines(); n > 0 && !isBlank(t.line(n)) {
		lines = append([]string{""}, lines...)
	}
	return t.insertAfter(t.lines(), lines)
}

// replaceEmpty removes the value of an empty list's key (~, null or []),
// keeping any comment after it, and puts a block list below it.
func replaceEmpty(t text, val *yaml.Node, lay layout, l topList, add []entry) ([]edit, error) {
	insert := t.insertAfter(val.Line, lay.items(add))
	token := val.Value
	if val.Kind == yaml.SequenceNode {
		token = "[]"
	}
	if token == "" {
		return []edit{insert}, nil
	}
	start, end := findToken(t.data, t.offset(val.Line, val.Column), token)
	if end < 0 {
		return nil, fmt.Errorf("config: cannot find the value of %s on line %d; edit the file by hand", l.key, val.Line)
	}
	for start > t.start[val.Line-1] && (t.data[start-1] == ' ' || t.data[start-1] == '\t') {
		start--
	}
	return []edit{{start, end, ""}, insert}, nil
}

// findToken returns where token is in data[at:], after the anchor and tag
// that may come first, or end -1 when it is not there. The token "[]" may
// have spaces inside.
func findToken(data []byte, at int, token string) (start, end int) {
	rest := data[at:]
	for len(rest) > 0 && (rest[0] == '&' || rest[0] == '!') {
		if i := bytes.IndexAny(rest, " \t\r\n"); i > 0 {
			rest = bytes.TrimLeft(rest[i:], " \t")
		} else {
			return 0, -1
		}
	}
	start = len(data) - len(rest)
	if token != "[]" {
		if !bytes.HasPrefix(rest, []byte(token)) {
			return 0, -1
		}
		return start, start + len(token)
	}
	if len(rest) == 0 || rest[0] != '[' {
		return 0, -1
	}
	inner := bytes.TrimLeft(rest[1:], " \t")
	if len(inner) == 0 || inner[0] != ']' {
		return 0, -1
	}
	return start, len(data) - len(inner) + 1
}

// verify checks that out decodes to in with add appended to the list l: a
// guard against odd files whose structure the line-based edit misjudged.
func verify(in, out []byte, l topList, add []entry) error {
	var want, got map[string]any
	if err := yaml.Unmarshal(in, &want); err != nil {
		return fmt.Errorf("config: %w", err)
	}
	if want == nil {
		want = map[string]any{}
	}
	items, _ := want[l.key].([]any)
	for _, e := range add {
		items = append(items, e.decoded())
	}
	want[l.key] = items
	err := yaml.Unmarshal(out, &got)
	w, _ := yaml.Marshal(want)
	g, _ := yaml.Marshal(got)
	if err != nil || !bytes.Equal(w, g) {
		return fmt.Errorf("config: adding the %s as text would change other settings of this file; edit it by hand", l.key)
	}
	return nil
}

func keyIndex(m *yaml.Node, key string) int {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return i
		}
	}
	return -1
}

// describe names the kind of n for error messages.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias (*" + n.Value + ")"
	}
	return fmt.Sprintf("the value %q", n.Value)
}
