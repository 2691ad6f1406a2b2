package config

import (
	"fmt"
	"os"
	"slices"
	"time"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/feeds"
)

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
			if err := aggregator.CheckField(f.V); err != nil {
				c.add(f.Line, "topics[%d].fields: %v", i, err)
			}
			rule.Fields = append(rule.Fields, f.V)
		}
		rule.MaxAge = c.duration(t.MaxAge, fmt.Sprintf("topics[%d].max_age", i), 0, time.Minute)
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
			Within:   rule.MaxAge,
		})
		if rule.Stories != nil {
			pubs[len(pubs)-1].StoryWindow = rule.Stories.Window
		}
	}
	return rules, pubs
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
		iv := opts.SourceInterval(s)
		if shortest == 0 || iv < shortest {
			shortest = iv
		}
	}
	return shortest
}

// FeedsOptions returns the feeds' options with every topic's Since set
// to the configuration file's modification time: an empty topic feed's
// updated time, the same at every render and restart until the file
// changes. It is not part of the Config itself, whose value is the file's
// content wherever it lies. A file that cannot be read for it leaves
// Since zero.
func (cfg *Config) FeedsOptions() feeds.Options {
	opts := cfg.Feeds
	fi, err := os.Stat(cfg.Path)
	if err != nil {
		return opts
	}
	opts.Topics = slices.Clone(opts.Topics)
	for i := range opts.Topics {
		opts.Topics[i].Since = fi.ModTime().UTC()
	}
	return opts
}
