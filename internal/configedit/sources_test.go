package configedit

import (
	"os"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

var oneSource = []Source{{Name: "new", URL: "https://example.org/feed"}}

func TestAddSources(t *testing.T) {
	tests := []struct {
		name string
		in   string
		add  []Source
		want string
	}{{
		name: "before the comment that introduces the next section",
		in: `# comments ...
server:
  listen: 127.0.0.1:8080
sources:
  # Danish public broadcaster
  - name: dr-udland
    url: https://www.dr.dk/nyheder/service/feeds/udland
  - name: bbc-world
    url: https://feeds.bbci.co.uk/news/world/rss.xml
    interval: 30m     # optional per-source interval

# Topics ...
topics:
  - id: nagorno-karabakh
`,
		want: `# comments ...
server:
  listen: 127.0.0.1:8080
sources:
  # Danish public broadcaster
  - name: dr-udland
    url: https://www.dr.dk/nyheder/service/feeds/udland
  - name: bbc-world
    url: https://feeds.bbci.co.uk/news/world/rss.xml
    interval: 30m     # optional per-source interval
  - name: new
    url: https://example.org/feed

# Topics ...
topics:
  - id: nagorno-karabakh
`,
	}, {
		name: "double quotes like the last item, comment directly before the next key",
		in: `sources:
  - name: "a"            # English
    url: "https://a.example/feed"
# Topics
topics: []
`,
		add: []Source{{"b", "https://b.example/"}, {"c", "https://c.example/?q=1#x"}},
		want: `sources:
  - name: "a"            # English
    url: "https://a.example/feed"
  - name: "b"
    url: "https://b.example/"
  - name: "c"
    url: "https://c.example/?q=1#x"
# Topics
topics: []
`,
	}, {
		name: "single quotes like the last item",
		in:   "sources:\n  - name: 'a'\n    url: 'https://a.example/'\n",
		add:  []Source{{"it's", "https://b.example/"}},
		want: "sources:\n  - name: 'a'\n    url: 'https://a.example/'\n  - name: 'it''s'\n    url: 'https://b.example/'\n",
	}, {
		name: "dash in column 1",
		in:   "sources:\n- name: a\n  url: https://a.example/\ntopics: []\n",
		want: "sources:\n- name: a\n  url: https://a.example/\n- name: new\n  url: https://example.org/feed\ntopics: []\n",
	}, {
		name: "odd indentation",
		in:   "sources:\n   -   name: a\n       url: https://a.example/\n",
		want: "sources:\n   -   name: a\n       url: https://a.example/\n   -   name: new\n       url: https://example.org/feed\n",
	}, {
		name: "dash on a line of its own",
		in:   "sources:\n  -\n    name: a\n    url: https://a.example/\n",
		want: "sources:\n  -\n    name: a\n    url: https://a.example/\n  - name: new\n    url: https://example.org/feed\n",
	}, {
		name: "anchor on the last item",
		in:   "sources:\n  - &a name: a\n    url: https://a.example/\n",
		want: "sources:\n  - &a name: a\n    url: https://a.example/\n  - name: new\n    url: https://example.org/feed\n",
	}, {
		name: "comments indented like the keys belong to the item, commented-out items do not",
		in: `sources:
  - name: a
    url: https://a.example/
    # interval: 5m
  # - name: old
  #   url: https://old.example/
topics: []
`,
		want: `sources:
  - name: a
    url: https://a.example/
    # interval: 5m
  - name: new
    url: https://example.org/feed
  # - name: old
  #   url: https://old.example/
topics: []
`,
	}, {
		name: "literal scalar with blank and comment-like lines",
		in: `sources:
  - name: a
    url: https://a.example/
    note: |
      first

      # not a comment

# next
topics: []
`,
		want: `sources:
  - name: a
    url: https://a.example/
    note: |
      first

      # not a comment
  - name: new
    url: https://example.org/feed

# next
topics: []
`,
	}, {
		name: "literal scalar that keeps its trailing blank lines",
		in:   "sources:\n  - name: a\n    url: https://a.example/\n    note: |+\n      x\n\n# next\ntopics: []\n",
		want: "sources:\n  - name: a\n    url: https://a.example/\n    note: |+\n      x\n\n  - name: new\n    url: https://example.org/feed\n# next\ntopics: []\n",
	}, {
		name: "kept trailing blank lines after an anchor, a tag and a comment",
		in:   "sources:\n  - name: a\n    note: &n !!str |+2 # keep\n      x\n\n# next\n",
		want: "sources:\n  - name: a\n    note: &n !!str |+2 # keep\n      x\n\n  - name: new\n    url: https://example.org/feed\n# next\n",
	}, {
		name: "plain scalar continued on the next line",
		in:   "sources:\n  - name: a\n    url: https://a.example/\n    note: one\n      two\n\ntopics: []\n",
		want: "sources:\n  - name: a\n    url: https://a.example/\n    note: one\n      two\n  - name: new\n    url: https://example.org/feed\n\ntopics: []\n",
	}, {
		name: "nested value in the last item",
		in:   "sources:\n  - name: a\n    url: https://a.example/\n    headers:\n      X-A: b\n\n",
		want: "sources:\n  - name: a\n    url: https://a.example/\n    headers:\n      X-A: b\n  - name: new\n    url: https://example.org/feed\n\n",
	}, {
		name: "tabs after keys and before comments, spaces on a blank line",
		in:   "sources:\n  - name:\ta\n    url:\thttps://a.example/\t# tab\n   \n# next\n",
		want: "sources:\n  - name:\ta\n    url:\thttps://a.example/\t# tab\n  - name: new\n    url: https://example.org/feed\n   \n# next\n",
	}, {
		name: "flow mapping item",
		in:   "sources:\n  - {name: a, url: \"https://a.example/\"}\n",
		want: "sources:\n  - {name: a, url: \"https://a.example/\"}\n  - name: new\n    url: \"https://example.org/feed\"\n",
	}, {
		name: "no line break at the end",
		in:   "sources:\n  - name: a\n    url: https://a.example/",
		want: "sources:\n  - name: a\n    url: https://a.example/\n  - name: new\n    url: https://example.org/feed",
	}, {
		name: "CRLF line breaks",
		in:   "# c\r\nsources:\r\n  - name: a\r\n    url: https://a.example/\r\n\r\ntopics: []\r\n",
		want: "# c\r\nsources:\r\n  - name: a\r\n    url: https://a.example/\r\n  - name: new\r\n    url: https://example.org/feed\r\n\r\ntopics: []\r\n",
	}, {
		name: "document end marker",
		in:   "---\nsources:\n  - name: a\n    url: https://a.example/\n...\n# after\n",
		want: "---\nsources:\n  - name: a\n    url: https://a.example/\n  - name: new\n    url: https://example.org/feed\n...\n# after\n",
	}, {
		name: "missing, appended after a blank line in the layout of topics",
		in:   "server:\n  listen: x\ntopics:\n    -  id: \"t\"\n       any: []\n# end",
		want: "server:\n  listen: x\ntopics:\n    -  id: \"t\"\n       any: []\n# end\n\nsources:\n    -  name: \"new\"\n       url: \"https://example.org/feed\"",
	}, {
		name: "missing, file ends with a blank line",
		in:   "server:\n  listen: x\n\n",
		want: "server:\n  listen: x\n\nsources:\n  - name: new\n    url: https://example.org/feed\n",
	}, {
		name: "empty file",
		in:   "",
		want: "sources:\n  - name: new\n    url: https://example.org/feed\n",
	}, {
		name: "only comments, CRLF",
		in:   "# nothing yet\r\n",
		want: "# nothing yet\r\n\r\nsources:\r\n  - name: new\r\n    url: https://example.org/feed\r\n",
	}, {
		name: "empty value, comment below",
		in:   "sources:  # none\n# Topics\ntopics: []\n",
		want: "sources:  # none\n  - name: new\n    url: https://example.org/feed\n# Topics\ntopics: []\n",
	}, {
		name: "tilde",
		in:   "sources: ~  # none\ntopics: []\n",
		want: "sources:  # none\n  - name: new\n    url: https://example.org/feed\ntopics: []\n",
	}, {
		name: "null at the end without line break",
		in:   "sources: null",
		want: "sources:\n  - name: new\n    url: https://example.org/feed",
	}, {
		name: "empty flow list",
		in:   "sources: [ ]\ntopics:\n- id: t\n",
		want: "sources:\n- name: new\n  url: https://example.org/feed\ntopics:\n- id: t\n",
	}, {
		name: "empty flow list with anchor and tag",
		in:   "sources: &s !!seq []\n",
		want: "sources: &s !!seq\n  - name: new\n    url: https://example.org/feed\n",
	}, {
		name: "values that need quotes",
		in:   "sources:\n  - name: a\n    url: https://a.example/\n",
		add: []Source{
			{"yes", "https://x.example/a #b"},
			{"*star", "&amp: x"},
			{"", "!tag"},
			{"Ærø\tø", "line\nbreak"},
			{"123", "- dash"},
		},
		want: `sources:
  - name: a
    url: https://a.example/
  - name: "yes"
    url: "https://x.example/a #b"
  - name: "*star"
    url: "&amp: x"
  - name: ""
    url: "!tag"
  - name: "Ærø\tø"
    url: "line\nbreak"
  - name: "123"
    url: "- dash"
`,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			add := tt.add
			if add == nil {
				add = oneSource
			}
			got, err := AddSources([]byte(tt.in), add)
			if err != nil {
				t.Fatalf("AddSources: %v", err)
			}
			if string(got) != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
			if want := append(decodeSources(t, tt.in), add...); !slices.Equal(decodeSources(t, string(got)), want) {
				t.Errorf("decoded sources = %q, want %q", decodeSources(t, string(got)), want)
			}
		})
	}
}

func TestAddSourcesErrors(t *testing.T) {
	tests := []struct {
		name, in string
		add      []Source
		want     string
	}{
		{"not YAML", "sources:\n  - name: a\n url: b\n", nil, "config: yaml: line 2: did not find expected key"},
		{"top level list", "- a\n", nil, "config: the top level is a list, not a mapping (line 1)"},
		{"top level scalar", "hello\n", nil, `config: the top level is the value "hello", not a mapping (line 1)`},
		{"top level flow mapping", "{sources: []}\n", nil, "config: the top level is a flow mapping {...} (line 1); edit the file by hand"},
		{"two documents", "a: 1\n---\nb: 2\n", nil, "config: the file holds more than one YAML document"},
		{"mapping", "server: {}\n\nsources:\n  a: b\n", nil, "config: sources is a mapping, not a list (line 4)"},
		{"string", "sources: feeds.txt\n", nil, `config: sources is the value "feeds.txt", not a list (line 1)`},
		{"alias", "x: &l []\nsources: *l\n", nil, "config: sources is an alias (*l), not a list (line 2)"},
		{"flow list", "sources: [{name: a, url: b}]\n", nil,
			`config: sources is a flow-style list [...] (line 1); rewrite it with one "- name:" item per line, then add sources`},
		{"empty flow list across lines", "sources: [\n]\n", nil, "config: cannot find the value of sources on line 1; edit the file by hand"},
		{"invalid UTF-8", "sources:\n", []Source{{"a", "https://a.example/\xff"}}, `config: new source 0 ("a") is not valid UTF-8`},
		{"quoted scalar with a comment-like line", "sources:\n  - name: a\n    url: \"b\n# c\"\n", nil,
			"config: adding the sources as text would change other settings of this file; edit it by hand"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			add := tt.add
			if add == nil {
				add = oneSource
			}
			got, err := AddSources([]byte(tt.in), add)
			if err == nil || err.Error() != tt.want {
				t.Fatalf("AddSources = %q, %v; want error %q", got, err, tt.want)
			}
		})
	}
}

func TestAddNothing(t *testing.T) {
	in := []byte("not: [valid")
	if got, err := AddSources(in, nil); err != nil || string(got) != string(in) {
		t.Errorf("AddSources(nil) = %q, %v; want the input unchanged", got, err)
	}
	if got, err := AddTopics(in, nil); err != nil || string(got) != string(in) {
		t.Errorf("AddTopics(nil) = %q, %v; want the input unchanged", got, err)
	}
}

// TestAddSourcesShippedConfig adds to the config.yaml at the repository
// root: the new item goes right after the line of the last source's URL,
// before the blank line and the next section, and nothing else changes.
func TestAddSourcesShippedConfig(t *testing.T) {
	in, err := os.ReadFile("../../config.yaml")
	if err != nil {
		t.Fatal(err)
	}
	got, err := AddSources(in, oneSource)
	if err != nil {
		t.Fatal(err)
	}
	old := decodeSources(t, string(in))
	if len(old) == 0 {
		t.Fatal("the shipped config has no sources")
	}
	url := strings.LastIndex(string(in), old[len(old)-1].URL)
	at := url + strings.IndexByte(string(in[url:]), '\n') + 1
	before, after := string(in[:at]), string(in[at:])
	if !strings.HasPrefix(string(got), before) || !strings.HasSuffix(string(got), after) {
		t.Fatalf("got\n%s\nwant lines inserted after byte %d of\n%s", got, at, in)
	}
	inserted := strings.TrimSuffix(strings.TrimPrefix(string(got), before), after)
	if want := "  - name: \"new\"\n    url: \"https://example.org/feed\"\n"; inserted != want {
		t.Errorf("inserted %q, want %q", inserted, want)
	}
	if want := append(old, oneSource...); !slices.Equal(decodeSources(t, string(got)), want) {
		t.Errorf("decoded sources = %q, want %q", decodeSources(t, string(got)), want)
	}
}

func decodeSources(t testing.TB, data string) []Source {
	t.Helper()
	var cfg struct{ Sources []Source }
	if err := yaml.Unmarshal([]byte(data), &cfg); err != nil {
		t.Fatalf("decode %q: %v", data, err)
	}
	return cfg.Sources
}

func FuzzAddSources(f *testing.F) {
	f.Add("sources:\n  - name: a\n    url: b\n\ntopics: []\n", "n", "u")
	f.Add("sources: []\n", "n", "u")
	f.Add("a: 1\n", "x y", "#u")
	f.Add("sources:\n  - name: a\n    note: |+\n      x\n\n", "n", "u")
	f.Fuzz(func(t *testing.T, in, name, url string) {
		add := []Source{{name, url}}
		got, err := AddSources([]byte(in), add)
		if err != nil {
			return
		}
		var before struct{ Sources []Source }
		if yaml.Unmarshal([]byte(in), &before) != nil {
			return // sources of another shape, such as items with lists
		}
		if want := append(before.Sources, add...); !slices.Equal(decodeSources(t, string(got)), want) {
			t.Errorf("AddSources(%q) = %q: sources %q, want %q", in, got, decodeSources(t, string(got)), want)
		}
	})
}
