package configedit

import (
	"os"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

var oneTopic = []Topic{{ID: "news", Title: "News", Sources: []string{"a", "b"}}}

func TestAddTopics(t *testing.T) {
	tests := []struct {
		name string
		in   string
		add  []Topic
		want string
	}{{
		name: "after a block list in the last item, before the comment of the next section",
		in: `sources:
  - name: a
    url: https://a.example/
topics:
  - id: nk
    any:
      - Karabakh   # the region
      - Artsakh
    # none: [x]

# Logging
log:
  level: info
`,
		want: `sources:
  - name: a
    url: https://a.example/
topics:
  - id: nk
    any:
      - Karabakh   # the region
      - Artsakh
    # none: [x]
  - id: news
    title: News
    sources:
      - a
      - b

# Logging
log:
  level: info
`,
	}, {
		name: "quoting of the last item, its sources list's quoting for source names",
		in:   "topics:\n  - id: \"nk\"\n    title: \"NK\"\n    sources: ['a']\n",
		add:  []Topic{{ID: "world", Title: "News: World", Sources: []string{"a", "b"}}},
		want: "topics:\n  - id: \"nk\"\n    title: \"NK\"\n    sources: ['a']\n" +
			"  - id: \"world\"\n    title: \"News: World\"\n    sources:\n      - 'a'\n      - 'b'\n",
	}, {
		name: "titles that need quotes in a plain list",
		in:   "topics:\n- id: nk\n  any: [x]\n",
		add: []Topic{
			{ID: "yes", Title: "News: World", Sources: []string{"a"}},
			{ID: "hash", Title: "#1 & *stars*", Sources: []string{"b"}},
		},
		want: "topics:\n- id: nk\n  any: [x]\n" +
			"- id: \"yes\"\n  title: \"News: World\"\n  sources:\n    - a\n" +
			"- id: hash\n  title: \"#1 & *stars*\"\n  sources:\n    - b\n",
	}, {
		name: "flow mapping item",
		in:   "topics:\n  - {id: nk, any: [Karabakh]}\n# end\n",
		want: "topics:\n  - {id: nk, any: [Karabakh]}\n  - id: news\n    title: News\n    sources:\n      - a\n      - b\n# end\n",
	}, {
		name: "empty key with a comment",
		in:   "sources:\n  - name: a\n    url: https://a.example/\ntopics:   # none yet\n\nlog: {level: info}\n",
		want: "sources:\n  - name: a\n    url: https://a.example/\ntopics:   # none yet\n" +
			"  - id: news\n    title: News\n    sources:\n      - a\n      - b\n\nlog: {level: info}\n",
	}, {
		name: "empty flow list, layout of the sources list",
		in:   "sources:\n    - name: \"a\"\n      url: \"https://a.example/\"\ntopics: []\n",
		want: "sources:\n    - name: \"a\"\n      url: \"https://a.example/\"\ntopics:\n" +
			"    - id: \"news\"\n      title: \"News\"\n      sources:\n        - \"a\"\n        - \"b\"\n",
	}, {
		name: "tilde at the end without a line break",
		in:   "topics: ~",
		want: "topics:\n  - id: news\n    title: News\n    sources:\n      - a\n      - b",
	}, {
		name: "no topics key: appended after a blank line",
		in:   "# my feeds\nsources:\n- name: a\n  url: https://a.example/\n# end of sources\n",
		want: "# my feeds\nsources:\n- name: a\n  url: https://a.example/\n# end of sources\n\n" +
			"topics:\n- id: news\n  title: News\n  sources:\n    - a\n    - b\n",
	}, {
		name: "empty file",
		in:   "",
		want: "topics:\n  - id: news\n    title: News\n    sources:\n      - a\n      - b\n",
	}, {
		name: "CRLF line breaks",
		in:   "topics:\r\n  - id: nk\r\n    any: [x]\r\n\r\n# end\r\n",
		want: "topics:\r\n  - id: nk\r\n    any: [x]\r\n  - id: news\r\n    title: News\r\n    sources:\r\n      - a\r\n      - b\r\n\r\n# end\r\n",
	}, {
		name: "several topics",
		in:   "topics:\n  - id: nk\n",
		add: []Topic{
			{ID: "news", Title: "News", Sources: []string{"a"}},
			{ID: "news-world", Title: "News / World", Sources: []string{"b", "c"}},
		},
		want: "topics:\n  - id: nk\n" +
			"  - id: news\n    title: News\n    sources:\n      - a\n" +
			"  - id: news-world\n    title: News / World\n    sources:\n      - b\n      - c\n",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			add := tt.add
			if add == nil {
				add = oneTopic
			}
			got, err := AddTopics([]byte(tt.in), add)
			if err != nil {
				t.Fatalf("AddTopics: %v", err)
			}
			if string(got) != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
			if want := append(decodeTopics(t, tt.in), add...); !equalTopics(decodeTopics(t, string(got)), want) {
				t.Errorf("decoded topics = %q, want %q", decodeTopics(t, string(got)), want)
			}
		})
	}
}

func TestAddTopicsErrors(t *testing.T) {
	tests := []struct {
		name, in string
		add      []Topic
		want     string
	}{
		{"flow list", "topics: [{id: nk}]\n", nil,
			`config: topics is a flow-style list [...] (line 1); rewrite it with one "- id:" item per line, then add topics`},
		{"mapping", "topics:\n  nk: {}\n", nil, "config: topics is a mapping, not a list (line 2)"},
		{"no sources", "topics: []\n", []Topic{{ID: "all", Title: "All"}}, `config: new topic 0 ("all") has no sources`},
		{"invalid UTF-8", "topics: []\n", []Topic{{ID: "x", Title: "a\xff", Sources: []string{"a"}}}, `config: new topic 0 ("x") is not valid UTF-8`},
		{"invalid UTF-8 in a source", "topics: []\n", []Topic{{ID: "x", Title: "X", Sources: []string{"\xff"}}}, `config: new topic 0 ("x") is not valid UTF-8`},
		{"quoted scalar with a comment-like line", "topics:\n  - id: a\n    title: \"b\n# c\"\n", nil,
			"config: adding the topics as text would change other settings of this file; edit it by hand"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			add := tt.add
			if add == nil {
				add = oneTopic
			}
			got, err := AddTopics([]byte(tt.in), add)
			if err == nil || err.Error() != tt.want {
				t.Fatalf("AddTopics = %q, %v; want error %q", got, err, tt.want)
			}
		})
	}
}

// TestAddTopicsShippedConfig adds sources and then a topic to the
// config.yaml at the repository root: the topic goes at the end, after the
// last topic's last line, and nothing else changes.
func TestAddTopicsShippedConfig(t *testing.T) {
	in, err := os.ReadFile("../../config.yaml")
	if err != nil {
		t.Fatal(err)
	}
	withSources, err := AddSources(in, oneSource)
	if err != nil {
		t.Fatal(err)
	}
	add := []Topic{{ID: "imported", Title: "Imported", Sources: []string{"new"}}}
	got, err := AddTopics(withSources, add)
	if err != nil {
		t.Fatal(err)
	}
	want := string(withSources) + "  - id: \"imported\"\n    title: \"Imported\"\n    sources:\n      - \"new\"\n"
	if !strings.HasSuffix(string(withSources), "\n") || string(got) != want {
		t.Errorf("got the shipped config with\n%s\nat its end", strings.TrimPrefix(string(got), string(withSources)))
	}
	if want := append(decodeTopics(t, string(in)), add...); !equalTopics(decodeTopics(t, string(got)), want) {
		t.Errorf("decoded topics = %q, want %q", decodeTopics(t, string(got)), want)
	}
}

// decodeTopics returns the ids, titles and sources of the topics in data.
func decodeTopics(t testing.TB, data string) []Topic {
	t.Helper()
	var cfg struct{ Topics []Topic }
	if err := yaml.Unmarshal([]byte(data), &cfg); err != nil {
		t.Fatalf("decode %q: %v", data, err)
	}
	return cfg.Topics
}

func equalTopics(a, b []Topic) bool {
	return slices.EqualFunc(a, b, func(x, y Topic) bool {
		return x.ID == y.ID && x.Title == y.Title && slices.Equal(x.Sources, y.Sources)
	})
}

func FuzzAddTopics(f *testing.F) {
	f.Add("topics:\n  - id: a\n    any: [x]\n\nlog: {}\n", "n", "News: World", "s")
	f.Add("topics: []\n", "n", "t", "s")
	f.Add("sources:\n  - name: a\n", "x y", "#t", "'s")
	f.Fuzz(func(t *testing.T, in, id, title, source string) {
		add := []Topic{{ID: id, Title: title, Sources: []string{source}}}
		got, err := AddTopics([]byte(in), add)
		if err != nil {
			return
		}
		var before struct{ Topics []Topic }
		if yaml.Unmarshal([]byte(in), &before) != nil {
			return // topics of another shape
		}
		if want := append(before.Topics, add...); !equalTopics(decodeTopics(t, string(got)), want) {
			t.Errorf("AddTopics(%q) = %q: topics %q, want %q", in, got, decodeTopics(t, string(got)), want)
		}
	})
}
