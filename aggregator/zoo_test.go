package aggregator

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/feeds"
	"github.com/feedsieve/feedsieve/internal/feedcheck"
	"github.com/feedsieve/feedsieve/storage"
)

// zooCase is a document of testdata/zoo and what a careful tolerant
// parser reads from it (testdata/zoo/cases.json, written without
// knowledge of feedsieve's parser and cross-checked with Python's
// feedparser by testdata/zoo/check.py).
type zooCase struct {
	File        string      `json:"file"`
	ContentType string      `json:"content_type"`
	Items       int         `json:"items"`
	Reject      bool        `json:"reject"`
	Note        string      `json:"note"`
	Checks      []zooExpect `json:"checks"`
	// Known names a known issue: the document is expected not to be read
	// as the table says, and the test fails when it is, so that the mark
	// goes once the issue is fixed.
	Known string `json:"known"`
}

type zooExpect struct {
	Title      string             `json:"title"`
	Link       string             `json:"link"`
	GUID       string             `json:"guid"`
	Published  string             `json:"published"`
	Author     string             `json:"author"`
	Categories []string           `json:"categories"`
	TextHas    string             `json:"text_has"`
	Enclosure  *storage.Enclosure `json:"enclosure"`
}

func loadZoo(t *testing.T) []zooCase {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "zoo", "cases.json"))
	if err != nil {
		t.Fatal(err)
	}
	var cases []zooCase
	if err := json.Unmarshal(raw, &cases); err != nil {
		t.Fatalf("testdata/zoo/cases.json: %v", err)
	}
	return cases
}

// TestFeedZoo polls every document of the feed zoo from a loopback server
// into a real store of its own, and checks what was stored against the
// table: refused documents are errors, the others keep their items and
// fields. Each is then polled again with other bytes for the same items
// (a comment or a newline added, so that the unchanged-body shortcut does
// not hide the comparison): nothing may be new or updated. Last, all
// stored items are rendered as one topic feed, which jing and feedparser
// must accept.
func TestFeedZoo(t *testing.T) {
	cases := loadZoo(t)
	if len(cases) < 150 {
		t.Errorf("the zoo has %d documents, want at least 150", len(cases))
	}
	bodies := map[string][]byte{}
	types := map[string]string{}
	var again sync.Map // paths to serve with other bytes
	for _, c := range cases {
		b, err := os.ReadFile(filepath.Join("testdata", "zoo", c.File))
		if err != nil {
			t.Fatal(err)
		}
		bodies["/zoo/"+c.File], types["/zoo/"+c.File] = b, c.ContentType
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, ok := bodies[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		if _, ok := again.Load(r.URL.Path); ok {
			b = sameItemsOtherBytes(b)
		}
		if ct := types[r.URL.Path]; ct != "" {
			w.Header().Set("Content-Type", ct)
		}
		w.Write(b)
	}))
	defer srv.Close()
	passed, known := 0, 0
	var all []*storage.Item
	for _, c := range cases {
		t.Run(c.File, func(t *testing.T) {
			items, problems := pollZooCase(t, c, srv.URL, func() { again.Store("/zoo/"+c.File, true) })
			all = append(all, items...)
			switch {
			case c.Known == "" && len(problems) == 0:
				passed++
			case c.Known == "":
				for _, p := range problems {
					t.Errorf("%s: %s (%s)", c.File, p, c.Note)
				}
			case len(problems) == 0:
				t.Errorf("%s: read as the table says, although marked as a known issue (%s): remove the mark", c.File, c.Known)
			default:
				known++
				t.Logf("%s: known issue (%s): %s", c.File, c.Known, strings.Join(problems, "; "))
			}
		})
	}
	t.Logf("feed zoo: %d of %d documents read as the table says, %d known issues", passed, len(cases), known)
	for _, format := range []string{"atom", "rss"} {
		body, err := feeds.NewRenderer(feeds.NewSite("https://sieve.example/", "test")).Render(feeds.Topic{ID: "zoo", Title: "Zoo"}, format, all)
		if err != nil {
			t.Fatal(err)
		}
		if format == "atom" {
			feedcheck.Atom(t, body)
		}
		feedcheck.Feedparser(t, format, body, len(all))
	}
}

// pollZooCase polls one document into a store of its own (across sources,
// items with one link are one item, and the zoo's documents share example
// links), then again after calling again, and returns the items stored
// and how they differ from the table.
func pollZooCase(t *testing.T, c zooCase, base string, again func()) ([]*storage.Item, []string) {
	t.Helper()
	ctx := context.Background()
	src := Source{Name: c.File, URL: base + "/zoo/" + c.File}
	a, store := newTestAggregator(t, []Source{src}, 1<<20)
	r := a.Poll(ctx, src)
	switch {
	case c.Reject && r.Err == nil:
		return nil, []string{fmt.Sprintf("stored %d items, want the document refused", r.New)}
	case c.Reject:
		return nil, nil
	case r.Err != nil:
		return nil, []string{r.Err.Error()}
	}
	items, err := store.Query(ctx, storage.ItemQuery{Source: c.File, Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	var problems []string
	if len(items) != c.Items {
		problems = append(problems, fmt.Sprintf("%d items stored, want %d: %q", len(items), c.Items, titles(items)))
	}
	for _, want := range c.Checks {
		problems = append(problems, zooItemProblems(items, want, base)...)
	}
	again()
	if r := a.Poll(ctx, src); r.Err != nil || r.NotModified || r.New != 0 || r.Updated != 0 {
		problems = append(problems, fmt.Sprintf("polled again: %+v, want no new or updated items", r))
	}
	return items, problems
}

// sameItemsOtherBytes is a document with the same items in other bytes:
// a comment after an XML document's root, a newline after a JSON one
// or a UTF-16 one.
func sameItemsOtherBytes(b []byte) []byte {
	out := bytes.Clone(b)
	if t := bytes.TrimLeft(b, "\xef\xbb\xbf \t\r\n"); len(t) > 0 && t[0] == '{' {
		return append(out, ' ', '\n')
	}
	switch {
	case bytes.HasPrefix(b, []byte{0xff, 0xfe}) || bytes.HasPrefix(b, []byte{'<', 0}): // UTF-16 LE: a newline in it
		return append(out, '\n', 0)
	case bytes.HasPrefix(b, []byte{0xfe, 0xff}) || bytes.HasPrefix(b, []byte{0, '<'}):
		return append(out, 0, '\n')
	}
	return append(out, "\n<!-- again -->\n"...)
}

func titles(items []*storage.Item) []string {
	var out []string
	for _, it := range items {
		out = append(out, it.Title)
	}
	return out
}

// zooItemProblems finds the stored item with the expected title and
// tells how the fields the table gives differ.
func zooItemProblems(items []*storage.Item, want zooExpect, base string) []string {
	i := slices.IndexFunc(items, func(it *storage.Item) bool { return it.Title == want.Title })
	if i < 0 {
		return []string{fmt.Sprintf("no item titled %q among %q", want.Title, titles(items))}
	}
	it := items[i]
	var problems []string
	differ := func(field string, got, wantV any) {
		problems = append(problems, fmt.Sprintf("item %q: %s %q, want %q", want.Title, field, got, wantV))
	}
	if link := strings.ReplaceAll(want.Link, "{base}", base); link != "" && it.Link != link {
		differ("link", it.Link, link)
	}
	if want.GUID != "" && it.GUID != want.GUID {
		differ("guid", it.GUID, want.GUID)
	}
	if want.Published != "" {
		p, err := time.Parse(time.RFC3339, want.Published)
		if err != nil || !it.Published.Truncate(time.Second).Equal(p) { // the table gives whole seconds
			differ("published", it.Published.UTC().Format(time.RFC3339), want.Published)
		}
	}
	if want.Author != "" && (len(it.Authors) == 0 || it.Authors[0].Name != want.Author) {
		differ("author", it.Authors, want.Author)
	}
	if want.Categories != nil {
		got, w := slices.Sorted(slices.Values(it.Categories)), slices.Sorted(slices.Values(want.Categories))
		if !slices.Equal(got, w) {
			differ("categories", got, w)
		}
	}
	if want.TextHas != "" {
		text := strings.Join(strings.Fields(HTMLText(it.Summary)+" "+HTMLText(it.Content)), " ")
		if !strings.Contains(text, strings.Join(strings.Fields(want.TextHas), " ")) {
			differ("text", text, want.TextHas)
		}
	}
	if want.Enclosure != nil {
		e := *want.Enclosure
		e.URL = strings.ReplaceAll(e.URL, "{base}", base)
		if len(it.Enclosures) == 0 || it.Enclosures[0] != e {
			differ("enclosure", it.Enclosures, e)
		}
	}
	return problems
}
