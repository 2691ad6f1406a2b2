package aggregator

import (
	"slices"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// Forgetting the items filed into stories that were then not stored:
// over their source's quota, merged into another delivery of their
// link, or their write failed.

// forget takes out of the index the items filed but not stored (over
// their source's quota, merged into another delivery of their link, or
// their write failed), and gives back the leads they took: they are no
// story's copy, and their next delivery is filed anew. Left in, a source
// over its quota would add its items to the index again at every poll.
func (f *storyFiler) forget(items []*storage.Item, now time.Time) {
	if len(items) == 0 {
		return
	}
	f.index.forget(items)
	f.unlead(items, now) // after: a copy of theirs is no member that may lead (reopen)
}

// forget takes the entries of items out of their stories, the word
// counts and the lists candidates are found in, the latest entry of
// each, and leaves them in no topic and without words, never a
// candidate again, until the next compaction drops them. The latest
// entry of an id is looked up (storyIndex.latest); only for an id whose
// latest entry was forgotten already, or that was never filed, are the
// entries walked from the last filed, which costs the index's size.
func (x *storyIndex) forget(items []*storage.Item) {
	x.lock()
	defer x.unlock()
	ids := make(map[string]bool, len(items))
	for _, it := range items {
		ids[it.ID] = true
	}
	for _, it := range items {
		if !ids[it.ID] {
			continue // listed twice, and forgotten
		}
		if n, ok := x.latest[idKey(it.ID)]; ok && x.entries[n].id == it.ID {
			delete(ids, it.ID)
			x.forgetEntry(n)
		}
	}
	for n := len(x.entries) - 1; n >= 0 && len(ids) > 0; n-- { // filed last
		if e := &x.entries[n]; !e.gone && ids[e.id] {
			delete(ids, e.id)
			x.forgetEntry(int32(n))
		}
	}
}

// idKey is the key of an item's id in storyIndex.latest.
func idKey(id string) uint64 { return mixString(hashPrime^0x1d, id) }

// forgetEntry takes entry n out of its stories, the word counts and the
// lists (forget).
func (x *storyIndex) forgetEntry(n int32) {
	e := &x.entries[n]
	if k := idKey(e.id); x.latest[k] == n {
		delete(x.latest, k)
	}
	x.noteLeft(e)
	if e.counted {
		x.stats.count(&e.print, -1, e.mates)
		e.counted = false
	}
	x.unchain(n, e)
	e.gone, e.topics = true, topicSet{}
	e.print, e.mates = storyPrint{published: e.print.published}, nil // its words are no use now
}

// unchain takes entry e, number n, out of the lists of its words and of
// its link that chain listed it in, so that it takes no candidate's place
// (forget). A word's list past maxListed stays as it is: entries after it
// are not in it, and it stays too common until the next compaction (a
// word more than maxListed items of the window had at once).
func (x *storyIndex) unchain(n int32, e *storyEntry) {
	for _, w := range e.print.words.words {
		k, ok := x.posts[w]
		if !ok {
			continue
		}
		if list := x.postings[k]; len(list) <= maxListed {
			if i := slices.Index(list, n); i >= 0 {
				x.postings[k] = slices.Delete(list, i, i+1)
			}
		}
	}
	if e.print.link == "" {
		return
	}
	if e.nextLink >= 0 {
		x.entries[e.nextLink].prevLink = e.prevLink
	} else if e.prevLink >= 0 {
		x.links[linkKey(e.print.link)] = e.prevLink
	} else {
		delete(x.links, linkKey(e.print.link))
	}
	if e.prevLink >= 0 {
		x.entries[e.prevLink].nextLink = e.nextLink
	}
	e.prevLink, e.nextLink = -1, -1
}

// itemsWithIDs are the items whose ids are among ids.
func itemsWithIDs(items []*storage.Item, ids []string) []*storage.Item {
	var out []*storage.Item
	for _, it := range items {
		if slices.Contains(ids, it.ID) {
			out = append(out, it)
		}
	}
	return out
}
