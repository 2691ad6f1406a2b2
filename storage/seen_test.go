package storage

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// TestSeenRemembered checks which items a batch's state remembers: those
// stored as delivered and those skipped, not those refused, expired or
// sharing their key; that writes of the state alone keep them; and that
// Prune forgets them for the sources whose items it removes.
func TestSeenRemembered(t *testing.T) {
	s := openTest(t, 48*time.Hour)
	s.SetSourceQuota(4)
	now := time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC)
	none := func(*Item) []Match { return nil }
	e := func(key string, raw uint64, pub time.Time) Entry {
		return Entry{Key: key, Raw: raw, Item: Item{Title: key + fmt.Sprint(raw), Published: pub}}
	}
	tests := []struct {
		name    string
		entries []Entry
		skipped []SeenItem
		want    []uint64 // Raw of the items remembered, in order
		oldest  time.Time
	}{
		{name: "new, expired, twins and over quota",
			entries: []Entry{e("guid:a", 1, now.Add(-time.Hour)), e("guid:old", 2, now.Add(-72*time.Hour)), e("guid:b", 3, time.Time{}),
				e("guid:twin", 4, now), e("guid:twin", 5, now), e("guid:c", 6, now), e("guid:d", 7, now), e("guid:e", 8, now), e("guid:f", 0, now)},
			want: []uint64{1, 3, 6}, oldest: now.Add(-time.Hour)},
		{name: "unchanged, updated and skipped",
			entries: []Entry{e("guid:a", 1, now.Add(-time.Hour)), e("guid:b", 9, time.Time{})},
			skipped: []SeenItem{{Raw: 6, Key: SeenKey("guid:c")}},
			want:    []uint64{6, 1, 9}, oldest: now.Add(-2 * time.Hour)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := SourceState{URL: "u"}
			b := Batch{Source: "s", Entries: tt.entries, State: &st, Now: now,
				Skipped: Seen{Context: 42, Oldest: now.Add(-2 * time.Hour), Items: tt.skipped}}
			if _, err := s.Apply(b, none); err != nil {
				t.Fatal(err)
			}
			seen, err := s.SeenItems("s")
			var got []uint64
			for _, it := range seen.Items {
				got = append(got, it.Raw)
			}
			if err != nil || !slices.Equal(got, tt.want) || seen.Context != 42 || !seen.Oldest.Equal(tt.oldest) {
				t.Fatalf("remembered %v (context %d, oldest %v), want %v (oldest %v); %v", got, seen.Context, seen.Oldest, tt.want, tt.oldest, err)
			}
		})
	}
	// Writes of the state alone keep what is remembered.
	st, _ := s.SourceState("s")
	st.Failures++
	if err := s.PutSourceState("s", &st); err != nil {
		t.Fatal(err)
	}
	s.NoteSourceState("s", &st)
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	if seen, _ := s.SeenItems("s"); len(seen.Items) != 3 {
		t.Fatalf("after writing the state alone: %d remembered", len(seen.Items))
	}
	// Prune forgets, and a poll that skipped items meanwhile does not
	// remember them again.
	if n, err := s.Prune(now.Add(48 * time.Hour)); err != nil || n == 0 {
		t.Fatalf("pruned %d, %v", n, err)
	}
	if seen, _ := s.SeenItems("s"); len(seen.Items) != 0 {
		t.Fatalf("after prune: %d remembered", len(seen.Items))
	}
	b := Batch{Source: "s", State: &SourceState{URL: "u"}, Now: now.Add(48 * time.Hour), Skipped: Seen{Items: []SeenItem{{Raw: 6}}}}
	if _, err := s.Apply(b, none); err != nil {
		t.Fatal(err)
	}
	if seen, _ := s.SeenItems("s"); len(seen.Items) != 0 {
		t.Fatalf("a skipped item remembered after prune: %v", seen.Items)
	}
}

// TestSeenUnreadable: a record of remembered items that does not decode
// is read as remembering nothing, so that the source's feed is parsed
// whole rather than not at all; Check reports it, and the next commit of
// the source's items writes it anew.
func TestSeenUnreadable(t *testing.T) {
	s := openTest(t, 0)
	if err := s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketSeen).Put([]byte("s"), []byte{seenV1, 0xff})
	}); err != nil {
		t.Fatal(err)
	}
	if seen, err := s.SeenItems("s"); err != nil || len(seen.Items) != 0 {
		t.Fatalf("an unreadable record: %+v, %v; want nothing remembered and no error", seen, err)
	}
	if err := s.Check(); err == nil || !strings.Contains(err.Error(), "items remembered for source s") {
		t.Errorf("Check: %v; want the unreadable record named", err)
	}
	st := SourceState{URL: "u"}
	b := Batch{Source: "s", Entries: []Entry{{Key: "guid:a", Raw: 5, Item: Item{Title: "a"}}}, State: &st, Now: time.Now(), Skipped: Seen{Context: 7}}
	if _, err := s.Apply(b, func(*Item) []Match { return nil }); err != nil {
		t.Fatal(err)
	}
	if seen, err := s.SeenItems("s"); err != nil || len(seen.Items) != 1 || seen.Items[0].Raw != 5 {
		t.Fatalf("after a commit: %+v, %v; want item 5 remembered", seen, err)
	}
	if err := s.Check(); err != nil {
		t.Errorf("Check after the commit: %v", err)
	}
}

// TestCheckWithoutSeen: a file written by a feedsieve from before
// remembered items, opened read-only as `feedsieve check` does, checks
// clean.
func TestCheckWithoutSeen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	s, err := Open(Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.db.Update(func(tx *bolt.Tx) error { return tx.DeleteBucket(bucketSeen) }); err != nil {
		t.Fatal(err)
	}
	s.Close()
	ro, err := Open(Options{Path: path, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if err := ro.Check(); err != nil {
		t.Errorf("Check: %v", err)
	}
	if seen, err := ro.SeenItems("s"); err != nil || len(seen.Items) != 0 {
		t.Errorf("SeenItems: %+v, %v", seen, err)
	}
}
