package aggregator

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/feedsieve/feedsieve/storage"
)

// Items a hostile feed may send, within the feed limits (fieldcap.go):
// titles of 2 KB of numbers, names or places, and summaries of 256 KB.
// What reading and comparing them costs is bounded by what is kept of
// them, not by what they hold; BenchmarkStoryFilingHostile measures it.

// hostileTitles make the title of item i of a hostile feed, at most
// MaxTitleBytes long, each with its own words.
var hostileTitles = map[string]func(i int) string{
	"ordinary": func(i int) string { return fmt.Sprintf("Convoy %d reaches the Lachin corridor after talks", i) },
	"numbers": func(i int) string {
		return fillTitle(func(j int) string { return fmt.Sprintf("%d; ", 10+(j*7+i)%900) })
	},
	"decimals": func(i int) string { return fillTitle(func(j int) string { return fmt.Sprintf("%d.%d ", 10+j, i%10) }) },
	"names": func(i int) string {
		return fillTitle(func(j int) string { return fmt.Sprintf("%c%corvath ", 'B'+j%20, 'a'+(j/20+i)%26) })
	},
	"places": func(i int) string {
		return fillTitle(func(j int) string { return chinesePlaces[(i+j)%len(chinesePlaces)] + "发生" })
	},
	"words": func(i int) string { return fillTitle(func(j int) string { return fmt.Sprintf("w%dord ", j+i%3) }) },
}

// chinesePlaces are China's provinces and cities, as the list has them.
var chinesePlaces = func() (places []string) {
	for _, group := range placeGroups["zh"] {
		places = append(places, strings.Split(group, ", ")...)
	}
	return places
}()

// fillTitle is a title of as many of word's words as MaxTitleBytes holds.
func fillTitle(word func(j int) string) string {
	var b strings.Builder
	for j := 0; ; j++ {
		w := word(j)
		if b.Len()+len(w) > MaxTitleBytes {
			return b.String()
		}
		b.WriteString(w)
	}
}

// TestHostileTitlesKeepBoundedLists: however many numbers and names a
// title holds, an item keeps the first maxTitleNumbers and maxTitleNames
// of them to compare, maxNumbers numbers in all, and the others are its
// words still.
func TestHostileTitlesKeepBoundedLists(t *testing.T) {
	for _, kind := range []string{"numbers", "decimals", "names", "places"} {
		lang := "en"
		if kind == "places" {
			lang = "zh"
		}
		title := hostileTitles[kind](0)
		w := readStoryWords(lang, title, title)
		if len(w.titleNums) > maxTitleNumbers || len(w.nums) > maxNumbers || len(w.titleCaps) > maxTitleNames {
			t.Errorf("%s: kept %d title numbers, %d numbers and %d names, want at most %d, %d and %d",
				kind, len(w.titleNums), len(w.nums), len(w.titleCaps), maxTitleNumbers, maxNumbers, maxTitleNames)
		}
		if kind == "names" || kind == "places" {
			if len(w.titleCaps) != maxTitleNames {
				t.Errorf("%s: kept %d names, want the first %d", kind, len(w.titleCaps), maxTitleNames)
			}
		} else if len(w.titleNums) != maxTitleNumbers {
			t.Errorf("%s: kept %d title numbers, want the first %d", kind, len(w.titleNums), maxTitleNumbers)
		}
		if len(w.words) <= maxNumbers+maxTitleNames {
			t.Errorf("%s: %d words, fewer than the title's", kind, len(w.words))
		}
	}
}

// TestLongSummaryReadToItsStart: a summary holding a whole article is
// read as its start is, without reducing the rest of it to text.
func TestLongSummaryReadToItsStart(t *testing.T) {
	para := "<p>Officials said the <b>convoy</b> of 40 trucks reached the Lachin corridor on Tuesday &amp; aid was unloaded in Stepanakert.</p>\n"
	long := strings.Repeat(para, MaxSummaryBytes/len(para))
	start := long[:strings.Index(long[16<<10:], "<p>")+16<<10] // whole paragraphs, twice what reading reaches
	title := "Convoy reaches Lachin corridor"
	if got, want := readStoryWords("en", title, long), readStoryWords("en", title, start); !reflect.DeepEqual(got, want) {
		t.Errorf("a %d-byte summary read otherwise than its first %d bytes:\n%+v\n%+v", len(long), len(start), got, want)
	}
	readItemWords("", title, long) // the words in the cache
	r := testing.Benchmark(func(b *testing.B) {
		for b.Loop() {
			readItemWords("", title, long)
		}
	})
	if n := r.AllocedBytesPerOp(); n > 64<<10 {
		t.Errorf("reading a %d-byte summary allocates %d bytes", len(long), n)
	}
}

// TestHTMLTextPrefixIsHTMLTextsStart: the text of an HTML fragment's
// start is the start of its text, cut where a character starts, at most
// as long as asked; and all of it when it is no longer.
func TestHTMLTextPrefixIsHTMLTextsStart(t *testing.T) {
	files, err := filepath.Glob("testdata/zoo/*")
	if err != nil || len(files) == 0 {
		t.Fatal("no feeds in testdata/zoo", err)
	}
	files = append(files, "testdata/fulltext/article.html")
	for _, name := range files {
		raw, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		s := string(raw)
		full := HTMLText(s)
		for _, n := range []int{0, 1, 5, 40, 300, 1200, summaryTextRead, len(s) + 1} {
			p := htmlTextPrefix(s, n)
			switch {
			case len(p) > n:
				t.Errorf("%s: %d bytes of text asked, %d given", name, n, len(p))
			case !strings.HasPrefix(full, p):
				t.Errorf("%s: the text of its first %d bytes, %q, does not start its text", name, n, p)
			case utf8.ValidString(full) && !utf8.ValidString(p):
				t.Errorf("%s: the text of its first %d bytes is cut inside a character", name, n)
			case n > len(s) && p != full:
				t.Errorf("%s: all of its text asked, %d of %d bytes given", name, len(p), len(full))
			}
		}
	}
}

// BenchmarkStoryFilingHostile files 200 items of a feed at once, their
// titles of each kind of hostileTitles and their summaries of 20 KB of
// the same: per item, what a hostile feed's item costs against an
// ordinary one ("ordinary").
func BenchmarkStoryFilingHostile(b *testing.B) {
	for _, kind := range []string{"ordinary", "numbers", "decimals", "names", "places", "words"} {
		b.Run(kind, func(b *testing.B) {
			lang := "en"
			if kind == "places" {
				lang = "zh"
			}
			items := make([]storage.Item, 200)
			for i := range items {
				title := hostileTitles[kind](i)
				at := time.Date(2026, 1, 1, 0, i, 0, 0, time.UTC)
				items[i] = storage.Item{ID: fmt.Sprint("i", i), Title: title, Summary: strings.Repeat(title+" ", 20<<10/(len(title)+1)),
					Language: lang, Published: at, FirstSeen: at, Sources: []string{fmt.Sprint("s", i%7)}}
			}
			for b.Loop() {
				fileBatch(items, time.Date(2026, 1, 1, 5, 0, 0, 0, time.UTC))
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(items)), "µs/item")
		})
	}
}

// hostileReadings are items whose words a review found read in time
// that grew with the square of their length: a title of capitalized
// words with a prefix at its end (each word searched the title for
// itself), a Korean word of particles (each cut counted the letters
// left), a run of "capital-" (each one read the run forward and back
// for the region's word) and Japanese honorifics after brackets (each
// searched back for the bracket). Each is at the size the feeds allow.
var hostileReadings = []struct{ name, lang, title, summary string }{
	{"prefix", "en", strings.Repeat("B ", MaxTitleBytes/2-2) + "B-x", ""},
	{"particles", "ko", "부산" + strings.Repeat("가", MaxTitleBytes/3-3), "부산" + strings.Repeat("가", summaryTextRead/3-3)},
	{"capitals", "en", strings.Repeat("capital-", MaxTitleBytes/8), ""},
	{"honorifics", "ja", strings.Repeat("）さん", MaxTitleBytes/9), ""},
	{"phrases", "en", strings.Repeat("hat ", MaxTitleBytes/4), ""},
}

// BenchmarkReadItemWordsHostile reads each of hostileReadings; compare
// its ns/op with BenchmarkReadItemWords' (an ordinary item, about 7 µs).
func BenchmarkReadItemWordsHostile(b *testing.B) {
	for _, h := range hostileReadings {
		b.Run(h.name, func(b *testing.B) {
			for b.Loop() {
				readItemWords(h.lang, h.title, h.summary)
			}
		})
	}
}

// fileBatch files copies of items at now as one batch into topic t of a
// new filer, which collapses stories, and returns them filed.
func fileBatch(items []storage.Item, now time.Time) []*storage.Item {
	batch := batchIn(items)
	f := newStoryFiler([]Topic{{ID: "t", Stories: &StoryOptions{}}})
	f.fileAll(batch, now)
	return batch
}

// batchIn is copies of items, matched in topic t.
func batchIn(items []storage.Item) []*storage.Item {
	batch := make([]*storage.Item, len(items))
	for i := range items {
		it := items[i]
		it.Topics = []storage.Match{{Topic: "t"}}
		batch[i] = &it
	}
	return batch
}
