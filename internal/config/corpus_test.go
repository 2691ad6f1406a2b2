package config

import (
	"os"
	"path/filepath"
	"slices"
	"sort"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/storage"
)

// corpusFile is one language's file in testdata/corpus.
type corpusFile struct {
	Lang  string `yaml:"lang"`
	Items []struct {
		ID          string   `yaml:"id"`
		Why         string   `yaml:"why"`
		Title       string   `yaml:"title"`
		Summary     string   `yaml:"summary"`
		Content     string   `yaml:"content"`
		ContentFile string   `yaml:"content_file"`
		Categories  []string `yaml:"categories"`
		Topics      []string `yaml:"topics"`
	} `yaml:"items"`
}

// TestCorpus files every labelled item of testdata/corpus with the rules
// of the shipped config.yaml and compares the topics with the label.
func TestCorpus(t *testing.T) {
	cfg, err := Load(filepath.Join("..", "..", "config.yaml"), "test")
	if err != nil {
		t.Fatal(err)
	}
	m, err := aggregator.NewMatcher(cfg.Aggregator.Topics)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join("..", "..", "testdata", "corpus")
	files, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	langs := map[string]bool{}
	ids := map[string]bool{}
	for _, file := range files {
		var c corpusFile
		b, err := os.ReadFile(file)
		if err == nil {
			err = yaml.Unmarshal(b, &c)
		}
		if err != nil || c.Lang == "" || len(c.Items) == 0 {
			t.Fatalf("%s: %v (lang %q, %d items)", file, err, c.Lang, len(c.Items))
		}
		labels := map[bool]int{}
		for _, tc := range c.Items {
			if ids[tc.ID] {
				t.Errorf("%s: duplicate id %s", file, tc.ID)
			}
			ids[tc.ID] = true
			labels[len(tc.Topics) > 0]++
			it := storage.Item{Sources: []string{"corpus"}, Title: tc.Title, Summary: tc.Summary, Content: tc.Content, Categories: tc.Categories}
			if tc.ContentFile != "" {
				b, err := os.ReadFile(filepath.Join(dir, tc.ContentFile))
				if err != nil {
					t.Fatalf("%s: %v", tc.ID, err)
				}
				it.Content = string(b)
			}
			checkCorpusItem(t, m, cfg.Aggregator.Topics, tc.ID+" ("+tc.Why+")", &it, tc.Topics)
		}
		if labels[true] == 0 || labels[false] == 0 {
			t.Errorf("%s: every language needs items both in and out of a topic", file)
		}
		langs[c.Lang] = true
	}
	if len(langs) < 8 {
		t.Errorf("corpus covers %d languages, want at least 8", len(langs))
	}
	t.Logf("%d items in %d languages", len(ids), len(langs))
}

// checkCorpusItem compares Classify with the label, and Explain with
// Classify for every topic.
func checkCorpusItem(t *testing.T, m *aggregator.Matcher, topics []aggregator.Topic, name string, it *storage.Item, want []string) {
	t.Helper()
	var got []string
	for _, match := range m.Classify(it) {
		got = append(got, match.Topic)
	}
	sort.Strings(got)
	sort.Strings(want)
	if !slices.Equal(got, want) {
		t.Errorf("%s: topics %q, labelled %q", name, got, want)
	}
	for _, topic := range topics {
		e, err := m.Explain(it, topic.ID)
		if err != nil {
			t.Fatal(err)
		}
		if e.Matched != slices.Contains(got, topic.ID) {
			t.Errorf("%s: Explain(%s) says matched=%v (%s), Classify disagrees", name, topic.ID, e.Matched, e.Reason)
		}
	}
}
