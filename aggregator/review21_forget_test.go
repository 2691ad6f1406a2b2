package aggregator

import (
	"testing"

	"github.com/feedsieve/feedsieve/storage"
)

// An id filed twice, its entries of different links (or the latest of
// none): forget must take out the latest entry of the id, as the walk
// from the last filed did, whatever link the item to forget carries.
// The link path finds the older entry in the chain of the item's link
// and takes it out instead, leaving the latest live.
func TestReview21ForgetLatestEntryOfIDFiledTwice(t *testing.T) {
	for _, tc := range []struct {
		name         string
		older, later string // links of the id's two entries
		forgetLink   string // NormLink of the item forgotten
	}{
		{"later entry of another link", "https://l.example/old", "https://l.example/new", "https://l.example/old"},
		{"later entry without a link", "https://l.example/old", "", "https://l.example/old"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := newUIndex()
			uInsert(x, uItem{id: "a", words: []int{1, 2, 3}, link: tc.older})
			uInsert(x, uItem{id: "b", words: []int{4, 5, 6}, link: "https://l.example/b"})
			uInsert(x, uItem{id: "a", words: []int{1, 2, 7}, link: tc.later})
			x.forget([]*storage.Item{{ID: "a", NormLink: tc.forgetLink}})
			if !x.entries[2].gone || x.entries[0].gone {
				t.Errorf("forget took out entry 0 gone=%v, entry 2 gone=%v; want the latest entry of the id (2) out and the earlier (0) kept",
					x.entries[0].gone, x.entries[2].gone)
			}
		})
	}
}

// The same id listed twice, with two links: one entry, the latest, is
// forgotten.
func TestReview21ForgetIDListedTwiceWithTwoLinks(t *testing.T) {
	x := newUIndex()
	uInsert(x, uItem{id: "a", words: []int{1, 2, 3}, link: "https://l.example/1"})
	uInsert(x, uItem{id: "a", words: []int{1, 2, 4}, link: "https://l.example/2"})
	x.forget([]*storage.Item{{ID: "a", NormLink: "https://l.example/1"}, {ID: "a", NormLink: "https://l.example/2"}})
	if x.entries[0].gone || !x.entries[1].gone {
		t.Errorf("entry 0 gone=%v, entry 1 gone=%v; want only the latest (1) forgotten", x.entries[0].gone, x.entries[1].gone)
	}
}
