package configedit

import (
	"fmt"
	"strings"

	"github.com/feedsieve/feedsieve/aggregator"
)

// ChooseFeed returns src with the URL of the feed to add, among those
// found for its URL (aggregator.Fetcher.Discover): the only one, or the
// pick-th (counted from 1) of several. Several and no pick is an error
// that lists them, numbered, so that the operator can pick one.
func ChooseFeed(src Source, found []aggregator.FoundFeed, pick int) (Source, error) {
	switch {
	case len(found) == 0:
		return src, fmt.Errorf("%w at %s", aggregator.ErrNoFeed, src.URL)
	case pick > len(found) || pick < 0:
		return src, fmt.Errorf("pick %d: %s has %s\n%s", pick, src.URL, plural(len(found), "feed"), listFeeds(found))
	case pick > 0:
		src.URL = found[pick-1].URL
	case len(found) > 1:
		return src, fmt.Errorf("%s has %s; choose one with -pick N:\n%s", src.URL, plural(len(found), "feed"), listFeeds(found))
	default:
		src.URL = found[0].URL
	}
	return src, nil
}

func listFeeds(found []aggregator.FoundFeed) string {
	var b strings.Builder
	for i, f := range found {
		fmt.Fprintf(&b, "  %d  %s", i+1, f.URL)
		if f.Title != "" {
			fmt.Fprintf(&b, "  %s", f.Title)
		}
		b.WriteByte('\n')
	}
	return strings.TrimSuffix(b.String(), "\n")
}
