package storage

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// TestSourceQuota: a source with its quota of stored items gets no more
// stored (OverQuota says how many were not), other sources are not held
// back, updates still apply, and retention makes room again. The counts
// agree with the items (Check), also in a file written before they were
// kept.
func TestSourceQuota(t *testing.T) {
	path := filepath.Join(t.TempDir(), "quota.db")
	s, err := Open(Options{Path: path, SourceQuota: 3, Retention: 24 * time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC)
	batch := func(source string, n int, published time.Time) Batch {
		b := Batch{Source: source, Now: now}
		for i := range n {
			b.Entries = append(b.Entries, Entry{Key: fmt.Sprintf("guid:%s-%d", source, i), Item: Item{Title: fmt.Sprint("item ", i), Published: published}})
		}
		return b
	}
	none := func(*Item) []Match { return nil }
	for _, tt := range []struct {
		b                    Batch
		new, over, unchanged int
	}{
		{batch("flood", 5, now.Add(-23*time.Hour)), 3, 2, 0},
		{batch("flood", 5, now.Add(-23*time.Hour)), 0, 2, 3}, // the same again: stored ones unchanged
		{batch("calm", 2, now), 2, 0, 0},
	} {
		res, err := s.Apply(tt.b, none)
		if err != nil {
			t.Fatal(err)
		}
		if res.New != tt.new || res.OverQuota != tt.over || res.Unchanged != tt.unchanged {
			t.Errorf("%s: %+v, want %d new, %d over quota, %d unchanged", tt.b.Source, res, tt.new, tt.over, tt.unchanged)
		}
	}
	if err := s.Check(); err != nil {
		t.Fatal(err)
	}
	if n, err := s.Prune(now.Add(2 * time.Hour)); err != nil || n != 3 {
		t.Fatalf("prune: %d, %v", n, err)
	}
	res, err := s.Apply(batch("flood", 1, now.Add(time.Hour)), none)
	if err != nil || res.New != 1 {
		t.Errorf("after retention made room: %+v, %v", res, err)
	}
	if err := s.Check(); err != nil {
		t.Fatal(err)
	}
	s.Close()

	// A file from before the counts: they are counted when it is opened.
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(func(tx *bolt.Tx) error { return tx.DeleteBucket(bucketCounts) }); err != nil {
		t.Fatal(err)
	}
	db.Close()
	// Read-only, the file is checked as it is: without counts to compare.
	ro, err := Open(Options{Path: path, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := ro.Check(); err != nil {
		t.Errorf("Check of a file without counts, read-only: %v", err)
	}
	ro.Close()
	s, err = Open(Options{Path: path, SourceQuota: 3})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Check(); err != nil {
		t.Fatal(err)
	}
	res, err = s.Apply(batch("calm", 4, now), none)
	if err != nil || res.New != 1 || res.OverQuota != 1 || res.Unchanged != 2 {
		t.Errorf("calm after the recount: %+v, %v", res, err)
	}
	if err := s.db.Update(func(tx *bolt.Tx) error { return addSourceCount(tx, "calm", 4) }); err != nil {
		t.Fatal(err)
	}
	if err := s.Check(); err == nil || !strings.Contains(err.Error(), "source calm has 3 items, but its count says 7") {
		t.Errorf("Check of a wrong count: %v", err)
	}
}
