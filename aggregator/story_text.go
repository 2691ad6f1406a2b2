package aggregator

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Story text: what story grouping reads of an item's title and summary.
// The wire's furniture is stripped first (UPDATE 1-, REFILE-, BRIEF- and
// CORRECTED- before a title; a dateline such as "BRUSSELS (Reuters) -"
// or a byline such as "By Anna Smith, Business Correspondent." before a
// summary; a trailing "…" of a cut summary), since copies of one report
// differ by exactly these. What is left is read as words: folded (case,
// accents), their common endings cut so that "earthquake" and
// "earthquakes" are one word, and numbers written one way ("3,500",
// "3.500" and "3 500" are 3500; "5,1" is 5.1).

// storyWords are the words of an item's title and summary, as hashes
// salted with its language, with the numbers and names of the title that
// tell one event from another of the same kind.
type storyWords struct {
	words     []uint32                // every word, sorted, without repeats
	whole     []uint32                // in prefixLanguages, every word as read whole, sorted, without repeats (lookup); nil elsewhere
	lower     []uint32                // the words written in lower case, unstemmed, unsorted, repeats kept
	titleNums []string                // the title's numbers, normalized
	units     [maxTitleNumbers]uint32 // the word after each of titleNums, its unit ("hectares", "万元"), 0 for none or a stop word
	titleCaps []nameWord              // the title's capitalized words (in German, its nouns too)
	titleRest []uint32                // the title's words but numbers, sorted
	prefixes  []uint32                // the namePrefix of every word that has one, and its metonyms' alias, in no order, repeats kept, unless there are more than keysScanned (hasKey)
	nums      []string                // every number, normalized
	update    bool                    // the title is tagged as a wire's update ("UPDATE 1-")
	dayAfter  bool                    // it tells its news as following another's ("a day after")
	renews    bool                    // the title tells of a new event of a kind told before ("aftershock", story_events.go)
	arrests   bool                    // the title's first words tell of an arrest, a charge or a verdict,
	departs   bool                    // or of someone leaving a post (story_events.go)
	service   bool                    // the title is a service report's ("what passengers need to know") or a column of briefs' ("Kurz notiert:")
	rises     bool                    // the title says a figure rose ("toll rises to 14")
	digest    bool                    // the title is a newsletter's, which tells several news (digestTitle)
	titleDays uint8                   // the days of the week the title names, Monday the lowest bit
	titleKind []uint32                // the kinds of event the title names (story_synonyms.go), as words
	lands     [4]uint8                // the countries the title names, by number (story_lands.go)
	kinds     []uint32                // the kinds of event the title and the lead name, as words
	dateline  [2]uint32               // hashes of the places of the summary's dateline ("ATHENS (Meridian) -", "BRUSSELS/AUSTIN (Harbor) -"), 0 for none
	read      uint16                  // words read but numbers,
	stops     uint16                  // and of them stop words of the language read in (foreignTo)
}

// nameWord is a capitalized word of a title: its hash as a word, and
// unstemmed, by which it is told from a common word ("Severn" is no
// "severe", "Tours" no "tour"); the alias of its metonyms, if any. Or a
// place found by name where no capital tells one, whose prefix and
// alias are keys of its province (hasPlace).
type nameWord struct {
	word, exact, prefix, alias uint32
	opening                    bool   // begins the title, and is not in the summary
	sure                       bool   // a name even where every noun is capitalized: two capitals or more ("SG", "VfL"), a country or a name of metonyms
	place                      bool   // a place found by name where no capital tells one (story_places.go),
	district                   bool   // and of them a ward or district found by its suffix (story_wards.go)
	person                     bool   // a person found before a mark where no capital tells a name, known by the pairs of letters word and alias (story_persons.go)
	whole                      uint32 // word, or in prefixLanguages the word read whole, and without its last vowels when it has any, by which it is looked up (storyWords.lookup); 0 for a place or a person
}

// readStoryWords reads the words of an item in language lang.
func readStoryWords(lang, title, summary string) storyWords {
	return readStoryText(lang, title, summary, nil)
}

// readStoryText is readStoryWords noting, when text is not nil, each
// word's text by its hash: the folded word as it was compared ("greece"
// for "Greek"), for explain's evidence.
func readStoryText(lang, title, summary string, text map[uint32]string) storyWords {
	title, update := wireTags(stripSiteName(lang, HTMLText(title)))
	title, column := briefColumn(title) // a paper's column is its furniture, not the news: "Kurz notiert: …"
	summary, dateline := cutDateline(lang, cutFurniture(htmlTextPrefix(summary, summaryTextRead)))
	summary = nameEpithets(lang, title, summary) // "la capital aragonesa" is Zaragoza
	if breadcrumbs(summary) {
		summary = "" // a portal's section path, "Wiadomości | Warszawa", is no lead
	}
	r := newWordReader(lang, min((len(title)+len(summary))/6, len(title)/4+storyLeadWords)+4, len(title)/4+4)
	r.text = text
	r.seed = hashSeed(lang)
	w := &r.w
	w.dateline = datelinePlaces(dateline)
	// The capitalized words that open the title or a sentence of it,
	// where any word is capitalized: no names unless the summary
	// repeats them.
	var openers [4]struct {
		word uint32
		full uint32
		at   int // in titleCaps
	}
	nOpen, first := 0, true
	var starts wordStarts // of the title's first words, where new events are told
	prefixes := prefixesOf(title)
	unitOf := -1
	scanWords(title, -1, func(word string, at int, num bool) {
		starts.note(at)
		r.alias, r.known, r.day, r.common = 0, false, 0, false
		h, exact, prefix := r.add(word, num)
		if unitOf >= 0 && !num && followsDigit(title, at) {
			w.units[unitOf] = h // "300 hectares", "286万元"; not "3:2 – Kane"
		}
		unitOf = -1
		if r.day != 0 {
			w.titleDays |= 1 << (r.day - 1)
		}
		if r.common && h != 0 {
			w.titleKind = append(w.titleKind, h)
		}
		opens := first || !num && sentenceEnds(title[:at])
		first = false
		switch {
		case num:
			if len(w.titleNums) < maxTitleNumbers {
				w.titleNums = append(w.titleNums, word)
				unitOf = len(w.titleNums) - 1
			}
		case h == 0: // a stop word
		case len(w.titleCaps) < maxTitleNames && isCapitalized(word) && !r.common && !prefixes.has(word):
			if w.titleCaps == nil {
				w.titleCaps = make([]nameWord, 0, 8) // once, not growing from one
			}
			if opens && !r.known && nOpen < len(openers) { // a country is a name wherever it stands
				openers[nOpen].word, openers[nOpen].full, openers[nOpen].at = h, r.full, len(w.titleCaps)
				nOpen++
			}
			w.titleCaps = append(w.titleCaps, nameWord{word: h, whole: cmp.Or(r.bare, r.whole), exact: exact, prefix: prefix, alias: r.alias, sure: r.known || isAcronym(word)})
			w.titleRest = append(w.titleRest, r.full)
		default:
			w.titleRest = append(w.titleRest, r.full)
		}
	})
	var repeated [len(openers)]bool
	var firms firmNames
	readFirms := capsNounsIn(lang) && len(w.titleCaps) > 0
	var leadCaps capsSeen
	titleCased := !capsNounsIn(lang) && len(w.titleCaps) > 2 && titleCase(title)
	lead := scanWords(summary, storyLeadWords, func(word string, at int, num bool) {
		_, exact, _ := r.add(word, num)
		if readFirms {
			firms.note(summary, word, at, exact, num)
		}
		if titleCased && !num && isCapitalized(word) && at > 0 && !sentenceEnds(summary[:at]) {
			leadCaps.add(exact) // a capital where a sentence begins tells nothing
		}
		for i := range nOpen {
			repeated[i] = repeated[i] || r.full == openers[i].full
		}
	})
	for i := range nOpen {
		if summary != "" && !repeated[i] {
			// capitalized where a sentence begins, and named nowhere
			// else: "Doce heridos…", "Muere uno de…", "… zamknięty.
			// Inspektorzy wykryli…" name no one
			w.titleCaps[openers[i].at].opening = true
		}
	}
	if readFirms {
		firms.mark(w.titleCaps)
	}
	if titleCased && summary != "" {
		leadCaps.unmark(w.titleCaps)
	}
	if placeLists[lang] != nil {
		r.notePlaces(lang, title, summary[:lead])
	}
	if marks := personMarks[lang]; marks != nil {
		r.notePersons(title, marks)
	}
	w.words = sortedSet(w.words)
	if w.whole != nil {
		w.whole = sortedSet(w.whole)
	}
	w.titleRest = sortedSet(w.titleRest)
	if len(w.prefixes) > keysScanned {
		w.prefixes = sortedSet(w.prefixes) // a title of hundreds of names is looked up by halves (hasKey)
	}
	w.update = update
	w.lands = titleLands(lang, title)
	w.dayAfter = w.tellsDayAfter(lang, title) || w.tellsDayAfter(lang, summary[:lead])
	w.renews = w.tellsNewEvent(lang, title, &starts)
	w.arrests = w.tellsEarly(title, arrestPhrases[lang], &starts)
	w.departs = w.tellsEarly(title, departurePhrases[lang], &starts)
	w.service = column || w.tellsService(lang, title)
	w.digest = digestTitle(title) || column && listsSeveral(title)
	w.rises = len(w.titleNums) > 0 && w.tellsRise(lang, title) // only a title's numbers may rise (laterRises)
	return *w
}

// lookup is the item's words as looked up, by a name of another item's
// title or a phrase's word: its words, or in prefixLanguages its words
// read whole, so that a beginning is no name ("buda…" is neither
// "Budapest" nor "Budaörs") and no mention ("isti…" no "istifa").
func (w *storyWords) lookup() []uint32 {
	if w.whole != nil {
		return w.whole
	}
	return w.words
}

// keysScanned is how many name keys (storyWords.prefixes) are kept as
// read and looked up one by one; more are sorted, and looked up by
// halves: a title of hundreds of capitalized words costs no more than
// its size allows.
const keysScanned = 32

// maxTitleNumbers and maxNumbers are the most numbers an item's title,
// and the item in all, keep to be compared (story_conflict.go), the
// first ones: a title gives a handful (six at most in the corpora, a
// BRIEF's results), a lede a few more (a lottery draw's twenty), and two
// items' numbers are compared each with each. A feed's title of hundreds
// of numbers costs no more to compare than its size allows; its numbers
// are still words.
const (
	maxTitleNumbers = 8
	maxNumbers      = 32
)

// summaryTextRead is how much of a summary's text reading reaches, in
// bytes: its lead (storyLeadWords) and where furniture is looked for
// (furnitureMost), with room to spare.
const summaryTextRead = 8 << 10

// maxTitleNames is the most names a title keeps (nameWord), the first
// ones, for the same reason: a title names a few people and places, and
// the names of two titles are each looked up in the other item. Those
// after them are the title's other words.
const maxTitleNames = 24

// hasKey reports whether keys, a storyWords.prefixes, holds k.
func hasKey(keys []uint32, k uint32) bool {
	if len(keys) > keysScanned {
		_, found := slices.BinarySearch(keys, k)
		return found
	}
	return slices.Contains(keys, k)
}

// wordReader reads the words of one item into w.
type wordReader struct {
	w          storyWords
	lang       string
	seed       uint64            // hashSeed(lang)
	special    specialWords      // the language's
	inflection *inflection       // the language's, nil for most
	latin      bool              // its Cyrillic is read in Latin letters (serbianLatin)
	marks      bool              // its words keep their marks (keepsMarks)
	prefixed   bool              // its words are read by their first letters (prefixLanguages)
	fold       []byte            // the word being read, folded (foldWord)
	text       map[uint32]string // when not nil, each word's text by its hash
	alias      uint32            // of the last word added, when it has one
	known      bool              // the last word added is a country or has metonyms
	day        uint8             // the day of the week the last word added names, if any
	common     bool              // the last word added is a kind of event, no name however written
	full       uint32            // the hash of the last word added as stemmed, before truncateStem; 0 for a stop word
	whole      uint32            // the hash of the last word added as whole (wordRead.whole)
	bare       uint32            // and without its last vowels (wordRead.bare)
}

// newWordReader returns a reader of words in lang, with room for about n
// words, t of them in the title, in one allocation; its seed is the
// caller's to set (kept out of here, newWordReader is inlined and the
// reader stays on the stack).
func newWordReader(lang string, n, t int) *wordReader {
	buf := make([]uint32, 3*n+t)
	return &wordReader{
		w: storyWords{words: buf[:0:n], lower: buf[n : n : 2*n], prefixes: buf[2*n : 2*n : 3*n],
			titleRest: buf[3*n : 3*n : 3*n+t]},
		lang: lang, special: specialSets[lang], inflection: inflections[lang], latin: digraphic[lang], marks: keepsMarks[lang],
		prefixed: prefixLanguages[lang],
	}
}

// add adds a word, and returns its hash, its unstemmed hash and its
// namePrefix; 0 for a stop word. A word is read once in a language, then
// found in the word cache (story_wordcache.go), unless the reader notes
// words' text.
func (r *wordReader) add(word string, num bool) (h, exact, prefix uint32) {
	w := &r.w
	r.full = 0
	if num {
		h := hashAfter(r.seed, word)
		r.full = h
		w.words = append(w.words, h)
		if len(w.nums) < maxNumbers {
			w.nums = append(w.nums, word)
		}
		r.note(h, word)
		if r.prefixed {
			w.whole = append(w.whole, h)
		}
		return h, h, 0
	}
	w.read++
	if r.text != nil || len(word) > wordCacheLongest {
		c, folded := r.read(word)
		if c.begins {
			begins, _ := wordBeginning(folded)
			r.note(c.h, begins+"…") // what two items share of it: "buda…" of "budapesten" and "budaorson"
			r.note(c.whole, folded)
			if c.bare != 0 {
				r.note(c.bare, folded)
			}
		} else if !c.stop && !c.replaced {
			r.note(c.h, folded)
		}
		return r.apply(&c)
	}
	slot, cached := cachedWord(r.lang, r.seed, word)
	if cached == nil {
		c, _ := r.read(word)
		cacheWord(slot, r.lang, word, c)
		cached = &c
	}
	return r.apply(cached)
}

// note notes a word's text by its hash, when the reader keeps them.
func (r *wordReader) note(h uint32, text string) {
	if r.text != nil {
		r.text[h] = strings.Clone(text) // a folded word is in the reader's buffer
	}
}

// foldWord is Fold of a word, written into the reader's buffer when it
// is not the word itself. The string is valid only until the next word
// is folded: nothing may keep it (note copies it). A word of lower-case
// ASCII letters is its own fold.
func (r *wordReader) foldWord(word string) string {
	if r.marks {
		return lowerKeepingMarks(word)
	}
	lower := true
	for i := 0; i < len(word); i++ {
		if c := word[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			lower = false
			break
		}
	}
	if lower {
		return word
	}
	b, ok := appendFoldFast(r.fold[:0], word)
	if !ok {
		return foldSlow(word)
	}
	r.fold = b
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// isAcronym reports whether a word has two capital letters or more, of
// at most five letters: an acronym or a club's initials ("SG", "HSG",
// "VfL", "BVG", "SpVgg"); a longer word in capitals is a tabloid's cry
// ("HORROR").
func isAcronym(word string) bool {
	n, letters := 0, 0
	for _, r := range word {
		if unicode.IsLetter(r) {
			letters++
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2 && letters <= 5
}

// isCapitalized reports whether a word starts with a capital letter.
func isCapitalized(word string) bool {
	if word == "" {
		return false
	}
	if c := word[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(word)
	return classOf(r)&classUpper != 0
}
