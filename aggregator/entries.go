package aggregator

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/feedsieve/feedsieve/storage"
	"github.com/mmcdole/gofeed"
)

// toEntries turns a parsed feed into storage entries: links resolved
// against the final response URL, identity keys chosen, dates defaulted
// and clamped, text cut to the limits of fieldcap.go. now is the time of
// the poll.
func toEntries(feed *gofeed.Feed, finalURL string, now time.Time) []storage.Entry {
	base, _ := url.Parse(finalURL)
	feed.Language = truncateText(feed.Language, MaxLanguageBytes)
	info := storage.FeedInfo{
		Title:    truncateText(HTMLText(feed.Title), MaxTitleBytes),
		Link:     feedLink(webLink(resolveLink(base, feed.Link))),
		ID:       finalURL,
		Language: feed.Language,
	}
	if id := feedLink(resolveLink(base, feed.FeedLink)); id != "" {
		info.ID = id
	}
	out := make([]storage.Entry, 0, len(feed.Items))
	for _, fi := range feed.Items {
		if fi == nil {
			continue
		}
		out = append(out, toEntry(fi, base, info, feed, now))
	}
	return out
}

func toEntry(fi *gofeed.Item, base *url.URL, info storage.FeedInfo, feed *gofeed.Feed, now time.Time) storage.Entry {
	link := fi.Link
	if link == "" && len(fi.Links) > 0 {
		link = fi.Links[0]
	}
	link = webLink(resolveLink(base, link))
	it := storage.Item{
		GUID:       strings.TrimSpace(fi.GUID),
		Link:       link,
		NormLink:   NormalizeLink(link),
		Title:      truncateText(strings.Join(strings.Fields(titleText(fi)), " "), MaxTitleBytes),
		Summary:    truncateHTML(fi.Description, MaxSummaryBytes),
		Content:    truncateHTML(fi.Content, MaxContentBytes),
		Categories: cleanList(fi.Categories),
		Authors:    people(fi.Authors, fi.Author),
		Language:   entryLanguage(fi, feed.Language),
		Feed:       info,
	}
	if len(it.Authors) == 0 {
		it.Authors = people(feed.Authors, feed.Author)
	}
	it.Enclosures, it.Image = itemMedia(fi, base)
	it.EntryID, it.Origin = entryID(it.GUID), origin(fi, base)
	fillDates(fi)
	it.Published = clamp(firstTime(fi.PublishedParsed, fi.UpdatedParsed), now)
	it.Updated = clamp(firstTime(fi.UpdatedParsed, fi.PublishedParsed), now)
	return storage.Entry{Key: identity(&it, fi), Item: it}
}

// titleText is an item's title as text: as it is when its feed says it
// is text (customTextTitle), else read as HTML.
func titleText(fi *gofeed.Item) string {
	if fi.Custom[customTextTitle] != "" {
		return fi.Title
	}
	return HTMLText(fi.Title)
}

// identity is an item's key within its source: its GUID or Atom id, else
// its normalized link, else a hash of title and published date.
func identity(it *storage.Item, fi *gofeed.Item) string {
	switch {
	case it.GUID != "":
		return "guid:" + it.GUID
	case it.NormLink != "":
		return "link:" + it.NormLink
	}
	sum := sha256.Sum256([]byte(it.Title + "\x00" + fi.Published + "\x00" + it.Summary))
	return "hash:" + hex.EncodeToString(sum[:16])
}

// firstTime returns the first non-nil time, or the zero time; the store
// uses the time first seen for a zero publication date.
func firstTime(ts ...*time.Time) time.Time {
	for _, t := range ts {
		if t != nil && !t.IsZero() {
			return t.UTC()
		}
	}
	return time.Time{}
}

// clamp moves future dates back to now.
func clamp(t, now time.Time) time.Time {
	if t.After(now) {
		return now
	}
	return t
}

// people lists the first MaxAuthors authors, their names and emails cut
// to MaxAuthorBytes.
func people(list []*gofeed.Person, single *gofeed.Person) []storage.Person {
	if len(list) == 0 && single != nil {
		list = []*gofeed.Person{single}
	}
	var out []storage.Person
	for _, p := range list {
		if len(out) == MaxAuthors {
			break
		}
		if p == nil || (p.Name == "" && p.Email == "") {
			continue
		}
		out = append(out, storage.Person{
			Name:  strings.TrimSpace(truncateText(p.Name, MaxAuthorBytes)),
			Email: strings.TrimSpace(truncateText(p.Email, MaxAuthorBytes)),
		})
	}
	return out
}

// cleanList lists the first MaxCategories distinct categories as text,
// each cut to MaxCategoryBytes.
func cleanList(in []string) []string {
	var out []string
	for _, s := range in {
		if len(out) == MaxCategories {
			break
		}
		if s = strings.TrimSpace(truncateText(HTMLText(s), MaxCategoryBytes)); s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}
