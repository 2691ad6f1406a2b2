package feeds

import (
	"cmp"
	"encoding/xml"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/feedsieve/feedsieve/storage"
)

// TestStoriesInFeed: in a topic that collapses stories, a story is one
// entry, its first item's, naming the other outlets at the end of its
// content; an item alone stands for itself; of copies whose first item is
// not stored, the first to arrive stands for the story, also when the
// feed is full; max_items counts entries.
func TestStoriesInFeed(t *testing.T) {
	for _, tt := range []struct {
		max  int
		want []string // entry titles, newest first
	}{
		{10, []string{"Orphan copy", "Bread queues", "Offensive (AFP)", "Old news"}},
		{2, []string{"Orphan copy", "Bread queues"}},
	} {
		f := newFixture(t, Options{Topics: []Topic{{ID: "nk", Title: "NK", MaxItems: tt.max, MaxAge: time.Minute, Stories: true, StoryWindow: 48 * time.Hour}}})
		t0 := time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)
		put := func(source, feed, title, link string, pub time.Time, story string) string {
			t.Helper()
			return putStory(t, f.store, storage.Item{Title: title, Link: link, Published: pub, FirstSeen: t0, Feed: storage.FeedInfo{Title: feed}}, source, storage.Match{Story: story})
		}
		afp := put("afp", "AFP", "Offensive (AFP)", "https://afp.example/1", t0, "")
		put("dw", "DW", "Offensive (DW)", "https://dw.example/3", t0.Add(2*time.Hour), afp)
		put("bbc", "", "Offensive (BBC)", "https://bbc.example/2?a=1&b=2", t0.Add(time.Hour), afp)
		put("old", "Old", "Old news", "https://old.example/7", t0.Add(-72*time.Hour), "") // past the window: the scan stops there when full
		put("local", "Local", "Bread queues", "https://local.example/4", t0.Add(30*time.Minute), "")
		put("wire", "Wire", "Orphan copy", "https://wire.example/5", t0.Add(3*time.Hour), strings.Repeat("d", 32))
		put("wire2", "Wire 2", "Orphan copy again", "https://wire2.example/6", t0.Add(4*time.Hour), strings.Repeat("d", 32))

		_, body := f.do("GET", "/feeds/nk.atom")
		doc := string(body)
		var titles []string
		for _, part := range strings.Split(doc, "<entry")[1:] {
			title, _, _ := strings.Cut(strings.SplitN(part, "<title>", 2)[1], "</title>")
			titles = append(titles, title)
		}
		if strings.Join(titles, "|") != strings.Join(tt.want, "|") {
			t.Errorf("max %d: entries %q, want %q", tt.max, titles, tt.want)
		}
		also := `Also reported by: bbc: &lt;a href=&#34;https://bbc.example/2?a=1&amp;amp;b=2&#34; rel=&#34;nofollow&#34;&gt;Offensive (BBC)&lt;/a&gt;; DW: &lt;a href=&#34;https://dw.example/3&#34; rel=&#34;nofollow&#34;&gt;Offensive (DW)&lt;/a&gt;.`
		if shown := strings.Contains(doc, "Offensive (AFP)"); shown != strings.Contains(doc, also) {
			t.Errorf("max %d: the story's entry does not end with the other outlets:\n%s", tt.max, doc)
		}
		if strings.Contains(doc, "<title>Offensive (BBC)") || strings.Contains(doc, "<title>Offensive (DW)") || strings.Contains(doc, "<title>Orphan copy again") {
			t.Errorf("max %d: a copy has an entry of its own", tt.max)
		}
		if !strings.Contains(doc, `Also reported by: Wire 2: &lt;a href=&#34;https://wire2.example/6&#34; rel=&#34;nofollow&#34;&gt;Orphan copy again&lt;/a&gt;.`) {
			t.Errorf("max %d: the orphans' entry does not name the other copy:\n%s", tt.max, doc)
		}
	}
}

// TestStoriesLedByPreferredCopy: in a topic that prefers some sources, a
// story that a preferred copy leads is that copy's entry, naming the
// first item among the other outlets; a story that waits for a lead is
// left out until it has one (the release stores it), also when its first
// item is not stored; a story that does not wait is its first item's.
// Entries are placed by their stories' first items.
func TestStoriesLedByPreferredCopy(t *testing.T) {
	t0 := time.Now().UTC().Truncate(time.Minute).Add(-time.Hour) // stories wait at most their window from now
	f := newFixture(t, Options{Topics: []Topic{{ID: "nk", Title: "NK", MaxItems: 10, MaxAge: time.Minute, Stories: true, StoryWindow: 48 * time.Hour}}})
	put := func(source, title string, arrived time.Time, story string, lead, waits bool) string {
		t.Helper()
		link := "https://" + source + ".example/" + strings.ReplaceAll(title, " ", "-")
		return putStory(t, f.store, storage.Item{Title: title, Link: link, Published: arrived, FirstSeen: arrived}, source, storage.Match{Story: story, Lead: lead, Waits: waits})
	}
	bbc := put("bbc", "Offensive BBC", t0, "", false, true)
	afp := put("afp", "Offensive AFP", t0.Add(10*time.Minute), bbc, true, false)
	quake := put("dw", "Quake DW", t0.Add(5*time.Minute), "", false, true)
	talks := put("afp", "Talks AFP", t0.Add(15*time.Minute), "", true, false)
	bread := put("local", "Bread Local", t0.Add(-10*time.Minute), "", false, false)
	orphanStory := strings.Repeat("d", 32) // its first item is not stored
	orphan := put("wire", "Orphan Wire", t0.Add(20*time.Minute), orphanStory, false, true)

	entries := func() string {
		t.Helper()
		f.server.Changed([]string{"nk"}) // as the aggregator reports a release
		_, body := f.do("GET", "/feeds/nk.atom")
		var got []string
		for _, part := range strings.Split(string(body), "<entry")[1:] {
			title, _, _ := strings.Cut(strings.SplitN(part, "<title>", 2)[1], "</title>")
			id, _, _ := strings.Cut(strings.SplitN(part, "<id>", 2)[1], "</id>")
			got = append(got, title+" "+id)
		}
		if strings.Contains(string(body), "Offensive AFP") && !strings.Contains(string(body), "Also reported by: bbc: &lt;a href=&#34;https://bbc.example/Offensive-BBC&#34;") {
			t.Errorf("the lead's entry does not name the first item's outlet:\n%s", body)
		}
		return strings.Join(got, "|")
	}
	lead, talksEntry, breadEntry := "Offensive AFP "+EntryID(afp), "Talks AFP "+EntryID(talks), "Bread Local "+EntryID(bread)
	if got, want := entries(), talksEntry+"|"+lead+"|"+breadEntry; got != want {
		t.Errorf("while stories wait: %s\nwant %s", got, want)
	}
	_, err := f.store.SetLeads([]storage.StoryLead{
		{Topic: "nk", Story: quake, Members: []storage.StoryMember{{ID: quake, NormLink: "https://dw.example/Quake-DW"}}},
		{Topic: "nk", Story: orphanStory, Members: []storage.StoryMember{{ID: orphanStory, NormLink: "https://gone.example/1"}, {ID: orphan, NormLink: "https://wire.example/Orphan-Wire"}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	// The lead's entry is placed by bbc's item, the story's first.
	want := "Orphan Wire " + EntryID(orphan) + "|" + talksEntry + "|Quake DW " + EntryID(quake) + "|" + lead + "|" + breadEntry
	if got := entries(); got != want {
		t.Errorf("after the releases: %s\nwant %s", got, want)
	}
}

// putStory stores an item from source, first seen at it.FirstSeen, in
// topic nk with the story, lead and wait of m (its own story when m has
// none), and returns its id.
func putStory(t *testing.T, store *storage.Store, it storage.Item, source string, m storage.Match) string {
	t.Helper()
	it.NormLink, it.Summary = it.Link, it.Title+"."
	classify := func(stored *storage.Item) []storage.Match {
		m.Topic, m.Story = "nk", cmp.Or(m.Story, stored.ID)
		return []storage.Match{m}
	}
	if _, err := store.Apply(storage.Batch{Source: source, Now: it.FirstSeen, Entries: []storage.Entry{{Key: it.Link, Item: it}}}, classify); err != nil {
		t.Fatal(err)
	}
	stored, err := store.ItemByLink(it.Link)
	if err != nil {
		t.Fatal(err)
	}
	return stored.ID
}

// TestStoryCopiesHostile: the "Also reported by" paragraph names each
// outlet as text and links only safe links; an unclosed link in the
// lead's content does not take the paragraph in.
func TestStoryCopiesHostile(t *testing.T) {
	f := newFixture(t, Options{Topics: []Topic{{ID: "nk", Title: "NK", MaxItems: 10, MaxAge: time.Minute, Stories: true, StoryWindow: 48 * time.Hour}}})
	t0 := time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)
	lead := putStory(t, f.store, storage.Item{
		Title: "Lead", Link: "https://lead.example/1", Content: `<p>lead <a href="https://lead.example/trap">unclosed`,
		Published: t0, FirstSeen: t0,
	}, "lead", storage.Match{})
	for i, c := range []struct{ feed, link string }{
		{`<script>alert(1)</script>`, "javascript:alert(1)"},
		{"\u202eevil", "/relative"},
		{`"><img src=x onerror=alert(1)>`, "https://ok.example/1"},
		{"Data", " DATA:text/html,x"},
	} {
		pub := t0.Add(time.Duration(i+1) * time.Minute)
		putStory(t, f.store, storage.Item{Title: "Copy", Link: c.link, Published: pub, FirstSeen: pub, Feed: storage.FeedInfo{Title: c.feed}},
			fmt.Sprint("copy", i), storage.Match{Story: lead})
	}
	for _, format := range Formats {
		_, body := f.do("GET", "/feeds/nk."+format)
		if format == "json" {
			checkJSONFeed(t, body)
		} else {
			checkXMLFeed(t, body)
		}
	}
	_, body := f.do("GET", "/feeds/nk.atom")
	var doc struct {
		Entries []struct {
			Content string `xml:"content"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal(body, &doc); err != nil || len(doc.Entries) != 1 {
		t.Fatalf("%v: %s", err, body)
	}
	nodes, err := html.ParseFragment(strings.NewReader(doc.Entries[0].Content), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		t.Fatal(err)
	}
	var also *html.Node // the paragraph that holds "Also reported by"
	var find func(n *html.Node)
	find = func(n *html.Node) {
		if n.Type == html.TextNode && strings.HasPrefix(n.Data, "Also reported by") {
			for p := n.Parent; p != nil; p = p.Parent {
				if p.Data == "a" {
					t.Errorf("the other outlets are inside a link: %s", doc.Entries[0].Content)
				}
				if p.Data == "p" && also == nil {
					also = p
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c)
		}
	}
	for _, n := range nodes {
		find(n)
	}
	if also == nil {
		t.Fatalf("no paragraph of other outlets in %s", doc.Entries[0].Content)
	}
	var text strings.Builder
	var links []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			text.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && n.Data == "a" {
			links = append(links, attr(n, "href"))
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(also)
	if want := `Also reported by: <script>alert(1)</script>: Copy; evil: Copy; "><img src=x onerror=alert(1)>: Copy; Data: Copy.`; text.String() != want {
		t.Errorf("other outlets: %q, want %q", text.String(), want)
	}
	if !slices.Equal(links, []string{"https://ok.example/1"}) {
		t.Errorf("links to other outlets %q, want only the safe one", links)
	}
}

// TestAlsoReportedByOtherOutlets: the "Also reported by" paragraph leaves
// out the entry's own outlet (its own update, a look-alike of its feed),
// names each other outlet once, with its earliest copy's headline and
// link, earliest outlet first, and is left out when no other outlet has
// a copy.
func TestAlsoReportedByOtherOutlets(t *testing.T) {
	t0 := time.Date(2026, 3, 16, 8, 0, 0, 0, time.UTC)
	item := func(source, title, link string, after time.Duration) *storage.Item {
		return &storage.Item{Source: source, Sources: []string{source}, Title: title, Link: link, Summary: title, Published: t0.Add(after), Feed: storage.FeedInfo{Title: strings.ToUpper(source)}}
	}
	first := item("wire", "Quake strikes off Crete", "https://wire.example/1", 0)
	for _, tt := range []struct {
		name   string
		copies []*storage.Item
		want   string // "" for no paragraph
	}{
		{"own update only", []*storage.Item{item("wire", "UPDATE 1-Quake cracks walls", "https://wire.example/2", time.Hour)}, ""},
		{"other outlets, own update left out", []*storage.Item{
			item("ledger", "Tourists woken by tremor, later", "https://ledger.example/9", 3*time.Hour),
			item("wire", "UPDATE 1-Quake cracks walls", "https://wire.example/2", time.Hour),
			item("ledger", "Tourists woken by tremor", "https://ledger.example/8", 2*time.Hour),
			item("gazette", "Crete shaken", "https://gazette.example/3", 90*time.Minute),
		}, `<p>Also reported by: GAZETTE: <a href="https://gazette.example/3">Crete shaken</a>; LEDGER: <a href="https://ledger.example/8">Tourists woken by tremor</a>.</p>`},
		{"a copy from an aggregator names the outlet that published it", []*storage.Item{
			func() *storage.Item {
				it := item("planet", "Crete shaken", "https://gazette.example/3", time.Hour)
				it.Origin = storage.FeedInfo{Title: "The Gazette", ID: "https://gazette.example/feed"}
				return it
			}(),
		}, `<p>Also reported by: The Gazette: <a href="https://gazette.example/3">Crete shaken</a>.</p>`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := withCopies(first, tt.copies).Content
			if _, also, _ := strings.Cut(got, "<p>Also"); tt.want == "" && also != "" || tt.want != "" && !strings.HasSuffix(got, tt.want) {
				t.Errorf("content %q, want it to end with %q", got, tt.want)
			}
		})
	}
}
