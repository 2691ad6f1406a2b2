package feeds

import "github.com/feedsieve/feedsieve/storage"

// An entry keeps the id its source gave it when the aggregator found it
// fit to keep (storage.Item.EntryID: an absolute IRI, set when the item
// was first stored), as RFC 4287 wants an entry's id kept when it is
// republished; else its id is EntryID's, made from the item. Within one
// document every id is used once: a later entry whose kept id an earlier
// one has (two sources that use one IRI for different items) gets a made
// id instead. An entry is attributed to the feed that first published it
// when its source said so (storage.Item.Origin), else to its source's
// feed.

// publishedID is the id of an item's entry in every format.
func publishedID(it *storage.Item) string { return nonEmpty(it.EntryID, EntryID(it.ID)) }

// attribution is the feed an entry is attributed to.
func attribution(it *storage.Item) storage.FeedInfo {
	if it.Origin != (storage.FeedInfo{}) {
		return it.Origin
	}
	return it.Feed
}

// uniqueIDs gives up each kept id that an entry of the document has as
// its made id, or that an entry that arrived earlier keeps: the entry
// published first under an id keeps it when another source's later item
// claims it too, whatever their order in the document (newest first).
// The items are clean copies (clean.go).
func uniqueIDs(items []*storage.Item) {
	owner := make(map[string]*storage.Item, len(items))
	made := make(map[string]bool, len(items))
	for _, it := range items {
		made[EntryID(it.ID)] = true
		if o, ok := owner[it.EntryID]; it.EntryID != "" && (!ok || byArrival(it, o) < 0) {
			owner[it.EntryID] = it
		}
	}
	for _, it := range items {
		if it.EntryID != "" && (owner[it.EntryID] != it || made[it.EntryID]) {
			it.EntryID = ""
		}
	}
}
