package aggregator

import (
	"strings"
	"sync/atomic"
	"unicode/utf8"
)

// The word cache. Reading a word (folding it, looking it up among the
// language's special words, stemming it, hashing it three ways) depends
// on its language and its text only, and news repeats its words: most of
// an item's words were read in items filed before it. A read word is kept
// in a cache of fixed size, one slot per hash, the newest in its slot
// winning: lookups take no lock, a word is never read wrong (a slot's
// word is compared whole) and the cache never grows.

// wordCacheSlots is the size of the word cache: a few megabytes at most,
// enough for the words of several languages' news.
const wordCacheSlots = 1 << 14

// wordCacheLongest is the longest word cached, in bytes: longer ones are
// rare, and read each time.
const wordCacheLongest = 40

// wordCache holds read words by their hash in their language.
var wordCache [wordCacheSlots]atomic.Pointer[wordRead]

// wordRead is what reading a word yields, whatever item it is in.
type wordRead struct {
	lang, word                   string // the key
	h, exact, prefix, full       uint32 // as add returns them; full as wordReader.full
	alias                        uint32 // of its metonyms, 0 for none
	expand                       string // the words read in its place (an abbreviation's), if replaced
	day                          uint8  // the day of the week it names, for a special word
	special, known, common, stop bool   // a special word; a country or a name of metonyms; a kind of event; a stop word
	begins                       bool   // h is of the word's first letters only (prefixLanguages)
	whole                        uint32 // the word's hash as other languages read it: h, unless begins
	bare                         uint32 // in prefixLanguages, of the stemmed word without its last vowels, when shorter than the word: 0 for none
	replaced                     bool   // a special word read as expand, none or others
	lower                        bool   // not capitalized
}

// cachedWord returns the word read in lang, if the cache holds it.
func cachedWord(lang string, seed uint64, word string) (slot uint32, c *wordRead) {
	slot = hashAfter(seed, word) & (wordCacheSlots - 1)
	if c = wordCache[slot].Load(); c != nil && c.word == word && c.lang == lang {
		return slot, c
	}
	return slot, nil
}

// cacheWord keeps a word read in the slot cachedWord named.
func cacheWord(slot uint32, lang, word string, c wordRead) {
	c.lang, c.word = strings.Clone(lang), strings.Clone(word) // not the item they are cut from
	wordCache[slot].Store(&c)
}

// read reads a word, a number's excepted; folded is the word as it was
// compared (valid until the next word is folded).
func (r *wordReader) read(word string) (c wordRead, folded string) {
	folded = r.foldWord(word)
	if r.latin {
		folded = serbianLatin(folded)
	}
	if len(folded) <= r.special.longest {
		if sw, ok := r.special.words[folded]; ok {
			c.special, c.day, c.alias, c.known = true, sw.day, sw.alias, sw.alias != 0 && !sw.unsure
			if sw.unsure && !isCapitalized(word) {
				c.alias = 0 // "wenen", to weep, is no "Wenen", Vienna
			}
			switch {
			case sw.stop:
				c.stop = true
				return c, folded
			case sw.day != 0: // read as written
			case sw.country:
				folded, c.known = sw.as, true
			case sw.synonym:
				folded, c.common = sw.as, true
			case sw.as == "" && sw.alias != 0: // a name of metonyms, read as written
			default:
				c.replaced, c.expand = true, sw.as // neither a name nor the title's wording
				return c, folded
			}
		}
	}
	stemmed := r.stem(folded)
	short := truncateStem(stemmed)
	c.h = hashAfter(r.seed, short)
	if len(short) == len(folded) {
		c.exact = c.h
	} else if c.exact = hashAfter(r.seed, folded); c.exact == c.h {
		c.exact++ // never one with a stem
	}
	switch {
	case len(short) == len(stemmed):
		c.full = c.h
	case len(stemmed) == len(folded):
		c.full = c.exact
	default:
		c.full = hashAfter(r.seed, stemmed)
	}
	c.lower = !isCapitalized(word)
	c.prefix = r.namePrefix(folded)
	c.whole = c.h
	if r.prefixed && !c.special {
		if bare := strings.TrimRight(stemmed, caseVowelsOf(r.lang)); len(bare) < len(folded) && utf8.RuneCountInString(bare) >= prefixLetters {
			c.bare = hashAfter(r.seed^bareSeed, truncateStem(bare))
		}
		base := folded
		if r.inflection != nil {
			base = stemmed // Azerbaijani's "Bakıda" begins as "Bakı" does
		}
		if begins, ok := wordBeginning(base); ok {
			c.h, c.begins = hashAfter(r.seed^beginningSeed, begins), true
		}
	}
	return c, folded
}

// apply adds a word read to the item's words, and returns its hash, its
// unstemmed hash and its namePrefix; 0 for a stop word.
func (r *wordReader) apply(c *wordRead) (h, exact, prefix uint32) {
	w := &r.w
	if c.alias != 0 {
		w.prefixes = append(w.prefixes, c.alias)
		r.alias = c.alias
	}
	if c.special {
		r.day = c.day
	}
	r.known = r.known || c.known
	r.common = r.common || c.common
	switch {
	case c.stop:
		w.stops++
		return 0, 0, 0
	case c.replaced:
		for f := range strings.FieldsSeq(c.expand) {
			r.add(f, false)
		}
		return 0, 0, 0
	}
	r.full, r.whole = c.full, c.whole
	w.words = append(w.words, c.h)
	if r.prefixed {
		w.whole = append(w.whole, c.whole)
		if c.bare != 0 {
			w.whole = append(w.whole, c.bare)
		}
	}
	r.bare = c.bare
	if c.common {
		w.kinds = append(w.kinds, c.h)
	}
	if c.lower {
		w.lower = append(w.lower, c.exact)
	}
	if c.prefix != 0 {
		w.prefixes = append(w.prefixes, c.prefix)
	}
	return c.h, c.exact, c.prefix
}
