package aggregator

import (
	"cmp"
	"fmt"
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
	keys      [storyBands]uint64
}

func newStoryPrint(it *storage.Item) storyPrint {
	p := storyPrint{
		lang:      primaryLanguage(it.Language),
		link:      it.NormLink,
		published: it.Published,
		shingles:  shingles(HTMLText(it.Title) + "\n" + HTMLText(it.Summary)),
	}
	p.keys = bandKeys(p.shingles)
	return p
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
	out := make([]uint64, 0, len(toks))
	add := func(a, b string) { out = append(out, pairHash(a, b)) }
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

// pairHash is the 64-bit FNV-1a hash of a, a zero byte and b.
func pairHash(a, b string) uint64 {
	const prime = 1099511628211
	h := uint64(14695981039346656037)
	for i := 0; i < len(a); i++ {
		h = (h ^ uint64(a[i])) * prime
	}
	h *= prime // the zero byte
	for i := 0; i < len(b); i++ {
		h = (h ^ uint64(b[i])) * prime
	}
	return h
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

// storyIndex groups items into stories, per topic, as they arrive: in
// each of its topics, an item joins the story of the most similar earlier
// item of the topic it is one story with, and otherwise starts a story of
// its own, named by its id. A story keeps the name of its first item,
// whatever joins it later. One index serves every topic, so that an item
// filed in several is hashed, compared and entered once.
//
// Candidates are found without comparing with every item: each item's
// shingles give storyBands MinHash band keys, and only items sharing a
// key or the link are compared (exactly). Two items of similarity J share
// a key with probability 1-(1-J²)^storyBands: 0.93 at the default
// threshold 0.35 and above 0.99 from 0.5, while unrelated items (J near
// 0.01) share one about once in a thousand. Items sharing a key are
// chained through the entries, so adding one allocates little beyond its
// entry. Items published more than twice the longest window before the
// newest one are dropped when the entries are compacted, which happens
// once they have doubled since the last time.
type storyIndex struct {
	mu      sync.Mutex
	opts    map[string]StoryOptions // by topic
	window  time.Duration           // the longest
	entries []storyEntry
	bands   [storyBands][]int32 // per band, slot of a key → last entry whose key is in it, or -1
	links   map[string]int32    // normalized link → last entry with it
	newest  time.Time           // latest publication seen
	compact int                 // compact the entries when they reach this many
	buf     []int32             // candidates' buffer
}

type storyEntry struct {
	id       string
	print    storyPrint
	stories  []topicStory      // the item's story in each of its topics
	prevBand [storyBands]int32 // previous entry with the same band key, or -1
	prevLink int32             // previous entry with the same link, or -1
}

type topicStory struct{ topic, story string }

func (e *storyEntry) storyIn(topic string) (string, bool) {
	for _, ts := range e.stories {
		if ts.topic == topic {
			return ts.story, true
		}
	}
	return "", false
}

// storyBands is the number of MinHash bands, of two hashes each.
const storyBands = 20

// minCompact is the fewest entries an index compacts at.
const minCompact = 4096

// newStoryIndex returns an index for topics with the given options.
func newStoryIndex(opts map[string]StoryOptions) *storyIndex {
	x := &storyIndex{opts: map[string]StoryOptions{}, links: map[string]int32{}, compact: minCompact}
	x.resetBands(0)
	for t, o := range opts {
		o = o.withDefaults()
		x.opts[t], x.window = o, max(x.window, o.Window)
	}
	return x
}

// storyFiling is where add filed an item in one topic: its story, the
// item it was found to be one story with ("" when none) and their verdict.
type storyFiling struct {
	Story, With string
	Verdict     StoryVerdict
}

// add files an item into a story in each of the topics.
func (x *storyIndex) add(id string, p storyPrint, topics []string) []storyFiling {
	out := make([]storyFiling, len(topics))
	best := make([]int32, len(topics))
	for i := range best {
		best[i] = -1
	}
	for _, n := range x.candidates(&p) {
		e := &x.entries[n]
		for i, t := range topics {
			if _, ok := e.storyIn(t); !ok {
				continue
			}
			v := compareStories(p, e.print, x.opts[t])
			if v.Same && (best[i] < 0 || storyRank(v) > storyRank(out[i].Verdict)) {
				best[i], out[i].Verdict = n, v
			}
		}
	}
	stories := make([]topicStory, len(topics))
	for i, t := range topics {
		out[i].Story = id
		if best[i] >= 0 {
			e := &x.entries[best[i]]
			out[i].Story, _ = e.storyIn(t)
			out[i].With = e.id
		}
		stories[i] = topicStory{t, out[i].Story}
	}
	x.insert(id, p, stories)
	return out
}

// candidates lists, once each and in order of arrival, the entries
// sharing a band key or the link with p.
func (x *storyIndex) candidates(p *storyPrint) []int32 {
	out := x.buf[:0]
	defer func() { x.buf = out[:0] }()
	if n, ok := x.links[p.link]; ok && p.link != "" {
		for ; n >= 0; n = x.entries[n].prevLink {
			out = append(out, n)
		}
	}
	for b, k := range p.keys {
		if len(p.shingles) == 0 {
			break // an item without words is one story only by its link
		}
		for n := x.bands[b][x.slot(k)]; n >= 0; n = x.entries[n].prevBand[b] {
			if x.entries[n].print.keys[b] == k { // not another key of the slot
				out = append(out, n)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func (x *storyIndex) insert(id string, p storyPrint, stories []topicStory) {
	if len(x.entries) >= x.compact {
		x.compactEntries()
	}
	n := int32(len(x.entries))
	e := storyEntry{id: id, print: p, stories: stories, prevLink: -1}
	x.chain(n, &e)
	x.entries = append(x.entries, e)
	if p.published.After(x.newest) {
		x.newest = p.published
	}
}

// chain links entry e, to be number n, behind the last entries sharing
// its keys and link.
func (x *storyIndex) chain(n int32, e *storyEntry) {
	for b, k := range e.print.keys {
		if len(e.print.shingles) == 0 {
			e.prevBand[b] = -1
			continue
		}
		slot := x.slot(k)
		e.prevBand[b], x.bands[b][slot] = x.bands[b][slot], n
	}
	if e.print.link != "" {
		if prev, ok := x.links[e.print.link]; ok {
			e.prevLink = prev
		}
		x.links[e.print.link] = n
	}
}

// slot is where band key k is in its band's table.
func (x *storyIndex) slot(k uint64) int { return int(k & uint64(len(x.bands[0])-1)) }

// resetBands empties the bands' tables, each sized for twice n entries at
// a load of at most a half: the keys are hashes, so their low bits make a
// well-spread slot, and a slot shared by two keys only lengthens a chain.
func (x *storyIndex) resetBands(n int) {
	size := 1 << 12
	for size < 4*max(n, minCompact) {
		size <<= 1
	}
	for b := range x.bands {
		t := make([]int32, size)
		for i := range t {
			t[i] = -1
		}
		x.bands[b] = t
	}
}

// compactEntries drops the entries published more than twice the window
// before the newest and chains the others afresh.
func (x *storyIndex) compactEntries() {
	cutoff := x.newest.Add(-2 * x.window)
	kept := x.entries[:0:0]
	x.links = map[string]int32{}
	x.resetBands(len(x.entries))
	for _, e := range x.entries {
		if e.print.published.Before(cutoff) {
			continue
		}
		e.prevLink = -1
		x.chain(int32(len(kept)), &e)
		kept = append(kept, e)
	}
	x.entries = kept
	x.compact = max(minCompact, 2*len(kept))
}

// bandKeys are the MinHash band keys of a set of shingles: for each band,
// a hash of the least values of two hash functions over the shingles.
// Every empty set has the same keys: the index leaves them out.
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
// are filed one at a time, in the order polls classify them.
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
	_, ok := f.index.opts[topic]
	return ok
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
	var topics []string
	var at []int
	for i := range ms {
		if !f.collapses(ms[i].Topic) {
			continue
		}
		if story := it.StoryIn(ms[i].Topic); story != "" {
			ms[i].Story = story
			continue
		}
		topics, at = append(topics, ms[i].Topic), append(at, i)
	}
	if len(topics) == 0 {
		return
	}
	p := newStoryPrint(it) // outside the lock
	f.index.mu.Lock()
	filed := f.index.add(it.ID, p, topics)
	f.index.mu.Unlock()
	for k, i := range at {
		ms[i].Story = filed[k].Story
	}
}

// keepStories copies to an item's new matches the stories it has in the
// same topics: re-filing changes an item's topics, never its stories.
func keepStories(it *storage.Item, ms []storage.Match) {
	for i := range ms {
		if ms[i].Story == "" {
			ms[i].Story = it.StoryIn(ms[i].Topic)
		}
	}
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
	stories := map[string][]topicStory{}
	for topic := range x.opts {
		var newest time.Time
		err := a.store.ScanTopic(topic, func(it *storage.Item) bool {
			if newest.IsZero() {
				newest = it.Published
			}
			if it.Published.Before(newest.Add(-2 * x.window)) {
				return false
			}
			if story := it.StoryIn(topic); story != "" {
				items[it.ID] = it
				stories[it.ID] = append(stories[it.ID], topicStory{topic, story})
			}
			return true
		})
		if err != nil {
			return fmt.Errorf("load the stories of topic %s: %w", topic, err)
		}
	}
	recent := slices.Collect(maps.Values(items))
	slices.SortStableFunc(recent, func(a, b *storage.Item) int {
		return cmp.Or(a.FirstSeen.Compare(b.FirstSeen), strings.Compare(a.ID, b.ID))
	})
	for _, it := range recent {
		x.insert(it.ID, newStoryPrint(it), stories[it.ID])
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
	story := it.StoryIn(topic)
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
		if c.ID == it.ID || c.StoryIn(topic) != story || !c.FirstSeen.Before(it.FirstSeen) && c.ID != story {
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
