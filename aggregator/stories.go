package aggregator

import (
	"fmt"
	"hash/fnv"
	"maps"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/feedsieve/feedsieve/storage"
)

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
}

func (o StoryOptions) withDefaults() StoryOptions {
	if o.Threshold == 0 {
		o.Threshold = DefaultStoryThreshold
	}
	if o.Window == 0 {
		o.Window = DefaultStoryWindow
	}
	return o
}

// storyPrint is what story grouping compares of an item.
type storyPrint struct {
	lang      string // primary language subtag, lower case; "" when unknown
	link      string // normalized link
	published time.Time
	shingles  []uint64 // hashes, sorted, without repeats
}

func newStoryPrint(it *storage.Item) storyPrint {
	return storyPrint{
		lang:      primaryLanguage(it.Language),
		link:      it.NormLink,
		published: it.Published,
		shingles:  shingles(HTMLText(it.Title) + "\n" + HTMLText(it.Summary)),
	}
}

// primaryLanguage is the language subtag of a BCP 47 tag: "en" of "en-GB".
func primaryLanguage(tag string) string {
	tag, _, _ = strings.Cut(tag, "-")
	tag, _, _ = strings.Cut(tag, "_")
	return strings.ToLower(strings.TrimSpace(tag))
}

// shingles hashes the word pairs of the folded text, and the character
// pairs of its spaceless runs. A text of one word is its one shingle.
func shingles(text string) []uint64 {
	toks := tokenize(Fold(text), false)
	var out []uint64
	add := func(a, b string) {
		h := fnv.New64a()
		h.Write([]byte(a))
		h.Write([]byte{0})
		h.Write([]byte(b))
		out = append(out, h.Sum64())
	}
	prev := ""
	for _, t := range toks {
		if t.spaceless {
			prev = ""
			runePairs(t.text, add)
			continue
		}
		if prev != "" {
			add(prev, t.text)
		}
		prev = t.text
	}
	if len(out) == 0 && len(toks) == 1 {
		add(toks[0].text, "")
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// runePairs calls add with every two consecutive characters of s, or
// with s alone when it is one character.
func runePairs(s string, add func(a, b string)) {
	first, w := utf8.DecodeRuneInString(s)
	if w == len(s) {
		add(s, "")
		return
	}
	for i := w; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		add(string(first), string(r))
		first = r
		i += n
	}
}

// jaccard is |a ∩ b| / |a ∪ b| of two sorted sets without repeats.
func jaccard(a, b []uint64) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 0
	}
	common := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			common++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(common) / float64(len(a)+len(b)-common)
}

// StoryVerdict says whether two items are one story, and why.
type StoryVerdict struct {
	Same       bool
	Similarity float64 // Jaccard similarity of the shingles
	SharedLink bool
	Reason     string
}

// compareStories decides whether a and b are one story.
func compareStories(a, b storyPrint, o StoryOptions) StoryVerdict {
	o = o.withDefaults()
	v := StoryVerdict{Similarity: jaccard(a.shingles, b.shingles), SharedLink: a.link != "" && a.link == b.link}
	apart := a.published.Sub(b.published).Abs()
	switch {
	case apart > o.Window:
		v.Reason = fmt.Sprintf("published %s apart, more than the window of %s", roundDuration(apart), o.Window)
	case v.SharedLink:
		v.Same, v.Reason = true, "same link "+a.link
	case a.lang != "" && b.lang != "" && a.lang != b.lang:
		v.Reason = fmt.Sprintf("different languages (%s, %s) and links", a.lang, b.lang)
	case v.Similarity >= o.Threshold:
		v.Same, v.Reason = true, fmt.Sprintf("title and summary %.2f similar (at least %.2f)", v.Similarity, o.Threshold)
	default:
		v.Reason = fmt.Sprintf("title and summary only %.2f similar (less than %.2f)", v.Similarity, o.Threshold)
	}
	return v
}

func roundDuration(d time.Duration) time.Duration {
	if d >= time.Hour {
		return d.Round(time.Minute)
	}
	return d.Round(time.Second)
}

// storyIndex groups items into stories as they arrive: an item joins the
// story of the most similar earlier item it is one story with, and
// otherwise starts a story of its own, named by its id. A story keeps
// the name of its first item, whatever joins it later.
//
// Candidates are found without comparing with every item: each item's
// shingles give storyBands MinHash band keys, and only items sharing a
// key or the link are compared (exactly). Two items of similarity J share
// a key with probability 1-(1-J²)^storyBands: 0.93 at the default
// threshold 0.35 and above 0.99 from 0.5, while unrelated items (J near
// 0.02) share one once in a hundred. Items published more than twice the
// window before the newest one are dropped.
type storyIndex struct {
	opts    StoryOptions
	entries map[int]*storyEntry
	bands   map[uint64][]int // band key → entries
	links   map[string][]int // normalized link → entries
	next    int              // number of the next entry
	newest  time.Time        // latest publication seen
	stale   int              // entries added since the last pruning
}

type storyEntry struct {
	id, story string
	print     storyPrint
	keys      [storyBands]uint64
}

// storyBands is the number of MinHash bands, of two hashes each.
const storyBands = 20

func newStoryIndex(o StoryOptions) *storyIndex {
	return &storyIndex{opts: o.withDefaults(), entries: map[int]*storyEntry{}, bands: map[uint64][]int{}, links: map[string][]int{}}
}

// add files an item into a story and returns the story, the item it was
// found to be one story with ("" when none) and the verdict on them.
func (x *storyIndex) add(id string, p storyPrint) (story, with string, v StoryVerdict) {
	keys := bandKeys(p.shingles)
	best := (*storyEntry)(nil)
	for _, n := range x.candidates(p, &keys) {
		e := x.entries[n]
		cand := compareStories(p, e.print, x.opts)
		if cand.Same && (best == nil || storyRank(cand) > storyRank(v)) {
			best, v = e, cand
		}
	}
	story = id
	if best != nil {
		story, with = best.story, best.id
	}
	x.insert(&storyEntry{id: id, story: story, print: p, keys: keys})
	return story, with, v
}

// known enters an item already filed into a story, as stored.
func (x *storyIndex) known(id, story string, p storyPrint) {
	x.insert(&storyEntry{id: id, story: story, print: p, keys: bandKeys(p.shingles)})
}

// candidates lists, once each, the entries sharing a band key or the
// link with p.
func (x *storyIndex) candidates(p storyPrint, keys *[storyBands]uint64) []int {
	var out []int
	seen := map[int]bool{}
	add := func(ns []int) {
		for _, n := range ns {
			if !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	if p.link != "" {
		add(x.links[p.link])
	}
	for _, k := range keys {
		add(x.bands[k])
	}
	slices.Sort(out) // in order of arrival, for reproducible ties
	return out
}

func (x *storyIndex) insert(e *storyEntry) {
	n := x.next
	x.next++
	x.entries[n] = e
	for _, k := range e.keys {
		x.bands[k] = append(x.bands[k], n)
	}
	if e.print.link != "" {
		x.links[e.print.link] = append(x.links[e.print.link], n)
	}
	if e.print.published.After(x.newest) {
		x.newest = e.print.published
	}
	if x.stale++; x.stale > 1024 && x.stale > len(x.entries)/4 {
		x.prune()
	}
}

// prune drops the entries published more than twice the window before
// the newest, and rebuilds the maps.
func (x *storyIndex) prune() {
	x.stale = 0
	cutoff := x.newest.Add(-2 * x.opts.Window)
	x.bands, x.links = map[uint64][]int{}, map[string][]int{}
	for _, n := range slices.Sorted(maps.Keys(x.entries)) {
		e := x.entries[n]
		if e.print.published.Before(cutoff) {
			delete(x.entries, n)
			continue
		}
		for _, k := range e.keys {
			x.bands[k] = append(x.bands[k], n)
		}
		if e.print.link != "" {
			x.links[e.print.link] = append(x.links[e.print.link], n)
		}
	}
}

// bandKeys are the MinHash band keys of a set of shingles: for each band,
// a hash of the least values of two hash functions over the shingles. A
// set without shingles has keys no other set shares.
func bandKeys(shingles []uint64) [storyBands]uint64 {
	var mins [2 * storyBands]uint64
	for i := range mins {
		mins[i] = ^uint64(0)
	}
	for _, s := range shingles {
		for i := range mins {
			if h := mix64(s ^ storySeeds[i]); h < mins[i] {
				mins[i] = h
			}
		}
	}
	var keys [storyBands]uint64
	for b := range keys {
		keys[b] = mix64(mins[2*b]^mix64(mins[2*b+1])) ^ uint64(b)
	}
	return keys
}

// storySeeds vary mix64 into the hash functions of bandKeys.
var storySeeds = func() (s [2 * storyBands]uint64) {
	for i := range s {
		s[i] = mix64(uint64(i) + 0x9e3779b97f4a7c15)
	}
	return s
}()

// mix64 is the finalizer of SplitMix64: a fast, well-spread 64-bit hash.
func mix64(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// storyRank orders verdicts of one story: a shared link first, then by
// similarity.
func storyRank(v StoryVerdict) float64 {
	if v.SharedLink {
		return 2
	}
	return v.Similarity
}

// storyFiler files the items of topics that collapse stories into
// stories as they are classified. It is safe for concurrent use: items
// are filed one at a time, in the order their polls classify them.
type storyFiler struct {
	mu     sync.Mutex
	topics map[string]*storyIndex // the topics that collapse stories
}

// newStoryFiler returns a filer for the topics with Stories set, or nil
// when none has.
func newStoryFiler(topics []Topic) *storyFiler {
	f := &storyFiler{topics: map[string]*storyIndex{}}
	for _, t := range topics {
		if t.Stories != nil {
			f.topics[t.ID] = newStoryIndex(*t.Stories)
		}
	}
	if len(f.topics) == 0 {
		return nil
	}
	return f
}

// file sets the story of each of the item's new matches in a topic that
// collapses stories. A match the item already had keeps its story, so a
// story's first item stays what stands for it; otherwise the item joins
// the story of the most similar earlier item, or starts one named by its
// own id.
func (f *storyFiler) file(it *storage.Item, ms []storage.Match) {
	if f == nil {
		return
	}
	var p *storyPrint
	f.mu.Lock()
	defer f.mu.Unlock()
	for i := range ms {
		x := f.topics[ms[i].Topic]
		if x == nil {
			continue
		}
		if story := storyOf(it.Topics, ms[i].Topic); story != "" {
			ms[i].Story = story
			continue
		}
		if p == nil {
			np := newStoryPrint(it)
			p = &np
		}
		ms[i].Story, _, _ = x.add(it.ID, *p)
	}
}

// keepStories copies to new matches the stories of the same topics in
// old ones: re-filing changes an item's topics, never its stories.
func keepStories(old, ms []storage.Match) {
	for i := range ms {
		if ms[i].Story == "" {
			ms[i].Story = storyOf(old, ms[i].Topic)
		}
	}
}

func storyOf(ms []storage.Match, topic string) string {
	for _, m := range ms {
		if m.Topic == topic {
			return m.Story
		}
	}
	return ""
}

// loadStories enters into the story filer the stored items of each topic
// that collapses stories, back to twice its window before the newest, in
// order of arrival, so that items polled after a restart join the
// stories of items polled before it.
func (a *Aggregator) loadStories() error {
	if a.stories == nil {
		return nil
	}
	for topic, x := range a.stories.topics {
		var recent []*storage.Item
		var newest time.Time
		err := a.store.ScanTopic(topic, func(it *storage.Item) bool {
			if newest.IsZero() {
				newest = it.Published
			}
			if it.Published.Before(newest.Add(-2 * x.opts.Window)) {
				return false
			}
			recent = append(recent, it)
			return true
		})
		if err != nil {
			return fmt.Errorf("load the stories of topic %s: %w", topic, err)
		}
		slices.SortStableFunc(recent, func(a, b *storage.Item) int { return a.FirstSeen.Compare(b.FirstSeen) })
		for _, it := range recent {
			if story := storyOf(it.Topics, topic); story != "" {
				x.known(it.ID, story, newStoryPrint(it))
			}
		}
	}
	return nil
}

// StoryExplanation says which story an item belongs to in a topic, and
// why: the item it was found to be one story with and their verdict.
type StoryExplanation struct {
	// First is the item standing for the story; the item itself when it
	// is the story's first.
	First ItemRef `json:"first"`
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
	story := storyOf(it.Topics, topic)
	if opts == nil || story == "" {
		return nil, nil
	}
	if story == it.ID {
		return &StoryExplanation{First: refOf(it)}, nil
	}
	o := opts.withDefaults()
	p := newStoryPrint(it)
	var first *storage.Item
	var with *storage.Item
	var best StoryVerdict
	// The other items of the story were published within a window or so
	// of this one; the earliest arrival among them stands for it.
	err := in.store.ScanTopic(topic, func(c *storage.Item) bool {
		if c.Published.After(it.Published.Add(2 * o.Window)) {
			return true
		}
		if c.Published.Before(it.Published.Add(-2 * o.Window)) {
			return false
		}
		if c.ID == story {
			first = c
		}
		if c.ID == it.ID || storyOf(c.Topics, topic) != story || !c.FirstSeen.Before(it.FirstSeen) && c.ID != story {
			return true
		}
		if v := compareStories(p, newStoryPrint(c), o); with == nil || storyRank(v) > storyRank(best) {
			with, best = c, v
		}
		return true
	})
	if err != nil {
		return nil, err
	}
	e := &StoryExplanation{First: ItemRef{ID: story}}
	if first != nil {
		e.First = refOf(first)
	}
	if with != nil {
		ref := refOf(with)
		e.With, e.Verdict = &ref, &best
	}
	return e, nil
}
