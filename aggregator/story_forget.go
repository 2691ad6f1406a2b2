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
// each not forgotten yet, and leaves them in no topic and without words,
// never a candidate again, until the next compaction drops them. An id's
// entries are found from its latest (storyIndex.latest) through those
// filed before it (prevID), never by walking the index: the items not
// stored are often items never filed.
func (x *storyIndex) forget(items []*storage.Item) {
	x.lock()
	defer x.unlock()
	done := make(map[string]bool, len(items))
	for _, it := range items {
		if done[it.ID] {
			continue // listed twice: one entry is forgotten
		}
		done[it.ID] = true
		if n := x.liveEntry(it.ID); n >= 0 {
			x.forgetEntry(n)
		}
	}
}

// liveEntry is the latest entry of id not forgotten, or -1.
func (x *storyIndex) liveEntry(id string) int32 {
	n, ok := x.latest[idKey(id)]
	for ok && n >= 0 {
		if e := &x.entries[n]; !e.gone && e.id == id {
			return n
		}
		n = x.entries[n].prevID
	}
	return -1
}

// noteID makes entry n, the latest filed, its id's latest entry.
func (x *storyIndex) noteID(n int32) {
	k := idKey(x.entries[n].id)
	if prev, ok := x.latest[k]; ok {
		x.entries[n].prevID = prev
	} else {
		x.entries[n].prevID = -1
	}
	x.latest[k] = n
}

// idKey is the key of an item's id in storyIndex.latest.
func idKey(id string) uint64 { return mixString(hashPrime^0x1d, id) }

// forgetEntry takes entry n out of its stories, the word counts and the
// lists (forget).
func (x *storyIndex) forgetEntry(n int32) {
	e := &x.entries[n]
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
