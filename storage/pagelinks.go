package storage

import (
	"bytes"

	bolt "go.etcd.io/bbolt"
)

// Page links (SourceState.PageLinks): a normalized link found to be a
// page's rather than one article's is marked so in the links index, in
// place of an item's ref, so that no source's item is stored under it
// afterwards, nor joins another by it.

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

// markPages marks normalized links as pages' in the links index.
func markPages(tx *bolt.Tx, links []string) error {
	b := tx.Bucket(bucketLinks)
	for _, l := range links {
		if l == "" || isPageMark(b.Get(dbKey(l))) {
			continue
		}
		if err := b.Put(dbKey(l), pageMark); err != nil {
			return err
		}
	}
	return nil
}
