package main

import (
	"fmt"
	"slices"
	"time"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/feeds"
)

func (c *checker) sources(list []sourceFile) []aggregator.Source {
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
		case !isHTTPURL(s.URL.V):
			c.add(s.URL.Line, "sources[%d]: url %q is not an absolute http or https URL", i, s.URL.V)
		case urls[s.URL.V] != "":
			c.add(s.URL.Line, "sources[%d]: url is already polled by source %q", i, urls[s.URL.V])
		default:
			urls[s.URL.V] = name
		}
		interval := c.duration(s.Interval, fmt.Sprintf("sources[%d].interval", i), 0, minInterval)
		out = append(out, aggregator.Source{Name: name, URL: s.URL.V, Interval: interval})
	}
	return out
}

func (c *checker) topics(list []topicFile, sources []aggregator.Source) ([]aggregator.Topic, []feeds.Topic) {
	known := map[string]bool{}
	for _, s := range sources {
		known[s.Name] = true
	}
	var rules []aggregator.Topic
	var pubs []feeds.Topic
	ids := map[string]int{}
	for i, t := range list {
		item := c.lines[fmt.Sprintf("topics[%d]", i)]
		id := t.ID.V
		c.uniqueName(t.ID, fmt.Sprintf("topics[%d]", i), "id", "topic id", item, ids)
		rule := aggregator.Topic{
			ID:   id,
			Any:  c.keywords(t.Any, i, "any"),
			All:  c.keywords(t.All, i, "all"),
			None: c.keywords(t.None, i, "none"),
		}
		for _, s := range t.Sources {
			if !known[s.V] {
				c.add(s.Line, "topics[%d].sources: unknown source %q", i, s.V)
			}
			rule.Sources = append(rule.Sources, s.V)
		}
		for _, f := range t.Fields {
			if !aggregator.IsField(f.V) {
				c.add(f.Line, "topics[%d].fields: unknown field %q (use title, summary, content, categories)", i, f.V)
			}
			rule.Fields = append(rule.Fields, f.V)
		}
		rule.Stories = c.stories(t, i, known)
		title := t.Title.V
		if title == "" {
			title = id
		}
		rules = append(rules, rule)
		pubs = append(pubs, feeds.Topic{
			ID: id, Title: title, Description: t.Description.V,
			MaxItems: c.intRange(t.MaxItems, fmt.Sprintf("topics[%d].max_items", i), defaultMaxItems, 1, maxMaxItems),
			Stories:  rule.Stories != nil,
		})
		if rule.Stories != nil {
			pubs[len(pubs)-1].StoryWindow = rule.Stories.Window
		}
	}
	return rules, pubs
}

// Bounds of a topic's story options.
const (
	minStoryWindow     = time.Hour
	maxStoryWindow     = 30 * 24 * time.Hour
	minStorySimilarity = 0.05
	minPreferWait      = time.Minute
)

// stories reads a topic's collapse, story_window, story_similarity,
// prefer and prefer_wait: the story options when collapse is "stories",
// else nil. known are the configured sources.
func (c *checker) stories(t topicFile, i int, known map[string]bool) *aggregator.StoryOptions {
	key := fmt.Sprintf("topics[%d]", i)
	preferLine := 0
	if len(t.Prefer) > 0 {
		preferLine = t.Prefer[0].Line
	}
	switch t.Collapse.V {
	case "", "none":
		for _, set := range []struct {
			name string
			line int
			on   bool
		}{
			{"story_window", t.StoryWindow.Line, t.StoryWindow.Set}, {"story_similarity", t.StorySim.Line, t.StorySim.Set},
			{"prefer", preferLine, len(t.Prefer) > 0}, {"prefer_wait", t.PreferWait.Line, t.PreferWait.Set},
		} {
			if set.on {
				c.add(set.line, "%s.%s: set collapse: stories too, or remove it", key, set.name)
			}
		}
		return nil
	case "stories":
	default:
		c.add(t.Collapse.Line, "%s.collapse: %q is not one of none, stories", key, t.Collapse.V)
		return nil
	}
	o := &aggregator.StoryOptions{Window: c.duration(t.StoryWindow, key+".story_window", aggregator.DefaultStoryWindow, minStoryWindow)}
	if o.Window > maxStoryWindow {
		c.add(t.StoryWindow.Line, "%s.story_window: %q is longer than %s", key, t.StoryWindow.V, "30d")
	}
	o.Threshold = aggregator.DefaultStoryThreshold
	if t.StorySim.Set {
		o.Threshold = t.StorySim.V
		if o.Threshold < minStorySimilarity || o.Threshold > 1 {
			c.add(t.StorySim.Line, "%s.story_similarity: %g is out of range (%g to 1)", key, o.Threshold, minStorySimilarity)
		}
	}
	c.prefer(t, key, known, o)
	return o
}

// prefer reads a collapsing topic's prefer and prefer_wait into o.
func (c *checker) prefer(t topicFile, key string, known map[string]bool, o *aggregator.StoryOptions) {
	for _, s := range t.Prefer {
		switch {
		case !known[s.V]:
			c.add(s.Line, "%s.prefer: unknown source %q", key, s.V)
		case slices.Contains(o.Prefer, s.V):
			c.add(s.Line, "%s.prefer: source %q is listed twice", key, s.V)
		}
		o.Prefer = append(o.Prefer, s.V)
	}
	if len(o.Prefer) == 0 {
		if t.PreferWait.Set {
			c.add(t.PreferWait.Line, "%s.prefer_wait: set prefer too, or remove it", key)
		}
		return
	}
	o.PreferWait = c.duration(t.PreferWait, key+".prefer_wait", aggregator.DefaultPreferWait, minPreferWait)
	if o.PreferWait > o.Window {
		c.add(t.PreferWait.Line, "%s.prefer_wait: %q is longer than the story window (%s)", key, t.PreferWait.V, o.Window)
	}
}

func (c *checker) keywords(list []scalar[string], topic int, key string) []string {
	var out []string
	for _, k := range list {
		if err := aggregator.CheckKeyword(k.V); err != nil {
			c.add(k.Line, "topics[%d].%s: %v", topic, key, err)
			continue
		}
		out = append(out, k.V)
	}
	return out
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
		out[i] = feeds.Source{Name: s.Name, URL: s.URL}
	}
	return out
}

// maxMaxAge bounds how long readers may cache a feed.
const maxMaxAge = time.Hour

// setMaxAge lets readers cache each topic's feeds for half the shortest
// poll interval of the sources behind it, at most an hour: polling the
// feed more often gains nothing. pubs and opts.Topics are in config order.
func setMaxAge(pubs []feeds.Topic, opts aggregator.Options) {
	for i, rule := range opts.Topics {
		pubs[i].MaxAge = min(shortestInterval(rule, opts)/2, maxMaxAge)
	}
}

// shortestInterval is the shortest poll interval of a topic's sources, or
// 0 when it has none.
func shortestInterval(rule aggregator.Topic, opts aggregator.Options) time.Duration {
	shortest := time.Duration(0)
	for _, s := range opts.Sources {
		if len(rule.Sources) > 0 && !slices.Contains(rule.Sources, s.Name) {
			continue
		}
		iv := sourceInterval(s, opts)
		if shortest == 0 || iv < shortest {
			shortest = iv
		}
	}
	return shortest
}

// sourceInterval is a source's own poll interval, or the default one.
func sourceInterval(s aggregator.Source, opts aggregator.Options) time.Duration {
	if s.Interval > 0 {
		return s.Interval
	}
	return opts.Interval
}
