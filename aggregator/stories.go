package aggregator

import (
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
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
	Threshold float64
	// Window is the most time between two items' publication;
	// DefaultStoryWindow when 0.
	Window time.Duration
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
type storyIndex struct {
	opts  StoryOptions
	items []storyEntry
}

type storyEntry struct {
	id, story string
	print     storyPrint
}

// add files an item into a story and returns the story, the item it was
// found to be one story with ("" when none) and the verdict on them.
func (x *storyIndex) add(id string, p storyPrint) (story, with string, v StoryVerdict) {
	best := -1
	for i := range x.items {
		cand := compareStories(p, x.items[i].print, x.opts)
		if !cand.Same {
			continue
		}
		if best < 0 || storyRank(cand) > storyRank(v) {
			best, v = i, cand
		}
	}
	story = id
	if best >= 0 {
		story, with = x.items[best].story, x.items[best].id
	}
	x.items = append(x.items, storyEntry{id: id, story: story, print: p})
	return story, with, v
}

// storyRank orders verdicts of one story: a shared link first, then by
// similarity.
func storyRank(v StoryVerdict) float64 {
	if v.SharedLink {
		return 2
	}
	return v.Similarity
}
