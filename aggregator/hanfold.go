package aggregator

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Chinese in two scripts: Taiwan, Hong Kong and Macau write Traditional
// characters, mainland China and Singapore Simplified ones, and the
// outlets of one republish the other's reports converted ("亞美尼亞總理",
// "亚美尼亚总理"). Folding reads every Traditional character as its
// Simplified form, many to one ("發" and "髮" are both "发"), so that a
// keyword in either script matches text in either, and story grouping
// reads a report and its converted copy as the same words. Japanese text
// folds the same way, keywords and text alike.

// hanSimplifiedTable lists Traditional characters and their Simplified
// forms, a pair a line, separated by a tab, written for feedsieve.
//
//go:embed han_simplified.tsv
var hanSimplifiedTable string

// hanFirst and hanLast bound the unified ideographs of the basic block and
// extension A (unifiedIdeograph), which hold every character of the table.
const hanFirst, hanLast = 0x3400, 0x9FFF

// hanSimplified is, by a character's place after hanFirst, its Simplified
// form, or 0 when it has none: a lookup for every character of Chinese
// and Japanese text folded.
var hanSimplified = func() []rune {
	pairs := readHanTable(hanSimplifiedTable)
	t := make([]rune, hanLast-hanFirst+1)
	for from, to := range pairs {
		if from < hanFirst || from > hanLast || to < hanFirst || to > hanLast {
			panic(fmt.Sprintf("han_simplified.tsv: %c → %c: not a unified ideograph", from, to))
		}
		t[from-hanFirst] = to
	}
	return t
}()

// readHanTable reads a table of pairs of characters; a malformed line is
// a fault of the build, and panics.
func readHanTable(table string) map[rune]rune {
	m := make(map[rune]rune, strings.Count(table, "\n"))
	for n, line := range strings.Split(strings.TrimSpace(table), "\n") {
		from, to, ok := strings.Cut(line, "\t")
		f, fs := utf8.DecodeRuneInString(from)
		t, ts := utf8.DecodeRuneInString(to)
		if !ok || fs != len(from) || ts != len(to) || f == utf8.RuneError || t == utf8.RuneError || f == t {
			panic(fmt.Sprintf("han_simplified.tsv:%d: not two characters separated by a tab: %q", n+1, line))
		}
		if _, twice := m[f]; twice {
			panic(fmt.Sprintf("han_simplified.tsv:%d: %c listed twice", n+1, f))
		}
		m[f] = t
	}
	return m
}

// simplifiedHan is r's Simplified form when r is a Traditional character,
// and r otherwise.
func simplifiedHan(r rune) rune {
	if r >= hanFirst && r <= hanLast {
		if s := hanSimplified[r-hanFirst]; s != 0 {
			return s
		}
	}
	return r
}
