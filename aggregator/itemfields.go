package aggregator

import (
	"html"
	"strings"

	"github.com/mmcdole/gofeed"
	"github.com/mmcdole/gofeed/atom"
	ext "github.com/mmcdole/gofeed/extensions"
	"github.com/mmcdole/gofeed/rss"
)

// fillRSSLinks gives RSS items the link gofeed leaves out. An item's
// feedburner:origLink is its link: FeedBurner's <link> is a redirect
// through FeedBurner to it. An item without <link> takes its atom:link
// rel="alternate" (or without rel), else its <guid> when that is a
// permalink (isPermaLink is true unless it says false) and an absolute
// http(s) URL.
func fillRSSLinks(f *rss.Feed) {
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		if l := firstValue(it.Extensions["feedburner"]["origLink"]); webLink(l) != "" {
			it.Link = l
			continue
		}
		if strings.TrimSpace(it.Link) != "" {
			continue
		}
		if l := atomAlternate(it.Extensions); l != "" {
			it.Link = l
		} else if g := it.GUID; g != nil && !strings.EqualFold(strings.TrimSpace(g.IsPermalink), "false") {
			it.Link = webLink(strings.TrimSpace(g.Value))
		}
	}
}

// atomAlternate returns the href of an item's first atom:link that is an
// alternate: rel="alternate" or no rel.
func atomAlternate(exts ext.Extensions) string {
	for _, prefix := range []string{"atom", "atom10", "atom03"} {
		for _, l := range exts[prefix]["link"] {
			if rel := strings.TrimSpace(l.Attrs["rel"]); rel == "" || strings.EqualFold(rel, "alternate") {
				if href := strings.TrimSpace(l.Attrs["href"]); href != "" {
					return href
				}
			}
		}
	}
	return ""
}

// addCategoryTerms adds to each item the terms of its Atom categories
// that gofeed drops in favour of their labels, so that topics match
// either.
func addCategoryTerms(f *atom.Feed, feed *gofeed.Feed) {
	for i, e := range f.Entries {
		if e == nil || i >= len(feed.Items) || feed.Items[i] == nil {
			continue
		}
		for _, c := range e.Categories {
			if c != nil && c.Label != "" && c.Term != "" && c.Term != c.Label {
				feed.Items[i].Categories = append(feed.Items[i].Categories, c.Term)
			}
		}
	}
}

// fillAtomEntries gives Atom entries what gofeed leaves out: an entry's
// feedburner:origLink is its link, as in RSS (fillRSSLinks); an entry
// without an author takes its atom:source's authors, as RFC 4287 (4.2.1)
// says, before the feed's (toEntry).
func fillAtomEntries(f *atom.Feed, feed *gofeed.Feed) {
	for i, e := range f.Entries {
		if e == nil || i >= len(feed.Items) || feed.Items[i] == nil {
			continue
		}
		it := feed.Items[i]
		if l := firstValue(e.Extensions["feedburner"]["origLink"]); webLink(l) != "" {
			it.Link = l
		}
		atomOrigin(e, it)
		if len(it.Authors) == 0 && e.Source != nil {
			for _, p := range e.Source.Authors {
				if p != nil {
					it.Authors = append(it.Authors, &gofeed.Person{Name: p.Name, Email: p.Email})
				}
			}
		}
	}
}

// fillFromMedia gives an item without a title or without a summary and
// content those of its Media RSS media:title and media:description
// (also within media:group), as video and photo feeds carry them.
// Plain-text values (type="plain" is the default) are escaped, as the
// title and summary are HTML.
func fillFromMedia(fi *gofeed.Item) {
	media := fi.Extensions["media"]
	if media == nil {
		return
	}
	if strings.TrimSpace(fi.Title) == "" {
		fi.Title = mediaText(media, "title")
	}
	if strings.TrimSpace(fi.Description) == "" && strings.TrimSpace(fi.Content) == "" {
		fi.Description = mediaText(media, "description")
	}
}

func mediaText(media map[string][]ext.Extension, name string) string {
	lists := [][]ext.Extension{media[name]}
	for _, g := range media["group"] {
		lists = append(lists, g.Children[name])
	}
	for _, list := range lists {
		for _, e := range list {
			v := strings.TrimSpace(e.Value)
			if v == "" {
				continue
			}
			if !strings.EqualFold(e.Attrs["type"], "html") {
				v = html.EscapeString(v)
			}
			return v
		}
	}
	return ""
}

func firstValue(list []ext.Extension) string {
	for _, e := range list {
		if v := strings.TrimSpace(e.Value); v != "" {
			return v
		}
	}
	return ""
}
