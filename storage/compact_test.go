package storage

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

func TestCompact(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.db")
	s, err := Open(Options{Path: path, Retention: 24 * time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	var es []Entry
	for i := range 3000 {
		es = append(es, entry("k"+itoa(i), "https://x.test/"+itoa(i), "Karabakh "+itoa(i), t0.Add(-time.Duration(i)*time.Minute)))
	}
	if _, err := s.Apply(Batch{Source: "s", Now: t0, Entries: es}, byKeyword); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Prune(t0.Add(22 * time.Hour)); err != nil { // keeps the newest 120
		t.Fatal(err)
	}
	want, _ := s.Newest("nk", 1000)
	s.Close()

	res, err := Compact(path, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	info, _ := os.Stat(path)
	if res.Items != len(want) || res.After >= res.Before || res.After != info.Size() {
		t.Fatalf("compaction: %+v, file now %d bytes, %d items expected", res, info.Size(), len(want))
	}
	if m := info.Mode().Perm(); m != 0o640 {
		t.Errorf("mode %v, want the original 0640", m)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("files left beside the database: %v", entries)
	}
	s = openAt(t, path)
	got, _ := s.Newest("nk", 1000)
	if !slices.EqualFunc(got, want, func(a, b *Item) bool { return a.ID == b.ID && a.Title == b.Title }) {
		t.Errorf("compacted database holds %d items, want the same %d", len(got), len(want))
	}
	if err := s.Check(); err != nil {
		t.Fatal(err)
	}
}

func TestCompactRefusesWhileOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.db")
	s := openAt(t, path)
	if _, err := s.Apply(Batch{Source: "s", Now: t0, Entries: []Entry{entry("k", "https://x.test/", "Karabakh", t0)}}, byKeyword); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	_, err := Compact(path, 100*time.Millisecond)
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("compact while open: %v, want ErrLocked", err)
	}
	after, _ := os.ReadFile(path)
	if string(before) != string(after) {
		t.Error("a refused compaction changed the file")
	}
	if _, err := Compact(filepath.Join(t.TempDir(), "missing.db"), time.Second); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("compact a missing file: %v", err)
	}
}

func openAt(t *testing.T, path string) *Store {
	t.Helper()
	s, err := Open(Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
