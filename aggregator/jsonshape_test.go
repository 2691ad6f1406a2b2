package aggregator

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestShapeJSON(t *testing.T) {
	tests := []struct {
		name, doc string
		keep, cut int
		want      string
	}{
		{"under keep", `{"items":[1,2]}`, 2, 0, ``},
		{"cut", `{"title":"t", "items": [ {"id":"1"} , {"id":"2"},{"id":"3"} ], "x":1}`, 2, 1,
			`{"title":"t", "items": [{"id":"1"},{"id":"2"}], "x":1}`},
		{"nulls dropped", `{"items":[null, {"a":[null]} ,null]}`, 5, 0, `{"items":[{"a":[null]}]}`},
		{"nulls do not count", `{"items":[null,1,null,2,3]}`, 2, 1, `{"items":[1,2]}`},
		{"key in upper case", `{"ITEMS":[1,2,3]}`, 1, 2, `{"ITEMS":[1]}`},
		{"key escaped", `{"\u0069tems":[1,2,3]}`, 1, 2, `{"\u0069tems":[1]}`},
		{"key with long s", `{"itemſ":[1,2,3]}`, 1, 2, `{"itemſ":[1]}`},
		{"a later items key overrides", `{"items":[1,2,3],"title":"x","Items":[4,5,6]}`, 2, 1, `{"items":[],"title":"x","Items":[4,5]}`},
		{"overridden by null", `{"items":[1,2,3],"items":null}`, 2, 0, `{"items":[],"items":null}`},
		{"nested items key", `{"x":{"items":[1,2,3]},"y":[{"items":[1,2]}]}`, 1, 0, ``},
		{"brackets and commas in strings", `{"items":["a,]b\"[","c","d"]}`, 2, 1, `{"items":["a,]b\"[","c"]}`},
		{"not an items key", `{"item":[1,2,3],"itemss":[1,2,3],"i":"items"}`, 1, 0, ``},
		{"invalid JSON is left to gofeed", `{"items":[1,2,3`, 1, 0, ``},
		{"empty items", `{"items":[ ]}`, 1, 0, ``},
	}
	list := func(n int) string {
		var b strings.Builder
		for i := range n {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, `"%d"`, i)
		}
		return b.String()
	}
	tests = append(tests, []struct {
		name, doc string
		keep, cut int
		want      string
	}{
		{"arrays in items capped", `{"items":[{"tags":[` + list(300) + `],"x":[[` + list(257) + `]]}]}`, 5, 0,
			`{"items":[{"tags":[` + list(maxJSONArray) + `],"x":[[` + list(maxJSONArray) + `]]}]}`},
		{"feed authors capped, items not", `{"authors":[` + list(300) + `],"items":[` + list(300) + `]}`, 1000, 0,
			`{"authors":[` + list(maxJSONArray) + `],"items":[` + list(300) + `]}`},
		{"capped after a cut", `{"items":[{"tags":[` + list(300) + `]},null,2]}`, 1, 1,
			`{"items":[{"tags":[` + list(maxJSONArray) + `]}]}`},
	}...)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, cut, err := shapeJSON([]byte(tt.doc), tt.keep)
			if tt.want == "" {
				tt.want = tt.doc
			}
			if err != nil || string(got) != tt.want || cut != tt.cut {
				t.Errorf("got %s, %d cut, %v\nwant %s, %d cut", got, cut, err, tt.want, tt.cut)
			}
		})
	}
}

func TestShapeJSONRefusesDeepNesting(t *testing.T) {
	for _, doc := range []string{
		`{"items":[{"x":` + strings.Repeat("[", 10_000) + strings.Repeat("]", 10_000) + `}]}`,
		`{"a":` + strings.Repeat(`{"a":`, 64) + `1` + strings.Repeat("}", 65),
	} {
		_, _, err := shapeJSON([]byte(doc), 10)
		if !errors.Is(err, ErrTooDeep) || !strings.HasPrefix(err.Error(), "JSON nested too deep: more than 64 levels at byte ") {
			t.Errorf("%.30s...: %v", doc, err)
		}
	}
	ok := `{"a":` + strings.Repeat(`{"a":`, 63) + `1` + strings.Repeat("}", 64)
	if _, _, err := shapeJSON([]byte(ok), 10); err != nil {
		t.Errorf("64 levels: %v", err)
	}
}

// TestParseFeedJSONItemsKeys checks that the keys shapeJSON takes for
// "items" are those gofeed's decoder takes: each spelling's five items
// are parsed, four cut or dropped.
func TestParseFeedJSONItemsKeys(t *testing.T) {
	var items []string
	for i := range 5 {
		items = append(items, fmt.Sprintf(`{"id":"%d","date_published":"2026-01-0%dT00:00:00Z"}`, i, i+1))
	}
	for _, key := range []string{"items", "ITEMS", `\u0069tems`, "Itemſ", `ite\u004ds`} {
		t.Run(key, func(t *testing.T) {
			doc := `{"version":"https://jsonfeed.org/version/1.1","` + key + `":[` + strings.Join(items, ",") + `]}`
			f, err := ParseFeed([]byte(doc), "", 1)
			if err != nil || len(f.Items) != 1 || f.Dropped != 4 || f.Items[0].GUID != "3" {
				t.Fatalf("%+v, %v: want item 3 kept, 4 dropped", f, err)
			}
		})
	}
}

// FuzzShapeJSON checks that shapeJSON leaves valid JSON valid, gives
// gofeed at most keep items, the first ones that are not null, and
// refuses only documents nested deeper than MaxNestingDepth.
func FuzzShapeJSON(f *testing.F) {
	f.Add(fixture(f, "json-zh.json"), 1)
	for _, s := range []string{
		`{"items":[1,null,{"tags":["a","b"]}],"ITEMS":[{"id":"x"},{"id":"y"},{"id":"z"}],"authors":[{}]}`,
		`{"\u0069tems":[{"id":"a\"]"},{"id":"b"}], "x": {"items": [[[]]]}}`,
	} {
		f.Add([]byte(s), 2)
	}
	f.Fuzz(func(t *testing.T, doc []byte, keep int) {
		keep = 1 + keep&7
		out, _, err := shapeJSON(doc, keep)
		if err != nil {
			if !errors.Is(err, ErrTooDeep) {
				t.Fatalf("refused %v", err)
			}
			return
		}
		if !json.Valid(doc) {
			return
		}
		if !json.Valid(out) {
			t.Fatalf("%s became %s", doc, out)
		}
		var before, after struct{ Items []json.RawMessage }
		if json.Unmarshal(doc, &before) != nil || json.Unmarshal(out, &after) != nil {
			return
		}
		var want []json.RawMessage
		for _, it := range before.Items {
			if string(it) != "null" && len(want) < keep {
				want = append(want, it)
			}
		}
		if len(after.Items) != len(want) {
			t.Fatalf("%d items of %s kept, want %d", len(after.Items), doc, len(want))
		}
	})
}
