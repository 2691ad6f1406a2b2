package aggregator

import (
	"cmp"
	"slices"
	"strings"
)

// Merging: the items of a batch are filed in order of publication, then
// id, whatever order the polls that brought them finished in; and a
// story an item of the batch started is merged into another story the
// batch found it one with, so that an item that bridges two stories
// groups them whichever of them was filed first. A story filed in an
// earlier batch is stored and may be in a feed already: it keeps its
// name, the id of its entry, and two such stories are never merged; the
// stories started in the batch are named by their earliest published
// item, or take the name of the earlier story they join. Topics that
// prefer sources merge nothing, since their stories' leads are decided
// by name (story_lead.go).

// sortBatch orders a batch's items by publication, then id. It sorts
// their positions, and moves each item once: an item is a large struct.
func sortBatch(todo []storyTodo) {
	order := make([]int, len(todo))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		a, b := &todo[i], &todo[j]
		return cmp.Or(a.print.published.Compare(b.print.published), strings.Compare(a.id, b.id))
	})
	sorted := make([]storyTodo, len(todo))
	for k, i := range order {
		sorted[k] = todo[i]
	}
	copy(todo, sorted)
}

// storyUnion merges the story names of one topic in a batch.
type storyUnion struct {
	parent map[string]string
	rank   map[string]int // filing order of a story started in the batch
}

// find is the story that names s's; it points every story on the way
// at it, so that a chain of bridges, each joining the next story, is
// walked once rather than once per item (the roots, and so the names,
// stay as union chose them).
func (u *storyUnion) find(s string) string {
	root := s
	for {
		p, ok := u.parent[root]
		if !ok || p == root {
			break
		}
		root = p
	}
	for s != root {
		next := u.parent[s]
		u.parent[s] = root
		s = next
	}
	return root
}

// stored reports whether a story was started before the batch.
func (u *storyUnion) stored(s string) bool {
	_, ok := u.rank[s]
	return !ok
}

// union merges the stories of a and b, unless both hold a story stored
// before the batch; the stored one, or else the one filed first, names
// them.
func (u *storyUnion) union(a, b string) {
	ra, rb := u.find(a), u.find(b)
	switch {
	case ra == rb, u.stored(ra) && u.stored(rb):
		return
	case u.stored(rb), !u.stored(ra) && u.rank[rb] < u.rank[ra]:
		ra, rb = rb, ra
	}
	u.parent[rb] = ra
}

// mergeBatch merges, in each topic, the stories that the batch's items
// (filed, in order, with filings filed[i]) bridge, and renames their
// items in the index and in their matches. An item bridges two stories
// only when one of them holds a single item (mayBridge).
func (x *storyIndex) mergeBatch(todo []storyTodo, filed [][]storyFiling) {
	// The topics in which an item bridges stories, each with its union.
	unions := map[string]*storyUnion{}
	for _, fs := range filed {
		for _, f := range fs {
			if k, ok := x.topicNumber(f.Topic); ok && len(f.Others) > 0 && len(x.options(k).Prefer) == 0 && unions[f.Topic] == nil {
				unions[f.Topic] = &storyUnion{parent: map[string]string{}, rank: map[string]int{}}
			}
		}
	}
	if len(unions) == 0 {
		return
	}
	for i, t := range todo {
		for _, f := range filed[i] {
			if u := unions[f.Topic]; u != nil && f.Story == t.id {
				u.rank[t.id] = i
			}
		}
	}
	for _, fs := range filed {
		for _, f := range fs {
			if u := unions[f.Topic]; u != nil {
				for _, o := range f.Others {
					u.union(f.Story, o)
				}
			}
		}
	}
	ids := make(map[string]int32, len(todo))
	for n := x.size() - 1; n >= 0 && n >= x.size()-len(todo); n-- {
		ids[x.entries[n].id] = int32(n)
	}
	for i, t := range todo {
		n, held := ids[t.id]
		if held {
			x.noteLeft(&x.entries[n])
		}
		for j, f := range filed[i] {
			u := unions[f.Topic]
			if u == nil {
				continue
			}
			if to := u.find(f.Story); to != f.Story {
				k, _ := x.topicNumber(f.Topic)
				m := &t.ms[t.at[j]]
				m.Story, m.Waits = to, x.waits.waiting(k, to)
				if held {
					x.entries[n].setStoryIn(k, to)
				}
			}
		}
		if held {
			x.noteStarts(&x.entries[n], n)
		}
	}
	// A story merged into another waits no more of its own: its items
	// wait, or not, with the story they joined, and its release would
	// find none of them.
	for topic, u := range unions {
		k, _ := x.topicNumber(topic)
		for story := range u.rank {
			if u.find(story) != story {
				delete(x.waits.states, storyKey{k, story})
			}
		}
	}
}

// setStoryIn sets the entry's story in the topic numbered k.
func (e *storyEntry) setStoryIn(k uint16, story string) {
	for i := range e.except {
		if e.except[i].topic == k {
			e.except[i].story = story
			return
		}
	}
	e.except = append(e.except, entryStory{k, story})
}
