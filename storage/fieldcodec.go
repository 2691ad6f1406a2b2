package storage

import (
	"encoding/binary"
	"fmt"
	"time"
)

// fieldEncoder appends fields in the binary form.
type fieldEncoder struct{ b []byte }

func (e *fieldEncoder) uvarint(v uint64) { e.b = binary.AppendUvarint(e.b, v) }

func (e *fieldEncoder) string(s string) {
	e.uvarint(uint64(len(s)))
	e.b = append(e.b, s...)
}

func (e *fieldEncoder) strings(ss []string) {
	e.uvarint(uint64(len(ss)))
	for _, s := range ss {
		e.string(s)
	}
}

// time writes seconds, nanoseconds and the zone offset, which is what a
// JSON round trip keeps too.
func (e *fieldEncoder) time(t time.Time) {
	_, offset := t.Zone()
	e.b = binary.AppendVarint(e.b, t.Unix())
	e.uvarint(uint64(t.Nanosecond()))
	e.b = binary.AppendVarint(e.b, int64(offset))
}

// fieldDecoder reads fields in the binary form; after the first error it
// returns zero values and keeps the error.
type fieldDecoder struct {
	s   string
	pos int
	err error
}

func (d *fieldDecoder) end() error {
	if d.err == nil && d.pos != len(d.s) {
		d.err = fmt.Errorf("%d bytes left over", len(d.s)-d.pos)
	}
	return d.err
}

func (d *fieldDecoder) fail(what string) {
	if d.err == nil {
		d.err = fmt.Errorf("truncated or corrupt %s at byte %d", what, d.pos)
	}
}

// uvarint reads what binary.AppendUvarint wrote.
func (d *fieldDecoder) uvarint() uint64 {
	var v uint64
	for shift := 0; d.err == nil; shift += 7 {
		if d.pos >= len(d.s) || shift >= 64 || (shift == 63 && d.s[d.pos] > 1) {
			d.fail("number")
			break
		}
		c := d.s[d.pos]
		d.pos++
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return v
		}
	}
	return 0
}

// varint reads what binary.AppendVarint wrote (zig-zag).
func (d *fieldDecoder) varint() int64 {
	u := d.uvarint()
	v := int64(u >> 1)
	if u&1 != 0 {
		v = ^v
	}
	return v
}

// count reads a list length, which cannot exceed the bytes left.
func (d *fieldDecoder) count() int {
	n := d.uvarint()
	if n > uint64(len(d.s)-d.pos) {
		d.fail("list")
		return 0
	}
	return int(n)
}

func (d *fieldDecoder) string() string {
	n := d.uvarint()
	if d.err != nil {
		return ""
	}
	if n > uint64(len(d.s)-d.pos) {
		d.fail("string")
		return ""
	}
	s := d.s[d.pos : d.pos+int(n)]
	d.pos += int(n)
	return s
}

func (d *fieldDecoder) strings() []string {
	n := d.count()
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = d.string()
	}
	return out
}

func (d *fieldDecoder) time() time.Time {
	sec, nsec, offset := d.varint(), d.uvarint(), d.varint()
	if d.err != nil || nsec >= 1e9 {
		d.fail("time")
		return time.Time{}
	}
	t := time.Unix(sec, int64(nsec))
	if offset == 0 {
		return t.UTC()
	}
	return t.In(time.FixedZone("", int(offset)))
}
