package aggregator

import (
	"encoding/binary"
	"hash/fnv"
	"runtime/debug"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// rawVersion is part of every item context: raise it when the same bytes
// of an item come to be stored otherwise, so that remembered items are
// parsed again. A build from another revision does the same by itself.
const rawVersion = 1

// pollItems are the items a poll parsed from a body, and those it left
// out as the last stored poll remembered them.
type pollItems struct {
	parsed  *ParsedFeed
	entries []storage.Entry
	skipped storage.Seen // with the Oldest of the state they come from
	context uint64       // itemContext
	pages   []string     // page links the body's items share, not known before (clearPageLinks)
	guids   []string     // GUIDs the body's items share, not known before (unshareGUIDs)
}

// remembered is what the poll asks the store to remember besides the
// entries it stores as delivered: the items left out, under this poll's
// context.
func (p *pollItems) remembered() storage.Seen {
	s := p.skipped
	s.Context = p.context
	return s
}

// count is how many items the feed has, parsed or not.
func (p *pollItems) count() int { return len(p.entries) + len(p.skipped.Items) }

// parseItems parses a body's items, but for those whose bytes the last
// stored poll remembered (rawitems.go). It parses the body whole again
// when what the items' parse depends on besides their bytes changed
// (itemContext), or when an item parsed has the identity of one left
// out: a full parse would have stored them otherwise. JSON Feeds are
// always parsed whole. known is the source's state: its page links and
// shared GUIDs.
func (a *Aggregator) parseItems(src Source, red *redactor, resp *Response, known *storage.SourceState, now time.Time) (*pollItems, error) {
	last, err := a.store.SeenItems(src.Name)
	if err != nil {
		return nil, err
	}
	if a.whole {
		last = storage.Seen{}
	}
	seen := make(map[uint64]uint64, len(last.Items))
	if cutoff := a.store.RetentionCutoff(now); last.Oldest.IsZero() || !last.Oldest.Before(cutoff) {
		for _, it := range last.Items {
			seen[it.Raw] = it.Key
		}
	}
	p, err := a.parseWith(src, red, resp, known, now, seen)
	if err != nil || len(p.skipped.Items) == 0 {
		return p, err
	}
	if p.context != last.Context || clashes(p.entries, p.skipped.Items) {
		return a.parseWith(src, red, resp, known, now, map[uint64]uint64{})
	}
	p.skipped.Oldest = last.Oldest
	return p, nil
}

// parseWith parses a body leaving out the items whose hash skip holds.
func (a *Aggregator) parseWith(src Source, red *redactor, resp *Response, known *storage.SourceState, now time.Time, skip map[uint64]uint64) (*pollItems, error) {
	parsed, err := parseFeed(resp.Body, resp.ContentType, a.opts.MaxItemsPerFeed, skip)
	if err != nil {
		return nil, err
	}
	base := red.base(resp.URL)
	p := &pollItems{parsed: parsed, context: a.itemContext(src, base, parsed)}
	p.entries = toEntries(parsed.Feed, base, now)
	red.entries(p.entries)
	p.guids = unshareGUIDs(p.entries, known.SharedGUIDs)
	p.pages = clearPageLinks(p.entries, known.PageLinks)
	if parsedCount(parsed.raw) != len(p.entries) {
		return p, nil // told none (parseFeed)
	}
	k := 0
	for i, it := range parsed.raw {
		if it.skipped {
			p.skipped.Items = append(p.skipped.Items, storage.SeenItem{Raw: it.hash, Key: skip[it.hash]})
			continue
		}
		p.entries[k].Raw, p.entries[k].Before = it.hash, i-k
		k++
	}
	return p, nil
}

// clashes reports whether an entry has the identity key of an item left out.
func clashes(entries []storage.Entry, skipped []storage.SeenItem) bool {
	keys := make(map[uint64]bool, len(skipped))
	for _, it := range skipped {
		keys[it.Key] = true
	}
	for i := range entries {
		if keys[storage.SeenKey(entries[i].Key)] {
			return true
		}
	}
	return false
}

// itemContext is a fingerprint of what storing an item depends on
// besides its bytes: this build, the source's config, the URL relative
// links resolve against, the start tags of the root and channel (their
// namespaces, xml:base and xml:lang), and the feed's values toEntries
// gives every item (title, links, language, authors). It leaves out the
// source's password and header values, not to store a hash of secrets:
// an item carrying one is redacted by the old value until it changes.
func (a *Aggregator) itemContext(src Source, base string, parsed *ParsedFeed) uint64 {
	h := fnv.New64a()
	var n [binary.MaxVarintLen64]byte
	put := func(s string) {
		h.Write(binary.AppendUvarint(n[:0], uint64(len(s))))
		h.Write([]byte(s))
	}
	h.Write(binary.AppendUvarint(n[:0], parsed.head))
	h.Write(binary.AppendUvarint(n[:0], uint64(a.opts.MaxItemsPerFeed)))
	f := parsed.Feed
	for _, s := range []string{a.build, src.URL, src.PublicURL, string(src.FullText), base, f.Title, f.Link, f.FeedLink, f.Language} {
		put(s)
	}
	for _, s := range a.opts.SecretParams {
		put(s)
	}
	for _, p := range people(f.Authors, f.Author) {
		put(p.Name + "\x00" + p.Email)
	}
	return h.Sum64()
}

// buildID names the build: its module version and revision, when known.
func buildID() string {
	id := string(rune('0' + rawVersion))
	if bi, ok := debug.ReadBuildInfo(); ok {
		id += " " + bi.Main.Version
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" || s.Key == "vcs.modified" {
				id += " " + s.Value
			}
		}
	}
	return id
}
