package main

import (
	"path/filepath"
	"testing"
)

// TestRepollHarness runs the re-poll comparison on a few sources: after the
// first poll every source must answer feedsieve 304 (it sends the stored
// ETag), and the bare client's requests too.
func TestRepollHarness(t *testing.T) {
	fx, err := newRepollFixture(filepath.Join(t.TempDir(), "x.db"), repollOptions{sources: 30, concurrency: 4})
	if err != nil {
		t.Fatal(err)
	}
	defer fx.Close()
	for _, fsFirst := range []bool{false, true} {
		bare, fs, err := fx.round(fsFirst, nil)
		if err != nil {
			t.Fatal(err)
		}
		if bare <= 0 || fs <= 0 {
			t.Errorf("times %v and %v", bare, fs)
		}
	}
	st, err := fx.store.SourceState("outlet-7")
	if err != nil || st.Status != 304 || st.ETag != fx.farm.etags[7] {
		t.Errorf("outlet-7 state %+v (%v): want the 304 recorded with the feed's ETag", st, err)
	}
}
