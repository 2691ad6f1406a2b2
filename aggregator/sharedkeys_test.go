package aggregator

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// pageFeed is an RSS feed of items, each a title, a link, a GUID ("" for
// none) and a summary, published an hour apart.
func pageFeed(outlet string, pub time.Time, items ...[4]string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0"?><rss version="2.0"><channel><title>%s</title><language>en</language>`, outlet)
	for i, it := range items {
		guid := ""
		if it[2] != "" {
			guid = "<guid isPermaLink=\"false\">" + it[2] + "</guid>"
		}
		fmt.Fprintf(&b, "<item><title>%s</title><link>%s</link>%s<pubDate>%s</pubDate><description>%s</description></item>",
			it[0], it[1], guid, pub.Add(time.Duration(i)*time.Hour).Format(time.RFC1123Z), it[3])
	}
	b.WriteString("</channel></rss>")
	return b.String()
}

// storedItems are the items of topic nk, which must be want.
func storedItems(t *testing.T, store *storage.Store, want int) []*storage.Item {
	t.Helper()
	items, err := store.Newest("nk", 100)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != want {
		var got []string
		for _, it := range items {
			got = append(got, it.Title)
		}
		t.Fatalf("stored %d items, want %d: %q", len(items), want, got)
	}
	return items
}

// TestPageLinksNameNoArticle polls feeds whose items link to a site's
// home page or to a page of many items, as broken and section feeds do,
// beside two outlets linking to one article. A link several items of one
// feed share, or a site's root, names no article: each such item is
// stored on its own, is nobody's copy by link, and is a story of its
// own; one article's link still makes two outlets' items one.
func TestPageLinksNameNoArticle(t *testing.T) {
	pub := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	feeds := map[string]string{
		// no GUIDs, every item links to the home page
		"home": pageFeed("Home Gazette", pub,
			[4]string{"Karabakh border talks resume in Geneva", "https://paper.example/", "", "Negotiators met at the Palais des Nations on Monday."},
			[4]string{"Karabakh refugees receive winter aid", "https://paper.example/", "", "Blankets and stoves reached 4,000 families in Goris."},
			[4]string{"Karabakh museum reopens after restoration", "http://PAPER.example", "", "The carpet collection is on show again after three years."}),
		// GUIDs, every item links to the news section
		"section": pageFeed("Section Daily", pub,
			[4]string{"Karabakh water pipeline completed", "https://section.example/news", "s1", "Engineers finished the 40 km line to Lachin ahead of schedule."},
			[4]string{"Karabakh election date announced", "https://section.example/news#2", "s2", "Voters will choose a council on 14 June, officials said."}),
		// another source links to the same section page and home page
		"other": pageFeed("Other Post", pub,
			[4]string{"Karabakh vineyards report record harvest", "https://section.example/news", "o1", "Growers picked 9,000 tonnes of grapes this autumn."},
			[4]string{"Karabakh schools open new term", "https://paper.example/", "o2", "Pupils returned to 120 classrooms rebuilt over the summer."}),
		// one article, linked to by two outlets
		"wire": pageFeed("Wire", pub, [4]string{"Karabakh ceasefire holds for third day", "https://wire.example/2026/03/ceasefire", "w1", "No shots were reported along the line of contact."}),
		"copy": pageFeed("Copy", pub, [4]string{"Karabakh ceasefire holds for a third day", "https://wire.example/2026/03/ceasefire?utm_source=rss", "c1", "No shots were reported along the line of contact."}),
	}
	store, url := serveStories(t, feeds)
	topics := []Topic{{ID: "nk", Any: []string{"Karabakh"}, Stories: &StoryOptions{}}}
	pollEach(t, store, url, topics, "home", "section", "other", "wire", "copy")

	titles := map[string]*storage.Item{}
	for _, it := range storedItems(t, store, 8) { // 7 pages' items and one article
		titles[it.Title] = it
	}
	for title, it := range titles {
		article := strings.Contains(title, "ceasefire")
		if !article && it.NormLink != "" {
			t.Errorf("%q: normalized link %q, want none: its link names no article", title, it.NormLink)
		}
		if story := it.StoryIn("nk"); !article && story != it.ID {
			t.Errorf("%q: in story %s, want a story of its own", title, story)
		}
	}
	wire := titles["Karabakh ceasefire holds for third day"]
	if wire == nil || len(wire.Sources) != 2 {
		t.Errorf("the article two outlets link to: %+v, want one item of both", wire)
	}
}

// TestClearPageLinks: which entries of a body lose their normalized link,
// and with it a key made of it, and which page links are found.
func TestClearPageLinks(t *testing.T) {
	t0 := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	entry := func(guid, link, title string) storage.Entry {
		it := storage.Item{GUID: guid, Link: link, NormLink: NormalizeLink(link), Title: title, Published: t0}
		key := "guid:" + guid
		if guid == "" {
			key = "link:" + it.NormLink
		}
		return storage.Entry{Key: key, Item: it}
	}
	const a, b = "https://x.example/a", "https://x.example/b"
	tests := []struct {
		name    string
		entries []storage.Entry
		known   []string
		cleared []bool   // per entry
		found   []string // page links found
		keys    int      // distinct keys after
	}{
		{"articles", []storage.Entry{entry("1", a, "One"), entry("2", b, "Two")}, nil, []bool{false, false}, nil, 2},
		{"the site's root", []storage.Entry{entry("1", "https://x.example/", "One"), entry("2", "http://X.example", "Two")}, nil,
			[]bool{true, true}, []string{"https://x.example"}, 2},
		{"one page, two GUIDs", []storage.Entry{entry("1", a+"#1", "One"), entry("2", a+"#2", "Two"), entry("3", b, "Three")}, nil,
			[]bool{true, true, false}, []string{a}, 3},
		{"one page, no GUIDs, other texts", []storage.Entry{entry("", a, "One"), entry("", a, "Two")}, nil,
			[]bool{true, true}, []string{a}, 2},
		{"one item twice, one GUID", []storage.Entry{entry("1", a, "One"), entry("1", a, "One, edited")}, nil,
			[]bool{false, false}, nil, 1},
		{"one item twice, no GUID", []storage.Entry{entry("", a, "One"), entry("", a, "One")}, nil,
			[]bool{false, false}, nil, 1},
		{"a page known", []storage.Entry{entry("", a, "One"), entry("2", b, "Two")}, []string{a},
			[]bool{true, false}, nil, 2},
		{"a known page shared again", []storage.Entry{entry("1", a, "One"), entry("2", a, "Two")}, []string{a},
			[]bool{true, true}, nil, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := slices.Clone(tt.entries)
			found := clearPageLinks(es, tt.known)
			if !slices.Equal(found, tt.found) {
				t.Errorf("found %q, want %q", found, tt.found)
			}
			keys := map[string]bool{}
			for i, e := range es {
				was := tt.entries[i]
				if cleared := e.Item.NormLink == ""; cleared != tt.cleared[i] {
					t.Errorf("entry %d: normalized link %q, cleared %v, want %v", i, e.Item.NormLink, cleared, tt.cleared[i])
				}
				switch {
				case e.Item.NormLink == "" && strings.HasPrefix(e.Key, "link:"):
					t.Errorf("entry %d: key %q made of the page link", i, e.Key)
				case e.Item.NormLink != "" && e.Key != was.Key:
					t.Errorf("entry %d: key %q, want %q unchanged", i, e.Key, was.Key)
				}
				keys[e.Key] = true
			}
			if len(keys) != tt.keys {
				t.Errorf("%d keys %v, want %d", len(keys), keys, tt.keys)
			}
		})
	}
}

// TestPageLinkLearnedAcrossPolls: a feed that gives one page's link to
// one new item each poll ("today's briefing"), and two (with GUIDs and
// without) whose page link their first poll showed and whose later items
// come one a poll, with old ones the poll leaves unparsed: each new item
// after the first is stored without the link, in a story of its own, and
// the source remembers the page.
func TestPageLinkLearnedAcrossPolls(t *testing.T) {
	pub := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	briefing := [][4]string{
		{"Karabakh briefing: talks in Geneva", "https://brief.example/today", "b1", "Negotiators met at the Palais des Nations."},
		{"Karabakh briefing: aid convoy arrives", "https://brief.example/today", "b2", "Lorries brought flour and medicine to Goris."},
		{"Karabakh briefing: museum reopens", "https://brief.example/today", "b3", "The carpet collection is on show again."},
	}
	section := [][4]string{
		{"Karabakh pipeline completed", "https://news.example/region", "n1", "Engineers finished the line to Lachin."},
		{"Karabakh election date set", "https://news.example/region", "n2", "Voters will choose a council in June."},
		{"Karabakh harvest at a record", "https://news.example/region", "n3", "Growers picked 9,000 tonnes of grapes."},
		{"Karabakh schools reopen", "https://news.example/region", "n4", "Pupils returned to 120 rebuilt classrooms."},
	}
	plain := [][4]string{ // without GUIDs
		{"Karabakh bridge rebuilt over the Hakari", "https://plain.example/region", "", "The crossing carries lorries again since Friday."},
		{"Karabakh doctors open a clinic in Shusha", "https://plain.example/region", "", "Twelve nurses staff the ward around the clock."},
		{"Karabakh railway survey begins", "https://plain.example/region", "", "Surveyors walk the old line towards Horadiz."},
		{"Karabakh orchestra plays first concert", "https://plain.example/region", "", "An audience of 800 filled the restored hall."},
	}
	url, publish := serveFeeds(t, map[string]string{})
	store := tempStore(t)
	topics := []Topic{{ID: "nk", Any: []string{"Karabakh"}, Stories: &StoryOptions{}}}
	for day := range 3 {
		publish("briefing", pageFeed("Briefing", pub.Add(time.Duration(day)*24*time.Hour), briefing[day]))
		publish("section", pageFeed("Section", pub, section[:day+2]...))
		publish("plain", pageFeed("Plain", pub, plain[:day+2]...))
		pollEach(t, store, url, topics, "briefing", "section", "plain")
	}
	for _, it := range storedItems(t, store, 11) {
		first := strings.HasSuffix(it.Title, "talks in Geneva")
		if it.NormLink != "" && !first {
			t.Errorf("%q: normalized link %q, want none", it.Title, it.NormLink)
		}
		if it.StoryIn("nk") != it.ID {
			t.Errorf("%q: in another item's story", it.Title)
		}
	}
	for src, want := range map[string]string{"briefing": "https://brief.example/today", "section": "https://news.example/region", "plain": "https://plain.example/region"} {
		st, err := store.SourceState(src)
		if err != nil || strings.Join(st.PageLinks, " ") != want {
			t.Errorf("%s remembers page links %q (%v), want %s", src, st.PageLinks, err, want)
		}
	}
}

// TestSharedGUIDsNameNoItem polls feeds that give every item one GUID,
// as broken feeds do, over three polls that
// each bring one more such item while the older ones stay: items with
// other links are other items, and a GUID on one item's copies in the
// body still makes them one.
func TestSharedGUIDsNameNoItem(t *testing.T) {
	pub := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	oneGUID := [][4]string{
		{"Karabakh border talks resume in Geneva", "https://one.example/talks", "urn:one:item", "Negotiators met at the Palais des Nations on Monday."},
		{"Karabakh refugees receive winter aid", "https://one.example/aid", "urn:one:item", "Blankets and stoves reached 4,000 families in Goris."},
		{"Karabakh museum reopens after restoration", "https://one.example/museum", "urn:one:item", "The carpet collection is on show again after three years."},
		{"Karabakh schools open new term", "https://one.example/schools", "urn:one:item", "Pupils returned to 120 classrooms rebuilt over the summer."},
	}
	edited := pageFeed("Edited", pub,
		[4]string{"Karabakh water pipeline completed", "https://edited.example/pipeline", "p1", "Engineers finished the 40 km line to Lachin."},
		[4]string{"Karabakh water pipeline completed early", "https://edited.example/pipeline", "p1", "Engineers finished the 40 km line to Lachin ahead of schedule."})
	url, publish := serveFeeds(t, map[string]string{"edited": edited})
	store := tempStore(t)
	topics := []Topic{{ID: "nk", Any: []string{"Karabakh"}, Stories: &StoryOptions{}}}
	for day := range 3 {
		publish("oneguid", pageFeed("One GUID", pub, oneGUID[:day+2]...))
		pollEach(t, store, url, topics, "oneguid", "edited")
		pollEach(t, store, url, topics, "oneguid", "edited") // the same bytes again change nothing
	}
	items := storedItems(t, store, 5)
	for _, it := range items {
		if it.EntryID == "urn:one:item" {
			t.Errorf("%q: entry id %q, a GUID of many items", it.Title, it.EntryID)
		}
	}
	if st, err := store.SourceState("oneguid"); err != nil || strings.Join(st.SharedGUIDs, " ") != "urn:one:item" {
		t.Errorf("shared GUIDs remembered: %q (%v)", st.SharedGUIDs, err)
	}
}

// TestUnshareGUIDs: which entries of a body lose their GUID's key, and
// which shared GUIDs are found.
func TestUnshareGUIDs(t *testing.T) {
	entry := func(guid, link, title string) storage.Entry {
		return storage.Entry{Key: "guid:" + guid, Item: storage.Item{GUID: guid, EntryID: guid, Link: link, NormLink: NormalizeLink(link), Title: title,
			Feed: storage.FeedInfo{ID: "https://x.example/feed.xml", Link: "https://x.example/news"}}}
	}
	const a, b = "https://x.example/a", "https://x.example/b"
	tests := []struct {
		name  string
		in    []storage.Entry
		known []string
		keys  []string
		found []string
	}{
		{"own GUIDs", []storage.Entry{entry("1", a, "A"), entry("2", b, "B")}, nil, []string{"guid:1", "guid:2"}, nil},
		{"one GUID, two links", []storage.Entry{entry("1", a, "A"), entry("1", b, "B"), entry("2", b, "B")}, nil,
			[]string{"link:" + a, "link:" + b, "guid:2"}, []string{"1"}},
		{"one item listed twice", []storage.Entry{entry("1", a, "A"), entry("1", a, "A, edited")}, nil,
			[]string{"guid:1", "guid:1"}, nil},
		{"a shared GUID known", []storage.Entry{entry("1", a, "A"), entry("2", b, "B")}, []string{"1"},
			[]string{"link:" + a, "guid:2"}, nil},
		{"one GUID, no links", []storage.Entry{entry("1", "", "A"), entry("1", b, "B")}, nil,
			[]string{storage.TextKey(&storage.Item{Title: "A"}), "link:" + b}, []string{"1"}},
		{"the site's address", []storage.Entry{entry("http://X.example/", a, "A")}, nil, []string{"link:" + a}, nil},
		{"the feed's own address and link", []storage.Entry{entry("https://x.example/feed.xml", a, "A"), entry("https://x.example/news/", b, "B")}, nil,
			[]string{"link:" + a, "link:" + b}, nil},
		{"an article's address", []storage.Entry{entry("https://x.example/news/1", a, "A")}, nil, []string{"guid:https://x.example/news/1"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := slices.Clone(tt.in)
			found := unshareGUIDs(es, tt.known)
			if !slices.Equal(found, tt.found) {
				t.Errorf("found %q, want %q", found, tt.found)
			}
			for i, e := range es {
				if e.Key != tt.keys[i] {
					t.Errorf("entry %d: key %q, want %q", i, e.Key, tt.keys[i])
				}
				if unshared := !strings.HasPrefix(e.Key, "guid:"); unshared && e.Item.EntryID != "" {
					t.Errorf("entry %d: entry id %q kept", i, e.Item.EntryID)
				}
			}
		})
	}
}

// TestGUIDsMadeUpPerRequest polls feeds that give their items a new GUID
// and date at every request, as some generators do: with nothing else
// new, an item's summary or title edited from the second request on, or
// a summary that changes at every request ("read 3 times"). The items
// are stored once, and never again: the items that come again word for
// word show the poll's GUIDs are made up, and the edited item is edited
// in place.
func TestGUIDsMadeUpPerRequest(t *testing.T) {
	pub := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		name    string
		edit    func(it *[4]string, n int)
		updates int // in all
	}{
		{"unchanged", func(*[4]string, int) {}, 0},
		{"summary edited", func(it *[4]string, _ int) { it[3] += " Talks go on on Tuesday." }, 1},
		{"title edited", func(it *[4]string, _ int) { it[0] += " in Geneva" }, 1},
		{"summary changing", func(it *[4]string, n int) { it[3] += fmt.Sprintf(" Read %d times.", n) }, 4},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var mu sync.Mutex
			request := 0
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
				mu.Lock()
				request++
				n := request
				mu.Unlock()
				talks := [4]string{"Karabakh border talks resume", "https://random.example/talks", fmt.Sprintf("urn:uuid:%d-1", n), "Negotiators met on Monday."}
				if n > 1 {
					tt.edit(&talks, n)
				}
				w.Header().Set("Content-Type", "application/rss+xml")
				io.WriteString(w, pageFeed("Random", pub.Add(time.Duration(n)*time.Minute), talks,
					[4]string{"Karabakh refugees receive aid", "https://random.example/aid", fmt.Sprintf("urn:uuid:%d-2", n), "Blankets reached 4,000 families."}))
			}))
			t.Cleanup(srv.Close)
			src := Source{Name: "random", URL: srv.URL + "/feed"}
			a, store := newTestAggregator(t, []Source{src}, 1<<20)
			updates := 0
			for poll, want := range []int{2, 0, 0, 0, 0} {
				r := a.Poll(context.Background(), src)
				if r.Err != nil || r.New != want {
					t.Fatalf("poll %d: %+v, want %d new", poll+1, r, want)
				}
				updates += r.Updated
			}
			if updates != tt.updates {
				t.Errorf("%d updates, want %d", updates, tt.updates)
			}
			if st, _ := store.SourceState("random"); len(st.PageLinks) > 0 {
				t.Errorf("page links %q, want none", st.PageLinks)
			}
		})
	}
}

// TestIdentityAcrossPolls polls feeds whose items a careless rule would
// take for others, or for one, across polls: how many items the topic
// holds after each poll, and what each must hold.
func TestIdentityAcrossPolls(t *testing.T) {
	pub := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	// events dated ahead (clamped to each poll's time), without ids, all
	// linking to one page, in a JSON Feed, parsed whole at every poll
	events := func(n int) string {
		return fmt.Sprintf(`{"version":"https://jsonfeed.org/version/1.1","title":"Club","description":"request %d","items":[
{"url":"https://club.example/events","title":"Karabakh film night","content_text":"Screening at the hall.","date_published":"2099-05-01T19:00:00Z"},
{"url":"https://club.example/events","title":"Karabakh music evening","content_text":"Songs from Shusha.","date_published":"2099-05-08T19:00:00Z"}]}`, n)
	}
	// a changelog: one page, an anchor per version as GUID and link
	changelog := func(note string) string {
		return `<?xml version="1.0"?><rss version="2.0"><channel><title>Tool</title><link>https://tool.example/changelog</link>
<item><title>Karabakh maps 1.1</title><link>https://tool.example/changelog#v1.1</link><guid>https://tool.example/changelog#v1.1</guid><pubDate>Mon, 02 Mar 2026 08:00:00 +0000</pubDate><description>First maps.</description></item>
<item><title>Karabakh maps 1.2</title><link>https://tool.example/changelog#v1.2</link><guid>https://tool.example/changelog#v1.2</guid><pubDate>Tue, 03 Mar 2026 08:00:00 +0000</pubDate><description>` + note + `</description></item>
</channel></rss>`
	}
	// digests of one title and link, a GUID each, one more a day
	digest := [][4]string{
		{"Karabakh digest", "https://news.example/digest", "d1", "Talks in Geneva."},
		{"Karabakh digest", "https://news.example/digest", "d2", "Aid reaches Goris."},
		{"Karabakh digest", "https://news.example/digest", "d3", "Museum reopens."},
	}
	// one GUID that a second item comes to share; the first then edited
	shared := func(n int) string {
		a := [4]string{"Karabakh pipeline completed", "https://shared.example/pipeline", "1", "Engineers finished the line."}
		b := [4]string{"Karabakh bridge reopens", "https://shared.example/bridge", "1", "Lorries cross again."}
		switch n {
		case 0:
			return pageFeed("Shared", pub, a)
		case 1:
			return pageFeed("Shared", pub, a, b)
		}
		a[3] += " Water flows from Friday."
		return pageFeed("Shared", pub, a, b)
	}
	tests := []struct {
		name   string
		bodies []string
		counts []int // items stored after each poll
		check  func(t *testing.T, items []*storage.Item)
	}{
		{"events dated ahead on one page", []string{events(1), events(2), events(3)}, []int{2, 2, 2}, nil},
		{"a changelog's anchors", []string{changelog("Better maps."), changelog("Better maps, fixed.")}, []int{2, 2},
			func(t *testing.T, items []*storage.Item) {
				for _, it := range items {
					if it.Title == "Karabakh maps 1.2" && it.Summary != "Better maps, fixed." {
						t.Errorf("1.2 reads %q, want its edit", it.Summary)
					}
				}
			}},
		{"digests of one title and page", []string{pageFeed("Digest", pub, digest[:1]...), pageFeed("Digest", pub, digest[:2]...), pageFeed("Digest", pub, digest...)},
			[]int{1, 2, 3}, func(t *testing.T, items []*storage.Item) {
				for _, it := range items[:2] { // d3 and d2; d1 came alone, when nothing told its link was a page's
					if it.NormLink != "" {
						t.Errorf("%s: normalized link %q, want none: a page's", it.GUID, it.NormLink)
					}
				}
			}},
		{"a GUID come to be shared, then an edit", []string{shared(0), shared(1), shared(2)}, []int{1, 2, 2},
			func(t *testing.T, items []*storage.Item) {
				for _, it := range items {
					if it.Title == "Karabakh pipeline completed" && !strings.HasSuffix(it.Summary, "Friday.") {
						t.Errorf("the pipeline reads %q, want its edit", it.Summary)
					}
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			url, publish := serveFeeds(t, map[string]string{})
			store := tempStore(t)
			topics := []Topic{{ID: "nk", Any: []string{"Karabakh"}}}
			var items []*storage.Item
			for i, body := range tt.bodies {
				publish("src", body)
				pollEach(t, store, url, topics, "src")
				items = storedItems(t, store, tt.counts[i])
			}
			if tt.check != nil {
				tt.check(t, items)
			}
		})
	}
}
