package aggregator

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// FoundFeed is a feed that Discover found for a web page.
type FoundFeed struct {
	URL   string `json:"url"`
	Title string `json:"title,omitempty"`
	// Type is the feed's media type as the page named it, or "" for a
	// feed found by fetching it.
	Type string `json:"type,omitempty"`
}

// CommonFeedPaths are the paths Discover tries on the page's site when the
// page names no feed: WordPress (/feed), many CMSs (/rss), Jekyll
// (/atom.xml) and Hugo (/index.xml).
var CommonFeedPaths = []string{"/feed", "/rss", "/atom.xml", "/index.xml"}

// feedTypes are the link types of feeds in <link rel="alternate">.
var feedTypes = []string{"application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml"}

// ErrNoFeed reports a page that names no feed and whose site answers none
// of CommonFeedPaths with one.
var ErrNoFeed = errors.New("no feed found")

// Discover finds the feeds of a web page: the page itself when it is a
// feed; else the feeds its <link rel="alternate"> elements name, in the
// page's order, relative addresses resolved against the page (and its
// <base>); else the first of CommonFeedPaths on the page's site that
// answers with a feed. The requests go one after the other through f,
// with its dial guard, timeout, size cap and User-Agent, and with src's
// headers and credentials (src.URL is not used). Errors name pageURL as
// given.
func (f *Fetcher) Discover(ctx context.Context, src Source, pageURL string) ([]FoundFeed, error) {
	page, title, err := f.fetchFeed(ctx, src, pageURL)
	switch {
	case err != nil && page == nil:
		return nil, err
	case err == nil:
		return []FoundFeed{{URL: page.URL, Title: title}}, nil
	}
	base, err := url.Parse(page.URL)
	if err != nil {
		return nil, fmt.Errorf("discover %s: %w", pageURL, err)
	}
	if found := alternates(page.Body, base); len(found) > 0 {
		return found, nil
	}
	for _, p := range CommonFeedPaths {
		u := base.ResolveReference(&url.URL{Path: p})
		if r, title, err := f.fetchFeed(ctx, src, u.String()); err == nil {
			return []FoundFeed{{URL: r.URL, Title: title}}, nil
		} else if ctx.Err() != nil {
			return nil, ctx.Err()
		}
	}
	return nil, fmt.Errorf("%w at %s: the page names none (<link rel=\"alternate\">) and none of %s is one",
		ErrNoFeed, pageURL, strings.Join(CommonFeedPaths, ", "))
}

// Discover finds the feeds of a web page as Fetcher.Discover does, with
// the aggregator's client: the same dial guard, timeout, size cap and
// User-Agent as its polls.
func (a *Aggregator) Discover(ctx context.Context, pageURL string) ([]FoundFeed, error) {
	return a.fetcher.Discover(ctx, Source{}, pageURL)
}

// errNotFeed is a fetched document that is not a feed.
var errNotFeed = errors.New("not a feed")

// fetchFeed GETs rawURL. It returns the response with nil error when it
// is a feed, with the feed's title; the response and errNotFeed when it
// is something else; and no response when the GET failed.
func (f *Fetcher) fetchFeed(ctx context.Context, src Source, rawURL string) (*Response, string, error) {
	src.URL = rawURL
	resp, err := f.Fetch(ctx, src, "", "")
	if err != nil {
		return nil, "", err
	}
	parsed, err := ParseFeed(resp.Body, resp.ContentType, 1)
	if err != nil || looksLikeHTML(resp.Body) {
		return resp, "", errNotFeed
	}
	return resp, oneLine(HTMLText(parsed.Title)), nil
}

// looksLikeHTML reports a document that starts as an HTML page does,
// which the forgiving feed parser might otherwise take.
func looksLikeHTML(body []byte) bool {
	head := bytes.ToLower(bytes.TrimSpace(body[:min(len(body), 512)]))
	return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html"))
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// alternates returns the feeds a page's <link rel="alternate"> elements
// name, each once, resolved against base or the page's <base href>. It
// reads the page up to its <body>.
func alternates(page []byte, base *url.URL) []FoundFeed {
	z := html.NewTokenizer(io.LimitReader(bytes.NewReader(page), 1<<20))
	var found []FoundFeed
	seen := map[string]bool{}
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return found
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		name, hasAttr := z.TagName()
		switch atom.Lookup(name) {
		case atom.Body:
			return found
		case atom.Base:
			if href := attrs(z, hasAttr)["href"]; href != "" {
				if u, err := base.Parse(href); err == nil {
					base = u
				}
			}
		case atom.Link:
			a := attrs(z, hasAttr)
			typ := strings.ToLower(strings.TrimSpace(strings.Split(a["type"], ";")[0]))
			if !hasToken(a["rel"], "alternate") || !containsFold(feedTypes, typ) || a["href"] == "" {
				continue
			}
			u, err := base.Parse(strings.TrimSpace(a["href"]))
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || seen[u.String()] {
				continue
			}
			seen[u.String()] = true
			found = append(found, FoundFeed{URL: u.String(), Title: oneLine(a["title"]), Type: typ})
		}
	}
}

// attrs returns a tag's attributes by lower-case name, the first of each.
func attrs(z *html.Tokenizer, more bool) map[string]string {
	out := map[string]string{}
	for more {
		var k, v []byte
		k, v, more = z.TagAttr()
		if _, dup := out[string(k)]; !dup {
			out[string(k)] = string(v)
		}
	}
	return out
}

// hasToken reports whether a space-separated list, such as rel, holds
// token (without regard to case).
func hasToken(list, token string) bool {
	for _, t := range strings.Fields(list) {
		if strings.EqualFold(t, token) {
			return true
		}
	}
	return false
}
