package storage

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Seen is what a source's last stored poll remembers of the items it
// delivered: a hash of each item's bytes in the document, for the items
// the store holds as they were delivered, so that the next poll need not
// parse, match or encode again the items whose bytes did not change. The
// hashes are the aggregator's; the store keeps them in a record of
// their own, apart from the source's state, written in the transaction
// that stores the items, so that a failed write remembers nothing, and
// it never remembers an item it refused.
type Seen struct {
	// Context is the aggregator's fingerprint of what parsing the items
	// depends on besides their bytes; the store keeps it as it is given.
	Context uint64
	// Oldest is the earliest publication date among the items that have
	// one: once it is older than the retention period, a poll parses the
	// items again, so that those expired are counted as before.
	Oldest time.Time
	Items  []SeenItem
}

// SeenItem is an item remembered by its bytes.
type SeenItem struct {
	Raw uint64 // the aggregator's hash of the item's bytes
	Key uint64 // SeenKey of its identity key
}

// MaxSeen bounds the items a source remembers: more than any poll takes
// from one response by default.
const MaxSeen = 2048

// SeenKey is the hash by which an identity key is remembered (FNV-1a):
// a poll that delivers an item under the key of one it did not parse
// must parse both, as two entries with one key are one item.
func SeenKey(key string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(key))
	return h.Sum64()
}

// RetentionCutoff is the publication date before which a delivered item
// is not stored, at now; zero when items are kept for ever.
func (s *Store) RetentionCutoff(now time.Time) time.Time {
	if r := s.retentionPeriod(); r > 0 {
		return now.Add(-r)
	}
	return time.Time{}
}

// seen is what the batch's source remembers after the write: the items
// skipped, and of those the batch carried, the ones stored as delivered
// (stored[i] for p.entries[i]): new, updated or unchanged, not refused,
// and not sharing their identity key with another entry of the batch.
func (p *Prepared) seen(tx *bolt.Tx, stored []bool) Seen {
	b := p.batch
	out := Seen{Context: b.Skipped.Context}
	if len(b.Skipped.Items) > 0 && remembers(tx, b.Source) {
		out.Items = append(out.Items, b.Skipped.Items...)
		out.Oldest = b.Skipped.Oldest
	}
	for i := range p.entries {
		e := &p.entries[i]
		if !stored[i] || e.Raw == 0 || e.dup {
			continue
		}
		out.Items = append(out.Items, SeenItem{Raw: e.Raw, Key: SeenKey(e.Key)})
		if t := e.Item.Published; !t.IsZero() && (out.Oldest.IsZero() || t.Before(out.Oldest)) {
			out.Oldest = t
		}
	}
	if len(out.Items) > MaxSeen {
		out.Items = out.Items[:MaxSeen]
	}
	return out
}

// remembers reports whether a source still remembers items: Prune
// forgets them when it removes one of the source's items, which a poll
// that skipped it must not remember again.
func remembers(tx *bolt.Tx, source string) bool {
	return tx.Bucket(bucketSeen).Get([]byte(source)) != nil
}

// forgetSeen makes the given sources forget the items they remember: a
// poll parses their documents whole again, and stores anew the items
// removed.
func forgetSeen(tx *bolt.Tx, sources map[string]bool) error {
	b := tx.Bucket(bucketSeen)
	for name := range sources {
		if err := b.Delete([]byte(name)); err != nil {
			return err
		}
	}
	return nil
}

// SeenItems returns what a source remembers of the items of its last
// stored poll. A record that does not decode is logged and read as
// remembering nothing: the poll parses the document whole, and its
// commit writes the record anew (Check reports it too).
func (s *Store) SeenItems(name string) (Seen, error) {
	var seen Seen
	var bad error
	err := s.db.View(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bucketSeen); b != nil { // none in a file no feedsieve with it wrote
			if v := b.Get([]byte(name)); v != nil {
				bad = decodeSeen(v, &seen)
			}
		}
		return nil
	})
	if err != nil {
		return Seen{}, fmt.Errorf("read the items source %s remembers: %w", name, err)
	}
	if bad != nil {
		s.log.Warn("the items a source remembers do not read; its feed is parsed whole",
			slog.String("source", name), slog.String("database", s.path), slog.String("error", bad.Error()))
		return Seen{}, nil
	}
	return seen, nil
}

// checkSeen reports the records of remembered items that do not decode.
// A file last written by a feedsieve from before them has none.
func checkSeen(tx *bolt.Tx, add func(string, ...any) bool) {
	b := tx.Bucket(bucketSeen)
	if b == nil {
		return
	}
	b.ForEach(func(name, v []byte) error {
		var seen Seen
		if err := decodeSeen(v, &seen); err != nil && !add("items remembered for source %s: %w", name, err) {
			return errors.New("enough")
		}
		return nil
	})
}

// putSeen stores what a source remembers, apart from its state, which
// polls that store no items (a 304, a failure) write without reading or
// writing this; nothing remembered is no record.
func putSeen(tx *bolt.Tx, name string, seen Seen) error {
	b := tx.Bucket(bucketSeen)
	if len(seen.Items) == 0 {
		return b.Delete([]byte(name))
	}
	e := fieldEncoder{b: make([]byte, 0, 24+16*len(seen.Items))}
	e.b = append(e.b, seenV1)
	e.seen(&seen)
	return b.Put([]byte(name), e.b)
}

// seenV1 marks the stored form of Seen.
const seenV1 = 0x01

func decodeSeen(b []byte, seen *Seen) error {
	if len(b) == 0 || b[0] != seenV1 {
		return errors.New("not a record of remembered items")
	}
	d := fieldDecoder{s: string(b[1:])}
	d.seen(seen)
	return d.end()
}

// seen writes the items remembered: their context, oldest date, count,
// then each hash and key as 8 bytes.
func (e *fieldEncoder) seen(s *Seen) {
	e.uvarint(s.Context)
	e.time(s.Oldest)
	e.uvarint(uint64(len(s.Items)))
	for _, it := range s.Items {
		e.b = binary.LittleEndian.AppendUint64(e.b, it.Raw)
		e.b = binary.LittleEndian.AppendUint64(e.b, it.Key)
	}
}

func (d *fieldDecoder) seen(s *Seen) {
	s.Context = d.uvarint()
	s.Oldest = d.time()
	n := d.uvarint()
	if d.err != nil || n > uint64(len(d.s)-d.pos)/16 {
		d.fail("remembered items")
		return
	}
	s.Items = make([]SeenItem, n)
	for i := range s.Items {
		b := d.s[d.pos : d.pos+16]
		s.Items[i] = SeenItem{Raw: binary.LittleEndian.Uint64([]byte(b[:8])), Key: binary.LittleEndian.Uint64([]byte(b[8:]))}
		d.pos += 16
	}
}
