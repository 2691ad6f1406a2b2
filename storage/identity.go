package storage

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
)

// upsert stores an entry as a new item or folds it into the stored item
// it is: the one stored under its identity key, else another source's
// item with the same normalized link. Within a source the identity key
// alone decides: an item this source already delivered under another key
// is a different item, whatever its link (two GUIDs on one page, told
// apart only by a #fragment, are two items).
func (w *writer) upsert(source string, p *prepared) (outcome, error) {
	ref := w.tx.Bucket(bucketKeys).Get(dbKey(p.ik))
	byLink := false
	if ref == nil && p.Item.NormLink != "" {
		ref, byLink = itemRefOfLink(w.tx.Bucket(bucketLinks), p.Item.NormLink), true
	}
	if ref == nil {
		return w.insertNew(source, p)
	}
	ref = append([]byte(nil), ref...)
	raw := w.tx.Bucket(bucketItems).Get(ref)
	if raw == nil {
		// An index entry without its item cannot be left by a committed
		// transaction; repair it by storing the item afresh.
		return outcomeNew, w.insert(source, p)
	}
	// Found by its own identity key, the item already lists this source
	// and key: only its origin source's changed content changes it.
	if origin, hash, ok := peekOrigin(raw); ok && !byLink && (string(origin) != source || string(hash) == p.hash) {
		return outcomeUnchanged, nil
	}
	old, err := decodeItem(raw)
	if err != nil {
		return 0, fmt.Errorf("item %s: %w", refString(ref), err)
	}
	if byLink && deliveredBy(old, source) {
		switch {
		case !sameAgain(old, &p.Item):
			return w.insertNew(source, p)
		case sameText(old, &p.Item):
			return outcomeUnchanged, nil // not even its key: a new one at every poll would pile up
		}
		return w.update(source, ref, old, p) // edited, under yet another key
	}
	return w.merge(source, ref, old, p)
}

// sameAgain reports whether an entry that its source delivers under a new
// identity key, with the link of a stored item old of the source, is that
// item again: feeds that make up a new GUID at every request would
// otherwise bring all their items anew at every poll, and again at every
// edit. It is when both have the same date and the same title or the
// same summary (one of them edited), or, undated, the same text
// (sameText). Another item of the link, published at another time, or
// rewritten whole, is another (the next notice on a status page, the
// next episode of a show linked to its page).
func sameAgain(old, in *Item) bool {
	if in.Published.IsZero() {
		return sameText(old, in)
	}
	return old.Published.Equal(in.Published) && (old.Title == in.Title || old.Summary != "" && old.Summary == in.Summary)
}

// TextKey is the identity key of an item by its title, date and summary,
// for an item that neither its GUID nor its link identifies: a GUID many
// items share, a page's link.
func TextKey(it *Item) string {
	sum := sha256.Sum256([]byte("page\x00" + it.Title + "\x00" + it.Published.Format(time.RFC3339Nano) + "\x00" + it.Summary))
	return "hash:" + hex.EncodeToString(sum[:16])
}

// sameText reports whether an entry has a stored item's title, text and
// enclosures.
func sameText(old, in *Item) bool {
	if old.Title != in.Title || old.Summary != in.Summary || old.Content != in.Content || len(old.Enclosures) != len(in.Enclosures) {
		return false
	}
	for i := range old.Enclosures {
		if old.Enclosures[i].URL != in.Enclosures[i].URL {
			return false
		}
	}
	return true
}

// linkHolder says whose a stored item with the entry's normalized link
// is: none, another source's (an entry of source not stored under its
// identity key joins it, as upsert decides), or one source delivered
// itself under another title; or that the link is a page's. The stored
// item again under a new key (sameAgain) is heldAsAgain; another item of
// the source with the entry's title says nothing of the link, and the
// entry is a new item (heldByNone).
func linkHolder(tx *bolt.Tx, source string, e *Entry) holder {
	normLink := e.Item.NormLink
	if normLink == "" {
		return heldByNone
	}
	ref := tx.Bucket(bucketLinks).Get(dbKey(normLink))
	switch {
	case ref == nil:
		return heldByNone
	case isPageMark(ref):
		return heldAsPage
	}
	raw := tx.Bucket(bucketItems).Get(ref)
	if raw == nil {
		return heldByNone
	}
	it, err := decodeItem(raw)
	switch {
	case err != nil:
		return heldByNone
	case !deliveredBy(it, source):
		return heldByOther
	case sameAgain(it, &e.Item):
		return heldAsAgain
	case it.Title == e.Item.Title:
		return heldByNone
	}
	return heldBySource
}

// holder is whose item a normalized link is stored for (linkHolder).
type holder int

const (
	heldByNone holder = iota
	heldByOther
	heldBySource
	heldAsPage
	heldAsAgain
)

// insertNew stores an entry as a new item unless its source is full.
func (w *writer) insertNew(source string, p *prepared) (outcome, error) {
	if w.full(source) {
		return outcomeOverQuota, nil
	}
	return outcomeNew, w.insert(source, p)
}

// deliveredBy reports whether source delivered the item under some
// identity key of its own.
func deliveredBy(it *Item, source string) bool {
	prefix := identityKey(source, "")
	return slices.ContainsFunc(it.Keys, func(k string) bool { return strings.HasPrefix(k, prefix) })
}
