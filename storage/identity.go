package storage

import (
	"crypto/sha256"
	"encoding/hex"
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
		switch {
		case old.Source == source && sameText(old, &p.Item) && p.Key == "link:"+p.Item.NormLink:
			return w.merge(source, ref, old, p) // found by the link it is now keyed by: the key is kept
		case old.Source == source && sameText(old, &p.Item):
			return outcomeUnchanged, nil // again, under a made-up key: not kept, or they would pile up
		case old.Source == source && p.again && alike(old, &p.Item):
			return w.mergeKey(source, ref, old, p, false) // edited, in a batch that makes up its keys
		case old.Source == source && edits(old, &p.Item):
			p.takesLink = true // so that its next delivery under yet another key finds it
		}
		return w.insertNew(source, p)
	}
	return w.merge(source, ref, old, p)
}

// identify finds, in a read transaction, which of a batch's entries are
// stored items (stored): under their own key, or by their link, as
// another source's item or their source's own again under a new key
// (linkHolder); whether the batch shows its source makes up its keys
// (madeUpKeys); and which entries' links are a page's, clearing them,
// noting them in the batch's state and keying by text the entries keyed
// by them.
func identify(tx *bolt.Tx, b Batch, out []prepared, stored []bool) {
	keys := tx.Bucket(bucketKeys)
	holders := make([]holder, len(out))
	byKey, reissued := 0, 0
	for i := range out {
		p := &out[i]
		if stored[i] = keys.Get(dbKey(p.ik)) != nil; stored[i] {
			byKey++
			continue
		}
		if holders[i] = linkHolder(tx, b.Source, p.Entry); holders[i] == heldAsAgain {
			reissued++
		}
	}
	again := madeUpKeys(b, len(out), byKey, reissued)
	for i := range out {
		p := &out[i]
		p.again = again
		if stored[i] {
			continue
		}
		switch h := holders[i]; {
		case h == heldByOther, h == heldAsAgain:
			stored[i] = true // joins the other source's item, or is the source's own again (upsert)
		case again && (h == heldAsEdit || h == heldAlike):
			stored[i] = true // the item edited, in a batch that makes up its keys (upsert)
		case h == heldAsEdit:
			// a new item, that takes the link over (upsert)
		case h == heldBySource, h == heldAlike, h == heldAsPage:
			// The source gave the link to another of its items, or
			// any source's were found to share it: a page's, not an
			// article's (SourceState.PageLinks).
			if b.State != nil {
				b.State.NotePageLink(p.Item.NormLink)
			}
			if p.Key == "link:"+p.Item.NormLink { // as the aggregator keys it once it knows the page
				p.Key = TextKey(&p.Item)
				p.ik = identityKey(b.Source, p.Key)
				stored[i] = keys.Get(dbKey(p.ik)) != nil
			}
			p.Item.NormLink = ""
		}
	}
}

// madeUpKeys reports whether a batch of n entries shows its source makes
// up their keys at every request: at least half of them are stored items
// of the source again, word for word, under new keys (reissued), none is
// found under its own key, and the source's document repeated no item
// byte for byte (Skipped), as one whose GUIDs stay does. In such a batch
// an entry with the link and the title or summary of another of the
// source's items is that item, edited in place; elsewhere it may be
// another item written alike.
func madeUpKeys(b Batch, n, byKey, reissued int) bool {
	return reissued > 0 && 2*reissued >= n && byKey == 0 && len(b.Skipped.Items) == 0
}

// alike reports whether an entry has a stored item's title, or its
// summary.
func alike(old, in *Item) bool {
	return old.Title == in.Title || old.Summary != "" && old.Summary == in.Summary
}

// edits reports whether an entry with the link and date of a stored item
// of its source, under another key, and alike, may be that item edited.
// It cannot be told from another item written alike (the next notice of
// a status page), so it is stored as a new item; but the links index
// moves to it, so that a feed that makes up a GUID at every request
// brings an edited item once, not at every poll. Items of the link at
// other times (a digest a day, under one title), or undated, are a
// page's items. In a batch that shows the source makes up its keys
// (madeUpKeys), an entry alike with an item's link is that item, edited
// in place (upsert, prepare).
func edits(old, in *Item) bool {
	return !in.Published.IsZero() && old.Published.Equal(in.Published) && alike(old, in)
}

// TextKey is the identity key of an item by its title and summary, for
// an item that neither its GUID nor its link identifies (a GUID many
// items share, a page's link): not by its date, which a future date
// clamped to the time of each poll would change.
func TextKey(it *Item) string {
	sum := sha256.Sum256([]byte("page\x00" + it.Title + "\x00" + it.Summary))
	return "hash:" + hex.EncodeToString(sum[:16])
}

// sameText reports whether an entry has a stored item's title, text and
// enclosures: with its link, from its source under another key, it is
// that item again: feeds that make up a new GUID (and date) at every
// request would otherwise bring all their items anew at every poll. An
// item that a source delivers again with the link, title and text of one
// it delivered before, at another time (the same notice on a status
// page), is taken for it.
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
// identity key joins it, as upsert decides), or another item the source
// originated (a page's link, as a whole body sharing it would show); or
// that the link is a page's. The source's stored item again under a new
// key (sameText) is heldAsAgain; one the entry may edit (edits) is
// heldAsEdit, and one merely alike, heldAlike.
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
	case it.Source != source:
		return heldByNone // another source's item, that the source joined before: a new item, as upsert decides
	case sameText(it, &e.Item):
		return heldAsAgain
	case edits(it, &e.Item):
		return heldAsEdit
	case alike(it, &e.Item):
		return heldAlike
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
	heldAsEdit
	heldAlike
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
