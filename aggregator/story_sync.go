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

// Syncing: before polling starts, files into stories the stored items of
// topics that started collapsing them or whose rules changed, and loads
// the index with the stories of the last windows.

// metaStoryTopics records which topics' stored items have been filed into
// stories, and under which rules: for each topic that collapses stories,
// in order, its id, "=" and the hash of its rules, joined by commas.
// (Before, the ids, a semicolon and the hash of every topic's rules: read
// as every topic changed, once.)
const metaStoryTopics = "story_topics"

// SyncStories files into stories the stored items that have none in a
// topic that collapses stories: all of a topic's items when it started
// collapsing since the last run, so that turning collapse on groups
// history too, and the items a change of the topic rules brought into it.
// It returns how many items it filed into a story they do not stand for
// alone. Changing a topic's window or similarity applies to items polled
// from then on.
//
// It then loads the stories of the last two windows, so that items polled
// next join stories of items stored before. It must run before polling
// starts, and after any other poller of the store has stopped (a reload
// runs it once the old pipeline is stopped): items stored after it are
// not loaded.
func (a *Aggregator) SyncStories() (int, error) {
	want, err := a.storyRules()
	if err != nil {
		return 0, err
	}
	done, err := a.store.Meta(metaStoryTopics)
	if err != nil {
		return 0, fmt.Errorf("read story topics: %w", err)
	}
	n := 0
	if want != done {
		// Only the topics that started collapsing, or whose own rules
		// changed: another topic's keywords bring no item into them.
		filed := strings.Split(done, ",")
		var changed []string
		for _, rule := range strings.Split(want, ",") {
			if id, _, _ := strings.Cut(rule, "="); rule != "" && !slices.Contains(filed, rule) {
				changed = append(changed, id)
			}
		}
		if len(changed) > 0 {
			// fileHistory files only the items without a story.
			if n, err = a.fileHistory(changed); err != nil {
				return n, err
			}
		}
		if err := a.store.SetMeta(metaStoryTopics, want); err != nil {
			return n, fmt.Errorf("store story topics: %w", err)
		}
	}
	if err := a.loadStories(); err != nil {
		return n, err
	}
	if a.stories != nil {
		a.releaseDue() // the stories whose wait ended while feedsieve was not running
	}
	return n, nil
}

// storyRules is metaStoryTopics' value for the topics that collapse
// stories now.
func (a *Aggregator) storyRules() (string, error) {
	if a.stories == nil {
		return "", nil
	}
	var rules []string
	for _, id := range a.stories.index.topicIDs() {
		i := slices.IndexFunc(a.opts.Topics, func(t Topic) bool { return t.ID == id })
		if i < 0 {
			continue // the index's topics are the options'
		}
		h, err := rulesHash(a.opts.Topics[i : i+1])
		if err != nil {
			return "", err
		}
		rules = append(rules, id+"="+h)
	}
	return strings.Join(rules, ","), nil
}

// pastItem is a stored item to be filed into stories: its print, and
// the topics (among those being filed) it is in.
type pastItem struct {
	id        string
	firstSeen time.Time
	print     storyPrint
	topics    []string
	stored    []storage.Match // stories it already has, from an earlier time the topic collapsed
}

// fileHistory files the stored items of topics that have no story in
// them into stories, in order of arrival as if they were arriving now,
// with the items that have one entered first as they are; then it stores
// the stories with a re-filing pass over every item.
func (a *Aggregator) fileHistory(topics []string) (int, error) {
	items := map[string]*pastItem{}
	for _, t := range topics {
		err := a.store.ScanTopic(t, func(it *storage.Item) bool {
			p := items[it.ID]
			if p == nil {
				p = &pastItem{id: it.ID, firstSeen: it.FirstSeen, print: newStoryPrint(it)}
				items[it.ID] = p
			}
			if m, _ := it.MatchIn(t); m.Story != "" {
				p.stored = append(p.stored, m)
			} else {
				p.topics = append(p.topics, t)
			}
			return true
		})
		if err != nil {
			return 0, fmt.Errorf("read topic %s: %w", t, err)
		}
	}
	past := slices.Collect(maps.Values(items))
	slices.SortFunc(past, func(a, b *pastItem) int {
		return cmp.Or(a.firstSeen.Compare(b.firstSeen), firstsFirst(a.id, a.stored, b.id, b.stored),
			a.print.published.Compare(b.print.published), strings.Compare(a.id, b.id))
	})
	opts := map[string]StoryOptions{}
	for _, t := range topics {
		opts[t], _ = a.stories.index.topicOptions(t)
	}
	x := newStoryIndex(opts)
	stories := map[string][]storage.Match{}
	words := map[string][]uint32{} // of the items entered or filed
	grouped := 0
	// The items that have stories keep them, and are entered a window
	// ahead of the items filed: an item new to a topic joins the story a
	// copy of it stored before, whichever arrived first (copies arrive
	// within a window of each other), and leads no stored story (its
	// lead, or its release for its first item, is the live index's to
	// decide). Entering all of them first would move the index's newest
	// to the last, and its compaction would drop the old ones before the
	// items that join them are filed.
	entered := 0
	enter := func(until time.Time) {
		for ; entered < len(past) && !past[entered].firstSeen.After(until); entered++ {
			if p := past[entered]; len(p.stored) > 0 {
				x.insert(p.id, p.print, p.stored, storyMates(p.id, p.stored, words))
				x.decided(p.stored)
				words[p.id] = p.print.words.words
			}
		}
	}
	for _, p := range past {
		if len(p.topics) == 0 {
			continue
		}
		enter(p.firstSeen.Add(x.longestWindow()))
		words[p.id] = p.print.words.words
		filed := x.add(p.id, p.print, p.topics, p.firstSeen) // as if filed when it arrived
		for i := range p.topics {
			stories[p.id] = append(stories[p.id], filed[i].Match)
			if filed[i].Story != p.id {
				grouped++
			}
		}
	}
	published := func(id string) time.Time { return items[id].print.published }
	leadPastWaits(x, stories, published, a.now())
	classify := func(it *storage.Item) []storage.Match {
		ms := a.matcher.Classify(it)
		keepStories(it, ms)
		for i := range ms {
			if ms[i].Story != "" {
				continue
			}
			for _, ts := range stories[it.ID] {
				if ts.Topic == ms[i].Topic {
					setStory(&ms[i], ts)
				}
			}
		}
		return ms
	}
	_, err := a.store.ReindexProgress(a.topicIDs(), classify, nil)
	return grouped, err
}
