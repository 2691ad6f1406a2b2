package config

import (
	"fmt"
	"slices"
	"time"

	"github.com/feedsieve/feedsieve/aggregator"
)

// Bounds of a topic's story options.
const (
	minStoryWindow     = time.Hour
	maxStoryWindow     = 30 * 24 * time.Hour
	minStorySimilarity = 0.05
	minPreferWait      = time.Minute
)

// stories reads a topic's collapse, story_window, story_similarity,
// prefer, prefer_wait and settle: the story options when collapse is "stories",
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
			{"settle", t.Settle.Line, t.Settle.Set},
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
	c.settle(t, key, o)
	return o
}

// settle reads a collapsing topic's settle into o: how long a new story
// waits for its earliest published copy, in a topic that prefers no
// source (one that does waits prefer_wait).
func (c *checker) settle(t topicFile, key string, o *aggregator.StoryOptions) {
	if !t.Settle.Set {
		return
	}
	if len(o.Prefer) > 0 {
		c.add(t.Settle.Line, "%s.settle: a topic with prefer waits prefer_wait for its copies; remove settle", key)
		return
	}
	o.Settle = c.duration(t.Settle, key+".settle", 0, minPreferWait)
	if o.Settle > o.Window {
		c.add(t.Settle.Line, "%s.settle: %q is longer than the story window (%s)", key, t.Settle.V, o.Window)
	}
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
