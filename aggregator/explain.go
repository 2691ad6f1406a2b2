package aggregator

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// ErrUnknownTopic reports a topic id that is not configured.
var ErrUnknownTopic = errors.New("unknown topic")

// Explanation says why an item is or is not in a topic.
type Explanation struct {
	Topic   string `json:"topic"`
	Matched bool   `json:"matched"`
	// Reason is the rule that decided, in one line.
	Reason string `json:"reason"`
	// Keywords lists the keywords of the topic found in the item, with
	// the fields they were found in (among those the topic searches), in
	// the order all, any, none. A keyword not listed was not found.
	Keywords []KeywordResult `json:"keywords"`
}

// KeywordResult is one keyword of a topic found in an item.
type KeywordResult struct {
	Rule    string   `json:"rule"` // any, all or none
	Keyword string   `json:"keyword"`
	Fields  []string `json:"fields,omitempty"`
	// Folded is the keyword as matching compares it (see Fold): its words
	// separated by spaces, a prefix word followed by '*'.
	Folded string `json:"folded"`
	// Window is the folded text around the first place the keyword was
	// found, in the first of Fields; empty when it was not found.
	Window string `json:"window,omitempty"`
}

// Explain evaluates one topic for an item and says why it matches or not.
// It decides exactly as Classify does.
func (m *Matcher) Explain(it *storage.Item, topic string) (Explanation, error) {
	i := m.topicIndex(topic)
	if i < 0 {
		return Explanation{}, fmt.Errorf("%w %q", ErrUnknownTopic, topic)
	}
	return m.explain(&m.topics[i], it, m.scan(it), true), nil
}

// explain says why topic t takes a scanned item or not. It lists the
// keywords found, each with its folded form and where it was found, and
// with all, also those not found, with the folded form they were looked
// for as (a dry run over many items leaves those out).
func (m *Matcher) explain(t *compiledTopic, it *storage.Item, hits []uint8, all bool) Explanation {
	_, matched := t.evaluate(it, hits)
	e := Explanation{Topic: t.rules.ID, Matched: matched, Reason: t.reason(it, hits), Keywords: []KeywordResult{}}
	for _, list := range []struct {
		rule string
		kws  []keyword
	}{{"all", t.all}, {"any", t.any}, {"none", t.none}} {
		for _, k := range list.kws {
			if mask := t.found(k, hits); mask != 0 || all {
				e.Keywords = append(e.Keywords, KeywordResult{Rule: list.rule, Keyword: k.raw, Fields: fieldsOf(mask),
					Folded: m.phrases[k.phrase].folded(), Window: m.window(it, k.phrase, mask)})
			}
		}
	}
	return e
}

func (m *Matcher) topicIndex(id string) int {
	for i := range m.topics {
		if m.topics[i].rules.ID == id {
			return i
		}
	}
	return -1
}

// reason names the rule that decides, checked in the order evaluate
// applies them.
func (t *compiledTopic) reason(it *storage.Item, hits []uint8) string {
	if t.sources != nil && !anySource(t.sources, it.Sources) {
		return fmt.Sprintf("from %s, which is not among the topic's sources (%s)",
			strings.Join(it.Sources, ", "), strings.Join(t.rules.Sources, ", "))
	}
	if t.tooOld(it) {
		return fmt.Sprintf("published %s, longer ago than the topic's max_age (%s)", it.Published.UTC().Format(time.RFC3339), t.rules.MaxAge)
	}
	for _, k := range t.none {
		if mask := t.found(k, hits); mask != 0 {
			return fmt.Sprintf("excluded: none keyword %q found in %s", k.raw, strings.Join(fieldsOf(mask), ", "))
		}
	}
	where := strings.Join(fieldsOf(t.fields), ", ")
	for _, k := range t.all {
		if t.found(k, hits) == 0 {
			return fmt.Sprintf("all keyword %q not found in %s", k.raw, where)
		}
	}
	for _, k := range t.any {
		if mask := t.found(k, hits); mask != 0 {
			return fmt.Sprintf("any keyword %q found in %s", k.raw, strings.Join(fieldsOf(mask), ", "))
		}
	}
	switch {
	case len(t.any) == 1:
		return fmt.Sprintf("any keyword %q not found in %s", t.any[0].raw, where)
	case len(t.any) > 1:
		return fmt.Sprintf("none of the %d any keywords found in %s", len(t.any), where)
	case len(t.all) > 0:
		return "every all keyword found"
	case t.sources != nil:
		return "the topic takes every item of its sources"
	}
	return "the topic takes every item"
}
