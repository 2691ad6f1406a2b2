package configedit

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/feedsieve/feedsieve/aggregator"
)

// Import is what an OPML import adds to the config.
type Import struct {
	Feeds   int
	Sources []Source
	Topics  []Topic
	Report  strings.Builder // one line per outline, and the folders
}

// ImportOptions says how PlanImport goes about it.
type ImportOptions struct {
	Topics bool // make each folder that gets new feeds a topic
	// Progress, when set, is told how many outlines are done.
	Progress func(done, total int)
	// Discover, when set, finds the feeds of an outline that names only
	// its site (htmlUrl): the first found is added. Without it, such
	// outlines are skipped.
	Discover func(siteURL string) ([]aggregator.FoundFeed, error)
}

// PlanImport names the outlines' feeds and admits those not configured
// yet (sources are the configured ones); with opts.Topics, it also makes
// the folders' topics (FolderTopics). Outlines whose feed Discover found
// get its URL as their XMLURL.
func PlanImport(sources []aggregator.Source, topicIDs []string, outlines []Outline, opts ImportOptions) *Import {
	imp := &Import{Feeds: len(outlines)}
	known := NewSourceSet(sources)
	added := map[string]bool{}
	for i := range outlines {
		o := &outlines[i]
		if opts.Progress != nil {
			opts.Progress(i+1, len(outlines))
		}
		if o.XMLURL == "" && !imp.discover(o, opts.Discover) {
			continue
		}
		src := Source{Name: known.NameFor(o.Title, o.XMLURL), URL: o.XMLURL}
		if err := known.Admit(src); err != nil {
			fmt.Fprintf(&imp.Report, "skip %q: %v\n", o.Title, err)
			continue
		}
		fmt.Fprintf(&imp.Report, "add  %s: %s%s\n", src.Name, src.URL, inFolder(o.Folder))
		imp.Sources = append(imp.Sources, src)
		added[src.Name] = true
	}
	folders := FolderTopics(outlines, known, added, topicIDs)
	if !opts.Topics {
		var names []string
		for _, t := range folders {
			names = append(names, strconv.Quote(t.Title))
		}
		if len(names) > 0 {
			fmt.Fprintf(&imp.Report, "folders not made topics (see -topics): %s\n", strings.Join(names, ", "))
		}
		return imp
	}
	for _, t := range folders {
		fmt.Fprintf(&imp.Report, "topic %s (%q): %s\n", t.ID, t.Title, strings.Join(t.Sources, ", "))
	}
	imp.Topics = folders
	return imp
}

// discover sets the XMLURL of an outline that names only its site to the
// first feed the site has, and reports whether it found one.
func (imp *Import) discover(o *Outline, discover func(string) ([]aggregator.FoundFeed, error)) bool {
	if discover == nil {
		fmt.Fprintf(&imp.Report, "skip %q: it names a site (%s), not a feed\n", o.Title, o.HTMLURL)
		return false
	}
	found, err := discover(o.HTMLURL)
	if err != nil {
		fmt.Fprintf(&imp.Report, "skip %q: %v\n", o.Title, err)
		return false
	}
	o.XMLURL = found[0].URL
	if len(found) > 1 {
		fmt.Fprintf(&imp.Report, "site %s has %d feeds; taking the first, %s\n", o.HTMLURL, len(found), o.XMLURL)
	}
	return true
}

// inFolder tells which folder a feed is listed in.
func inFolder(folder string) string {
	if folder == "" {
		return ""
	}
	return fmt.Sprintf(" (folder %q)", folder)
}

// Summary says how much is added: "3 of 4 feeds and 1 topic".
func (imp *Import) Summary() string {
	s := fmt.Sprintf("%d of %s", len(imp.Sources), plural(imp.Feeds, "feed"))
	if len(imp.Topics) > 0 {
		s += " and " + plural(len(imp.Topics), "topic")
	}
	return s
}

// plural says "1 feed", "2 feeds".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
