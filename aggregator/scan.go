package aggregator

import (
	"strings"
	"sync"

	"github.com/feedsieve/feedsieve/storage"
)

// scan finds every phrase in every field of an item, tokenizing each field
// once. The result holds, per phrase, a bit mask of the fields it occurs in.
func (m *Matcher) scan(it *storage.Item) []uint8 {
	hits := make([]uint8, len(m.phrases))
	if len(m.phrases) == 0 {
		return hits
	}
	buf := tokenBuffers.Get().(*[]token)
	texts := fieldTexts(it)
	latin := digraphic[primaryLanguage(it.Language)]
	for f, segs := range texts {
		for _, s := range segs {
			if s == "" {
				continue
			}
			folded := Fold(HTMLText(s))
			*buf = appendTokens((*buf)[:0], folded, false)
			m.scanSegment(*buf, uint8(1)<<f, hits)
			if latin { // its Cyrillic read in Latin letters, with every keyword read so
				if read := serbianLatin(folded); read != folded {
					*buf = appendTokens((*buf)[:0], read, false)
				}
				m.latin.scanSegment(*buf, uint8(1)<<f, hits)
			}
		}
	}
	clear(*buf) // drop the references to the texts
	tokenBuffers.Put(buf)
	return hits
}

// tokenBuffers recycles the token slices of scan, which never outlive it.
var tokenBuffers = sync.Pool{New: func() any { return new([]token) }}

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
		if !m.starts.mayStart(t.text) {
			continue
		}
		for _, p := range m.exact[t.text] {
			try(p, i)
		}
		if m.prefixHead > 0 && len(t.text) >= m.prefixHead {
			for _, p := range m.prefix[t.text[:m.prefixHead]] {
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
	switch {
	case w.prefix:
		return strings.HasPrefix(t.text, w.text)
	case w.particles:
		return withParticles(t.text, w.text)
	}
	return t.text == w.text
}

// startFilter is a bitmap of the first two bytes of the words that begin
// phrases: a token whose two bytes are not in it begins none, and is
// passed over without map lookups.
type startFilter [1 << 16 / 64]uint64

func pairOf(w string) int {
	if len(w) < 2 {
		return int(w[0]) << 8
	}
	return int(w[0])<<8 | int(w[1])
}

func (f *startFilter) set(pair int) { f[pair/64] |= 1 << (pair % 64) }

// add records the first word of a phrase; a one-byte prefix stands for
// every second byte.
func (f *startFilter) add(w token) {
	if w.prefix && len(w.text) == 1 {
		for b := range 256 {
			f.set(int(w.text[0])<<8 | b)
		}
		return
	}
	f.set(pairOf(w.text))
}

func (f *startFilter) mayStart(w string) bool {
	pair := pairOf(w)
	return f[pair/64]&(1<<(pair%64)) != 0
}
