package feeds

import (
	_ "embed"
	"encoding/xml"
	"fmt"
	"html"
	"net/http"
	"strings"
	"time"
)

// xslFile is the name the stylesheet is served and published under: at
// /feed.xsl by feedsieve's server, beside the feeds in a static directory.
const xslFile = "feed.xsl"

// feedXSL turns an Atom or RSS feed into a page in a browser (feed.xsl).
//
//go:embed feed.xsl
var feedXSL []byte

const xslContentType = "text/xsl; charset=utf-8"

// xslMaxAge is how long browsers may cache the stylesheet: it changes only
// with feedsieve's version.
const xslMaxAge = 24 * time.Hour

// styled has a feed format name the stylesheet in a processing
// instruction after the XML declaration, which feed readers pass over
// and browsers apply. The href is relative to the feed (Site.XSLHref):
// browsers apply only a stylesheet of the feed's own origin.
func styled(render func(*document) ([]byte, error)) func(*document) ([]byte, error) {
	return func(d *document) ([]byte, error) {
		body, err := render(d)
		if err != nil || d.Site.XSLHref == "" {
			return body, err
		}
		rest, ok := strings.CutPrefix(string(body), xml.Header)
		if !ok {
			return nil, fmt.Errorf("render %s feed: no XML declaration to put the stylesheet after", d.Topic.ID)
		}
		pi := `<?xml-stylesheet type="text/xsl" href="` + html.EscapeString(d.Site.XSLHref) + `"?>` + "\n"
		return []byte(xml.Header + pi + rest), nil
	}
}

// Browsers show a document of the feed media types as plain text, and
// apply no stylesheet to it; as application/xml they do. So a browser
// that navigates to an Atom or RSS feed (Sec-Fetch-Dest: document, which
// feed readers never send) gets the same bytes as application/xml, and
// caches are told that the type depends on it.
var (
	asPage = map[string][]string{
		formats["atom"].contentType: {"application/xml; charset=utf-8"},
		formats["rss"].contentType:  {"application/xml; charset=utf-8"},
	}
	varyNavigation = []string{"Accept-Encoding, Sec-Fetch-Dest"}
)

// isNavigation reports whether a browser asks for r to show it as a page.
func isNavigation(r *http.Request) bool {
	d := r.Header["Sec-Fetch-Dest"]
	return len(d) == 1 && d[0] == "document"
}

// feedStylesheet is the stylesheet, ready to serve.
func feedStylesheet() (*Rendered, error) {
	return newRendered(feedXSL, etagOf(feedXSL), xslContentType, time.Now().UTC().Truncate(time.Second), xslMaxAge)
}
