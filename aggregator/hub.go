package aggregator

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"

	"github.com/mmcdole/gofeed"
	"github.com/mmcdole/gofeed/atom"
	ext "github.com/mmcdole/gofeed/extensions"
	jsonfeed "github.com/mmcdole/gofeed/json"
	"github.com/mmcdole/gofeed/rss"
)

// A feed that takes WebSub subscriptions names its hub and its own URL
// (the topic to subscribe to): in Atom as <link rel="hub"> and
// <link rel="self">, in RSS as atom:link with those rels, in JSON Feed as
// "hubs" and "feed_url", or in the HTTP Link header. A poll reports them
// (PollResult.Hub, Topic), as absolute http(s) URLs, and a WebSub
// subscriber (internal/websub) may subscribe.

// hubLinks are a feed's hub and self URLs, as written.
type hubLinks struct{ hub, self string }

// linkHeader reads the hub and self of an HTTP Link header:
// <https://hub.example/>; rel="hub", <https://x.example/feed>; rel="self".
func linkHeader(h http.Header) hubLinks {
	var l hubLinks
	for _, v := range h.Values("Link") {
		for _, part := range strings.Split(v, ",") {
			target, params, ok := strings.Cut(part, ";")
			target = strings.TrimSpace(target)
			if !ok || !strings.HasPrefix(target, "<") || !strings.HasSuffix(target, ">") {
				continue
			}
			for _, p := range strings.Split(params, ";") {
				k, val, _ := strings.Cut(strings.TrimSpace(p), "=")
				if !strings.EqualFold(strings.TrimSpace(k), "rel") {
					continue
				}
				l.set(strings.Fields(strings.ToLower(strings.Trim(strings.TrimSpace(val), `"`))), target[1:len(target)-1])
			}
		}
	}
	return l
}

// set takes href for the rels it has, unless they are taken.
func (l *hubLinks) set(rels []string, href string) {
	for _, rel := range rels {
		switch {
		case rel == "hub" && l.hub == "":
			l.hub = strings.TrimSpace(href)
		case rel == "self" && l.self == "":
			l.self = strings.TrimSpace(href)
		}
	}
}

func atomHub(f *atom.Feed) hubLinks {
	var l hubLinks
	for _, link := range f.Links {
		if link != nil {
			l.set(strings.Fields(strings.ToLower(link.Rel)), link.Href)
		}
	}
	return l
}

func rssHub(f *rss.Feed) hubLinks { return extHub(f.Extensions) }

// extHub reads the atom:link elements of an RSS channel.
func extHub(exts ext.Extensions) hubLinks {
	var l hubLinks
	for _, prefix := range []string{"atom", "atom10", "atom03"} {
		for _, e := range exts[prefix]["link"] {
			l.set(strings.Fields(strings.ToLower(e.Attrs["rel"])), e.Attrs["href"])
		}
	}
	return l
}

// jsonHub reads a JSON Feed's feed_url and its first WebSub hub, which
// gofeed does not keep: the body is decoded for them only when it names
// hubs at all.
func jsonHub(f *jsonfeed.Feed, body []byte) hubLinks {
	l := hubLinks{self: f.FeedURL}
	if !bytes.Contains(body, []byte(`"hubs"`)) {
		return l
	}
	var doc struct {
		Hubs []struct {
			Type string `json:"type"`
			URL  string `json:"url"`
		} `json:"hubs"`
	}
	if json.Unmarshal(body, &doc) != nil {
		return l
	}
	for _, h := range doc.Hubs {
		if strings.EqualFold(h.Type, "websub") && l.hub == "" {
			l.hub = h.URL
		}
	}
	return l
}

// Keys of a parsed feed's Custom for its hub links.
const (
	customHub  = "feedsieve:hub"
	customSelf = "feedsieve:self"
)

// keepHub notes a feed's hub links in its Custom.
func keepHub(feed *gofeed.Feed, l hubLinks) {
	if l.hub == "" && l.self == "" {
		return
	}
	if feed.Custom == nil {
		feed.Custom = make(map[string]string)
	}
	feed.Custom[customHub], feed.Custom[customSelf] = l.hub, l.self
}

// resolve makes the links absolute http(s) URLs against base, leaving
// out those that are not; the document's own win over the header's.
func (l hubLinks) resolve(base *url.URL, header hubLinks) (hub, self string) {
	pick := func(a, b string) string {
		for _, s := range []string{a, b} {
			if u := feedLink(webLink(resolveLink(base, s))); u != "" {
				return u
			}
		}
		return ""
	}
	return pick(l.hub, header.hub), pick(l.self, header.self)
}

// hub returns the hub and topic a parsed feed and its response name, for
// PollResult; none when the topic would carry the source's secrets to
// the hub (user information or secret parameters), or there is no hub.
// Without a rel="self", the URL the feed was fetched from is the topic.
func (r *redactor) hub(feed *gofeed.Feed, resp *Response) (hub, topic string) {
	base := r.base(resp.URL)
	u, _ := url.Parse(base)
	hub, topic = hubLinks{hub: feed.Custom[customHub], self: feed.Custom[customSelf]}.resolve(u, resp.Links)
	if topic == "" { // no rel="self": the URL it was fetched from is the topic
		topic = feedLink(webLink(resp.URL))
	}
	if hub == "" || topic == "" || r.carries(hub) || r.carries(topic) || RedactURL(topic, r.params) != topic {
		return "", ""
	}
	return hub, topic
}
