package aggregator

import "time"

// Story grouping decides when items from several outlets are one story:
// the same wire report, republished with an edited title, a byline added
// or a sentence dropped. Two items are one story when they are published
// at most a window apart and either share their normalized link, or are
// in the same language (or one has none) and the shingles of their
// folded title and summary have a Jaccard similarity of at least a
// threshold.
//
// Shingles are pairs of consecutive words, after the folding topic
// matching uses (case, accents, dashes and quotes), so that the same
// sentence matches across its typographic variants; in scripts written
// without spaces (Chinese, Japanese, Thai) they are pairs of consecutive
// characters. Pairs rather than single words keep apart reports on one
// topic that share its vocabulary but not its sentences.
//
// The threshold: on the labelled corpus in testdata/stories, copies of
// one report are at least 0.39 similar and different stories at most
// 0.27 (TestStoryCorpus logs both), and any threshold from 0.2 to 0.4
// groups it without a mistake; 0.35 leaves more room on the side of
// keeping stories apart, since a wrong merge hides a story while a
// missed one only repeats it.
//
// The parts, one file each: story_similarity.go compares two items;
// story_index.go holds the recent items and files a new one into a story,
// comparing it only with the candidates its MinHash bands
// (story_bands.go) find; story_filing.go files polled items through the
// index and loads it from the store; story_lead.go lets a preferred
// source's copy lead a story; story_sync.go files the stored items of a
// topic that starts collapsing; story_explain.go says why an item is in
// its story.

// Defaults of StoryOptions.
const (
	DefaultStoryThreshold = 0.35
	DefaultStoryWindow    = 48 * time.Hour
)

// StoryOptions configure story grouping.
type StoryOptions struct {
	// Threshold is the least Jaccard similarity of two items' shingles;
	// DefaultStoryThreshold when 0.
	Threshold float64 `json:"threshold,omitempty"`
	// Window is the most time between two items' publication;
	// DefaultStoryWindow when 0.
	Window time.Duration `json:"window,omitempty"`
	// Prefer names sources whose copy of a story should stand for it;
	// PreferWait is how long a new story waits for one, DefaultPreferWait
	// when 0 (story_lead.go).
	Prefer     []string      `json:"prefer,omitempty"`
	PreferWait time.Duration `json:"prefer_wait,omitempty"`
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
