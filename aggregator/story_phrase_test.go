package aggregator

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/feedsieve/feedsieve/storage"
)

// phraseTables are the tables of told phrases, by what they tell.
var phraseTables = map[string]map[string][]tellPhrase{
	"day after": dayAfterPhrases, "service": servicePhrases, "rise": risePhrases, "new event": newEventPhrases, "arrest": arrestPhrases, "departure": departurePhrases,
}

// toldPhrases are the phrases of phraseTables' byLang lists, as written,
// by table and language.
func toldPhrases() map[string]map[string][]string {
	out := map[string]map[string][]string{}
	for name, table := range phraseTables {
		out[name] = map[string][]string{}
		for lang, phrases := range table {
			for _, p := range phrases {
				text := p.lower + p.gap + p.rest
				if p.then != "" {
					text += " … " + p.then
				}
				out[name][lang] = append(out[name][lang], text)
			}
		}
	}
	return out
}

// TestPhraseKeysFindEveryPhrase: a told phrase is looked for only in a
// text whose words hold its key, so the key must be its word as reading
// hashes it, in the text's language, whatever the case of its first
// letter and wherever it stands.
func TestPhraseKeysFindEveryPhrase(t *testing.T) {
	keyed := 0
	for name, byLang := range toldPhrases() {
		for lang, phrases := range byLang {
			for i, p := range phrases {
				if phraseTables[name][lang][i].keys[0] != 0 {
					keyed++
				}
				_, n := utf8.DecodeRuneInString(p)
				upper := phraseTables[name][lang][i].upper + p[n:] // Turkish's "İstifa"
				for _, text := range []string{p, upper + " 12", "Zorvath 12 " + p + " Quillon", "Zorvath: " + upper} {
					w := readStoryWords(lang, text, "")
					if !w.tells(text, phraseTables[name][lang]) {
						t.Errorf("%s, %q: %q not told", name, lang, text)
					}
				}
			}
		}
	}
	if keyed == 0 {
		t.Fatal("no phrase has a key: every text is searched for every phrase")
	}
}

// TestPhraseKeysChangeNoFlag: on the titles and ledes of the tuning
// corpora, looking for the phrases whose keys an item's words hold finds
// what looking for every phrase does.
func TestPhraseKeysChangeNoFlag(t *testing.T) {
	corpora := []string{"tuning.json", "tuning2.json", "tuning3.json", "tuning4.json", "tuning5.json",
		"tuning6.json", "tuning7.json", "tuning8.json", "tuning9.json"}
	told := 0
	for _, name := range corpora {
		for _, it := range loadEvalCorpus(t, name) {
			for _, text := range []string{it.Title, it.Summary} {
				w := readStoryWords(it.Lang, text, "")
				for kind, table := range phraseTables {
					all := false
					for _, p := range table[it.Lang] {
						all = all || (p.index(text, len(text)) >= 0)
					}
					if got := w.tells(text, table[it.Lang]); got != all {
						t.Errorf("%s %s, %s %q: told %v by keys, %v by every phrase", name, it.ID, kind, text, got, all)
					}
					if all {
						told++
					}
				}
			}
		}
	}
	if told == 0 {
		t.Fatal("no phrase in any text: the comparison shows nothing")
	}
	t.Logf("%d texts tell a phrase", told)
}

// TestPhraseKeyNeedsWholeWord: a phrase inside a longer word is no
// phrase ("sunrise tomorrow" does not say a figure rose).
func TestPhraseKeyNeedsWholeWord(t *testing.T) {
	text := "Cases rise to 14"
	if w := readStoryWords("en", text, ""); !w.rises {
		t.Fatalf("%q: no rise told", text)
	}
	text = "Sunrise tomorrow at 6.40"
	if !strings.Contains(strings.ToLower(text), "rise to") {
		t.Fatal("the text no longer holds the phrase's letters")
	}
	if w := readStoryWords("en", text, ""); w.rises {
		t.Errorf("%q: a rise told", text)
	}
}

// FuzzPhraseKeys: whatever the text, a phrase that the full search
// finds in it is found by the keyed one: its keys are words the text
// holds as reading reads them.
func FuzzPhraseKeys(f *testing.F) {
	langs := []string{"", "en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "ru", "uk", "da", "sv", "no", "tr"}
	for _, byLang := range toldPhrases() {
		for lang, phrases := range byLang {
			for i, p := range phrases {
				f.Add(uint8(slices.Index(langs, lang)), "Zorvath "+p+"sında 12, Quillon")
				if i == 0 {
					f.Add(uint8(slices.Index(langs, lang)), strings.ToUpper(p[:1])+p[1:]+"!")
				}
			}
		}
	}
	f.Fuzz(func(t *testing.T, l uint8, text string) {
		if strings.ContainsAny(text, "<&") || !utf8.ValidString(text) {
			t.Skip() // read as HTML, whose text is not the one searched
		}
		lang := langs[int(l)%len(langs)]
		w := readStoryWords(lang, text, "")
		for name, table := range phraseTables {
			for _, p := range table[lang] {
				if (p.index(text, len(text)) >= 0) && !w.tells(text, []tellPhrase{p}) {
					t.Errorf("%s, %q: %q holds %q, but its words lack the phrase's keys", name, lang, text, p.lower+p.gap+p.rest)
				}
			}
		}
	})
}

// FuzzReadStoryWords: reading any title and summary ends, without a
// panic, with its words and its title's sorted and each once, and no more
// numbers and names kept to compare than the bounds allow.
func FuzzReadStoryWords(f *testing.F) {
	f.Add("de", "EIL: Zahl der Verletzten steigt auf 23", "Hamburg (dpa) - 3.500 Menschen, 5,1 Prozent…")
	f.Add("fa", "زلزله ۵٫۱ ریشتری در کرمان", "۱۲ نفر زخمی شدند")
	f.Add("zh", "地震で１２人けが", "東京")
	f.Add("ko", "[속보] 부산 신선대부두서 크레인 붕괴", "크레인이 넘어져 1명이 다쳤다")
	f.Add("he", "עדכון: השריפה בנמל חיפה כובתה", "ובמחסן של הנמל")
	f.Add("ar", "عاجل: التضخم في مصر ١٢٫١٪", "والمصرية بالمدينة")
	f.Add("el", "ΕΚΤΑΚΤΟ: Πλημμύρες στη Ρόδο", "της Ρόδου")
	f.Fuzz(func(t *testing.T, lang, title, summary string) {
		w := readStoryWords(lang, title, summary)
		if len(w.titleNums) > maxTitleNumbers || len(w.nums) > maxNumbers || len(w.titleCaps) > maxTitleNames {
			t.Fatalf("%q / %q: kept %d title numbers, %d numbers, %d names", title, summary, len(w.titleNums), len(w.nums), len(w.titleCaps))
		}
		for _, set := range [][]uint32{w.words, w.titleRest} { // prefixes are in no order
			for i := 1; i < len(set); i++ {
				if set[i-1] >= set[i] {
					t.Fatalf("%q / %q: a word set not sorted without repeats: %v", title, summary, set)
				}
			}
		}
	})
}

// FuzzMeasure: any two items are measured and given a verdict without a
// panic, and a pair measures alike both ways round.
func FuzzMeasure(f *testing.F) {
	f.Add("en", "Magnitude 5.1 earthquake strikes off Rhodes", "A 5,1 quake struck on Monday.", "UPDATE 1-Rhodes quake downgraded to 4.9", "Revised to ٤٫٩ by the institute.")
	f.Add("fa", "زلزله ۵٫۱ ریشتری در کرمان", "۱۲ نفر زخمی شدند", "زلزله ۴٫۸ در کرمان", "۱۲۰۰ خانه")
	f.Fuzz(func(t *testing.T, lang, titleA, summaryA, titleB, summaryB string) {
		t0 := time.Date(2026, 10, 5, 6, 0, 0, 0, time.UTC)
		a := newStoryPrint(&storage.Item{Language: lang, Title: titleA, Summary: summaryA, Published: t0, Sources: []string{"a"}})
		b := newStoryPrint(&storage.Item{Language: lang, Title: titleB, Summary: summaryB, Published: t0.Add(3 * time.Hour), Sources: []string{"b"}})
		s := windowStats(&a, &b)
		ab, ba := s.measure(&a, &b), s.measure(&b, &a)
		if ab.same(StoryOptions{}.withDefaults()) != ba.same(StoryOptions{}.withDefaults()) {
			t.Errorf("%q / %q: one story one way round and not the other (%+v, %+v)", titleA, titleB, ab, ba)
		}
		ab.verdict(StoryOptions{}.withDefaults(), &a, &b)
	})
}
