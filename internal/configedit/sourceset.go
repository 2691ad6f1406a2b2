package configedit

import (
	"fmt"
	"net/url"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/internal/config"
)

// SourceSet is the configured sources by name and by normalized URL, to
// refuse duplicates.
type SourceSet struct {
	names map[string]string // name → URL
	urls  map[string]string // normalized URL → name
}

// NewSourceSet holds the configured sources.
func NewSourceSet(sources []aggregator.Source) *SourceSet {
	s := &SourceSet{names: map[string]string{}, urls: map[string]string{}}
	for _, src := range sources {
		s.names[src.Name] = src.URL
		s.urls[aggregator.NormalizeLink(src.URL)] = src.Name
	}
	return s
}

// Admit checks a new source and records it.
func (s *SourceSet) Admit(src Source) error {
	norm := aggregator.NormalizeLink(src.URL)
	switch {
	case !config.ValidName(src.Name):
		return fmt.Errorf("name %q: use lower-case letters, digits and single dashes (e.g. bbc-world)", src.Name)
	case s.names[src.Name] != "":
		return fmt.Errorf("name %q is taken: it polls %s", src.Name, s.names[src.Name])
	case norm == "" || !config.IsHTTPURL(src.URL):
		return fmt.Errorf("url %q is not an absolute http or https URL", src.URL)
	case s.urls[norm] != "":
		return fmt.Errorf("%s is already configured as source %q", src.URL, s.urls[norm])
	}
	s.names[src.Name], s.urls[norm] = src.URL, src.Name
	return nil
}

// NameOf is the name of the source that polls feedURL, or "".
func (s *SourceSet) NameOf(feedURL string) string {
	return s.urls[aggregator.NormalizeLink(feedURL)]
}

// NameFor makes a free source name from a feed's title, else its host,
// else "feed".
func (s *SourceSet) NameFor(title, feedURL string) string {
	base := Slug(title)
	if base == "" {
		if u, err := url.Parse(feedURL); err == nil {
			base = Slug(u.Hostname())
		}
	}
	if base == "" {
		base = "feed"
	}
	return UniqueName(base, func(n string) bool { return s.names[n] != "" })
}
