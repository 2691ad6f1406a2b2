package configedit

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// Source is one item of the sources list of config.yaml.
type Source struct{ Name, URL string }

// AddSources returns data, a config.yaml, with add appended to the end of
// its top-level sources list. The items are inserted as text, in the
// indentation and quoting of the list's last item, so that the rest of the
// file stays byte for byte as it was. A missing sources key is appended at
// the end of the file; an empty one (sources:, sources: ~, sources: []) gets
// a block list. A non-empty flow list (sources: [{...}]) is an error: it
// has to be rewritten by hand. AddSources does not validate names or URLs;
// run the config check on the result. With nothing to add it returns data.
func AddSources(data []byte, add []Source) ([]byte, error) {
	if len(add) == 0 {
		return data, nil
	}
	for i, s := range add {
		if !utf8.ValidString(s.Name) || !utf8.ValidString(s.URL) {
			return nil, fmt.Errorf("config: new source %d (%q) is not valid UTF-8", i, s.Name)
		}
	}
	root, err := parseDocument(data)
	if err != nil {
		return nil, err
	}
	edits, err := plan(newText(data), root, add)
	if err != nil {
		return nil, err
	}
	out := apply(data, edits)
	if err := verify(data, out, add); err != nil {
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

// plan returns the edits that add the sources.
func plan(t text, top *yaml.Node, add []Source) ([]edit, error) {
	if top == nil {
		return []edit{appendBlock(t, defaultLayout, add)}, nil
	}
	i := keyIndex(top, "sources")
	if i < 0 {
		return []edit{appendBlock(t, siblingLayout(top), add)}, nil
	}
	val := top.Content[i+1]
	switch {
	case val.Kind == yaml.SequenceNode && val.Style&yaml.FlowStyle == 0:
		end := itemEnd(t, val, regionEnd(t, top, i))
		return []edit{t.insertAfter(end, layoutOf(val).items(add))}, nil
	case val.Kind == yaml.SequenceNode && len(val.Content) > 0:
		return nil, fmt.Errorf("config: sources is a flow-style list [...] (line %d); "+
			"rewrite it with one \"- name:\" item per line, then add sources", val.Line)
	case val.Kind == yaml.SequenceNode, val.Kind == yaml.ScalarNode && val.Tag == "!!null":
		return replaceEmpty(t, val, siblingLayout(top), add)
	}
	return nil, fmt.Errorf("config: sources is %s, not a list (line %d)", describe(val), val.Line)
}

// appendBlock adds a sources key at the end of the file, after a blank line.
func appendBlock(t text, l layout, add []Source) edit {
	lines := append([]string{"sources:"}, l.items(add)...)
	if n := t.lines(); n > 0 && !isBlank(t.line(n)) {
		lines = append([]string{""}, lines...)
	}
	return t.insertAfter(t.lines(), lines)
}

// replaceEmpty removes the value of an empty sources key (~, null or []),
// keeping any comment after it, and puts a block list below it.
func replaceEmpty(t text, val *yaml.Node, l layout, add []Source) ([]edit, error) {
	insert := t.insertAfter(val.Line, l.items(add))
	token := val.Value
	if val.Kind == yaml.SequenceNode {
		token = "[]"
	}
	if token == "" {
		return []edit{insert}, nil
	}
	start, end := findToken(t.data, t.offset(val.Line, val.Column), token)
	if end < 0 {
		return nil, fmt.Errorf("config: cannot find the value of sources on line %d; edit the file by hand", val.Line)
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

// verify checks that out decodes to in with add appended to its sources: a
// guard against odd files whose structure the line-based edit misjudged.
func verify(in, out []byte, add []Source) error {
	var want, got map[string]any
	if err := yaml.Unmarshal(in, &want); err != nil {
		return fmt.Errorf("config: %w", err)
	}
	if want == nil {
		want = map[string]any{}
	}
	list, _ := want["sources"].([]any)
	for _, s := range add {
		list = append(list, map[string]any{"name": s.Name, "url": s.URL})
	}
	want["sources"] = list
	err := yaml.Unmarshal(out, &got)
	w, _ := yaml.Marshal(want)
	g, _ := yaml.Marshal(got)
	if err != nil || !bytes.Equal(w, g) {
		return errors.New("config: adding the sources as text would change other settings of this file; edit it by hand")
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
