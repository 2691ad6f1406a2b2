package aggregator

import (
	"fmt"
	"sort"
	"strings"

	"github.com/feedsieve/feedsieve/storage"
)

// Field names, in the order they are searched and reported.
var fieldNames = [...]string{"title", "summary", "content", "categories"}

const numFields = len(fieldNames)

// Topic is a topic's filing rules.
type Topic struct {
	ID      string
	Sources []string // empty: every source
	Any     []string // one must match, unless empty
	All     []string // every one must match
	None    []string // none may match
	Fields  []string // fields to search; empty: all
}

// phrase is a compiled keyword: folded words, the last ones possibly prefixes.
type phrase struct {
	raw       string
	words     []token
	spaceless bool   // every word is of a spaceless script
	joined    string // words concatenated, for spaceless phrases
}

type compiledTopic struct {
	id             string
	sources        map[string]bool
	any, all, none []int // phrase indexes
	fields         uint8 // bit mask of fields searched
}

// Matcher files items into topics. It is immutable after NewMatcher and
// safe for concurrent use.
type Matcher struct {
	topics    []compiledTopic
	phrases   []phrase
	exact     map[string][]int // first word → phrases starting with it
	prefix    map[string][]int // first word prefix → phrases
	prefixLen []int            // distinct prefix lengths in bytes
	spaceless []int            // phrases starting with a spaceless word
}

// NewMatcher compiles topics. A keyword without any word is an error.
func NewMatcher(topics []Topic) (*Matcher, error) {
	m := &Matcher{exact: map[string][]int{}, prefix: map[string][]int{}}
	seen := map[string]int{}
	lens := map[int]bool{}
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
		first := p.words[0]
		switch {
		case first.spaceless:
			m.spaceless = append(m.spaceless, i)
		case first.prefix:
			m.prefix[first.text] = append(m.prefix[first.text], i)
			lens[len(first.text)] = true
		default:
			m.exact[first.text] = append(m.exact[first.text], i)
		}
		return i, nil
	}
	for _, t := range topics {
		ct := compiledTopic{id: t.ID, fields: fieldMask(t.Fields)}
		if len(t.Sources) > 0 {
			ct.sources = map[string]bool{}
			for _, s := range t.Sources {
				ct.sources[s] = true
			}
		}
		for _, list := range []struct {
			kws []string
			dst *[]int
		}{{t.Any, &ct.any}, {t.All, &ct.all}, {t.None, &ct.none}} {
			for _, kw := range list.kws {
				i, err := add(t.ID, kw)
				if err != nil {
					return nil, err
				}
				*list.dst = append(*list.dst, i)
			}
		}
		m.topics = append(m.topics, ct)
	}
	for l := range lens {
		m.prefixLen = append(m.prefixLen, l)
	}
	sort.Ints(m.prefixLen)
	return m, nil
}

func compilePhrase(kw string) (phrase, error) {
	words := tokenize(Fold(kw), true)
	if len(words) == 0 {
		return phrase{}, fmt.Errorf("keyword %q has no letters or digits", kw)
	}
	p := phrase{raw: kw, words: words, spaceless: true}
	var b strings.Builder
	for _, w := range words {
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

func fieldMask(fields []string) uint8 {
	if len(fields) == 0 {
		return 1<<numFields - 1
	}
	var m uint8
	for _, f := range fields {
		for i, name := range fieldNames {
			if f == name {
				m |= 1 << i
			}
		}
	}
	return m
}

// IsField reports whether name is a field keywords can be searched in.
func IsField(name string) bool {
	for _, f := range fieldNames {
		if f == name {
			return true
		}
	}
	return false
}

// Classify returns the topics an item belongs to, with the keywords that
// put it there.
func (m *Matcher) Classify(it *storage.Item) []storage.Match {
	hits := m.scan(it)
	var out []storage.Match
	for i := range m.topics {
		if match, ok := m.topics[i].evaluate(m, it, hits); ok {
			out = append(out, match)
		}
	}
	return out
}

// evaluate applies a topic's rules to the scanned hits of an item.
func (t *compiledTopic) evaluate(m *Matcher, it *storage.Item, hits []uint8) (storage.Match, bool) {
	if t.sources != nil && !anySource(t.sources, it.Sources) {
		return storage.Match{}, false
	}
	for _, p := range t.none {
		if hits[p]&t.fields != 0 {
			return storage.Match{}, false
		}
	}
	match := storage.Match{Topic: t.id}
	for _, p := range t.all {
		if hits[p]&t.fields == 0 {
			return storage.Match{}, false
		}
		match.Hits = append(match.Hits, m.hit(p, hits[p]&t.fields))
	}
	found := len(t.any) == 0
	for _, p := range t.any {
		if hits[p]&t.fields != 0 {
			found = true
			match.Hits = append(match.Hits, m.hit(p, hits[p]&t.fields))
		}
	}
	return match, found
}

// hit reports a phrase with the first field it was found in.
func (m *Matcher) hit(p int, mask uint8) storage.Hit {
	f := 0
	for mask&(1<<f) == 0 {
		f++
	}
	return storage.Hit{Keyword: m.phrases[p].raw, Field: fieldNames[f]}
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
