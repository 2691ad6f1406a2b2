package storage

import "encoding/binary"

// Most deliveries of a stored item are of the item as it is: a re-poll
// brings the same 60 items with one new. Whether such a delivery changes
// anything needs only the item's origin source and content hash, so
// peekOrigin reads those two from the stored bytes, skipping the fields
// between them, without decoding (copying) the whole record: for items
// of large content, that was most of the cost of a re-poll's write.

// peekOrigin returns the source and content hash of an item in the
// binary form, and false for any other bytes (the JSON of early
// versions, damage), which must then be decoded.
func peekOrigin(b []byte) (source, hash []byte, ok bool) {
	if len(b) == 0 || b[0] < itemV2 || b[0] > itemV6 {
		return nil, nil, false
	}
	p := peeker{b: b, pos: 1}
	p.skip(1) // id
	source = p.next()
	p.skipList() // sources
	p.skipList() // keys
	p.skip(6)    // guid, link, norm link, title, summary, content
	p.skipList() // categories
	n := p.uvarint()
	p.skip(3 * int(min(n, uint64(len(b))))) // authors' name, email, uri
	p.skip(5)                               // language, and the feed's title, link, id and language
	for range 3 {                           // published, updated, first seen
		p.uvarint()
		p.uvarint()
		p.uvarint()
	}
	hash = p.next()
	return source, hash, !p.bad
}

// peeker walks the binary form; after a fault it reads nothing more.
type peeker struct {
	b   []byte
	pos int
	bad bool
}

func (p *peeker) uvarint() uint64 {
	if p.bad {
		return 0
	}
	v, n := binary.Uvarint(p.b[p.pos:])
	if n <= 0 {
		p.bad = true
		return 0
	}
	p.pos += n
	return v
}

// next returns the string at the position, in place.
func (p *peeker) next() []byte {
	n := p.uvarint()
	if p.bad || n > uint64(len(p.b)-p.pos) {
		p.bad = true
		return nil
	}
	s := p.b[p.pos : p.pos+int(n)]
	p.pos += int(n)
	return s
}

func (p *peeker) skip(strings int) {
	for range strings {
		p.next()
	}
}

func (p *peeker) skipList() {
	n := p.uvarint()
	if n > uint64(len(p.b)) {
		p.bad = true
		return
	}
	p.skip(int(n))
}
