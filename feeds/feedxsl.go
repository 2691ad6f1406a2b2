package feeds

import (
	_ "embed"
	"encoding/xml"
	"fmt"
	"html"
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

// feedStylesheet is the stylesheet, ready to serve.
func feedStylesheet() (*Rendered, error) {
	return newRendered(feedXSL, etagOf(feedXSL), xslContentType, time.Now().UTC().Truncate(time.Second), xslMaxAge)
}
