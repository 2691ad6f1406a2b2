package aggregator

import (
	"cmp"
	"context"
	"encoding/hex"
	"fmt"
	"slices"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// Inspector answers questions about topic matching over the stored items
// without changing them: why an item is or is not in a topic, and what a
// topic would hold under other rules.
type Inspector struct {
	store   *storage.Store
	topics  []Topic
	matcher *Matcher
}

// NewInspector returns an Inspector for the configured topics.
func NewInspector(store *storage.Store, topics []Topic) (*Inspector, error) {
	m, err := NewMatcher(topics)
	if err != nil {
		return nil, err
	}
	return &Inspector{store: store, topics: topics, matcher: m}, nil
}

// InputError reports a request the Inspector cannot evaluate as asked: an
// item reference that is neither id nor link, or rules that do not compile.
type InputError struct{ Err error }

func (e *InputError) Error() string { return e.Err.Error() }
func (e *InputError) Unwrap() error { return e.Err }

// ItemRef identifies a stored item in explanations.
type ItemRef struct {
	ID        string    `json:"id"`
	Title     string    `json:"title"`
	Link      string    `json:"link,omitempty"`
	Sources   []string  `json:"sources"`
	Published time.Time `json:"published"`
	// Origin names the feed that first published the item (OriginName).
	Origin string `json:"origin,omitempty"`
}

func refOf(it *storage.Item) ItemRef {
	return ItemRef{ID: it.ID, Title: it.Title, Link: it.Link, Sources: it.Sources, Published: it.Published, Origin: OriginName(it)}
}

// OriginName names the feed that first published an item when its
// source said so (storage.Item.Origin): its title, else its id; "" when
// the source did not.
func OriginName(it *storage.Item) string { return cmp.Or(it.Origin.Title, it.Origin.ID) }

// ItemExplanation explains a topic for one stored item.
type ItemExplanation struct {
	Item ItemRef `json:"item"`
	// Stored says whether the item is filed under the topic now. It differs
	// from Matched for rules that are not (yet) the ones items were filed
	// with.
	Stored bool `json:"stored"`
	Explanation
	// Story, for an item filed under a topic that collapses stories, says
	// which story it belongs to and why.
	Story *StoryExplanation `json:"story,omitempty"`
}

// Bounds of what the Inspector evaluates for one request: it answers an
// operator API open to clients that are not trusted with more.
const (
	// MaxExplainItems is how many items Explain takes by id or link.
	MaxExplainItems = 100
	// MaxDryRunKeywords is how many keywords DryRun takes in any, all and
	// none together; a configured topic is not bounded by it.
	MaxDryRunKeywords = 200
)

// Explain explains a configured topic for items given by id or link, at
// most MaxExplainItems, or, with none given, for the newest n items filed
// under the topic. With another item's id or link, in a topic that
// collapses stories, each item's story explanation compares it with that
// item instead of the copy it was found most like, whatever their
// stories: whether they are one story, and the evidence. In a topic that
// collapses stories, n is at most MaxExplainItems too.
func (in *Inspector) Explain(topic string, refs []string, n int, with string) ([]ItemExplanation, error) {
	return in.ExplainContext(context.Background(), topic, refs, n, with)
}

// ExplainContext is Explain, which stops between items once ctx ends.
func (in *Inspector) ExplainContext(ctx context.Context, topic string, refs []string, n int, with string) ([]ItemExplanation, error) {
	if in.matcher.topicIndex(topic) < 0 {
		return nil, fmt.Errorf("%w %q", ErrUnknownTopic, topic)
	}
	if len(refs) > MaxExplainItems {
		return nil, &InputError{fmt.Errorf("%d items to explain: at most %d at once", len(refs), MaxExplainItems)}
	}
	stories := in.storyOptions(topic) != nil
	switch {
	case with != "" && !stories:
		return nil, &InputError{fmt.Errorf("with %q: topic %q does not collapse stories, so there is no story to compare with", with, topic)}
	case len(refs) == 0 && stories && n > MaxExplainItems:
		// each item's story is explained from the items of its window
		return nil, &InputError{fmt.Errorf("n %d: topic %q collapses stories, and at most %d of its items are explained at once", n, topic, MaxExplainItems)}
	}
	var items []*storage.Item
	var err error
	if len(refs) == 0 {
		items, err = in.store.Newest(topic, n)
	} else {
		items, err = in.lookup(refs)
	}
	if err != nil {
		return nil, err
	}
	var other *storage.Item
	if with != "" {
		found, err := in.lookup([]string{with})
		if err != nil {
			return nil, fmt.Errorf("with: %w", err)
		}
		other = found[0]
	}
	out := make([]ItemExplanation, 0, len(items))
	for _, it := range items {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		e, err := in.matcher.Explain(it, topic)
		if err != nil {
			return nil, err
		}
		ie := ItemExplanation{Item: refOf(it), Stored: it.InTopic(topic), Explanation: e}
		if ie.Story, err = in.explainStory(it, topic); err != nil {
			return nil, err
		}
		if other != nil && other.ID == it.ID && len(refs) > 0 {
			return nil, &InputError{fmt.Errorf("with %q: it is the item explained (%s); give another", with, it.ID)}
		}
		if other != nil && other.ID != it.ID { // among the newest n, it is explained alone
			if ie.Story, err = in.explainPair(ie.Story, it, other, topic); err != nil {
				return nil, err
			}
		}
		out = append(out, ie)
	}
	return out, nil
}

// lookup finds items by id or by link, in the order given: the ids in
// one pass over the store's keys, the links in its link index. An item
// not stored is an error naming it, the ids' first.
func (in *Inspector) lookup(refs []string) ([]*storage.Item, error) {
	var ids, links []string
	isID := make([]bool, len(refs))
	for i, ref := range refs {
		if b, err := hex.DecodeString(ref); err == nil && len(b) == 16 {
			ids, isID[i] = append(ids, ref), true
			continue
		}
		link := NormalizeLink(ref)
		if link == "" {
			return nil, &InputError{fmt.Errorf("item %q: neither an item id (32 hex digits) nor an http(s) link", ref)}
		}
		links = append(links, link)
	}
	byID, err := in.store.ItemsByID(ids)
	if err != nil {
		return nil, err
	}
	byLink, err := in.store.ItemsByLink(links)
	if err != nil {
		return nil, err
	}
	items := make([]*storage.Item, len(refs))
	for i := range refs {
		if isID[i] {
			items[i], byID = byID[0], byID[1:]
		} else {
			items[i], byLink = byLink[0], byLink[1:]
		}
	}
	return items, nil
}

// DryRun is what a topic would hold under some rules.
type DryRun struct {
	Rules Topic `json:"rules"`
	// Compared says whether Rules.ID is a configured topic whose stored
	// items Added and Removed compare with.
	Compared bool `json:"compared"`
	Scanned  int  `json:"scanned"` // stored items evaluated
	Holds    int  `json:"holds"`   // items the rules take
	Added    int  `json:"added"`   // taken, not filed under the topic now
	Removed  int  `json:"removed"` // filed under the topic now, not taken
	// Items lists, newest first, the items taken and the items removed, at
	// most the limit; More counts those left off.
	Items []ItemExplanation `json:"items"`
	More  int               `json:"more"`
}

// DryRun evaluates rules against every stored item, newest first, and
// reports what the topic would hold; nothing is changed. When rules.ID
// names a configured topic, the result is compared with what is filed
// under it now. Rules of more than MaxDryRunKeywords keywords are refused.
// Only the items listed are explained, so the result's size, not the
// keywords times the items scanned, is what it costs.
func (in *Inspector) DryRun(ctx context.Context, rules Topic, limit int) (DryRun, error) {
	if rules.ID == "" {
		rules.ID = "dry-run"
	}
	if n := len(rules.Any) + len(rules.All) + len(rules.None); n > MaxDryRunKeywords {
		return DryRun{}, &InputError{fmt.Errorf("%d keywords in any, all and none: at most %d", n, MaxDryRunKeywords)}
	}
	for _, f := range rules.Fields {
		if err := CheckField(f); err != nil {
			return DryRun{}, &InputError{err}
		}
	}
	m, err := NewMatcher([]Topic{rules})
	if err != nil {
		return DryRun{}, &InputError{err}
	}
	t := &m.topics[0]
	res := DryRun{Rules: rules, Items: []ItemExplanation{}}
	res.Compared = slices.ContainsFunc(in.topics, func(t Topic) bool { return t.ID == rules.ID })
	err = in.store.Scan(func(it *storage.Item) bool {
		if ctx.Err() != nil {
			return false
		}
		res.Scanned++
		hits := m.scan(it)
		_, matched := t.evaluate(it, hits)
		stored := res.Compared && it.InTopic(rules.ID)
		switch {
		case matched:
			res.Holds++
			if res.Compared && !stored {
				res.Added++
			}
		case stored:
			res.Removed++
		default:
			return true
		}
		if len(res.Items) < limit {
			res.Items = append(res.Items, ItemExplanation{Item: refOf(it), Stored: stored, Explanation: m.explain(t, it, hits, false)})
		} else {
			res.More++
		}
		return true
	})
	if err == nil {
		err = ctx.Err()
	}
	return res, err
}
