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

// syncPageMarks marks in the links index the page links a source's state
// now lists that it did not (was), and unmarks those it no longer lists:
// the marks are the page links the sources remember, so that a feed
// making up links never makes their number grow past MaxPageLinks a
// source.
func syncPageMarks(tx *bolt.Tx, was, now []string) error {
	b := tx.Bucket(bucketLinks)
	for _, l := range now {
		if slices.Contains(was, l) || isPageMark(b.Get(dbKey(l))) {
			continue
		}
		if err := b.Put(dbKey(l), pageMark); err != nil {
			return err
		}
	}
	for _, l := range was {
		if slices.Contains(now, l) || !isPageMark(b.Get(dbKey(l))) {
			continue
		}
		if err := b.Delete(dbKey(l)); err != nil {
			return err
		}
	}
	return nil
}
