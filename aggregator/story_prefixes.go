package aggregator

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// titlePrefixes are the words of a title that stand before a hyphen and
// a lower-case word somewhere in it: prefixes such as "Ex-minister" or
// "Anti-war", which are no names wherever they stand ("Pro and
// Pro-growth parties"). The title is read once for them, the first
// maxPrefixes kept: a search of it for each capitalized word made a
// title of a thousand of them cost a million steps.
type titlePrefixes struct {
	n     int
	words [maxPrefixes]string
}

const maxPrefixes = 8

func prefixesOf(title string) (p titlePrefixes) {
	for i := 0; i < len(title) && p.n < maxPrefixes; i++ {
		if title[i] != '-' {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(title[i+1:]); !unicode.IsLower(r) {
			continue
		}
		start := i
		for start > 0 {
			r, n := utf8.DecodeLastRuneInString(title[:start])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r) {
				break // a code ("G7-backed") and a letter's marks are the word's
			}
			start -= n
		}
		if start < i && !slices.Contains(p.words[:p.n], title[start:i]) {
			p.words[p.n], p.n = title[start:i], p.n+1
		}
	}
	return p
}

func (p *titlePrefixes) has(word string) bool { return slices.Contains(p.words[:p.n], word) }
