package aggregator

import (
	"cmp"
	"fmt"
	"maps"
	"math"
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
	// Prefer names sources whose copy of a story should stand for it;
	// PreferWait is how long a new story waits for one, DefaultPreferWait
	// when 0 (stories_lead.go).
	Prefer     []string      `json:"prefer,omitempty"`
	PreferWait time.Duration `json:"prefer_wait,omitempty"`
}

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

// storyPrint is what story grouping compares of an item.
type storyPrint struct {
	lang      string // primary language subtag, lower case; "" when unknown
	link      string // normalized link
	published time.Time
	shingles  []uint32           // hashes, sorted, without repeats
	keys      [storyBands]uint64 // MinHash band keys of the shingles
	arrived   time.Time          // when the item was first seen
	sources   []string           // that delivered it
}

func newStoryPrint(it *storage.Item) storyPrint {
	var sh shingler
	for _, s := range []string{it.Title, it.Summary} {
		if s != "" {
			sh.add(tokenize(Fold(HTMLText(s)), false))
		}
	}
	return storyPrintOf(it, sh.done())
}

// storyPrintOf is the print of an item whose title's and summary's
// shingles are given.
func storyPrintOf(it *storage.Item, shingles []uint32) storyPrint {
	p := storyPrint{
		lang:      primaryLanguage(it.Language),
		link:      it.NormLink,
		published: it.Published,
		shingles:  shingles,
		arrived:   it.FirstSeen,
		sources:   it.Sources,
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

// shingler hashes the shingles of the tokens of several texts (the title,
// then the summary) as of one text: the word pairs, the character pairs
// of spaceless runs, and for a text of one word that word; the last word
// of one text and the first of the next make a pair.
type shingler struct {
	out  []uint32
	prev string // the last word, "" after a spaceless run
	only string // the one word, while there is one
	n    int    // tokens seen
}

func (sh *shingler) add(toks []token) {
	for _, t := range toks {
		if sh.n++; sh.n == 1 {
			sh.only = t.text
		}
		if t.spaceless {
			sh.prev = ""
			runePairs(t.text, sh.pair)
			continue
		}
		if sh.prev != "" {
			sh.pair(sh.prev, t.text)
		}
		sh.prev = t.text
	}
}

func (sh *shingler) pair(a, b string) { sh.out = append(sh.out, pairHash(a, b)) }

// done returns the shingles, sorted, without repeats.
func (sh *shingler) done() []uint32 {
	if len(sh.out) == 0 && sh.n == 1 {
		sh.pair(sh.only, "")
	}
	slices.Sort(sh.out)
	return slices.Compact(sh.out)
}

// pairHash is the 64-bit FNV-1a hash of a, a zero byte and b, folded to
// 32 bits: two sets of a hundred shingles share one by chance about once
// in 400,000 pairs of items, which moves their similarity by half a hundredth.
func pairHash(a, b string) uint32 {
	const prime = 1099511628211
	h := uint64(14695981039346656037)
	for i := 0; i < len(a); i++ {
		h = (h ^ uint64(a[i])) * prime
	}
	h *= prime // the zero byte
	for i := 0; i < len(b); i++ {
		h = (h ^ uint64(b[i])) * prime
	}
	return uint32(h ^ h>>32)
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

// jaccard is |a ∩ b| / |a ∪ b| of two sorted sets without repeats. When
// that is less than atLeast, it may stop early and return 0: most pairs
// the index compares are far apart, and their merge ends once the
// elements left cannot make up the intersection needed.
func jaccard(a, b []uint32, atLeast float64) float64 {
	total := len(a) + len(b)
	if total == 0 {
		return 0
	}
	// common/(total-common) ≥ atLeast exactly when common ≥ need; the
	// slack only makes need smaller than it could be.
	need := int(math.Ceil(atLeast*float64(total)/(1+atLeast) - 1e-9))
	common, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		if common+min(len(a)-i, len(b)-j) < need {
			return 0
		}
		x, y := a[i], b[j]
		if x == y {
			common++
		}
		if x <= y {
			i++
		}
		if x >= y {
			j++
		}
	}
	return float64(common) / float64(total-common)
}

// StoryVerdict says whether two items are one story, and why.
type StoryVerdict struct {
	Same       bool
	Similarity float64 // Jaccard similarity of the shingles
	SharedLink bool
	Reason     string
}

// likeness is what decides whether two items are one story, whatever a
// topic's options: measured once per pair, however many topics ask.
type likeness struct {
	similarity float64
	sharedLink bool
	otherLang  bool // both have a language, and they differ
	apart      time.Duration
}

// measure measures the likeness of two items; when their similarity is
// less than atLeast, it may be measured as 0.
func measure(a, b *storyPrint, atLeast float64) likeness {
	return likeness{
		similarity: jaccard(a.shingles, b.shingles, atLeast),
		sharedLink: a.link != "" && a.link == b.link,
		otherLang:  a.lang != "" && b.lang != "" && a.lang != b.lang,
		apart:      a.published.Sub(b.published).Abs(),
	}
}

// same reports whether the pair is one story under options with their
// defaults filled in.
func (l likeness) same(o StoryOptions) bool {
	return l.apart <= o.Window && (l.sharedLink || !l.otherLang && l.similarity >= o.Threshold)
}

// rank orders the pairs of one story: a shared link first, then by
// similarity.
func (l likeness) rank() float64 {
	if l.sharedLink {
		return 2
	}
	return l.similarity
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
	case v.Same:
		v.Reason = fmt.Sprintf("title and summary %.2f similar (at least %.2f)", l.similarity, o.Threshold)
	default:
		v.Reason = fmt.Sprintf("title and summary only %.2f similar (less than %.2f)", l.similarity, o.Threshold)
	}
	return v
}

// compareStories decides whether a and b are one story, and says why.
func compareStories(a, b storyPrint, o StoryOptions) StoryVerdict {
	return measure(&a, &b, 0).verdict(o.withDefaults(), &a, &b)
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
// chained, per band, through an array of links beside the entries, so
// that following a chain reads 8 bytes an item and adding one allocates
// little beyond its entry. Items published more than twice the longest
// window before the newest one are dropped when the entries are
// compacted, which happens once they have doubled since the last time.
type storyIndex struct {
	mu        sync.Mutex
	opts      map[string]StoryOptions // by topic
	nums      map[string]uint16       // topic → its number in entries
	byNum     []StoryOptions          // by topic number
	topics    []string                // by topic number
	window    time.Duration           // the longest
	threshold float64                 // the lowest
	entries   []storyEntry
	heads     [storyBands][]int32    // per band, slot of a key → last entry whose key is in it, or -1
	chains    [storyBands][]bandLink // per band, by entry
	meta      []entryMeta            // by entry
	links     map[string]int32       // normalized link → last entry with it
	newest    time.Time              // latest publication seen
	compact   int                    // compact the entries when they reach this many
	buf       []int32                // candidates' buffer
	scratch   struct {               // add's buffers
		best    []int32
		rank    []float64
		nums    []uint16
		stories []storage.Match
	}

	// Of stories that wait for a lead (stories_lead.go):
	states   map[storyKey]*storyState
	releases releases      // when their waits end
	wake     chan struct{} // a release was added
}

// bandLink chains an entry behind the previous one whose band key falls
// in the same slot; check is the key's upper half, which tells the keys
// of a slot apart.
type bandLink struct {
	check uint32
	prev  int32
}

type storyEntry struct {
	id       string
	print    storyPrint
	topics   topicSet     // the item's topics, by number
	story    string       // its story in them,
	except   []entryStory // but in these
	prevLink int32        // previous entry with the same link, or -1
}

// entryStory is an entry's story in the topic numbered topic.
type entryStory struct {
	topic uint16
	story string
}

// storyIn is the entry's story in the topic numbered n.
func (e *storyEntry) storyIn(n uint16) (string, bool) {
	if !e.topics.has(n) {
		return "", false
	}
	for _, es := range e.except {
		if es.topic == n {
			return es.story, true
		}
	}
	return e.story, true
}

// topicSet is a set of topic numbers, which allocates nothing for the
// first 64.
type topicSet struct {
	low  uint64
	high []uint16
}

func (s *topicSet) add(n uint16) {
	if n < 64 {
		s.low |= 1 << n
	} else if !slices.Contains(s.high, n) {
		s.high = append(s.high, n)
	}
}

func (s *topicSet) has(n uint16) bool {
	if n < 64 {
		return s.low&(1<<n) != 0
	}
	return slices.Contains(s.high, n)
}

// entryMeta is what decides, for each entry, whether an item may be one
// story with it before their shingles are compared: kept in an array of
// its own, 16 bytes an entry, since most candidates go no further.
type entryMeta struct {
	published int64  // Unix seconds
	link      uint32 // hash of the normalized link, 0 for none
	lang      uint16 // langNumber of the language
}

// noTopic numbers a topic the index does not collapse.
const noTopic = 1<<16 - 1

// storyBands is the number of MinHash bands, of two hashes each.
const storyBands = 20

// minCompact is the fewest entries an index compacts at.
const minCompact = 4096

// newStoryIndex returns an index for topics with the given options.
func newStoryIndex(opts map[string]StoryOptions) *storyIndex {
	x := &storyIndex{
		opts: map[string]StoryOptions{}, nums: map[string]uint16{}, links: map[string]int32{}, compact: minCompact, threshold: 1,
		states: map[storyKey]*storyState{}, wake: make(chan struct{}, 1),
	}
	x.resetBands(0)
	for _, t := range slices.Sorted(maps.Keys(opts)) {
		o := opts[t].withDefaults()
		x.opts[t], x.window, x.threshold = o, max(x.window, o.Window), min(x.threshold, o.Threshold)
		x.nums[t] = uint16(len(x.byNum))
		x.byNum, x.topics = append(x.byNum, o), append(x.topics, t)
	}
	return x
}

// storyFiling is where add filed an item in one topic: its story, and
// whether it leads it or it waits for a lead, in a match; and the item it
// was found to be one story with ("" when none).
type storyFiling struct {
	storage.Match
	With string
}

// add files an item into a story in each of the topics, at time now.
func (x *storyIndex) add(id string, p storyPrint, topics []string, now time.Time) []storyFiling {
	return x.addTo(nil, id, p, topics, now)
}

// addTo is add appending to out; it allocates little beyond the entry.
func (x *storyIndex) addTo(out []storyFiling, id string, p storyPrint, topics []string, now time.Time) []storyFiling {
	best, rank, nums := x.scratch.best[:0], x.scratch.rank[:0], x.scratch.nums[:0]
	for _, t := range topics {
		k, ok := x.nums[t]
		if !ok {
			k = noTopic
		}
		best, rank, nums = append(best, -1), append(rank, 0), append(nums, k)
	}
	m := metaOf(&p)
	for _, n := range x.candidates(&p) {
		if !x.mayJoin(m, x.meta[n]) {
			continue
		}
		e := &x.entries[n]
		l := measure(&p, &e.print, x.threshold)
		if !l.sharedLink && l.similarity < x.threshold {
			continue // one story in no topic
		}
		for i, k := range nums {
			if k != noTopic && e.topics.has(k) && l.same(x.byNum[k]) && (best[i] < 0 || l.rank() > rank[i]) {
				best[i], rank[i] = n, l.rank()
			}
		}
	}
	stories := x.scratch.stories[:0]
	for i, t := range topics {
		f := storyFiling{Match: storage.Match{Topic: t, Story: id}}
		if best[i] >= 0 {
			e := &x.entries[best[i]]
			f.Story, _ = e.storyIn(nums[i])
			f.With = e.id
		}
		if nums[i] != noTopic {
			f.Lead, f.Waits = x.lead(nums[i], id, f.Story, &p, now)
		}
		out, stories = append(out, f), append(stories, f.Match)
	}
	x.insert(id, p, stories)
	x.scratch.best, x.scratch.rank, x.scratch.nums, x.scratch.stories = best, rank, nums, stories
	return out
}

// mayJoin reports whether an item could be one story with an earlier
// one under some topic's options, before their likeness is measured: they
// are published within the longest window, and have the same link or
// may be in one language.
func (x *storyIndex) mayJoin(m, earlier entryMeta) bool {
	if abs(m.published-earlier.published) > int64(x.window/time.Second)+1 {
		return false
	}
	return m.link != 0 && m.link == earlier.link || m.lang == 0 || earlier.lang == 0 || m.lang == earlier.lang
}

func abs(v int64) int64 { return max(v, -v) }

func metaOf(p *storyPrint) entryMeta {
	m := entryMeta{published: p.published.Unix(), lang: langNumber(p.lang)}
	if p.link != "" {
		m.link = pairHash(p.link, "") | 1
	}
	return m
}

// langNumber numbers a primary language subtag: 0 for none, subtags of up
// to three letters a-z (every ISO 639 code) packed in 15 bits, and others
// hashed above them.
func langNumber(lang string) uint16 {
	if lang == "" {
		return 0
	}
	n := uint16(0)
	for i := 0; i < len(lang); i++ {
		c := lang[i]
		if len(lang) > 3 || c < 'a' || c > 'z' {
			return uint16(pairHash(lang, "")) | 0x8000
		}
		n = n<<5 | uint16(c-'a'+1)
	}
	return n
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
		chain, check := x.chains[b], uint32(k>>32)
		for n := x.heads[b][x.slot(k)]; n >= 0; n = chain[n].prev {
			if chain[n].check == check { // not another key of the slot
				out = append(out, n)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func (x *storyIndex) insert(id string, p storyPrint, stories []storage.Match) {
	if len(x.entries) >= x.compact {
		x.compactEntries()
	}
	e := storyEntry{id: id, print: p, prevLink: -1}
	first := true
	for _, ts := range stories {
		n, ok := x.nums[ts.Topic]
		if !ok { // no other topic asks
			continue
		}
		switch {
		case first:
			e.story, first = ts.Story, false
		case ts.Story != e.story:
			e.except = append(e.except, entryStory{n, ts.Story})
		}
		e.topics.add(n)
	}
	x.chain(int32(len(x.entries)), &e)
	x.entries = append(x.entries, e)
	if p.published.After(x.newest) {
		x.newest = p.published
	}
}

// chain links entry e, to be number n, behind the last entries sharing
// its keys and link, and notes its meta.
func (x *storyIndex) chain(n int32, e *storyEntry) {
	x.meta = append(x.meta, metaOf(&e.print))
	for b, k := range e.print.keys {
		link := bandLink{check: uint32(k >> 32), prev: -1}
		if len(e.print.shingles) > 0 {
			slot := x.slot(k)
			link.prev, x.heads[b][slot] = x.heads[b][slot], n
		}
		x.chains[b] = append(x.chains[b], link)
	}
	if e.print.link != "" {
		if prev, ok := x.links[e.print.link]; ok {
			e.prevLink = prev
		}
		x.links[e.print.link] = n
	}
}

// slot is where band key k is in its band's table.
func (x *storyIndex) slot(k uint64) int { return int(k & uint64(len(x.heads[0])-1)) }

// resetBands empties the bands' tables and chains, each table sized for
// twice n entries at a load of at most a half: the keys are hashes, so
// their low bits make a well-spread slot, and a slot shared by two keys
// only lengthens a chain.
func (x *storyIndex) resetBands(n int) {
	size := 1 << 12
	for size < 4*max(n, minCompact) {
		size <<= 1
	}
	for b := range x.heads {
		t := make([]int32, size)
		for i := range t {
			t[i] = -1
		}
		x.heads[b] = t
		x.chains[b] = make([]bandLink, 0, 2*max(n, minCompact))
	}
	x.meta = make([]entryMeta, 0, 2*max(n, minCompact))
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
	x.keepStates()
}

// bandKeys are the MinHash band keys of a set of shingles: for each band,
// a hash of the least values of two hash functions over the shingles.
// The 2×storyBands functions are h1 + i·h2 of two hashes of a shingle
// (double hashing), which finds pairs as often as independent functions
// do at every similarity from 0.1 to 0.5 and costs half as much.
// Every empty set has the same keys: the index leaves them out.
func bandKeys(shingles []uint32) [storyBands]uint64 {
	var mins [2 * storyBands]uint64
	for i := range mins {
		mins[i] = ^uint64(0)
	}
	for _, s := range shingles {
		h, step := mix64(uint64(s)), mix64(uint64(s)^storySeed)|1
		for i := range mins {
			mins[i] = min(mins[i], h)
			h += step
		}
	}
	var keys [storyBands]uint64
	for b := range keys {
		keys[b] = mix64(mins[2*b]^mix64(mins[2*b+1])) ^ uint64(b)
	}
	return keys
}

// storySeed varies mix64 into bandKeys' second hash.
const storySeed = 0x9e3779b97f4a7c15

// mix64 is the finalizer of SplitMix64: a fast, well-spread 64-bit hash.
func mix64(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

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
	_, ok := f.index.opts[topic]
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
	if t, ok := f.todo(it, ms, nil); ok {
		f.settle([]storyTodo{t}, now)
	}
}

// fileAll files new items, whose matches are their Topics, in order, at
// time now: a batch's storage.Batch.Group. shinglers hold the tokens of
// the items' titles and summaries, when classifying them collected them.
func (f *storyFiler) fileAll(items []*storage.Item, shinglers map[*storage.Item]*shingler, now time.Time) {
	todo := make([]storyTodo, 0, len(items))
	for _, it := range items {
		if t, ok := f.todo(it, it.Topics, shinglers[it]); ok {
			todo = append(todo, t)
		}
	}
	f.settle(todo, now)
}

// todo keeps the stories of the matches the item already had, and
// returns what filing the others takes, if any; sh, when not nil, has
// the tokens of the item's title and summary.
func (f *storyFiler) todo(it *storage.Item, ms []storage.Match, sh *shingler) (storyTodo, bool) {
	t := storyTodo{id: it.ID, ms: ms}
	for i := range ms {
		if !f.collapses(ms[i].Topic) {
			continue
		}
		if had, _ := it.MatchIn(ms[i].Topic); had.Story != "" {
			setStory(&ms[i], had)
			continue
		}
		t.topics, t.at = append(t.topics, ms[i].Topic), append(t.at, i)
	}
	if len(t.topics) == 0 {
		return t, false
	}
	// outside the lock:
	if sh != nil {
		t.print = storyPrintOf(it, sh.done())
	} else {
		t.print = newStoryPrint(it)
	}
	return t, true
}

// settle files the items, one after the other, at time now.
func (f *storyFiler) settle(todo []storyTodo, now time.Time) {
	if len(todo) == 0 {
		return
	}
	f.index.mu.Lock()
	defer f.index.mu.Unlock()
	var filed []storyFiling
	for _, t := range todo {
		filed = f.index.addTo(filed[:0], t.id, t.print, t.topics, now)
		for k, i := range t.at {
			setStory(&t.ms[i], filed[k].Match)
		}
	}
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
	for topic := range x.opts {
		var newest time.Time
		err := a.store.ScanTopic(topic, func(it *storage.Item) bool {
			if newest.IsZero() {
				newest = it.Published
			}
			if it.Published.Before(newest.Add(-2 * x.window)) {
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
		return cmp.Or(a.FirstSeen.Compare(b.FirstSeen), strings.Compare(a.ID, b.ID))
	})
	for _, it := range recent {
		x.insert(it.ID, newStoryPrint(it), stories[it.ID])
	}
	x.noteStored(recent, a.now())
	return nil
}

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
