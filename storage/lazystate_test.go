package storage

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"
)

// stored reads a source's state from the file, ignoring noted states.
func stored(t *testing.T, s *Store, name string) SourceState {
	t.Helper()
	st, err := s.readState(name)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestNoteSourceState(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.db")
	s, err := Open(Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	s.NoteSourceState("a", &SourceState{URL: "u", Status: 304})
	if st, err := s.SourceState("a"); err != nil || st.Status != 304 {
		t.Fatalf("a noted state is not read back at once: %+v, %v", st, err)
	}
	// Written within the flush delay, without any other write.
	deadline := time.Now().Add(10 * lazyFlushDelay)
	for stored(t, s, "a").Status != 304 {
		if time.Now().After(deadline) {
			t.Fatal("the noted state was not written")
		}
		time.Sleep(20 * time.Millisecond)
	}

	// A durable write supersedes a noted state, even one noted before it
	// and flushed after it.
	s.NoteSourceState("b", &SourceState{Status: 304})
	if err := s.PutSourceState("b", &SourceState{Status: 500, Failures: 1}); err != nil {
		t.Fatal(err)
	}
	if err := s.flushLazy(); err != nil {
		t.Fatal(err)
	}
	if st := stored(t, s, "b"); st.Status != 500 {
		t.Errorf("b: stored %+v, want the later durable write", st)
	}

	// Close writes what is noted.
	s.NoteSourceState("c", &SourceState{Status: 304, ETag: `"x"`})
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = Open(Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if st, err := s.SourceState("c"); err != nil || st.ETag != `"x"` {
		t.Errorf("c after reopening: %+v, %v; Close should have written it", st, err)
	}
}

// TestReadDoesNotOverwriteNewerState: a state read from the file must not
// replace one that a write cached while the read was under way.
func TestReadDoesNotOverwriteNewerState(t *testing.T) {
	s := openTest(t, 0)
	s.cacheState("a", &SourceState{ETag: "new"})
	s.cacheRead("a", &SourceState{ETag: "old"})
	if st, err := s.SourceState("a"); err != nil || st.ETag != "new" {
		t.Errorf("state %+v (%v), want the newer one", st, err)
	}
}

// BenchmarkFlushStates writes the states of 10,000 sources noted after
// 304s, what closes every re-poll cycle of feedsieve-bench repoll.
func BenchmarkFlushStates(b *testing.B) {
	s, err := Open(Options{Path: filepath.Join(b.TempDir(), "flush.db")})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	const sources = 10_000
	for b.Loop() {
		b.StopTimer()
		now := time.Now()
		for i := range sources {
			st := SourceState{URL: fmt.Sprintf("http://127.0.0.1:8080/feeds/%d.xml", i), ETag: fmt.Sprintf(`"%x"`, i*7919), LastAttempt: now, LastSuccess: now, NextPoll: now.Add(time.Hour), Status: 304, ItemsSeen: 60}
			s.NoteSourceState(fmt.Sprintf("outlet-%d", i), &st)
		}
		b.StartTimer()
		if err := s.Flush(); err != nil {
			b.Fatal(err)
		}
	}
}
