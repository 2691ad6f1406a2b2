package aggregator

import "github.com/feedsieve/feedsieve/storage"

// Explaining a story: which earlier copy an item was found to be one
// story with, and why, for feedsieve explain.

// StoryExplanation says which story an item belongs to in a topic, and
// why: the item it was found to be one story with and their verdict.
type StoryExplanation struct {
	// First is the story's first item, which stands for it unless Lead
	// is set; the item itself when it is the story's first.
	First ItemRef `json:"first"`
	// Lead is the preferred source's copy that stands for the story, in
	// a topic that prefers sources, when one does.
	Lead *ItemRef `json:"lead,omitempty"`
	// With is the earlier copy most like the item, "" for a story's first
	// item, and Verdict the comparison of the two.
	With    *ItemRef      `json:"with,omitempty"`
	Verdict *StoryVerdict `json:"verdict,omitempty"`
}

// explainStory explains the story of an item filed under a topic that
// collapses stories; it returns nil for other topics and items.
func (in *Inspector) explainStory(it *storage.Item, topic string) (*StoryExplanation, error) {
	var opts *StoryOptions
	for _, t := range in.topics {
		if t.ID == topic {
			opts = t.Stories
		}
	}
	mine, _ := it.MatchIn(topic)
	story := mine.Story
	if opts == nil || story == "" {
		return nil, nil
	}
	e := &StoryExplanation{First: ItemRef{ID: story}}
	if story == it.ID {
		e.First = refOf(it)
	}
	if mine.Lead {
		ref := refOf(it)
		e.Lead = &ref
	}
	if story == it.ID && (mine.Lead || len(opts.Prefer) == 0) {
		return e, nil // nothing else stands for the story
	}
	o := opts.withDefaults()
	p := newStoryPrint(it)
	var with *storage.Item
	var withPrint storyPrint
	var best likeness
	// The other items of the story were published within a window or so
	// of this one; the earliest arrival among them stands for it.
	err := in.store.ScanTopic(topic, func(c *storage.Item) bool {
		if c.Published.After(it.Published.Add(2 * o.Window)) {
			return true
		}
		if c.Published.Before(it.Published.Add(-2 * o.Window)) {
			return false
		}
		m, _ := c.MatchIn(topic)
		switch {
		case m.Story != story || c.ID == it.ID:
			return true
		case c.ID == story:
			e.First = refOf(c)
		}
		if m.Lead && e.Lead == nil {
			ref := refOf(c)
			e.Lead = &ref
		}
		if story == it.ID || !c.FirstSeen.Before(it.FirstSeen) && c.ID != story {
			return true
		}
		cp := newStoryPrint(c)
		if l := measure(&p, &cp, 0); with == nil || l.rank() > best.rank() {
			with, withPrint, best = c, cp, l
		}
		return true
	})
	if err != nil {
		return nil, err
	}
	if with != nil {
		ref, v := refOf(with), best.verdict(o, &p, &withPrint)
		e.With, e.Verdict = &ref, &v
	}
	return e, nil
}
