package storage

import (
	"testing"
	"time"
)

// TestAssignedTimesAreDistinct: the times feedsieve gives items of one
// poll (a missing date, an edit without a date) differ, keep their
// nanoseconds through the codec, and follow the document's order.
func TestAssignedTimesAreDistinct(t *testing.T) {
	s := openTest(t, 0)
	now := t0.Add(123456789 * time.Nanosecond)
	undated := func(key, title string) Entry {
		return Entry{Key: key, Item: Item{GUID: key, Title: title}}
	}
	b := Batch{Source: "a", Now: now, Entries: []Entry{undated("1", "Karabakh one"), undated("2", "Karabakh two")}}
	if _, err := s.Apply(b, byKeyword); err != nil {
		t.Fatal(err)
	}
	later := now.Add(time.Minute)
	b.Now = later
	b.Entries[0].Item.Title, b.Entries[1].Item.Title = "Karabakh one, edited", "Karabakh two, edited"
	if res, err := s.Apply(b, byKeyword); err != nil || res.Updated != 2 {
		t.Fatalf("edit: %+v, %v", res, err)
	}
	items, err := s.Newest("nk", 10)
	if err != nil || len(items) != 2 {
		t.Fatalf("%d items, %v", len(items), err)
	}
	want := []struct{ published, updated time.Time }{
		{now, later},
		{now.Add(-time.Nanosecond), later.Add(-time.Nanosecond)},
	}
	for i, it := range items {
		if !it.Published.Equal(want[i].published) || !it.Updated.Equal(want[i].updated) {
			t.Errorf("%s: published %v, updated %v; want %v, %v", it.Title,
				it.Published.Format(time.RFC3339Nano), it.Updated.Format(time.RFC3339Nano),
				want[i].published.Format(time.RFC3339Nano), want[i].updated.Format(time.RFC3339Nano))
		}
	}
}
