package aggregator

import (
	"bytes"
	"encoding/json"
	"html"
	"reflect"
	"strconv"
	"strings"

	jsonfeed "github.com/mmcdole/gofeed/json"
)

// parseJSONFeed parses a JSON Feed. When gofeed refuses it for a member
// of the wrong type ("authors" an object, a string where an array
// belongs), the members that do not fit are dropped (fitJSON) and the
// document is parsed again: a malformed field costs that field, not the
// feed.
func parseJSONFeed(body []byte) (*jsonfeed.Feed, error) {
	f, err := (&jsonfeed.Parser{}).Parse(bytes.NewReader(body))
	if err == nil {
		return f, nil
	}
	var doc any
	d := json.NewDecoder(bytes.NewReader(body))
	d.UseNumber()
	if d.Decode(&doc) != nil {
		return nil, err // not JSON at all: gofeed's error says where
	}
	fitted, ok := fitJSON(doc, reflect.TypeFor[jsonfeed.Feed]())
	if !ok {
		return nil, err
	}
	repaired, merr := json.Marshal(fitted)
	if merr != nil {
		return nil, err
	}
	return (&jsonfeed.Parser{}).Parse(bytes.NewReader(repaired))
}

// fitJSON returns v without the object members whose values cannot be
// decoded into the Go type t, and whether v itself can. A number where
// a string belongs becomes a string, as JSON Feed asks of readers for
// item ids.
func fitJSON(v any, t reflect.Type) (any, bool) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if v == nil {
		return nil, true
	}
	switch t.Kind() {
	case reflect.String:
		switch x := v.(type) {
		case string:
			return x, true
		case json.Number:
			return x.String(), true
		}
		return nil, false
	case reflect.Bool:
		_, ok := v.(bool)
		return v, ok
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, ok := v.(json.Number)
		if !ok {
			return nil, false
		}
		_, err := strconv.ParseInt(n.String(), 10, t.Bits())
		return v, err == nil
	case reflect.Slice:
		return fitSlice(v, t.Elem())
	case reflect.Struct:
		m, ok := v.(map[string]any)
		if !ok {
			return nil, false
		}
		return fitStruct(m, t), true
	}
	return v, true // maps and interfaces take any value
}

func fitSlice(v any, elem reflect.Type) (any, bool) {
	list, ok := v.([]any)
	if !ok {
		return nil, false
	}
	out := list[:0]
	for _, e := range list {
		if e, ok := fitJSON(e, elem); ok {
			out = append(out, e)
		}
	}
	return out, true
}

// fitStruct fits each member of m that names a field of t, matching
// names without regard to case as encoding/json does.
func fitStruct(m map[string]any, t reflect.Type) map[string]any {
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" || !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		for k, v := range m {
			if !strings.EqualFold(k, name) {
				continue
			}
			if fitted, ok := fitJSON(v, f.Type); ok {
				m[k] = fitted
			} else {
				delete(m, k)
			}
		}
	}
	return m
}

// jsonTextAsHTML escapes the plain-text members of a JSON Feed's items
// (summary, content_text) as HTML, which is what an item's summary and
// content are from here on: "a <b> c" in content_text is no tag. Titles
// are marked as text instead (customTextTitle).
func jsonTextAsHTML(f *jsonfeed.Feed) {
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		it.Summary = html.EscapeString(it.Summary)
		if it.ContentHTML == "" {
			it.ContentText = html.EscapeString(it.ContentText)
		}
	}
}
