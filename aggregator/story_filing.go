package aggregator

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// Filing: the aggregator's side of story grouping. The filer gives each
// new match in a topic that collapses stories its story, through the
// index, and is loaded with the stored stories when syncing.

// storyFiler files the items of topics that collapse stories into
// stories as they are classified. It is safe for concurrent use: it
// files the new items of a batch together, holding the index once.
type storyFiler struct {
	index *storyIndex
}

// newStoryFiler returns a filer for the topics with Stories set, or nil
// when none has.
func newStoryFiler(topics []Topic) *storyFiler {
	opts := map[string]StoryOptions{}
	for _, t := range topics {
		if t.Stories != nil {
			opts[t.ID] = *t.Stories
		}
	}
	if len(opts) == 0 {
		return nil
	}
	return &storyFiler{index: newStoryIndex(opts)}
}

// collapses reports whether a topic collapses stories.
func (f *storyFiler) collapses(topic string) bool {
	_, ok := f.index.topicOptions(topic)
	return ok
}

// storyTodo is an item to file: its matches, and those of them to file
// into a story (at, in topics).
type storyTodo struct {
	id     string
	print  storyPrint
	ms     []storage.Match
	topics []string
	at     []int
}

// file sets the story of each of the item's new matches in a topic that
// collapses stories. A match the item already had keeps its story, so a
// story's first item stays what stands for it; otherwise the item joins
// the story of the most similar earlier item, or starts one named by its
// own id.
func (f *storyFiler) file(it *storage.Item, ms []storage.Match, now time.Time) {
	if f == nil {
		return
	}
	if t, ok := f.todo(it, ms); ok {
		f.settle([]storyTodo{t}, now)
	}
}

// fileAll files new items, whose matches are their Topics, in order, at
// time now: a batch's storage.Batch.Group.
func (f *storyFiler) fileAll(items []*storage.Item, now time.Time) {
	f.settle(f.todos(items), now)
}

// todos is what filing new items, whose matches are their Topics, takes,
// with their words read.
func (f *storyFiler) todos(items []*storage.Item) []storyTodo {
	todo := make([]storyTodo, 0, len(items))
	for _, it := range items {
		if t, ok := f.todo(it, it.Topics); ok {
			todo = append(todo, t)
		}
	}
	return todo
}

// todo keeps the stories of the matches the item already had, and
// returns what filing the others takes, if any, with the item's words
// read.
func (f *storyFiler) todo(it *storage.Item, ms []storage.Match) (storyTodo, bool) {
	t := storyTodo{id: it.ID, ms: ms}
	for i := range ms {
		if !f.collapses(ms[i].Topic) {
			continue
		}
		if had, _ := it.MatchIn(ms[i].Topic); had.Story != "" {
			setStory(&ms[i], had)
			continue
		}
		if t.topics == nil {
			t.topics, t.at = make([]string, 0, len(ms)-i), make([]int, 0, len(ms)-i)
		}
		t.topics, t.at = append(t.topics, ms[i].Topic), append(t.at, i)
	}
	if len(t.topics) == 0 {
		return t, false
	}
	// outside the lock:
	t.print = newStoryPrint(it)
	return t, true
}

// settle files the items at time now, in order of publication, then id,
// and merges the stories they bridge (story_merge.go).
func (f *storyFiler) settle(todo []storyTodo, now time.Time) {
	if len(todo) == 0 {
		return
	}
	sortBatch(todo)
	f.index.lock()
	defer f.index.unlock()
	filed := make([][]storyFiling, len(todo))
	for i, t := range todo {
		filed[i] = f.index.addTo(nil, t.id, t.print, t.topics, now)
		for k, at := range t.at {
			setStory(&t.ms[at], filed[i][k].Match)
		}
	}
	f.index.mergeBatch(todo, filed)
}

// storyMates are the words of the first item of a story that item id
// joined, by words of the items entered before it; nil when it joined
// none, or its first item is not held.
func storyMates(id string, stories []storage.Match, words map[string][]uint32) []uint32 {
	for _, m := range stories {
		if m.Story != "" && m.Story != id {
			if w, ok := words[m.Story]; ok {
				return w
			}
		}
	}
	return nil
}

// keepStories copies to an item's new matches the stories it has in the
// same topics, and whether it leads them: re-filing changes an item's
// topics, never its stories.
func keepStories(it *storage.Item, ms []storage.Match) {
	for i := range ms {
		if had, _ := it.MatchIn(ms[i].Topic); ms[i].Story == "" {
			setStory(&ms[i], had)
		}
	}
}

// setStory gives a match the story of another, with whether the item
// leads it or it waits for a lead.
func setStory(m *storage.Match, from storage.Match) {
	m.Story, m.Lead, m.Waits = from.Story, from.Lead, from.Waits
}

// firstsFirst orders two items that arrived at once (one poll, or one
// round) so that a story's first item comes before its copies, as it was
// filed: a copy entered before its first item would count the names the
// two share once more (wordStats.count).
func firstsFirst(a string, ams []storage.Match, b string, bms []storage.Match) int {
	first := func(id string, ms []storage.Match) int {
		if slices.ContainsFunc(ms, func(m storage.Match) bool { return m.Story == id }) {
			return 0
		}
		return 1
	}
	return first(a, ams) - first(b, bms)
}

// loadStories replaces the story filer by one holding the stored items of
// each topic that collapses stories, back to twice the longest window
// before the topic's newest, in order of arrival, so that items polled
// after a restart or a reload join the stories of items polled before.
func (a *Aggregator) loadStories() error {
	if a.stories == nil {
		return nil
	}
	a.stories = newStoryFiler(a.opts.Topics)
	x := a.stories.index
	items := map[string]*storage.Item{}
	stories := map[string][]storage.Match{}
	for _, topic := range x.topicIDs() {
		var newest time.Time
		err := a.store.ScanTopic(topic, func(it *storage.Item) bool {
			if newest.IsZero() {
				newest = it.Published
			}
			if it.Published.Before(newest.Add(-2 * x.longestWindow())) {
				return false
			}
			if m, _ := it.MatchIn(topic); m.Story != "" {
				items[it.ID] = it
				stories[it.ID] = append(stories[it.ID], m)
			}
			return true
		})
		if err != nil {
			return fmt.Errorf("load the stories of topic %s: %w", topic, err)
		}
	}
	recent := slices.Collect(maps.Values(items))
	slices.SortStableFunc(recent, func(a, b *storage.Item) int {
		return cmp.Or(a.FirstSeen.Compare(b.FirstSeen), firstsFirst(a.ID, stories[a.ID], b.ID, stories[b.ID]), strings.Compare(a.ID, b.ID))
	})
	words := map[string][]uint32{}
	for _, it := range recent {
		p := newStoryPrint(it)
		x.insert(it.ID, p, stories[it.ID], storyMates(it.ID, stories[it.ID], words))
		words[it.ID] = p.words.words
	}
	x.noteStored(recent, a.now())
	return nil
}
