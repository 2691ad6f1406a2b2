package aggregator

import (
	"strings"
	"unicode/utf8"
)

// Scanning: how story grouping cuts text into words, numbers and, in
// scripts written without spaces, pairs of characters.

// tatweel is the Arabic script's stroke that draws a letter out.
const tatweel = "\u0640"

// storyLeadWords is how many words of a summary story grouping reads: a
// report's lede (25 to 40 words in wire copy) and the start of the
// sentence after it, which hold the who, where and how many of its
// event; a feed's description of one or two sentences is read whole.
// Copies of one report differ most further down, where outlets cut, add
// context or their own boilerplate, and every word read costs in
// proportion: in reading, in the word lists and in each comparison.
const storyLeadWords = 50

// scanWords calls f with each of the first limit words of s (all of
// them when limit is negative), where in s it starts, and whether it is a
// number, in its normalized form (normNumber); in a script written
// without spaces, each two consecutive characters are a word. It returns
// where in s it stopped.
func scanWords(s string, limit int, f func(word string, at int, num bool)) int {
	emit := func(word string, at int, num bool) {
		if limit != 0 {
			limit--
			f(word, at, num)
		}
	}
	i := 0
	for i < len(s) && limit != 0 {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = decodeRune(s, i)
		}
		c := classOf(r)
		switch {
		case c&classDigit != 0:
			end := max(numberEnd(s, i), i+n) // never without moving on
			emit(normNumber(s[i:end]), i, true)
			i = end
		case c&classLetter != 0:
			end := letterEnd(s, i, c&classSpaceless != 0)
			word := s[i:end]
			switch {
			case c&classSpaceless != 0:
				runePairs(word, func(pair string, at int) { emit(pair, i+at, false) })
			case strings.HasSuffix(word, tatweel) && digitStarts(s, end):
				// a proclitic drawn out to the number it is written
				// against ("بـ12" is "with 12"): a particle, and then a
				// number
			case magnitudeAt(s, i, end):
				// a quake's magnitude written onto its M ("M5.2",
				// "M5,2"): a number of the news, as "magnitude 5.2" is
			case end < len(s) && s[end] >= '0' && s[end] <= '9':
				// a code written with digits ("Q1", "A321neo", "G20") is
				// a word: its digits are no quantity of the news
				for end < len(s) && (s[end] >= '0' && s[end] <= '9' || isASCIILetter(s[end])) {
					end++
				}
				emit(s[i:end], i, false)
			default:
				emit(word, i, false)
			}
			i = end
		default:
			i += n
		}
	}
	return i
}

// runePairs calls add with every two consecutive characters of s and
// where in s they start, or with s alone when it is one character.
func runePairs(s string, add func(pair string, at int)) {
	w := clusterLen(s)
	if w == len(s) {
		add(s, 0)
		return
	}
	for at := 0; at+w < len(s); {
		n := clusterLen(s[at+w:])
		add(s[at:at+w+n], at)
		at, w = at+w, n
	}
}

// clusterLen is the length in bytes of the character s starts with and
// the marks that follow it: in Thai, Lao, Khmer and Burmese a vowel or a
// tone written above or below a letter is a character of its own, and a
// pair of a letter and its mark ("ู้", "้โ") tells nothing of a word;
// nor does half-width katakana's voiced mark, a letter of its own
// ("ｶﾞｽ", which folds to "ガス").
func clusterLen(s string) int {
	_, n := utf8.DecodeRuneInString(s)
	for n < len(s) && s[n] >= utf8.RuneSelf {
		r, m := utf8.DecodeRuneInString(s[n:])
		if classOf(r)&classMark == 0 && !halfwidthSoundMark(r) {
			break
		}
		n += m
	}
	return n
}

// halfwidthSoundMark reports whether r is half-width katakana's voiced or
// semi-voiced sound mark ("ﾞ", "ﾟ"), which follows its letter.
func halfwidthSoundMark(r rune) bool { return r == 0xFF9E || r == 0xFF9F }

// letterEnd is where the letters (and their marks) starting at i end,
// or where they pass from a script written without spaces to another or
// back (spaceless says which the first is): a word of Latin letters
// written into Chinese ("制造业PMI为", "苹果iPhone销量", "NBA总决赛") is a word
// of its own, not pairs of letters across the two ("业P", "PM", "MI",
// "I为"), whose capitals made names of fragments. A mark, and a letter
// of no script of its own (the long vowel mark "ー" of katakana), go
// with the letters before them.
func letterEnd(s string, i int, spaceless bool) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if !isASCIILetter(c) || spaceless {
				break
			}
			i++
			continue
		}
		r, n := decodeRune(s, i)
		c := classOf(r)
		if c&(classLetter|classMark) == 0 {
			break
		}
		if c&classMark == 0 && (c&classSpaceless != 0) != spaceless && !scriptless(r) {
			break
		}
		i += n
	}
	return i
}

// scriptless reports whether letter r is of no script of its own, and
// goes with the letters around it: the prolonged sound marks of kana
// (U+30FC, its half-width U+FF70), half-width katakana's sound marks
// and the kana repeat marks (U+3031–3035).
func scriptless(r rune) bool {
	return r == 0x30FC || r == 0xFF70 || halfwidthSoundMark(r) || r >= 0x3031 && r <= 0x3035
}

// sentenceEnds reports whether s, spaces aside, ends a sentence: a
// title's next word is capitalized whatever it is.
func sentenceEnds(s string) bool {
	for s != "" {
		switch {
		case s[len(s)-1] == ' ':
			s = s[:len(s)-1]
		case strings.HasSuffix(s, "\u00a0"):
			s = s[:len(s)-len("\u00a0")]
		default:
			c := s[len(s)-1]
			return c == '.' || c == '!' || c == '?'
		}
	}
	return false
}

// magnitudeAt reports whether the letters s[i:end] are a magnitude's M
// written onto a number with decimals ("M5.2", "M5,2", "Mw6.1"): not a
// road's or a code's ("M25", "A321neo", "G20"), which have none.
func magnitudeAt(s string, i, end int) bool {
	if w := s[i:end]; w != "M" && w != "Mw" {
		return false
	}
	j := end
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	return j > end && j+1 < len(s) && (s[j] == '.' || s[j] == ',') && s[j+1] >= '0' && s[j+1] <= '9'
}
