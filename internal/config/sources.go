package config

import (
	"fmt"
	"maps"
	"net/http"
	"slices"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/feeds"
)

func (c *checker) sources(list []sourceFile, secretParams []string) []aggregator.Source {
	var out []aggregator.Source
	names := map[string]int{}
	urls := map[string]string{}
	for i, s := range list {
		item := c.lines[fmt.Sprintf("sources[%d]", i)]
		name := s.Name.V
		c.uniqueName(s.Name, fmt.Sprintf("sources[%d]", i), "name", "source name", item, names)
		switch {
		case !s.URL.Set && c.present(fmt.Sprintf("sources[%d].url", i)):
		case s.URL.V == "":
			c.add(item, "sources[%d]: url is required", i)
		case !IsHTTPURL(s.URL.V):
			c.add(s.URL.Line, "sources[%d]: url %q is not an absolute http or https URL", i, aggregator.RedactURL(s.URL.V, secretParams))
		case urls[s.URL.V] != "":
			c.add(s.URL.Line, "sources[%d]: url is already polled by source %q", i, urls[s.URL.V])
		default:
			urls[s.URL.V] = name
		}
		interval := c.duration(s.Interval, fmt.Sprintf("sources[%d].interval", i), 0, minInterval)
		src := aggregator.Source{Name: name, URL: s.URL.V, Interval: interval, Username: s.Username.V}
		src.PublicURL = aggregator.RedactURL(src.URL, secretParams)
		src.Password = c.password(s, fmt.Sprintf("sources[%d]", i))
		src.Headers = c.headers(s, i)
		src.FullText = c.fullText(s.FullText, i)
		if s.UserAgent.Set && s.UserAgent.V != "" {
			if err := aggregator.CheckUserAgent(s.UserAgent.V); err != nil {
				c.add(s.UserAgent.Line, "sources[%d].user_agent: %v", i, err)
			}
			src.UserAgent = s.UserAgent.V
		}
		out = append(out, src)
	}
	return out
}

// headers checks a source's headers; a header with the source's basic
// auth would send two sets of credentials. Errors never quote a value.
func (c *checker) headers(s sourceFile, i int) map[string]string {
	if len(s.Headers) == 0 {
		return nil
	}
	out := make(map[string]string, len(s.Headers))
	names := slices.SortedFunc(maps.Keys(s.Headers), func(a, b string) int { return s.Headers[a].Line - s.Headers[b].Line })
	for _, name := range names {
		v := s.Headers[name]
		line := c.lines[fmt.Sprintf("sources[%d].headers.%s", i, name)]
		if err := aggregator.CheckHeader(name, v.V); err != nil {
			c.add(line, "sources[%d].headers: %v", i, err)
			continue
		}
		if (s.Username.V != "") && http.CanonicalHeaderKey(name) == "Authorization" {
			c.add(line, "sources[%d].headers: set the Authorization header or username, not both", i)
			continue
		}
		if _, dup := out[http.CanonicalHeaderKey(name)]; dup {
			c.add(line, "sources[%d].headers: the header %s is set twice", i, http.CanonicalHeaderKey(name))
		}
		out[http.CanonicalHeaderKey(name)] = v.V
	}
	return out
}

// fullText reads a source's full_text: off (the default), match or
// publish.
func (c *checker) fullText(v scalar[string], i int) aggregator.FullText {
	switch v.V {
	case "", "off":
		return aggregator.FullTextOff
	case string(aggregator.FullTextMatch), string(aggregator.FullTextPublish):
		return aggregator.FullText(v.V)
	}
	c.add(v.Line, "sources[%d].full_text: %q is not one of off, match, publish", i, v.V)
	return aggregator.FullTextOff
}

// present reports whether a key is written in the file, whatever its value.
func (c *checker) present(path string) bool {
	_, ok := c.lines[path]
	return ok
}

// uniqueName checks a source name or topic id: present, of the allowed
// characters, not used before. seen maps names to their first line.
func (c *checker) uniqueName(v scalar[string], where, key, what string, itemLine int, seen map[string]int) {
	switch {
	case !v.Set && c.present(where+"."+key):
		// wrong type, reported by the decoder
	case v.V == "":
		c.add(itemLine, "%s: %s is required", where, key)
	case !namePattern.MatchString(v.V):
		c.add(v.Line, "%s: %s %q must be lower-case letters, digits and single dashes", where, key, v.V)
	case seen[v.V] != 0:
		c.add(v.Line, "%s: duplicate %s %q (first at line %d)", where, what, v.V, seen[v.V])
	default:
		seen[v.V] = v.Line
	}
}

func publishedSources(list []aggregator.Source) []feeds.Source {
	out := make([]feeds.Source, len(list))
	for i, s := range list {
		out[i] = feeds.Source{Name: s.Name, URL: s.PublicURL, PublishArticles: s.FullText == aggregator.FullTextPublish}
	}
	return out
}
