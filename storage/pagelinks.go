package storage

import (
	"bytes"
	"slices"

	bolt "go.etcd.io/bbolt"
)

// Page links (SourceState.PageLinks): a normalized link a source's state
// lists as a page's rather than one article's is marked so in the links
// index, in place of an item's ref, so that no source's item is stored
// under it afterwards, nor joins another by it.

// pageMark is the links index's value for a page link: never a ref,
// which is refLen bytes.
var pageMark = []byte("page")

func isPageMark(v []byte) bool { return bytes.Equal(v, pageMark) }

// itemRefOfLink is the ref the links index holds for a normalized link,
// nil for none or for a page link.
func itemRefOfLink(links *bolt.Bucket, normLink string) []byte {
	if ref := links.Get(dbKey(normLink)); ref != nil && !isPageMark(ref) {
		return ref
	}
	return nil
}

// syncPageMarks marks in the links index the page links source's state
// now lists that it did not (was), and unmarks those it no longer lists
// and no other source's state does: the marks are the page links the
// sources remember, so that a feed making up links never makes their
// number grow past MaxPageLinks a source. A link that another source's
// item is stored under stays that item's: one source's items sharing an
// article's link (a link blog's two notes on one report) do not undo
// the article's joining across sources.
func syncPageMarks(tx *bolt.Tx, source string, was, now []string) error {
	b := tx.Bucket(bucketLinks)
	for _, l := range now {
		if slices.Contains(was, l) || !markable(tx, b.Get(dbKey(l)), source) {
			continue
		}
		if err := b.Put(dbKey(l), pageMark); err != nil {
			return err
		}
	}
	var dropped []string
	for _, l := range was {
		if !slices.Contains(now, l) && isPageMark(b.Get(dbKey(l))) {
			dropped = append(dropped, l)
		}
	}
	if len(dropped) == 0 {
		return nil
	}
	kept := listedElsewhere(tx, source)
	for _, l := range dropped {
		if kept[l] {
			continue
		}
		if err := b.Delete(dbKey(l)); err != nil {
			return err
		}
	}
	return nil
}

// markable reports whether a page link whose links index entry is ref
// may be marked for source: it has no entry, or that of an item the
// source originated (not one it joined).
func markable(tx *bolt.Tx, ref []byte, source string) bool {
	if ref == nil {
		return true
	}
	if isPageMark(ref) {
		return false // marked already
	}
	raw := tx.Bucket(bucketItems).Get(ref)
	if raw == nil {
		return true
	}
	it, err := decodeItem(raw)
	return err == nil && it.Source == source
}

// listedElsewhere is the set of page links the sources other than source
// remember. It reads every state, once for all the links a state drops,
// which only links falling off a source's list (MaxPageLinks) ask for.
func listedElsewhere(tx *bolt.Tx, source string) map[string]bool {
	out := map[string]bool{}
	tx.Bucket(bucketSources).ForEach(func(k, v []byte) error {
		var st SourceState
		if string(k) != source && decodeState(v, &st) == nil {
			for _, l := range st.PageLinks {
				out[l] = true
			}
		}
		return nil
	})
	return out
}
