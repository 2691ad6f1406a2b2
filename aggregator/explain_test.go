package aggregator

import (
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

func TestExplainReasons(t *testing.T) {
	m, err := NewMatcher([]Topic{
		{ID: "nk", Sources: []string{"bbc", "dr"}, Any: []string{"Karabakh*", "Artsakh"}, All: []string{"Armenia"}, None: []string{"football"}},
		{ID: "everything"},
		{ID: "dr", Sources: []string{"dr"}},
		{ID: "titles", All: []string{"Stepanakert"}, Fields: []string{"title"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, topic string
		item        storage.Item
		matched     bool
		reason      string
		found       map[string][]string // keyword → fields: the keywords listed, as those not found are not
	}{
		{"any found", "nk", storage.Item{Sources: []string{"bbc"}, Title: "Karabakh and Armenia", Summary: "Artsakh, Armenia"}, true,
			`any keyword "Karabakh*" found in title`,
			map[string][]string{"Armenia": {"title", "summary"}, "Karabakh*": {"title"}, "Artsakh": {"summary"}}},
		{"wrong source", "nk", storage.Item{Sources: []string{"tass", "rt"}, Title: "Karabakh, Armenia"}, false,
			"from tass, rt, which is not among the topic's sources (bbc, dr)",
			map[string][]string{"Armenia": {"title"}, "Karabakh*": {"title"}}},
		{"excluded", "nk", storage.Item{Sources: []string{"dr"}, Title: "Karabakh Armenia", Categories: []string{"Sport", "Football"}}, false,
			`excluded: none keyword "football" found in categories`,
			map[string][]string{"Armenia": {"title"}, "Karabakh*": {"title"}, "football": {"categories"}}},
		{"all missing", "nk", storage.Item{Sources: []string{"dr"}, Title: "Karabakh"}, false,
			`all keyword "Armenia" not found in title, summary, content, article, categories`,
			map[string][]string{"Karabakh*": {"title"}}},
		{"no any", "nk", storage.Item{Sources: []string{"dr"}, Title: "Armenia votes"}, false,
			"none of the 2 any keywords found in title, summary, content, article, categories",
			map[string][]string{"Armenia": {"title"}}},
		{"takes all", "everything", storage.Item{Sources: []string{"x"}}, true, "the topic takes every item", nil},
		{"takes its sources", "dr", storage.Item{Sources: []string{"dr"}}, true, "the topic takes every item of its sources", nil},
		{"fields narrow", "titles", storage.Item{Sources: []string{"x"}, Summary: "Stepanakert"}, false,
			`all keyword "Stepanakert" not found in title`, nil},
		{"all only", "titles", storage.Item{Sources: []string{"x"}, Title: "Stepanakert"}, true,
			"every all keyword found", map[string][]string{"Stepanakert": {"title"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, err := m.Explain(&tt.item, tt.topic)
			if err != nil {
				t.Fatal(err)
			}
			if e.Matched != tt.matched || e.Reason != tt.reason {
				t.Errorf("matched=%v reason %q\nwant matched=%v reason %q", e.Matched, e.Reason, tt.matched, tt.reason)
			}
			classified := false
			for _, c := range m.Classify(&tt.item) {
				classified = classified || c.Topic == tt.topic
			}
			if classified != e.Matched {
				t.Errorf("Explain says matched=%v, Classify says %v", e.Matched, classified)
			}
			// Explain lists every keyword of the topic, each with its
			// folded form; the fields of those found.
			listed := map[string][]string{}
			for _, k := range e.Keywords {
				if len(k.Fields) > 0 {
					listed[k.Keyword] = k.Fields
				}
				if k.Folded == "" {
					t.Errorf("keyword %q has no folded form", k.Keyword)
				}
			}
			if len(listed) != len(tt.found) {
				t.Errorf("keywords found %v, want %v", listed, tt.found)
			}
			for k, want := range tt.found {
				if !reflect.DeepEqual(listed[k], want) {
					t.Errorf("keyword %q found in %q, want %q", k, listed[k], want)
				}
			}
		})
	}
	if _, err := m.Explain(&storage.Item{}, "nope"); !errors.Is(err, ErrUnknownTopic) {
		t.Errorf("unknown topic: got %v", err)
	}
}

// TestExplainReportsKeywordAsWritten checks that two topics whose keywords
// fold alike each see their own spelling.
func TestExplainReportsKeywordAsWritten(t *testing.T) {
	m, err := NewMatcher([]Topic{{ID: "a", Any: []string{"Karabakh"}}, {ID: "b", Any: []string{"KARABAKH"}}})
	if err != nil {
		t.Fatal(err)
	}
	got := m.Classify(&storage.Item{Title: "karabakh"})
	want := []storage.Match{
		{Topic: "a", Hits: []storage.Hit{{Keyword: "Karabakh", Field: "title"}}},
		{Topic: "b", Hits: []storage.Hit{{Keyword: "KARABAKH", Field: "title"}}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

// inspectStore stores four items filed under topic nk = Karabakh*.
func inspectStore(t *testing.T) (*storage.Store, *Inspector) {
	t.Helper()
	store, err := storage.Open(storage.Options{Path: filepath.Join(t.TempDir(), "i.db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	topics := []Topic{{ID: "nk", Any: []string{"Karabakh*"}}}
	m, err := NewMatcher(topics)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)
	titles := []string{"Karabakh talks", "Artsakh refugees", "Weather in Aarhus", "Karabakhs fremtid"}
	var b storage.Batch
	for i, title := range titles {
		link := "https://news.test/" + string(rune('a'+i))
		b.Entries = append(b.Entries, storage.Entry{Key: "link:" + link, Item: storage.Item{
			Title: title, Link: link, NormLink: NormalizeLink(link), Published: now.Add(time.Duration(i) * time.Hour)}})
	}
	b.Source, b.Now = "src", now.Add(24*time.Hour)
	if _, err := store.Apply(b, m.Classify); err != nil {
		t.Fatal(err)
	}
	in, err := NewInspector(store, topics)
	if err != nil {
		t.Fatal(err)
	}
	return store, in
}

func TestInspectorExplain(t *testing.T) {
	_, in := inspectStore(t)
	got, err := in.Explain("nk", nil, 10, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Item.Title != "Karabakhs fremtid" || got[1].Item.Title != "Karabakh talks" {
		t.Fatalf("newest in topic: %+v", got)
	}
	for _, e := range got {
		if !e.Matched || !e.Stored {
			t.Errorf("%q: matched=%v stored=%v", e.Item.Title, e.Matched, e.Stored)
		}
	}
	byLink, err := in.Explain("nk", []string{"http://NEWS.test/b/", got[0].Item.ID}, 10, "")
	if err != nil {
		t.Fatal(err)
	}
	if byLink[0].Item.Title != "Artsakh refugees" || byLink[0].Matched || byLink[0].Stored ||
		byLink[0].Reason != `any keyword "Karabakh*" not found in title, summary, content, article, categories` {
		t.Errorf("by link: %+v", byLink[0])
	}
	if byLink[1].Item.ID != got[0].Item.ID {
		t.Errorf("by id: %+v", byLink[1])
	}
	for _, tt := range []struct {
		topic, ref string
		want       error
	}{
		{"nk", "https://news.test/zzz", storage.ErrNotFound},
		{"nk", "00000000000000000000000000000000", storage.ErrNotFound},
		{"nope", "https://news.test/a", ErrUnknownTopic},
	} {
		if _, err := in.Explain(tt.topic, []string{tt.ref}, 10, ""); !errors.Is(err, tt.want) {
			t.Errorf("Explain(%s, %s): %v, want %v", tt.topic, tt.ref, err, tt.want)
		}
	}
	if _, err := in.Explain("nk", []string{"not a link"}, 10, ""); err == nil ||
		err.Error() != `item "not a link": neither an item id (32 hex digits) nor an http(s) link` {
		t.Errorf("bad ref: %v", err)
	}
}

func TestInspectorDryRun(t *testing.T) {
	store, in := inspectStore(t)
	before, _ := store.Newest("nk", 10)
	tests := []struct {
		name                          string
		rules                         Topic
		limit                         int
		compared                      bool
		holds, added, removed, listed int
		more                          int
	}{
		{"same rules", Topic{ID: "nk", Any: []string{"Karabakh*"}}, 10, true, 2, 0, 0, 2, 0},
		{"keyword added", Topic{ID: "nk", Any: []string{"Karabakh*", "Artsakh"}}, 10, true, 3, 1, 0, 3, 0},
		{"keyword narrowed", Topic{ID: "nk", Any: []string{"Karabakh"}}, 10, true, 1, 0, 1, 2, 0},
		{"limit", Topic{ID: "nk", Any: []string{"Karabakh*", "Artsakh", "Aarhus"}}, 1, true, 4, 2, 0, 1, 3},
		{"ad hoc", Topic{None: []string{"Karabakh*"}}, 10, false, 2, 0, 0, 2, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := in.DryRun(context.Background(), tt.rules, tt.limit)
			if err != nil {
				t.Fatal(err)
			}
			if got.Scanned != 4 || got.Compared != tt.compared || got.Holds != tt.holds || got.Added != tt.added ||
				got.Removed != tt.removed || len(got.Items) != tt.listed || got.More != tt.more {
				t.Errorf("got scanned=%d compared=%v holds=%d added=%d removed=%d listed=%d more=%d",
					got.Scanned, got.Compared, got.Holds, got.Added, got.Removed, len(got.Items), got.More)
			}
		})
	}
	after, _ := store.Newest("nk", 10)
	if !reflect.DeepEqual(before, after) {
		t.Error("dry run changed the stored topic")
	}
	if _, err := in.DryRun(context.Background(), Topic{Any: []string{"x"}, Fields: []string{"body"}}, 10); err == nil ||
		err.Error() != `unknown field "body": use title, summary, content, article, categories, author or link` {
		t.Errorf("bad field: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := in.DryRun(ctx, Topic{}, 10); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}
