package aggregator

import (
	"strings"
	"unicode/utf8"

	"github.com/feedsieve/feedsieve/storage"
)

// Explain shows what matching compared: a keyword's folded words, and the
// folded text around the place it was found, so that a user can see why
// two spellings do or do not meet.

// windowContext is how many runes of folded text a window shows on either
// side of the match.
const windowContext = 40

// folded returns the phrase as it is compared: its folded words separated
// by spaces, a prefix word followed by '*'.
func (p *phrase) folded() string {
	var b strings.Builder
	for i, w := range p.words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.text)
		if w.prefix {
			b.WriteByte('*')
		}
	}
	return b.String()
}

// window returns the folded text around the first place phrase p occurs in
// the first field of mask, with "…" where the text goes on; "" when mask is
// empty.
func (m *Matcher) window(it *storage.Item, p int, mask uint8) string {
	if mask == 0 {
		return ""
	}
	texts := fieldTexts(it)
	latin := digraphic[primaryLanguage(it.Language)]
	for _, s := range texts[firstFieldIndex(mask)] {
		folded := Fold(HTMLText(s))
		if from, to, ok := m.phrases[p].locate(folded); ok {
			return cutWindow(folded, from, to)
		}
		if !latin {
			continue
		}
		read := serbianLatin(folded) // found as scan found it, in Latin letters
		if from, to, ok := m.latin.phrases[p].locate(read); ok {
			return cutWindow(read, from, to)
		}
	}
	return ""
}

func firstFieldIndex(mask uint8) int {
	for i := range numFields {
		if mask&(1<<i) != 0 {
			return i
		}
	}
	return 0
}

// locate returns the byte span of the first place the phrase occurs in
// folded text, as scanSegment finds it.
func (p *phrase) locate(folded string) (from, to int, ok bool) {
	toks := tokenize(folded, false)
	offs := make([]int, len(toks))
	pos := 0
	for i, t := range toks {
		// Only separators lie between tokens, and a token starts with a
		// word rune: its text first occurs where it starts.
		offs[i] = pos + strings.Index(folded[pos:], t.text)
		pos = offs[i] + len(t.text)
	}
	for i := range toks {
		if p.at(toks, i) {
			from, to = p.span(toks, offs, i)
			return from, to, true
		}
	}
	return 0, 0, false
}

// span narrows the tokens a phrase matched at i to the part it matched:
// spaceless words match inside runs.
func (p *phrase) span(toks []token, offs []int, i int) (from, to int) {
	first, n := toks[i], len(p.words)
	if p.spaceless && first.spaceless && strings.Contains(first.text, p.joined) {
		from = offs[i] + strings.Index(first.text, p.joined)
		return from, from + len(p.joined)
	}
	last, lw := toks[i+n-1], p.words[n-1]
	from, to = offs[i], offs[i+n-1]+len(last.text)
	switch w := p.words[0]; {
	case n == 1 && w.spaceless && first.spaceless:
		from += strings.Index(first.text, w.text)
		to = from + len(w.text)
	case n > 1 && w.spaceless && first.spaceless:
		from += len(first.text) - len(w.text)
	}
	if n > 1 && lw.spaceless && last.spaceless {
		to = offs[i+n-1] + len(lw.text)
	}
	return from, to
}

// cutWindow returns s[from:to] with up to windowContext runes on either
// side, cut between words where the context holds a word boundary.
func cutWindow(s string, from, to int) string {
	start := from
	for n := 0; n < windowContext && start > 0; n++ {
		_, w := utf8.DecodeLastRuneInString(s[:start])
		start -= w
	}
	end := to
	for n := 0; n < windowContext && end < len(s); n++ {
		_, w := utf8.DecodeRuneInString(s[end:])
		end += w
	}
	if start > 0 {
		if i := strings.IndexFunc(s[start:from], notWord); i >= 0 && midWord(s, start) {
			start += i
		}
		start += len(s[start:from]) - len(strings.TrimLeftFunc(s[start:from], notWord))
	}
	if end < len(s) {
		if i := strings.LastIndexFunc(s[to:end], notWord); i >= 0 && midWord(s, end) {
			end = to + i
		}
		end = to + len(strings.TrimRightFunc(s[to:end], notWord))
	}
	out := s[start:end]
	if start > 0 {
		out = "…" + out
	}
	if end < len(s) {
		out += "…"
	}
	return out
}

func notWord(r rune) bool { return classOf(r)&classWord == 0 }

// midWord reports whether i, inside s, falls between two word runes.
func midWord(s string, i int) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i:])
	return !notWord(before) && !notWord(after)
}
