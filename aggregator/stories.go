package aggregator

import "time"

// Story grouping decides when items from several outlets are one story:
// the same report, republished with an edited title, a byline added, a
// sentence dropped, cut short or rewritten. Two items are one story when
// they are published at most a window apart and either share their
// normalized link, or are in the same language (or one has none), their
// titles do not disagree on the numbers or names of the event, and the
// words they share weigh at least a threshold of their words' weight
// (story_similarity.go). Words weigh by their rarity among the window's
// items of the language, less in a source's items when they recur in
// them (story_weights.go); the wire's prefixes, datelines and bylines are
// stripped first (story_text.go).
//
// The threshold and the penalties were tuned on the tuning half of the
// blind corpus (testdata/stories/tuning.json) and the project's first
// corpus (corpus.json, one topic whose items share its names), never on
// the held-out half; TestStoryEvaluation and TestStoryCorpus log their
// figures. At 0.14 the first corpus keeps precision and recall 0.97, as
// long as a day between two items costs 0.17 (latePenalty): without it,
// its follow-ups on the next day join the day's story. A wrong merge hides a
// story while a missed one only repeats it: where the two corpora
// disagree, the threshold keeps stories apart.
//
// The parts, one file each: story_text.go reads an item's words;
// story_weights.go weighs them; story_similarity.go compares two items,
// and story_conflict.go says what their titles disagree on;
// story_index.go holds the recent items and files a new one into a story,
// comparing it only with the items sharing its rare words or link;
// story_merge.go files a batch in an order of its own and merges the
// stories its items bridge; story_filing.go files polled items through the
// index and loads it from the store; story_lead.go lets a preferred
// source's copy lead a story; story_sync.go files the stored items of a
// topic that starts collapsing; story_explain.go says why an item is in
// its story.

// Defaults of StoryOptions.
const (
	DefaultStoryThreshold = 0.14
	DefaultStoryWindow    = 48 * time.Hour
)

// StoryOptions configure story grouping.
type StoryOptions struct {
	// Threshold is the least similarity of two items' words
	// (story_similarity.go); DefaultStoryThreshold when 0.
	Threshold float64 `json:"threshold,omitempty"`
	// Window is the most time between two items' publication;
	// DefaultStoryWindow when 0.
	Window time.Duration `json:"window,omitempty"`
	// Prefer names sources whose copy of a story should stand for it;
	// PreferWait is how long a new story waits for one, DefaultPreferWait
	// when 0 (story_lead.go).
	Prefer     []string      `json:"prefer,omitempty"`
	PreferWait time.Duration `json:"prefer_wait,omitempty"`
	// Settle is how long a new story waits, in a topic that prefers no
	// source, for its copies to arrive, so that the earliest published
	// of them stands for it; 0 lets the story's first item stand at once
	// (story_lead.go).
	Settle time.Duration `json:"settle,omitempty"`
}

// leadWait is how long a new story waits for its lead: PreferWait when
// the topic prefers sources, else Settle; 0 when it does not wait.
func (o StoryOptions) leadWait() time.Duration {
	if len(o.Prefer) > 0 {
		return o.PreferWait
	}
	return o.Settle
}

// withDefaults fills in the defaults of the options left 0.
func (o StoryOptions) withDefaults() StoryOptions {
	if o.Threshold == 0 {
		o.Threshold = DefaultStoryThreshold
	}
	if o.Window == 0 {
		o.Window = DefaultStoryWindow
	}
	if o.PreferWait == 0 && len(o.Prefer) > 0 {
		o.PreferWait = DefaultPreferWait
	}
	return o
}
