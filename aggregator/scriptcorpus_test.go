package aggregator

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/feedsieve/feedsieve/storage"
)

// scriptCorpus is one file of testdata/corpus/scripts: topics of its own
// and labelled items.
type scriptCorpus struct {
	Lang   string  `yaml:"lang"`
	Topics []Topic `yaml:"topics"`
	Items  []struct {
		ID     string   `yaml:"id"`
		Why    string   `yaml:"why"`
		Title  string   `yaml:"title"`
		Topics []string `yaml:"topics"`
	} `yaml:"items"`
}

// TestScriptCorpus files the items of testdata/corpus/scripts, sentences
// in the scripts whose marks, joiners, apostrophes and particles the
// matching rules are about, written after the rules to check them, with
// each file's own topics, and compares the topics with the labels.
func TestScriptCorpus(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "corpus", "scripts", "*.yaml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no script corpus: %v", err)
	}
	passed, total := 0, 0
	for _, file := range files {
		var c scriptCorpus
		b, err := os.ReadFile(file)
		if err == nil {
			err = yaml.Unmarshal(b, &c)
		}
		if err != nil || c.Lang == "" || len(c.Topics) == 0 || len(c.Items) < 10 {
			t.Fatalf("%s: %v (lang %q, %d topics, %d items)", file, err, c.Lang, len(c.Topics), len(c.Items))
		}
		m, err := NewMatcher(c.Topics)
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		for _, it := range c.Items {
			total++
			var got []string
			for _, match := range m.Classify(&storage.Item{Title: it.Title}) {
				got = append(got, match.Topic)
			}
			slices.Sort(got)
			want := slices.Sorted(slices.Values(it.Topics))
			if !slices.Equal(got, want) {
				t.Errorf("%s (%s): %q filed under %q, labelled %q (words %q)", it.ID, it.Why, it.Title, got, want, Words(it.Title))
				continue
			}
			passed++
		}
	}
	t.Logf("%d of %d items filed as labelled", passed, total)
}
