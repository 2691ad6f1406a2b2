package aggregator

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// Explaining a story: which earlier copy an item was found to be one
// story with, and why, for feedsieve explain.

// StoryExplanation says which story an item belongs to in a topic, and
// why: the item it was found to be one story with and their verdict.
type StoryExplanation struct {
	// First is the story's first item, which stands for it unless Lead
	// is set; the item itself when it is the story's first.
	First ItemRef `json:"first"`
	// Lead is the copy that stands for the story, in a topic that
	// prefers sources or settles stories, when one does: the preferred
	// source's copy, or with Settled the earliest published copy when the
	// story settled.
	Lead    *ItemRef `json:"lead,omitempty"`
	Settled bool     `json:"settled,omitempty"`
	// Waited is set when Lead is no preferred source's copy, in a topic
	// that prefers sources: the wait ended without one.
	Waited bool `json:"waited,omitempty"`
	// Waits is set while the story waits for its lead (prefer, settle):
	// it is not in the feeds yet.
	Waits bool `json:"waits,omitempty"`
	// With is the earlier copy most like the item, "" for a story's first
	// item, and Verdict the comparison of the two.
	With    *ItemRef      `json:"with,omitempty"`
	Verdict *StoryVerdict `json:"verdict,omitempty"`
}

// explainStory explains the story of an item filed under a topic that
// collapses stories; it returns nil for other topics and items.
func (in *Inspector) explainStory(it *storage.Item, topic string) (*StoryExplanation, error) {
	opts := in.storyOptions(topic)
	mine, _ := it.MatchIn(topic)
	story := mine.Story
	if opts == nil || story == "" {
		return nil, nil
	}
	e := &StoryExplanation{First: ItemRef{ID: story}}
	if story == it.ID {
		e.First = refOf(it)
	}
	var leader string // the source that delivered the lead first
	if mine.Lead {
		ref := refOf(it)
		e.Lead, leader = &ref, it.Source
	}
	waits, arrived := mine.Waits, it.FirstSeen // whether it waits, and since when
	defer func() {
		// the feeds show a story that waited longer than its window
		// (feeds.storyEntry): its lead was pruned or left the topic
		e.leadWhy(opts, leader, waits && arrived.After(time.Now().Add(-opts.withDefaults().Window)))
	}()
	if story == it.ID && (mine.Lead || len(opts.Prefer) == 0 && opts.Settle == 0) {
		return e, nil // nothing else stands for the story
	}
	o := opts.withDefaults()
	p := newStoryPrint(it)
	var copies []*storage.Item
	stats, err := in.storyWindow(topic, it, o, func(c *storage.Item) {
		m, _ := c.MatchIn(topic)
		switch {
		case m.Story != story || c.ID == it.ID:
			return
		case c.ID == story:
			e.First = refOf(c)
		}
		if m.Lead && e.Lead == nil {
			ref := refOf(c)
			e.Lead, leader = &ref, c.Source
		}
		waits = waits || m.Waits
		if c.FirstSeen.Before(arrived) {
			arrived = c.FirstSeen
		}
		// filed before it: arrived earlier, or published earlier and
		// arrived within a round's wait of it, as in its round, which
		// files in order of publication (a round is not stored, and
		// polls seconds apart may be two)
		if story != it.ID && (c.FirstSeen.Before(it.FirstSeen) || c.ID == story ||
			c.Published.Before(it.Published) && c.FirstSeen.Sub(it.FirstSeen) <= roundWait) {
			copies = append(copies, c)
		}
	})
	if err != nil {
		return nil, err
	}
	if e.First.Title == "" { // published longer ago than the window
		if first, err := in.store.Item(story); err == nil {
			e.First = refOf(first)
		} else if !errors.Is(err, storage.ErrNotFound) {
			return nil, err
		}
	}
	var with *storage.Item
	var best likeness
	for _, c := range copies {
		cp := newStoryPrint(c)
		if l := stats.measure(&p, &cp); with == nil || l.rank() > best.rank() {
			with, best = c, l
		}
	}
	if with != nil {
		e.With, e.Verdict = pairVerdict(&stats, o, it, with)
	}
	return e, nil
}

// leadWhy says why the lead leads, and whether the story waits for one:
// leader is the source that delivered the lead first (a preferred
// source's later delivery of its link does not make it the preferred
// copy), waits whether any of the story's items is marked waiting.
func (e *StoryExplanation) leadWhy(o *StoryOptions, leader string, waits bool) {
	switch {
	case e.Lead == nil:
		e.Waits = waits
	case len(o.Prefer) > 0:
		e.Waited = !slices.Contains(o.Prefer, leader)
	default:
		e.Settled = o.Settle > 0 || waits // settled, or settled for its earliest once prefer was removed
	}
}

// storyOptions are the story options of a topic, nil when it does not
// collapse stories.
func (in *Inspector) storyOptions(topic string) *StoryOptions {
	for _, t := range in.topics {
		if t.ID == topic {
			return t.Stories
		}
	}
	return nil
}

// storyWindow counts the words of the items of topic published within
// two windows of it, as the index had them when it was filed, calling
// visit with each.
func (in *Inspector) storyWindow(topic string, it *storage.Item, o StoryOptions, visit func(c *storage.Item)) (wordStats, error) {
	type counted struct {
		print     storyPrint
		id, story string
	}
	var window []counted
	words := map[string][]uint32{} // by item id
	err := in.store.ScanTopicBefore(topic, it.Published.Add(2*o.Window), func(c *storage.Item) bool {
		if c.Published.Before(it.Published.Add(-2 * o.Window)) {
			return false
		}
		m, _ := c.MatchIn(topic)
		window = append(window, counted{newStoryPrint(c), c.ID, m.Story})
		words[c.ID] = window[len(window)-1].print.words.words
		if visit != nil {
			visit(c)
		}
		return true
	})
	stats := newWordStats()
	for i := range window {
		if c := &window[i]; c.story != c.id {
			stats.count(&c.print, 1, words[c.story])
		} else {
			stats.count(&c.print, 1, nil)
		}
	}
	return stats, err
}

// pairVerdict is whether items a and b are one story under o, weighed by
// stats, with the evidence.
func pairVerdict(stats *wordStats, o StoryOptions, a, b *storage.Item) (*ItemRef, *StoryVerdict) {
	pa, pb := newStoryPrint(a), newStoryPrint(b)
	ref, v := refOf(b), stats.measure(&pa, &pb).verdict(o, &pa, &pb)
	v.Shared, v.Disagree = storyEvidence(stats, a, b, &pa, &pb)
	if len(v.Shared) > 0 {
		v.Reason += "; rarest words shared: " + strings.Join(v.Shared, ", ")
	}
	if len(v.Disagree) > 0 {
		v.Reason += "; in one title only: " + strings.Join(v.Disagree, ", ")
	}
	for _, x := range []struct {
		it *storage.Item
		p  *storyPrint
	}{{a, &pa}, {b, &pb}} {
		if note := languageNote(x.it, x.p); note != "" {
			v.Reason += "; " + note
		}
	}
	return &ref, &v
}

// languageNote says in which language an item's words were read, when
// not in the one its feed's tag says (readItemWords); "" when in that.
func languageNote(it *storage.Item, p *storyPrint) string {
	tag := primaryLanguage(it.Language)
	switch {
	case tag == p.lang:
		return ""
	case tag == "":
		return fmt.Sprintf("%s, whose feed gives no language, read as %s", it.ID, p.lang)
	default:
		return fmt.Sprintf("%s, whose feed says %s, read as %s by its words", it.ID, tag, p.lang)
	}
}

// explainPair compares an item with another, whatever their stories, in
// a topic that collapses stories (nil in another): the verdict stands as
// the story explanation's With and Verdict.
func (in *Inspector) explainPair(e *StoryExplanation, it, with *storage.Item, topic string) (*StoryExplanation, error) {
	opts := in.storyOptions(topic)
	if opts == nil {
		return e, nil
	}
	o := opts.withDefaults()
	theirs, _ := with.MatchIn(topic)
	p := newStoryPrint(it)
	var start *storage.Item  // the earliest published of with's story
	var own *storage.Item    // an earlier report of it's source in with's story
	var mine []*storage.Item // the other items of it's source in with's story
	stats, err := in.storyWindow(topic, it, o, func(c *storage.Item) {
		if m, _ := c.MatchIn(topic); m.Story == "" || m.Story != theirs.Story || c.ID == it.ID {
			return
		}
		if start == nil || c.Published.Before(start.Published) {
			start = c
		}
		cp := storyPrint{sources: c.Sources, published: c.Published}
		if own == nil && followsOwn(&p, &cp) {
			own = c
		}
		if sameSource(&p, &cp) && c.FirstSeen.Before(it.FirstSeen) {
			mine = append(mine, c) // filed before it, as filing compares
		}
	})
	if err != nil {
		return nil, err
	}
	var disagreeing *storage.Item
	var conflict string
	if m, _ := it.MatchIn(topic); m.Story == "" || m.Story != theirs.Story { // filing put it in another story, or none yet
		disagreeing, conflict = ownDisagreeingIn(&stats, &p, mine, in.lowestThreshold())
	}
	if e == nil {
		e = &StoryExplanation{}
	}
	e.With, e.Verdict = pairVerdict(&stats, o, it, with)
	v := e.Verdict
	switch {
	case !v.Same || v.SharedLink:
	case own != nil:
		v.Same = false
		v.Reason = fmt.Sprintf("the story of %s holds %s, from %s as this item is and published %s before it: this is that source's next report, a follow-up, not a copy; %s",
			with.ID, own.ID, own.Sources[0], roundDuration(it.Published.Sub(own.Published)), v.Reason)
	case disagreeing != nil:
		v.Same = false
		v.Reason = fmt.Sprintf("the story of %s holds %s, from %s as this item is, whose title disagrees with this one's (%s): that source's report of other news; %s",
			with.ID, disagreeing.ID, disagreeing.Sources[0], conflict, v.Reason)
	case start != nil && start.ID != with.ID:
		wp := newStoryPrint(with)
		if l := stats.measure(&p, &wp); lateForStory(l, &p, start.Published, o.Threshold) {
			v.Same = false
			v.Reason = fmt.Sprintf("published %s after %s, the first of the story of %s: weighed with the hours since then, not one story with it (a follow-up); %s",
				roundDuration(it.Published.Sub(start.Published)), start.ID, with.ID, v.Reason)
		}
	}
	return e, nil
}

// lowestThreshold is the lowest similarity of the topics that collapse
// stories: the one filing measures conflicts at (storyIndex.threshold).
func (in *Inspector) lowestThreshold() float64 {
	lowest := 1.0
	for _, t := range in.topics {
		if t.Stories != nil {
			lowest = min(lowest, t.Stories.withDefaults().Threshold)
		}
	}
	return lowest
}

// ownDisagreeingIn is the first of items, of p's own source, that p is in
// conflict with (ownConflict), and the conflict: filed, p would join none
// of its stories (ownDisagreeing).
func ownDisagreeingIn(stats *wordStats, p *storyPrint, items []*storage.Item, threshold float64) (*storage.Item, string) {
	for _, c := range items {
		cp := newStoryPrint(c)
		if l := stats.measureAbove(p, &cp, threshold); ownConflict(p, &cp, &l) {
			return c, l.conflict
		}
	}
	return nil, ""
}

// verdict is l, the likeness of a and b, under o, with the reason
// spelled out.
func (l likeness) verdict(o StoryOptions, a, b *storyPrint) StoryVerdict {
	v := StoryVerdict{Same: l.same(o), Similarity: l.similarity, SharedLink: l.sharedLink}
	switch {
	case l.apart > o.Window:
		v.Reason = fmt.Sprintf("published %s apart, more than the window of %s", roundDuration(l.apart), o.Window)
	case l.sharedLink:
		v.Reason = "same link " + a.link
	case l.otherLang:
		v.Reason = fmt.Sprintf("different languages (%s, %s) and links", a.lang, b.lang)
	case l.conflict == "unshared":
		v.Reason = fmt.Sprintf("neither has a rare name or number of the other's title, so they report different news (%.2f similar)", l.similarity)
	case l.conflict == "follow-up":
		v.Reason = fmt.Sprintf("published %s apart, the later tells its news as following another's (\"a day after\") and the earlier does not: a follow-up, not one story (%.2f similar)", roundDuration(l.apart), l.similarity)
	case l.conflict == "new event":
		v.Reason = fmt.Sprintf("the later title tells of a new event of its kind (an aftershock, a new quake, an arrest, a departure) and the earlier does not: another event, not one story (%.2f similar)", l.similarity)
	case l.conflict == "figures":
		v.Reason = fmt.Sprintf("one title gives %d figures or more and the other item none of them, nor its title any: a report of its own figures, such as a market's close, not a copy (%.2f similar)", lackedFigures, l.similarity)
	case l.conflict == "digest":
		v.Reason = fmt.Sprintf("one is a newsletter's digest of several news, the other a report (%.2f similar)", l.similarity)
	case l.conflict == "datelines":
		v.Reason = fmt.Sprintf("both from %s, datelined from two places: its reports of two places' news, not one story (%.2f similar)", a.sources[0], l.similarity)
	case l.conflict == "series":
		v.Reason = fmt.Sprintf("both from %s, published %s apart: two reports of its series, not one story (%.2f similar)", a.sources[0], roundDuration(l.apart), l.similarity)
	case l.conflict != "":
		v.Reason = fmt.Sprintf("their titles disagree on %s, so they report different news (%.2f similar)", l.conflict, l.similarity)
	case v.Same:
		v.Reason = fmt.Sprintf("title and summary %.2f similar (at least %.2f)", l.similarity, o.Threshold) + l.allowances()
	default:
		v.Reason = fmt.Sprintf("title and summary only %.2f similar (less than %.2f)", l.similarity, o.Threshold) + l.allowances()
	}
	return v
}

// allowances says what the similarity was spared or given: the names
// one title has beyond all of the other's, and a tag's bonus.
func (l likeness) allowances() string {
	var out string
	if l.placed {
		out += "; one title names all that the other's names, and more, which costs nothing within 12h"
	}
	if l.lands {
		out += fmt.Sprintf("; each title names a country and none of the other's: %.2f less alike", landsPenalty)
	}
	if l.tagged {
		out += fmt.Sprintf("; the later is tagged as an update, a service report or a brief, and shares a name of the titles: %.2f of it", taggedBonus)
	}
	return out
}
