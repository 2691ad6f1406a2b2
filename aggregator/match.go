package aggregator

import (
	"fmt"
	"math/bits"
	"strings"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// Topic is a topic's filing rules.
type Topic struct {
	ID      string   `json:"id"`
	Sources []string `json:"sources,omitempty"` // empty: every source
	Any     []string `json:"any,omitempty"`     // one must match, unless empty
	All     []string `json:"all,omitempty"`     // every one must match
	None    []string `json:"none,omitempty"`    // none may match
	Fields  []string `json:"fields,omitempty"`  // fields to search; empty: the item's text (defaultFields)
	// MaxAge, when set, takes only items published within it before the
	// time they are filed (a re-filing drops those grown older).
	MaxAge time.Duration `json:"max_age,omitempty"`
	// Stories, when set, files the topic's items into stories: copies of
	// one report from several outlets (stories.go). It is not a matching
	// rule: changing it re-files nothing.
	Stories *StoryOptions `json:"-"`
}

// phrase is a compiled keyword: folded words, the last ones possibly prefixes.
type phrase struct {
	words     []token
	spaceless bool   // every word is of a spaceless script
	joined    string // words concatenated, for spaceless phrases
}

type compiledTopic struct {
	rules          Topic
	sources        map[string]bool
	any, all, none []keyword
	fields         uint8 // bit mask of fields searched
	now            func() time.Time
}

// keyword is one of a topic's keywords: the phrase it compiles to, shared
// by every keyword that folds the same, and the text the user wrote.
type keyword struct {
	phrase int
	raw    string
}

// Matcher files items into topics. It is immutable after NewMatcher and
// safe for concurrent use.
type Matcher struct {
	topics  []compiledTopic
	phrases []phrase
	exact   map[string][]int // first word → phrases starting with it
	// prefix holds the phrases whose first word is a prefix, or a Hangul
	// word that particles may follow, by the first prefixHead bytes of
	// that word: the length of the shortest one.
	prefix     map[string][]int
	prefixHead int
	spaceless  []int // phrases starting with a spaceless word
	starts     startFilter
	// latin holds the phrases with their Cyrillic read in Latin letters,
	// in the same order, for the items of a language written in both
	// (digraphic): their text is scanned once more, read so too.
	latin *Matcher
	// now is the time topics' MaxAge counts back from.
	now func() time.Time
}

// NewMatcher compiles topics. A keyword without any word is an error.
func NewMatcher(topics []Topic) (*Matcher, error) {
	m := &Matcher{exact: map[string][]int{}, prefix: map[string][]int{}, now: time.Now}
	seen := map[string]int{}
	var prefixed []int
	add := func(topic, kw string) (int, error) {
		p, err := compilePhrase(kw)
		if err != nil {
			return 0, fmt.Errorf("topic %s: %w", topic, err)
		}
		key := p.key()
		if i, ok := seen[key]; ok {
			return i, nil
		}
		i := len(m.phrases)
		seen[key] = i
		m.phrases = append(m.phrases, p)
		prefixed = m.index(i, prefixed)
		return i, nil
	}
	for _, t := range topics {
		ct := compiledTopic{rules: t, fields: fieldMask(t.Fields), now: func() time.Time { return m.now() }}
		if len(t.Sources) > 0 {
			ct.sources = map[string]bool{}
			for _, s := range t.Sources {
				ct.sources[s] = true
			}
		}
		for _, list := range []struct {
			kws []string
			dst *[]keyword
		}{{t.Any, &ct.any}, {t.All, &ct.all}, {t.None, &ct.none}} {
			for _, kw := range list.kws {
				i, err := add(t.ID, kw)
				if err != nil {
					return nil, err
				}
				*list.dst = append(*list.dst, keyword{phrase: i, raw: kw})
			}
		}
		m.topics = append(m.topics, ct)
	}
	m.indexPrefixes(prefixed)
	m.latin = m.readIn(serbianLatin)
	return m, nil
}

// index lists phrase i by its first word, and returns prefixed with i
// when that word is a prefix (indexPrefixes lists those).
func (m *Matcher) index(i int, prefixed []int) []int {
	first := m.phrases[i].words[0]
	switch {
	case first.spaceless:
		m.spaceless = append(m.spaceless, i)
	case first.prefix || first.particles:
		prefixed = append(prefixed, i)
		m.starts.add(first)
	default:
		m.exact[first.text] = append(m.exact[first.text], i)
		m.starts.add(first)
	}
	return prefixed
}

// readIn returns a matcher of m's phrases, in the same order, each word
// read with script (serbianLatin), for the scan of text read so too.
func (m *Matcher) readIn(script func(string) string) *Matcher {
	r := &Matcher{exact: map[string][]int{}, prefix: map[string][]int{}, phrases: make([]phrase, len(m.phrases))}
	var prefixed []int
	for i, p := range m.phrases {
		q := phrase{words: make([]token, len(p.words)), spaceless: p.spaceless, joined: script(p.joined)}
		for k, w := range p.words {
			w.text = script(w.text)
			q.words[k] = w
		}
		r.phrases[i] = q
		prefixed = r.index(i, prefixed)
	}
	r.indexPrefixes(prefixed)
	return r
}

func (m *Matcher) indexPrefixes(phrases []int) {
	for _, i := range phrases {
		if l := len(m.phrases[i].words[0].text); m.prefixHead == 0 || l < m.prefixHead {
			m.prefixHead = l
		}
	}
	for _, i := range phrases {
		head := m.phrases[i].words[0].text[:m.prefixHead]
		m.prefix[head] = append(m.prefix[head], i)
	}
}

func compilePhrase(kw string) (phrase, error) {
	words := tokenize(Fold(kw), true)
	if len(words) == 0 {
		return phrase{}, fmt.Errorf("keyword %q has no letters or digits", kw)
	}
	p := phrase{words: words, spaceless: true}
	var b strings.Builder
	for i, w := range words {
		words[i].particles = !w.prefix && !w.spaceless && hangulWord(w.text)
		p.spaceless = p.spaceless && w.spaceless
		b.WriteString(w.text)
	}
	p.joined = b.String()
	return p, nil
}

// key identifies phrases that match exactly the same texts.
func (p phrase) key() string {
	var b strings.Builder
	for _, w := range p.words {
		b.WriteString(w.text)
		if w.prefix {
			b.WriteByte('*')
		}
		b.WriteByte(' ')
	}
	return b.String()
}

// Classify returns the topics an item belongs to, with the keywords that
// put it there.
func (m *Matcher) Classify(it *storage.Item) []storage.Match {
	hits := m.scan(it)
	var out []storage.Match
	for i := range m.topics {
		if match, ok := m.topics[i].evaluate(it, hits); ok {
			out = append(out, match)
		}
	}
	return out
}

// evaluate applies a topic's rules to the scanned hits of an item.
func (t *compiledTopic) evaluate(it *storage.Item, hits []uint8) (storage.Match, bool) {
	if t.sources != nil && !anySource(t.sources, it.Sources) {
		return storage.Match{}, false
	}
	if t.tooOld(it) {
		return storage.Match{}, false
	}
	for _, k := range t.none {
		if t.found(k, hits) != 0 {
			return storage.Match{}, false
		}
	}
	match := storage.Match{Topic: t.rules.ID}
	for _, k := range t.all {
		mask := t.found(k, hits)
		if mask == 0 {
			return storage.Match{}, false
		}
		match.Hits = append(match.Hits, storage.Hit{Keyword: k.raw, Field: firstField(mask)})
	}
	matched := len(t.any) == 0
	for _, k := range t.any {
		if mask := t.found(k, hits); mask != 0 {
			matched = true
			match.Hits = append(match.Hits, storage.Hit{Keyword: k.raw, Field: firstField(mask)})
		}
	}
	return match, matched
}

// tooOld reports whether an item was published longer ago than the
// topic's MaxAge. An item without a date is dated when first seen.
func (t *compiledTopic) tooOld(it *storage.Item) bool {
	return t.rules.MaxAge > 0 && !it.Published.IsZero() && it.Published.Before(t.now().Add(-t.rules.MaxAge))
}

// found returns the fields, among those the topic searches, a keyword
// occurs in.
func (t *compiledTopic) found(k keyword, hits []uint8) uint8 {
	return hits[k.phrase] & t.fields
}

func firstField(mask uint8) string { return fieldNames[bits.TrailingZeros8(mask)] }

// fieldsOf names the fields of a bit mask, in field order.
func fieldsOf(mask uint8) []string {
	var out []string
	for i, name := range fieldNames {
		if mask&(1<<i) != 0 {
			out = append(out, name)
		}
	}
	return out
}

func anySource(want map[string]bool, have []string) bool {
	for _, s := range have {
		if want[s] {
			return true
		}
	}
	return false
}

// CheckKeyword reports whether a keyword can be matched: it needs at least
// one word of letters or digits.
func CheckKeyword(kw string) error {
	_, err := compilePhrase(kw)
	return err
}
