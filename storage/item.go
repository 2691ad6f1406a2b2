package storage

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io"
	"strconv"
	"time"
)

// Item is one stored news item. Items delivered by several sources with the
// same normalized link are stored once; Sources lists every source.
type Item struct {
	ID         string    `json:"id"`
	Source     string    `json:"source"`  // the source that delivered it first; only it may edit the item
	Sources    []string  `json:"sources"` // every source that delivered it
	Keys       []string  `json:"keys"`    // source \x00 identity key, one per delivering source
	GUID       string    `json:"guid,omitempty"`
	Link       string    `json:"link,omitempty"`
	NormLink   string    `json:"norm_link,omitempty"`
	Title      string    `json:"title,omitempty"`
	Summary    string    `json:"summary,omitempty"`
	Content    string    `json:"content,omitempty"`
	Categories []string  `json:"categories,omitempty"`
	Authors    []Person  `json:"authors,omitempty"`
	Language   string    `json:"language,omitempty"`
	Feed       FeedInfo  `json:"feed"`
	Published  time.Time `json:"published"`
	Updated    time.Time `json:"updated"`
	FirstSeen  time.Time `json:"first_seen"`
	Hash       string    `json:"hash"`
	Topics     []Match   `json:"topics,omitempty"`
	// Enclosures are the media files the item carries (podcast audio,
	// video, photos), in the feed's order; Image is its picture (JSON
	// Feed image, media:thumbnail, itunes:image). Only http(s) URLs.
	Enclosures []Enclosure `json:"enclosures,omitempty"`
	Image      string      `json:"image,omitempty"`
	// EntryID is the id the item is published under when its source gave
	// one fit to keep (an Atom id, or an RSS guid or JSON Feed id that is
	// an absolute IRI), as RFC 4287 wants an entry's id kept when it is
	// republished; "" when feedsieve mints one. It is set when the item is
	// first stored and never changes, so that no reader sees an entry
	// again under another id.
	EntryID string `json:"entry_id,omitempty"`
	// Origin is the feed that first published the item, when the source
	// is itself an aggregator and says so (atom:source, RSS <source>);
	// Feed stays the source's own feed.
	Origin FeedInfo `json:"origin,omitzero"`
	// Article is the main text of the item's article page (HTML), when
	// its source fetches full text: set when the item is first stored and
	// kept when the item changes, so the page is fetched once.
	Article string `json:"article,omitempty"`
}

// Enclosure is a media file an item carries. Length is in bytes, 0 when
// the feed did not say.
type Enclosure struct {
	URL    string `json:"url"`
	Type   string `json:"type,omitempty"`
	Length int64  `json:"length,omitempty"`
}

// Person is an item's author.
type Person struct {
	Name  string `json:"name,omitempty"`
	Email string `json:"email,omitempty"`
	URI   string `json:"uri,omitempty"`
}

// FeedInfo describes the feed an item came from (for atom:source).
type FeedInfo struct {
	Title    string `json:"title,omitempty"`
	Link     string `json:"link,omitempty"`
	ID       string `json:"id,omitempty"`
	Language string `json:"language,omitempty"`
}

// Match records why an item belongs to a topic.
type Match struct {
	Topic string `json:"topic"`
	Hits  []Hit  `json:"hits,omitempty"`
	// Story, in a topic that collapses stories, is the id of the story
	// this item belongs to: the id of its first item, which is this
	// item's own id when it started the story.
	Story string `json:"story,omitempty"`
	// Lead, in a topic that prefers some sources' copies of a story,
	// marks the item chosen to stand for its story. Waits marks the items
	// filed into a story while it waited for its lead (it started there
	// while the topic preferred sources, not from one): the story shows
	// once an item leads it.
	Lead  bool `json:"lead,omitempty"`
	Waits bool `json:"waits,omitempty"`
}

// Hit is one keyword found in one field.
type Hit struct {
	Keyword string `json:"keyword"`
	Field   string `json:"field"`
}

// Classifier files an item, in its current state, into topics.
type Classifier func(*Item) []Match

// InTopic reports whether the item is filed in the topic.
func (it *Item) InTopic(topic string) bool {
	for _, m := range it.Topics {
		if m.Topic == topic {
			return true
		}
	}
	return false
}

// MatchIn is the item's match in a topic; false when it is not filed
// there.
func (it *Item) MatchIn(topic string) (Match, bool) {
	for _, m := range it.Topics {
		if m.Topic == topic {
			return m, true
		}
	}
	return Match{}, false
}

// StoryIn is the id of this item's story in a topic that collapses
// stories, the id of the story's first item; "" when the item is not
// filed there or has no story in it.
func (it *Item) StoryIn(topic string) string {
	m, _ := it.MatchIn(topic)
	return m.Story
}

// contentHash fingerprints what a source may edit, to detect updates.
func (it *Item) contentHash() string {
	h := sha256.New()
	var n [24]byte
	write := func(s string) { // "LEN:TEXT", without fmt's cost
		h.Write(append(strconv.AppendInt(n[:0], int64(len(s)), 10), ':'))
		io.WriteString(h, s)
	}
	for _, s := range []string{it.Title, it.Summary, it.Content, it.Link, it.GUID, it.Language} {
		write(s)
	}
	for _, s := range it.Categories {
		write(s)
	}
	for _, p := range it.Authors {
		write(p.Name + "\x00" + p.Email + "\x00" + p.URI)
	}
	// Media are hashed only when there are some, so that items stored
	// before they were kept keep their hashes.
	for _, e := range it.Enclosures {
		write("enclosure\x00" + e.URL + "\x00" + e.Type + "\x00" + strconv.FormatInt(e.Length, 10))
	}
	if it.Image != "" {
		write("image\x00" + it.Image)
	}
	if it.Origin != (FeedInfo{}) {
		write("origin\x00" + it.Origin.Title + "\x00" + it.Origin.Link + "\x00" + it.Origin.ID + "\x00" + it.Origin.Language)
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// newID derives an item id from the first source and identity key, so an
// item that is pruned and seen again gets the same id.
func newID(identity string) []byte {
	sum := sha256.Sum256([]byte(identity))
	return sum[:16]
}

// idOfDBKey is the id an item first delivered under identity key k of
// the keys bucket would have: newID of the key, whose hash a long key's
// dbKey already holds.
func idOfDBKey(k []byte) []byte {
	if hexSum, ok := bytes.CutPrefix(k, []byte(hashedKeyPrefix)); ok {
		sum := make([]byte, sha256.Size)
		if n, err := hex.Decode(sum, hexSum); err == nil && n == sha256.Size {
			return sum[:16]
		}
		return nil
	}
	sum := sha256.Sum256(k)
	return sum[:16]
}

func identityKey(source, key string) string { return source + "\x00" + key }

// refLen is the length of an item's ref: the key of its record in the
// items bucket, a big-endian sequence number given in order of arrival,
// so that new items append to the bucket rather than land at random
// places in it (each landing rewrites a page). The item's public ID is
// kept in the record.
const refLen = 8

func itemRef(seq uint64) []byte { return binary.BigEndian.AppendUint64(make([]byte, 0, refLen), seq) }

// refString names a ref in messages: its sequence number.
func refString(ref []byte) string {
	if ref == nil {
		return "nothing"
	}
	if len(ref) != refLen {
		return fmt.Sprintf("%x", ref)
	}
	return fmt.Sprintf("#%d", binary.BigEndian.Uint64(ref))
}

// timeKey orders keys by time: big-endian nanoseconds with the sign bit
// flipped, so times before 1970 sort first, followed by the item's ref.
func timeKey(t time.Time, ref []byte) []byte {
	k := make([]byte, 8, 8+len(ref))
	binary.BigEndian.PutUint64(k, uint64(t.UnixNano())^(1<<63))
	return append(k, ref...)
}

func timeOfKey(k []byte) time.Time {
	return time.Unix(0, int64(binary.BigEndian.Uint64(k[:8])^(1<<63))).UTC()
}

func refOfKey(k []byte) []byte { return k[8:] }

func decodeID(id string) ([]byte, error) {
	b, err := hex.DecodeString(id)
	if err != nil || len(b) != 16 {
		return nil, fmt.Errorf("invalid item id %q", id)
	}
	return b, nil
}

// topicsOf lists the topic ids of a set of matches.
func topicsOf(ms []Match) []string {
	out := make([]string, 0, len(ms))
	for _, m := range ms {
		out = append(out, m.Topic)
	}
	return out
}
