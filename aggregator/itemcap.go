package aggregator

import (
	"slices"
	"time"

	"github.com/mmcdole/gofeed"
)

// DefaultMaxItemsPerFeed is how many items a poll takes from one response
// when Options.MaxItemsPerFeed is 0. Real feeds carry tens of items, some
// archives a few hundred; a feed of 200,000 items only costs memory and
// database space.
const DefaultMaxItemsPerFeed = 1000

// parseWindow is how many items ParseFeed parses for each one it keeps:
// the first parseWindow×max items of a document are parsed and the rest
// cut before gofeed sees them. Feeds list their items newest first or,
// some, oldest first; a window wider than the cap lets the newest be
// chosen among them without parsing every item sent.
const parseWindow = 4

// keepNewest keeps the max newest items of a parsed feed, in their
// document order, and returns how many it dropped. An item's date is its
// publication date, else its update date, as the store takes it. An item
// without either counts as newer than every dated item, as the store
// dates it when first seen; among items of the same date, or without
// one, the earlier in the document is kept.
func keepNewest(feed *gofeed.Feed, max int) int {
	feed.Items = slices.DeleteFunc(feed.Items, func(it *gofeed.Item) bool { return it == nil })
	n := len(feed.Items)
	if n <= max {
		return 0
	}
	dates := make([]time.Time, n)
	order := make([]int, n)
	for i, it := range feed.Items {
		dates[i] = firstTime(it.PublishedParsed, it.UpdatedParsed)
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		da, db := dates[a], dates[b]
		switch {
		case da.IsZero() != db.IsZero():
			if da.IsZero() {
				return -1
			}
			return 1
		default:
			return db.Compare(da)
		}
	})
	keep := make([]bool, n)
	for _, i := range order[:max] {
		keep[i] = true
	}
	kept := feed.Items[:0]
	for i, it := range feed.Items {
		if keep[i] {
			kept = append(kept, it)
		}
	}
	clear(feed.Items[len(kept):])
	feed.Items = kept
	return n - max
}
