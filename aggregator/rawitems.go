package aggregator

import (
	"crypto/sha256"
	"encoding/binary"
	"hash/fnv"
)

// A feed polled again mostly repeats the items it had: of 60, one is
// new. Their bytes being the same, and what parsing them depends on
// besides (itemContext), parsing them again can only store what is
// stored. So while shapeXML walks the document, it notes a hash of each
// item's bytes (rawHash) and, given those the last stored poll
// remembered (storage.Seen), cuts those items out before gofeed parses
// the document: they are neither parsed, nor matched, nor stored again.

// rawItems asks shapeXMLDoc to note the hash of each item's bytes and to
// cut out the items whose hash is in skip.
type rawItems struct {
	skip map[uint64]uint64 // hash → SeenKey of the item remembered; nil: cut none
	// max is the most items a document may have for its items to be
	// noted: past it, keepNewest chooses among them by date after parsing.
	max int
}

// rawItem is an item of the document as shapeXMLDoc saw it.
type rawItem struct {
	hash    uint64 // 0: not to be remembered (see noteItem)
	skipped bool   // cut out as remembered
	root    bool   // a child of the root, not of a channel
}

// rawHash is the hash an item's bytes are remembered by: the first 8
// bytes of their SHA-256, as fast as FNV-1a or CRC-64 where the CPU has
// SHA instructions (1.6 GB/s against 0.9 for FNV-1a), and stable across
// processes, as it is stored. Never 0, which means none.
func rawHash(b []byte) uint64 {
	sum := sha256.Sum256(b)
	return max(binary.LittleEndian.Uint64(sum[:8]), 1)
}

// noteItem notes, or cuts out, the item element about to close at end.
// An item is remembered only when its parse depends on nothing but its
// bytes and the context: an unprefixed item (RSS, RDF) or entry (Atom)
// that declares no default namespace of its own, with nothing cut out of
// it (the structure budget cuts by the elements before it).
func (s *xmlShape) noteItem(top *xmlFrame, end int) {
	if s.raw == nil {
		return
	}
	it := rawItem{root: s.depth == 2}
	if top.plain && len(s.cuts) == top.cuts {
		it.hash = rawHash(s.lex.b[top.start:end])
	}
	if _, ok := s.raw.skip[it.hash]; ok && it.hash != 0 {
		it.skipped = true
		s.skipItem(top.start, end)
	}
	s.rawItems = append(s.rawItems, it)
}

// skipItem cuts out an item element, which has no cuts within it.
func (s *xmlShape) skipItem(start, end int) {
	if n := len(s.cuts); n > 0 && s.cuts[n-1].to == start {
		s.cuts[n-1].to = end
	} else {
		s.cuts = append(s.cuts, span{from: start, to: end})
	}
	s.skipped++
	if s.atom {
		s.texts = s.texts[:len(s.texts)-1] // the entry's, appended as it opened
	}
}

// plainItem says whether the item just opened may be remembered by its
// bytes (noteItem).
func (s *xmlShape) plainItem() bool {
	name := s.stack[s.depth-1].name
	word := "item"
	if s.atom {
		word = "entry"
	}
	return s.lex.defaultNS == nil && asciiEqualFold(name, word) && (!s.atom || s.depth == 2)
}

// noteHead adds the start tag just read to the hash of the document's
// head, when it is the root's or a channel's: their namespace
// declarations, xml:base and xml:lang apply to the items.
func (s *xmlShape) noteHead() {
	if s.raw == nil || s.depth > 2 || s.depth == 2 && !asciiEqualFold(localName(s.stack[1].name), "channel") {
		return
	}
	h := fnv.New64a()
	var n [8]byte
	h.Write(binary.LittleEndian.AppendUint64(n[:0], s.head))
	h.Write(s.lex.b[s.stack[s.depth-1].start:s.lex.pos])
	s.head = h.Sum64()
}

// rawOrder is the document's items in the order gofeed returns them: an
// RSS channel's items, then the root's (RSS 1.0), each in document order.
// It is nil when the items cannot all be told by their bytes: more of
// them than raw.max, some cut, or the document truncated.
func (s *xmlShape) rawOrder() []rawItem {
	if s.raw == nil || s.items > s.raw.max || s.cutItems > 0 || s.truncated >= 0 {
		return nil
	}
	out := make([]rawItem, 0, len(s.rawItems))
	for _, root := range []bool{false, true} {
		for _, it := range s.rawItems {
			if it.root == root {
				out = append(out, it)
			}
		}
	}
	return out
}
