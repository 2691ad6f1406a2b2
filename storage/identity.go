package storage

import (
	"fmt"
	"slices"
	"strings"

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
		if reissues(old, &p.Item) {
			return outcomeUnchanged, nil // not even its key: a new one at every poll would pile up
		}
		return w.insertNew(source, p)
	}
	return w.merge(source, ref, old, p)
}

// reissues reports whether an entry is a stored item of its source
// delivered again under another identity key and nothing else new: its
// link, title, text and enclosures. Feeds that make up a new GUID at
// every request would otherwise bring all their items anew at every
// poll. An item that differs in any of them (the next episode of a show
// linked to the show's page) is another.
func reissues(old, in *Item) bool {
	if old.Link != in.Link || old.Title != in.Title || old.Summary != in.Summary || old.Content != in.Content || len(old.Enclosures) != len(in.Enclosures) {
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
// itself under another title; or that the link is a page's. An item of
// the source with the entry's title is the entry itself under a new
// GUID, which says nothing of the link: unchanged (heldAsReissue), else
// a new item (heldByNone).
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
	case reissues(it, &e.Item):
		return heldAsReissue
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
	heldAsReissue
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
