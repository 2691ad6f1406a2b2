package feeds

import (
	"strings"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// TestArticleKeepsOtherOutlets: a story whose entry is an item of a
// full_text: publish source ends with "Also reported by" in every feed
// format, after the article that is its content (a review found the
// article put in place of the whole content, the paragraph with it).
func TestArticleKeepsOtherOutlets(t *testing.T) {
	f := newFixture(t, Options{
		Topics:  []Topic{{ID: "nk", Title: "NK", MaxItems: 10, MaxAge: time.Minute, Stories: true, StoryWindow: 48 * time.Hour}},
		Sources: []Source{{Name: "full", PublishArticles: true}, {Name: "other"}},
	})
	t0 := time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)
	first := putStory(t, f.store, storage.Item{Title: "Offensive", Link: "https://full.example/1", Published: t0, FirstSeen: t0,
		Article: "<p>Whole article</p>"}, "full", storage.Match{})
	putStory(t, f.store, storage.Item{Title: "Offensive copy", Link: "https://other.example/2", Published: t0.Add(time.Hour), FirstSeen: t0.Add(time.Hour)},
		"other", storage.Match{Story: first})
	for _, format := range Formats {
		_, body := f.do("GET", "/feeds/nk."+format)
		if !strings.Contains(string(body), "Also reported by") {
			t.Errorf("%s: the story's entry does not name the other outlet:\n%s", format, body)
		}
	}
	_, page := f.do("GET", "/topics/nk")
	if !strings.Contains(string(page), "Also reported by") {
		t.Errorf("page lacks it too")
	}
}

// TestRSSGuidIsTheAtomID: an item whose source gave an IRI id is
// published under it in every format, RSS's guid included (a review
// found RSS giving the made id: one entry, two ids).
func TestRSSGuidIsTheAtomID(t *testing.T) {
	f := newFixture(t, Options{Topics: []Topic{{ID: "nk", Title: "NK", MaxItems: 10, MaxAge: time.Minute, Stories: true, StoryWindow: 48 * time.Hour}}})
	t0 := time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)
	putStory(t, f.store, storage.Item{Title: "Offensive", Link: "https://afp.example/1", Published: t0, FirstSeen: t0,
		EntryID: "tag:afp.example,2023:1"}, "afp", storage.Match{})
	for _, format := range Formats {
		_, body := f.do("GET", "/feeds/nk."+format)
		if !strings.Contains(string(body), "tag:afp.example,2023:1") {
			t.Errorf("%s does not publish the entry under its kept id:\n%s", format, body)
		}
	}
}

// TestPagesKeepTheFeedsAge: a topic's page and the index show the
// entries its feeds show, none published before the topic's Within (a
// review found the pages showing entries the feeds left out).
func TestPagesKeepTheFeedsAge(t *testing.T) {
	f := newFixture(t, Options{Topics: []Topic{{ID: "nk", Title: "NK", MaxItems: 10, MaxAge: time.Minute, Stories: true, StoryWindow: 48 * time.Hour, Within: 48 * time.Hour}}})
	now := time.Now().UTC()
	putStory(t, f.store, storage.Item{Title: "Stale story", Link: "https://old.example/1", Published: now.Add(-72 * time.Hour), FirstSeen: now.Add(-72 * time.Hour)}, "old", storage.Match{})
	putStory(t, f.store, storage.Item{Title: "Fresh story", Link: "https://new.example/1", Published: now.Add(-time.Hour), FirstSeen: now.Add(-time.Hour)}, "new", storage.Match{})
	for _, format := range Formats {
		_, body := f.do("GET", "/feeds/nk."+format)
		if strings.Contains(string(body), "Stale story") {
			t.Errorf("%s shows the stale story", format)
		}
	}
	_, page := f.do("GET", "/topics/nk")
	if strings.Contains(string(page), "Stale story") {
		t.Errorf("the page shows the stale story, which no feed has")
	}
	_, index := f.do("GET", "/")
	if strings.Contains(string(index), "Stale story") {
		t.Errorf("the index shows the stale story, which no feed has")
	}
}

// TestOwnOutletRepublishedIsNoOtherOutlet: a copy that an aggregating
// source republished from the entry's own outlet (its Origin is the
// entry's feed) is not listed under "Also reported by".
func TestOwnOutletRepublishedIsNoOtherOutlet(t *testing.T) {
	t0 := time.Date(2026, 3, 16, 8, 0, 0, 0, time.UTC)
	gazette := storage.FeedInfo{Title: "The Gazette", ID: "https://gazette.example/feed", Link: "https://gazette.example/"}
	first := &storage.Item{Source: "gazette", Sources: []string{"gazette"}, Title: "Crete shaken", Link: "https://gazette.example/3", Summary: "x", Published: t0, Feed: gazette}
	copyVia := &storage.Item{Source: "planet", Sources: []string{"planet"}, Title: "Crete shaken", Link: "https://planet.example/gazette-3", Summary: "x", Published: t0.Add(time.Hour),
		Feed: storage.FeedInfo{Title: "Planet News"}, Origin: gazette}
	got := withCopies(first, []*storage.Item{copyVia}).Content
	if strings.Contains(got, "Also reported by") {
		t.Errorf("the entry of The Gazette lists The Gazette as another outlet: %s", got)
	}
}

// TestPrunedFirstItemKeepsStoryEntry: when retention prunes a story's
// first item while its copies remain, the copy that stands in for it
// keeps the entry's id; in a topic whose stories wait (prefer or
// settle), a story whose lead was pruned stays in the feed, under its
// id (a review found the id changed, and the waiting story gone).
func TestPrunedFirstItemKeepsStoryEntry(t *testing.T) {
	for _, waits := range []bool{false, true} {
		f := newFixture(t, Options{Topics: []Topic{{ID: "nk", Title: "NK", MaxItems: 10, MaxAge: time.Minute, Stories: true, StoryWindow: 48 * time.Hour}}})
		now := time.Now().UTC()
		t0 := now.Add(-700 * time.Hour)
		// settle: the earliest published copy is stored as the lead
		first := putStory(t, f.store, storage.Item{Title: "Offensive AFP", Link: "https://afp.example/1", Published: t0, FirstSeen: t0}, "afp", storage.Match{Waits: waits})
		putStory(t, f.store, storage.Item{Title: "Offensive BBC", Link: "https://bbc.example/2", Published: t0.Add(2 * time.Hour), FirstSeen: t0.Add(2 * time.Hour)}, "bbc", storage.Match{Story: first, Waits: waits})
		if waits {
			if _, err := f.store.SetLeads([]storage.StoryLead{{Topic: "nk", Story: first, Earliest: true, Members: []storage.StoryMember{{ID: first, NormLink: "https://afp.example/1"}, {NormLink: "https://bbc.example/2"}}}}); err != nil {
				t.Fatal(err)
			}
		}
		f.server.Changed([]string{"nk"})
		_, before := f.do("GET", "/feeds/nk.atom")
		f.store.SetRetention(720 * time.Hour)
		if n, err := f.store.Prune(now.Add(21 * time.Hour)); err != nil || n != 1 {
			t.Fatalf("pruned %d, %v", n, err)
		}
		f.server.Changed([]string{"nk"})
		_, after := f.do("GET", "/feeds/nk.atom")
		id := func(doc []byte) string {
			s := string(doc)
			i := strings.Index(s, "<entry>")
			if i < 0 {
				return "(no entry)"
			}
			s = s[i:]
			s = s[strings.Index(s, "<id>")+4:]
			return s[:strings.Index(s, "</id>")]
		}
		if id(before) != id(after) {
			t.Errorf("waits=%v: the story's entry id was %s, after its first item is pruned it is %s", waits, id(before), id(after))
		}
	}
}

// TestKeptIDStaysWithEarlierEntry: two sources use one IRI for
// different items; the entry published first under it keeps it when the
// other item arrives, though the newer is earlier in the document.
func TestKeptIDStaysWithEarlierEntry(t *testing.T) {
	f := newFixture(t, Options{Topics: []Topic{{ID: "nk", Title: "NK", MaxItems: 10, MaxAge: time.Minute, Stories: true, StoryWindow: 48 * time.Hour}}})
	t0 := time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)
	putStory(t, f.store, storage.Item{Title: "Quake in Crete", Link: "https://x.example/1", Published: t0, FirstSeen: t0, EntryID: "tag:planet.example,2023:1"}, "x", storage.Match{})
	idOf := func(title string) string {
		_, body := f.do("GET", "/feeds/nk.atom")
		for _, part := range strings.Split(string(body), "<entry>")[1:] {
			if strings.Contains(part, "<title>"+title+"</title>") {
				s := part[strings.Index(part, "<id>")+4:]
				return s[:strings.Index(s, "</id>")]
			}
		}
		return "(none)"
	}
	before := idOf("Quake in Crete")
	putStory(t, f.store, storage.Item{Title: "Budget passed", Link: "https://y.example/9", Published: t0.Add(time.Hour), FirstSeen: t0.Add(time.Hour), EntryID: "tag:planet.example,2023:1"}, "y", storage.Match{})
	f.server.Changed([]string{"nk"})
	if after := idOf("Quake in Crete"); after != before {
		t.Errorf("the published entry's id was %s; after another item with its IRI arrived it is %s (the newcomer's is %s)", before, after, idOf("Budget passed"))
	}
}
