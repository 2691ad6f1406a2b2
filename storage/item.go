package storage

import (
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
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// newID derives an item id from the first source and identity key, so an
// item that is pruned and seen again gets the same id.
func newID(identity string) []byte {
	sum := sha256.Sum256([]byte(identity))
	return sum[:16]
}

func identityKey(source, key string) string { return source + "\x00" + key }

// timeKey orders keys by time: big-endian nanoseconds with the sign bit
// flipped, so times before 1970 sort first, followed by the item id.
func timeKey(t time.Time, id []byte) []byte {
	k := make([]byte, 8, 8+len(id))
	binary.BigEndian.PutUint64(k, uint64(t.UnixNano())^(1<<63))
	return append(k, id...)
}

func timeOfKey(k []byte) time.Time {
	return time.Unix(0, int64(binary.BigEndian.Uint64(k[:8])^(1<<63))).UTC()
}

func idOfKey(k []byte) []byte { return k[8:] }

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
