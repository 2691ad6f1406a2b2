package aggregator

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

func TestInspectorBounds(t *testing.T) {
	_, in := inspectStore(t)
	newest, err := in.Explain("nk", nil, 1, "")
	if err != nil {
		t.Fatal(err)
	}
	refs := func(n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = newest[0].Item.ID
			if i%2 == 1 {
				out[i] = "https://news.test/a"
			}
		}
		return out
	}
	keywords := func(n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = fmt.Sprintf("kw%d", i)
		}
		return out
	}
	tests := []struct {
		name string
		run  func() error
		want string // "" for none
	}{
		{"explain at the bound", func() error { _, err := in.Explain("nk", refs(MaxExplainItems), 0, ""); return err }, ""},
		{"explain over the bound", func() error { _, err := in.Explain("nk", refs(MaxExplainItems+1), 0, ""); return err },
			"101 items to explain: at most 100 at once"},
		{"dry run at the bound", func() error {
			_, err := in.DryRun(context.Background(), Topic{Any: keywords(100), All: keywords(50), None: keywords(50)}, 10)
			return err
		}, ""},
		{"dry run over the bound", func() error {
			_, err := in.DryRun(context.Background(), Topic{Any: keywords(100), All: keywords(50), None: keywords(51)}, 10)
			return err
		}, "201 keywords in any, all and none: at most 200"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.run()
			var input *InputError
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("unexpected error %v", err)
			case tt.want != "" && (!errors.As(err, &input) || err.Error() != tt.want):
				t.Errorf("got %v, want the input error %q", err, tt.want)
			}
		})
	}
}

// TestInspectorExplainKeepsOrder explains items given by id and by link,
// interleaved, in the order given.
func TestInspectorExplainKeepsOrder(t *testing.T) {
	_, in := inspectStore(t)
	all, err := in.DryRun(context.Background(), Topic{}, 10)
	if err != nil || len(all.Items) != 4 {
		t.Fatalf("%+v, %v", all, err)
	}
	ids := map[string]string{}
	for _, e := range all.Items {
		ids[e.Item.Title] = e.Item.ID
	}
	got, err := in.Explain("nk", []string{"https://news.test/c", ids["Karabakh talks"], "https://news.test/b", ids["Karabakhs fremtid"]}, 0, "")
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, e := range got {
		titles = append(titles, e.Item.Title)
	}
	if s := strings.Join(titles, ", "); s != "Weather in Aarhus, Karabakh talks, Artsakh refugees, Karabakhs fremtid" {
		t.Errorf("got %s", s)
	}
}

// TestDryRunMemory tries 200 keywords, of which each item has one, over
// 3,000 stored items, listing 2,500: each listed item carries the keyword
// found, not all 200. It allocated 99 MiB when every item listed all
// keywords, found or not; 6 MiB now.
func TestDryRunMemory(t *testing.T) {
	store, err := storage.Open(storage.Options{Path: filepath.Join(t.TempDir(), "d.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	now := time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)
	var b storage.Batch
	for i := range 3000 {
		link := fmt.Sprintf("https://news.test/%d", i)
		b.Entries = append(b.Entries, storage.Entry{Key: "link:" + link, Item: storage.Item{
			Title: fmt.Sprintf("Item %d about kw%d", i, i%200), Link: link, NormLink: link, Published: now.Add(-time.Duration(i) * time.Minute)}})
	}
	b.Source, b.Now = "src", now
	if _, err := store.Apply(b, func(*storage.Item) []storage.Match { return nil }); err != nil {
		t.Fatal(err)
	}
	in, err := NewInspector(store, nil)
	if err != nil {
		t.Fatal(err)
	}
	kws := make([]string, MaxDryRunKeywords)
	for i := range kws {
		kws[i] = fmt.Sprintf("kw%d", i)
	}
	var res DryRun
	n := allocated(func() { res, err = in.DryRun(context.Background(), Topic{Any: kws}, 2500) })
	if err != nil || res.Holds != 3000 || len(res.Items) != 2500 || len(res.Items[0].Keywords) != 1 {
		t.Fatalf("holds %d, listed %d, %v", res.Holds, len(res.Items), err)
	}
	t.Logf("dry run allocated %.1f MiB", float64(n)/(1<<20))
	if n > 32<<20 {
		t.Errorf("dry run allocated %.1f MiB, want under 32 MiB", float64(n)/(1<<20))
	}
}
