package aggregator

import (
	"strings"

	"github.com/feedsieve/feedsieve/storage"
)

// scan finds every phrase in every field of an item, tokenizing each field
// once. The result holds, per phrase, a bit mask of the fields it occurs in.
func (m *Matcher) scan(it *storage.Item) []uint8 {
	hits := make([]uint8, len(m.phrases))
	if len(m.phrases) == 0 {
		return hits
	}
	texts := [numFields][]string{{it.Title}, {it.Summary}, {it.Content}, it.Categories}
	for f, segs := range texts {
		for _, s := range segs {
			if s == "" {
				continue
			}
			m.scanSegment(tokenize(Fold(HTMLText(s)), false), uint8(1)<<f, hits)
		}
	}
	return hits
}

// scanSegment marks the phrases found in one run of text (a field, or one
// category). A phrase never spans two segments.
func (m *Matcher) scanSegment(seg []token, bit uint8, hits []uint8) {
	try := func(p, i int) {
		if hits[p]&bit == 0 && m.phrases[p].at(seg, i) {
			hits[p] |= bit
		}
	}
	for i, t := range seg {
		if t.spaceless {
			for _, p := range m.spaceless {
				try(p, i)
			}
			continue
		}
		for _, p := range m.exact[t.text] {
			try(p, i)
		}
		for _, l := range m.prefixLen {
			if l > len(t.text) {
				break
			}
			for _, p := range m.prefix[t.text[:l]] {
				try(p, i)
			}
		}
	}
}

// at reports whether the phrase occurs starting at token i. Words of
// spaceless scripts match inside runs: the first word may end a run, the
// last may start one, a lone word may stand anywhere in one.
func (p *phrase) at(seg []token, i int) bool {
	if p.spaceless && seg[i].spaceless && strings.Contains(seg[i].text, p.joined) {
		return true
	}
	n := len(p.words)
	if i+n > len(seg) {
		return false
	}
	for j, w := range p.words {
		if !w.matches(seg[i+j], j == 0, j == n-1) {
			return false
		}
	}
	return true
}

func (w token) matches(t token, first, last bool) bool {
	if w.spaceless && t.spaceless {
		switch {
		case first && last:
			return strings.Contains(t.text, w.text)
		case first:
			return strings.HasSuffix(t.text, w.text)
		case last:
			return strings.HasPrefix(t.text, w.text)
		}
		return t.text == w.text
	}
	if w.prefix {
		return strings.HasPrefix(t.text, w.text)
	}
	return t.text == w.text
}
