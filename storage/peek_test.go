package storage

import (
	"strings"
	"testing"
)

// TestPeekOrigin: peekOrigin reads the source and hash that decoding
// finds, in every binary version; it refuses JSON, and reads no wrong
// values (nor panics) from a truncated record.
func TestPeekOrigin(t *testing.T) {
	for _, it := range []*Item{codecSample(), mediaSample(), originSample(), {Source: "s", Hash: "h"}, {}} {
		b := encodeItem(it)
		source, hash, ok := peekOrigin(b)
		if !ok || string(source) != it.Source || string(hash) != it.Hash {
			t.Errorf("version %d: peeked %q, %q, %v; want %q, %q", b[0], source, hash, ok, it.Source, it.Hash)
		}
		for n := range len(b) { // a truncation reads the right values, or none

			s, h, ok := peekOrigin(b[:n])
			if ok && (string(s) != it.Source || string(h) != it.Hash) {
				t.Fatalf("a truncation to %d of %d bytes peeked %q, %q", n, len(b), s, h)
			}
		}
	}
	if _, _, ok := peekOrigin([]byte(`{"source":"s"}`)); ok {
		t.Error("JSON peeked")
	}
}

// BenchmarkUnchangedCheck is what telling an unchanged delivery costs per
// stored item: peeking at its source and hash, against decoding it (as
// upsert did before), for an item of 3.4 KB.
func BenchmarkUnchangedCheck(b *testing.B) {
	it := codecSample()
	it.Content = strings.Repeat("<p>Nagorno-Karabakh: Беженцы продолжают прибывать в Армению.</p>\n", 30)
	raw := encodeItem(it)
	b.Run("peek", func(b *testing.B) {
		for b.Loop() {
			if _, h, ok := peekOrigin(raw); !ok || string(h) != it.Hash {
				b.Fatal("peek failed")
			}
		}
	})
	b.Run("decode", func(b *testing.B) {
		for b.Loop() {
			if d, err := decodeItem(raw); err != nil || d.Hash != it.Hash {
				b.Fatal(err)
			}
		}
	})
}
