package aggregator

import (
	"fmt"
	"slices"
	"strings"

	"github.com/feedsieve/feedsieve/storage"
)

// Field names, in the order they are searched and reported. A field's
// bit in a mask is 1 << its index.
var fieldNames = [...]string{"title", "summary", "content", "article", "categories", "author", "link"}

const numFields = len(fieldNames)

// defaultFields are the fields a topic without fields searches: the
// item's text, with its article's when its source fetches full text.
// author and link are searched only when a topic names them: a name or a
// URL path says little about what an item reports.
const defaultFields uint8 = 1<<0 | 1<<1 | 1<<2 | 1<<3 | 1<<4

// fieldTexts returns the text of each field of an item, as runs that a
// phrase never spans: each category, each author, are one run. The
// article is the main text of the item's page (Item.Article). The link
// is the normalized one (https://host/path), so that a keyword such as
// example.com/world names a section of a site.
func fieldTexts(it *storage.Item) [numFields][]string {
	var authors []string
	for _, p := range it.Authors {
		authors = append(authors, strings.TrimSpace(p.Name+" "+p.Email))
	}
	link := it.NormLink
	if link == "" {
		link = NormalizeLink(it.Link)
	}
	return [numFields][]string{{it.Title}, {it.Summary}, {it.Content}, {it.Article}, it.Categories, authors, {link}}
}

// articleField is the bit of the field article.
const articleField uint8 = 1 << 3

// searchesArticle reports whether a topic that may take the source's
// items looks for keywords in their article: if none does, fetching
// articles to match cannot change what any topic holds.
func (m *Matcher) searchesArticle(source string) bool {
	for i := range m.topics {
		t := &m.topics[i]
		if t.fields&articleField != 0 && (t.sources == nil || t.sources[source]) && len(t.any)+len(t.all)+len(t.none) > 0 {
			return true
		}
	}
	return false
}

func fieldMask(fields []string) uint8 {
	if len(fields) == 0 {
		return defaultFields
	}
	var m uint8
	for _, f := range fields {
		if i := slices.Index(fieldNames[:], f); i >= 0 {
			m |= 1 << i
		}
	}
	return m
}

// CheckField returns an error naming the fields keywords can be searched
// in when name is not one of them. The config, the CLI and the API check
// topic fields with it alone, so they all say the same.
func CheckField(name string) error {
	if slices.Contains(fieldNames[:], name) {
		return nil
	}
	return fmt.Errorf("unknown field %q: use %s or %s", name, strings.Join(fieldNames[:numFields-1], ", "), fieldNames[numFields-1])
}
