package storage

import (
	"fmt"
	"testing"

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
