// Package feeds renders topics as feeds and serves them over HTTP.
package feeds

import "strings"

// Topic is how a topic is published.
type Topic struct {
	ID          string
	Title       string
	Description string
	MaxItems    int
}

// Site describes where feeds are published.
type Site struct {
	BaseURL string // public URL without trailing slash
	Version string // feedsieve version, for atom:generator
}

// FeedURL is the public URL of a topic's feed in a format.
func (s Site) FeedURL(topic, format string) string {
	return s.BaseURL + "/feeds/" + topic + "." + format
}

// NewSite returns a Site for a base URL.
func NewSite(baseURL, version string) Site {
	return Site{BaseURL: strings.TrimRight(baseURL, "/"), Version: version}
}
