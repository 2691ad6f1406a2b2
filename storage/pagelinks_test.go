package storage

import (
	"fmt"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// TestPageMarksFollowStates: the links index marks the page links the
// sources' states list, and no others, so that a feed making up a new
// page link every poll keeps at most MaxPageLinks marks.
func TestPageMarksFollowStates(t *testing.T) {
	s := openTest(t, 0)
	var st SourceState
	for i := range MaxPageLinks + 8 {
		st.NotePageLink(fmt.Sprintf("https://x.test/page%d", i))
		if err := s.PutSourceState("s", &st); err != nil {
			t.Fatal(err)
		}
	}
	marked := map[string]bool{}
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketLinks).ForEach(func(k, v []byte) error {
			if isPageMark(v) {
				marked[string(k)] = true
			}
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(marked) != MaxPageLinks {
		t.Errorf("%d page marks, want %d", len(marked), MaxPageLinks)
	}
	for _, l := range st.PageLinks {
		if !marked[string(dbKey(l))] {
			t.Errorf("%s: listed but not marked", l)
		}
	}
}

// TestPageMarksSpareArticlesAndShare: a source that remembers another
// source's article link as a page (a link blog's two notes on one
// report) leaves the article's links index entry as it is; a page two
// sources remember stays marked until neither does.
func TestPageMarksSpareArticlesAndShare(t *testing.T) {
	s := openTest(t, 0)
	const article, page = "https://wire.x.test/article", "https://x.test/section"
	if _, err := s.Apply(Batch{Source: "wire", Now: t0, Entries: []Entry{entry("w1", article, "Karabakh article", t0)}}, byKeyword); err != nil {
		t.Fatal(err)
	}
	marked := func(link string) bool {
		var v []byte
		s.db.View(func(tx *bolt.Tx) error { v = tx.Bucket(bucketLinks).Get(dbKey(link)); return nil })
		return isPageMark(v)
	}
	states := map[string]*SourceState{"blog": {}, "x": {}, "y": {}}
	put := func(name string, links ...string) {
		t.Helper()
		st := states[name]
		for _, l := range links {
			st.NotePageLink(l)
		}
		if err := s.PutSourceState(name, st); err != nil {
			t.Fatal(err)
		}
	}
	put("blog", article)
	if it, err := s.ItemByLink(article); err != nil || it.Source != "wire" || marked(article) {
		t.Errorf("the article after a blog remembered its link as a page: %v, %v, marked %v", it, err, marked(article))
	}
	put("x", page)
	put("y", page)
	var others []string
	for i := range MaxPageLinks {
		others = append(others, fmt.Sprintf("https://x.test/other%d", i))
	}
	put("x", others...) // page falls off x's list
	if !marked(page) {
		t.Error("unmarked while y remembers it")
	}
	put("y", others...)
	if marked(page) {
		t.Error("still marked when no source remembers it")
	}
}

// TestJoinedArticleIsNoPage: a source that joined another source's
// article, and delivers its link again under another GUID and title,
// does not take the article's link for a page: the article stays found
// by its link.
func TestJoinedArticleIsNoPage(t *testing.T) {
	s := openTest(t, 0)
	const article = "https://wire.x.test/article"
	batches := []Batch{
		{Source: "wire", Entries: []Entry{entry("w1", article, "Karabakh talks resume", t0.Add(-3*time.Hour))}},
		{Source: "blog", Entries: []Entry{entry("b1", article, "Karabakh talks resume (via Wire)", t0.Add(-time.Hour))}},
		{Source: "blog", Entries: []Entry{entry("b2", article, "Karabakh: the talks, again", t0)}},
	}
	for i, b := range batches {
		var state SourceState
		b.Now, b.State = t0, &state
		if _, err := s.Apply(b, byKeyword); err != nil {
			t.Fatal(err)
		}
		if len(state.PageLinks) > 0 {
			t.Errorf("batch %d: page links %q, want none", i+1, state.PageLinks)
		}
	}
	if it, err := s.ItemByLink(article); err != nil || it.Source != "wire" {
		t.Errorf("the article by its link: %+v, %v; want wire's", it, err)
	}
}
