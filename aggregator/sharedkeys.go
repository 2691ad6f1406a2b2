package aggregator

import (
	"slices"
	"strings"

	"github.com/feedsieve/feedsieve/storage"
)

// Keys shared by items that are not one. Feeds written by others link
// items to pages that are no one article's: every item to the site's
// home page, to a section's page, or to one day's page with a #fragment
// each. Such a link identifies nothing: items keyed by it would
// overwrite one another, another source's item with it would be folded
// into the first stored, and story grouping would take them all for
// copies of one report. An item keeps such a link for readers, but is
// stored without a normalized link, so that it is identified by its
// GUID, or else by its title and summary (storage.TextKey).
//
// A link is a page's when it is a site's root; when the source's state
// remembers it as one (storage.SourceState.PageLinks); or when items of
// the body that are not one item (other GUIDs, or without GUIDs other
// text) share it. The store adds the links the source gave stored items
// of its own under other keys.
//
// Shared GUIDs are the same fault in the other key: a feed that gives
// every item its site's address, or "1", as GUID. A GUID on items with
// other links identifies none of them.

// unshareGUIDs identifies by their link (or else their text) the
// entries whose GUID is no item's: one the body gives items with other
// links (a site's address, "1" on every item), one the source's state
// remembers as such (known), or the address of the site or the feed
// itself. Their entry ids, made of the GUID, are dropped too. It returns
// the shared GUIDs that were not known. A GUID on items of one link (an
// item listed twice, edited) stays theirs.
func unshareGUIDs(es []storage.Entry, known []string) (found []string) {
	links := map[string]string{} // GUID key: the first normalized link with it
	shared := map[string]bool{}
	site := siteAddresses{}
	for i := range es {
		e := &es[i]
		if !strings.HasPrefix(e.Key, "guid:") {
			continue
		}
		switch first, ok := links[e.Key]; {
		case site.has(&e.Item), slices.Contains(known, e.Item.GUID):
			shared[e.Key] = true
		case !ok:
			links[e.Key] = e.Item.NormLink
		case first != e.Item.NormLink && !shared[e.Key]:
			shared[e.Key] = true
			if !slices.Contains(known, e.Item.GUID) {
				found = append(found, e.Item.GUID)
			}
		}
	}
	for i := range es {
		e := &es[i]
		if !shared[e.Key] {
			continue
		}
		e.Item.EntryID = ""
		if e.Key = "link:" + e.Item.NormLink; e.Item.NormLink == "" {
			e.Key = storage.TextKey(&e.Item)
		}
	}
	return found
}

// siteAddresses tells whether an item's GUID is the address of its site
// or feed (a site's root, the feed's link or its own URL), which names no
// item; the entries of a body share their feed's. Addresses are compared
// as written, but for the scheme and a trailing slash: a GUID is checked
// without parsing it, as most GUIDs are articles' URLs. A GUID with a
// #fragment names an anchor of a page, one item on it (a changelog's
// versions), and is no page's address.
type siteAddresses struct {
	feed  storage.FeedInfo
	addrs [2]string
}

func (s *siteAddresses) has(it *storage.Item) bool {
	guid, ok := bareAddress(it.GUID)
	if !ok || strings.Contains(it.GUID, "#") {
		return false // an anchor names a part of the page: one item of it
	}
	if hostOnly(guid) {
		return true // a site's root
	}
	if it.Feed != s.feed {
		s.feed = it.Feed
		s.addrs[0], _ = bareAddress(it.Feed.ID)
		s.addrs[1], _ = bareAddress(it.Feed.Link)
	}
	return strings.EqualFold(guid, s.addrs[0]) || strings.EqualFold(guid, s.addrs[1])
}

// bareAddress is an http(s) URL without its scheme, fragment and
// trailing slashes; ok is false for anything else.
func bareAddress(u string) (string, bool) {
	u = strings.TrimSpace(u)
	i := strings.Index(u, "://")
	if i < 0 || !strings.EqualFold(u[:i], "http") && !strings.EqualFold(u[:i], "https") {
		return "", false
	}
	u = u[i+3:]
	if j := strings.IndexByte(u, '#'); j >= 0 {
		u = u[:j]
	}
	u = strings.TrimRight(u, "/")
	return u, u != ""
}

// clearPageLinks clears the normalized link of the entries whose link is
// a page's, given the page links the source remembers, and gives those
// keyed by the link a key of their text. It returns the page links the
// entries share that were not known.
func clearPageLinks(es []storage.Entry, known []string) (found []string) {
	items := map[string]string{} // normalized link: the first item with it
	shared := map[string]bool{}
	for i := range es {
		it := &es[i].Item
		if it.NormLink == "" {
			continue
		}
		who := pageItem(&es[i])
		switch first, ok := items[it.NormLink]; {
		case !ok:
			items[it.NormLink] = who
		case first != who && !shared[it.NormLink]:
			shared[it.NormLink] = true
			if !slices.Contains(known, it.NormLink) {
				found = append(found, it.NormLink)
			}
		}
	}
	for i := range es {
		e := &es[i]
		link := e.Item.NormLink
		if link == "" || !shared[link] && !siteRoot(link) && !slices.Contains(known, link) {
			continue
		}
		if e.Key == "link:"+link {
			e.Key = pageItem(e)
		}
		e.Item.NormLink = ""
	}
	return found
}

// pageItem is what tells an entry from others with its link: its GUID
// key, or else its storage.TextKey.
func pageItem(e *storage.Entry) string {
	if strings.HasPrefix(e.Key, "guid:") {
		return e.Key
	}
	return storage.TextKey(&e.Item)
}

// siteRoot reports whether a normalized link is a site's home page.
func siteRoot(norm string) bool { return hostOnly(strings.TrimPrefix(norm, "https://")) }

// hostOnly reports whether an address without its scheme is a host
// alone, without a path or query.
func hostOnly(addr string) bool { return !strings.ContainsAny(addr, "/?") }
