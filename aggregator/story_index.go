package aggregator

import (
	"maps"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// The story index: the items of the last windows and their stories in
// each topic, which add compares a new item with to file it. The word
// weights are in story_weights.go, the state of stories waiting for a
// lead in story_lead.go.

// storyIndex groups items into stories, per topic, as they arrive: in
// each of its topics, an item joins the story of the most similar earlier
// item of the topic it is one story with, and otherwise starts a story of
// its own, named by its id. A story keeps the name of its first item,
// whatever joins it later. One index serves every topic, so that an item
// filed in several is hashed, compared and entered once.
//
// Candidates are found without comparing with every item: the index
// lists, for each word, the entries that have it, and an item is compared
// only with the entries sharing its link or at least two of its rare
// words (in at most maxPosting entries), at most maxCandidates of those,
// the ones sharing most (story_postings.go): copies of one report share
// the names and numbers of its event, which few other items have. Items
// published more than twice the longest window before the newest one are
// dropped when the entries are compacted, which happens once they have
// doubled since the last time.
type storyIndex struct {
	mu        sync.Mutex
	opts      map[string]StoryOptions // by topic
	nums      map[string]uint16       // topic → its number in entries
	byNum     []StoryOptions          // by topic number
	topics    []string                // by topic number
	window    time.Duration           // the longest
	threshold float64                 // the lowest
	entries   []storyEntry
	posts     map[uint32]int32     // word → its list in postings
	postings  [][]int32            // the entries with a word
	stats     wordStats            // snapshot of the word counts
	pending   []int32              // entries not yet counted in stats,
	staleBy   map[uint16]int32     // by language number,
	stale     bool                 // and of some language many against those counted (staleShare)
	statsAt   time.Time            // when stats were last taken
	meta      []entryMeta          // by entry
	links     map[uint64]int32     // linkKey of a normalized link → last entry with it
	latest    map[uint64]int32     // idKey of an id → its latest entry, forgotten or not (forget)
	held      map[string]storyHeld // by story: its items held
	newest    time.Time            // latest publication seen
	compact   int                  // compact the entries when they reach this many
	buf       []int32              // candidates' buffer
	found     []int32              // candidates' lists of the item's words, -1 for none
	lists     [][]int32            // candidates' word lists
	hits      []uint8              // candidates' count of lists by entry
	scratch   struct {             // add's buffers
		best    []int32
		rank    []float64
		nums    []uint16
		stories []storage.Match
		also    []topicEntry
		vetoes  []topicStory
	}

	waits storyWaits // of the stories that wait for a lead (story_lead.go)
}

// topicEntry is entry n, one story with an item in its i-th topic,
// ranked rank (likeness.rank).
type topicEntry struct {
	i    int
	n    int32
	rank float64
}

// storyEntry is an item the index holds: its print, and its story in
// each of its topics.
type storyEntry struct {
	id       string
	print    storyPrint
	topics   topicSet     // the item's topics, by number
	story    string       // its story in them,
	except   []entryStory // but in these
	prevLink int32        // previous entry with the same link, or -1,
	nextLink int32        // and the next, or -1
	prevID   int32        // previous entry whose id has the same idKey, or -1
	mates    []uint32     // the words of the first item of its story, nil for that item (story_weights.go)
	counted  bool         // its words are counted in the stats
	gone     bool         // filed but not stored (forget): in no topic, dropped at the next compaction
}

// firstWords are the words of the first item of the entry's story, as
// far as the index knows: its mates, or its own when it is that item.
func (e *storyEntry) firstWords() []uint32 {
	if e.mates != nil {
		return e.mates
	}
	return e.print.words.words
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

// entryMeta is what decides, for each entry, whether an item may be one
// story with it before their words are compared: kept in an array of
// its own, 16 bytes an entry, since most candidates go no further.
type entryMeta struct {
	published int64  // Unix seconds
	link      uint32 // hash of the normalized link, 0 for none
	lang      uint16 // langNumber of the language
}

// noTopic numbers a topic the index does not collapse.
const noTopic = 1<<16 - 1

// minCompact is the fewest entries an index compacts at.
const minCompact = 4096

// newStoryIndex returns an index for topics with the given options.
func newStoryIndex(opts map[string]StoryOptions) *storyIndex {
	x := &storyIndex{
		opts: map[string]StoryOptions{}, nums: map[string]uint16{}, links: map[uint64]int32{}, latest: map[uint64]int32{}, held: map[string]storyHeld{}, staleBy: map[uint16]int32{}, compact: minCompact, threshold: 1,
		waits: newStoryWaits(), stats: newWordStats(),
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

// lock holds the index while items are filed or leads decided.
func (x *storyIndex) lock() { x.mu.Lock() }

// unlock lets go of the index.
func (x *storyIndex) unlock() { x.mu.Unlock() }

// topicIDs lists the topics the index collapses, sorted, which is the
// order of their numbers.
func (x *storyIndex) topicIDs() []string { return slices.Clone(x.topics) }

// topicCount is how many topics the index collapses, numbered from 0.
func (x *storyIndex) topicCount() int { return len(x.topics) }

// topicNumber is the number of a topic the index collapses.
func (x *storyIndex) topicNumber(topic string) (uint16, bool) {
	k, ok := x.nums[topic]
	return k, ok
}

// topicName is the topic numbered k.
func (x *storyIndex) topicName(k uint16) string { return x.topics[k] }

// topicOptions are the options, defaults filled in, of a topic the index
// collapses.
func (x *storyIndex) topicOptions(topic string) (StoryOptions, bool) {
	o, ok := x.opts[topic]
	return o, ok
}

// options are the options, defaults filled in, of the topic numbered k.
func (x *storyIndex) options(k uint16) StoryOptions { return x.byNum[k] }

// longestWindow is the longest window of the index's topics.
func (x *storyIndex) longestWindow() time.Duration { return x.window }

// size is how many items the index holds. They are numbered from 0 in
// order of arrival, until the next insert, which may compact them.
func (x *storyIndex) size() int { return len(x.entries) }

// item is the id and print of the item numbered n.
func (x *storyIndex) item(n int) (id string, p *storyPrint) {
	e := &x.entries[n]
	return e.id, &e.print
}

// storyOf is the story of the item numbered n in the topic numbered k,
// if the item is in that topic.
func (x *storyIndex) storyOf(n int, k uint16) (string, bool) { return x.entries[n].storyIn(k) }

// storyFiling is where add filed an item in one topic: its story, and
// whether it leads it or it waits for a lead, in a match; and the item it
// was found to be one story with ("" when none).
type storyFiling struct {
	storage.Match
	With string
	// Others are the other stories of the topic the item is one story
	// with: it bridges them (story_merge.go).
	Others []string
}

// add files an item into a story in each of the topics, at time now.
func (x *storyIndex) add(id string, p storyPrint, topics []string, now time.Time) []storyFiling {
	return x.addTo(nil, id, p, topics, now)
}

// addTo is add appending to out; it allocates little beyond the entry.
func (x *storyIndex) addTo(out []storyFiling, id string, p storyPrint, topics []string, now time.Time) []storyFiling {
	best, rank, nums := x.scratch.best[:0], x.scratch.rank[:0], x.scratch.nums[:0]
	var mine topicSet // the topics the item is filed in here
	for _, t := range topics {
		k, ok := x.nums[t]
		if !ok {
			k = noTopic
		} else {
			mine.add(k)
		}
		best, rank, nums = append(best, -1), append(rank, 0), append(nums, k)
	}
	x.refreshStats(now)
	also := x.scratch.also[:0]
	vetoes := x.scratch.vetoes[:0]
	m := metaOf(&p)
	for _, n := range x.candidates(&p) {
		e := &x.entries[n]
		if !x.mayJoin(m, x.meta[n]) || !mine.meets(&e.topics) {
			continue // one story in no topic, whatever their words
		}
		vetoes = x.ownEarlier(vetoes, &p, e, nums)
		l := x.stats.measureAbove(&p, &e.print, x.threshold)
		if !l.sharedLink && (l.similarity < x.threshold || l.conflict != "") {
			vetoes = x.ownDisagreeing(vetoes, &p, e, nums, &l)
			continue // one story in no topic
		}
		for i, k := range nums {
			if k == noTopic || !e.topics.has(k) || !l.same(x.byNum[k]) || x.tooLate(e, k, &p, l) {
				continue
			}
			also = append(also, topicEntry{i, n, l.rank()})
			if best[i] < 0 || l.rank() > rank[i] {
				best[i], rank[i] = n, l.rank()
			}
		}
	}
	if len(vetoes) > 0 {
		also = x.withoutVetoed(also, vetoes, nums, best, rank)
	}
	stories := x.scratch.stories[:0]
	var mates []uint32
	for i, t := range topics {
		f := storyFiling{Match: storage.Match{Topic: t, Story: id}}
		if best[i] >= 0 {
			e := &x.entries[best[i]]
			f.Story, _ = e.storyIn(nums[i])
			f.With = e.id
			if mates == nil {
				mates = e.firstWords()
			}
		}
		for _, a := range also {
			if other, _ := x.entries[a.n].storyIn(nums[i]); a.i == i && other != f.Story && !slices.Contains(f.Others, other) && x.mayBridge(f.Story, other) && !x.keptApart(best[i], a.n, f.Story, other, nums[i]) {
				f.Others = append(f.Others, other)
			}
		}
		if nums[i] != noTopic {
			f.Lead, f.Waits = x.lead(nums[i], id, f.Story, &p, now)
		}
		out, stories = append(out, f), append(stories, f.Match)
	}
	x.insertListed(id, p, stories, mates, x.found)
	x.scratch.best, x.scratch.rank, x.scratch.nums, x.scratch.stories, x.scratch.also, x.scratch.vetoes = best, rank, nums, stories, also, vetoes
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
	return entryMeta{published: p.published.Unix(), link: p.linkHash, lang: langNumber(p.lang)}
}

// hashLink is the hash of a normalized link, never 0 but for none.
func hashLink(link string) uint32 {
	if link == "" {
		return 0
	}
	return pairHash(link, "") | 1
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

// insert enters an item with its stories; mates are the words of the
// first item of the story it joined, nil when it joined none.
func (x *storyIndex) insert(id string, p storyPrint, stories []storage.Match, mates []uint32) {
	x.insertListed(id, p, stories, mates, nil)
}

// insertListed is insert given, when not nil, the postings of the item's
// words as candidates found them.
func (x *storyIndex) insertListed(id string, p storyPrint, stories []storage.Match, mates []uint32, found []int32) {
	if len(x.entries) >= x.compact {
		x.compactEntries()
		found = nil // listed afresh
	}
	e := storyEntry{id: strings.Clone(id), print: p, prevLink: -1, nextLink: -1, mates: mates} // not the stored record the id is cut from
	first := true
	for _, ts := range stories {
		n, ok := x.nums[ts.Topic]
		if !ok { // no other topic asks
			continue
		}
		switch {
		case first && ts.Story == e.id: // a story of its own
			e.story, first = e.id, false
		case first:
			e.story, first = strings.Clone(ts.Story), false
		case ts.Story != e.story:
			e.except = append(e.except, entryStory{n, strings.Clone(ts.Story)})
		}
		e.topics.add(n)
	}
	x.noteStarts(&e, int32(len(x.entries)))
	x.chain(int32(len(x.entries)), &e, found)
	x.notePending(int32(len(x.entries)), &e.print)
	x.entries = append(x.entries, e)
	x.noteID(int32(len(x.entries) - 1))
	x.linkNext(int32(len(x.entries) - 1))
	if p.published.After(x.newest) {
		x.newest = p.published
	}
}

// detach copies the strings the print keeps (its language, link,
// sources and numbers) into one string of its own. An item read from
// the store has its fields cut from one string of its whole record,
// content and all, which the index would otherwise keep alive for as
// long as the item is in the window.
func (p *storyPrint) detach() {
	each := func(f func(*string)) {
		f(&p.lang)
		f(&p.link)
		for _, ss := range [...][]string{p.sources, p.words.nums, p.words.titleNums} {
			for i := range ss {
				f(&ss[i])
			}
		}
	}
	n := 0
	each(func(s *string) { n += len(*s) })
	var b strings.Builder
	b.Grow(n)
	each(func(s *string) { b.WriteString(*s) })
	all, at := b.String(), 0
	each(func(s *string) {
		*s, at = all[at:at+len(*s)], at+len(*s)
	})
}
