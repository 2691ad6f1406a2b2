package aggregator

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

// jsonShape walks a JSON Feed without decoding it: it checks its nesting
// and finds the items arrays of the top-level object and their entries.
type jsonShape struct {
	b     []byte
	keep  int
	depth int
	// expectKey: the next string at depth 1 is a key.
	expectKey bool
	// itemsAt is where the value of the last items key starts, when it
	// is an array; -1 when none is pending.
	itemsAt int
	earlier []span // contents of items arrays a later items key overrides
	cur     *jsonItems
}

// jsonItems is the items array of the last items key.
type jsonItems struct {
	open, close int    // offsets of its brackets
	entryAt     int    // where the entry being read starts
	kept        []span // the first keep entries that are not null
	count       int    // entries that are not null
	nulls       bool
}

// shapeJSON checks a JSON Feed before gofeed parses it and cuts its items
// down to the first keep. It drops null entries (gofeed v1.4.2 panics on
// them) and the items arrays that a later "items" key overrides (the
// decoder would decode each, and keep the last). Keys match "items" as
// encoding/json matches gofeed's field, in any case and with escapes.
// Every other array it cuts to maxJSONArray entries (capArrays). It
// returns the document, changed only where it needed to be, and how many
// items it took out. A document that is not valid JSON is returned as
// it is, for gofeed to refuse.
func shapeJSON(body []byte, keep int) ([]byte, int, error) {
	s := &jsonShape{b: body, keep: keep, itemsAt: -1}
	ok, err := s.walk()
	if err != nil || !ok {
		return body, 0, err
	}
	c := s.cur
	if len(s.earlier) == 0 && (c == nil || c.count <= keep && !c.nulls) {
		items := -1
		if c != nil {
			items = c.open
		}
		return capArrays(body, items), 0, nil
	}
	out := make([]byte, 0, len(body))
	at := 0
	for _, e := range s.earlier {
		out = append(out, body[at:e.from]...)
		at = e.to
	}
	if c == nil {
		return capArrays(append(out, body[at:]...), -1), 0, nil
	}
	out = append(out, body[at:c.open+1]...)
	items := len(out) - 1
	for i, e := range c.kept {
		if i > 0 {
			out = append(out, ',')
		}
		out = append(out, body[e.from:e.to]...)
	}
	out = append(out, body[c.close:]...)
	return capArrays(out, items), c.count - len(c.kept), nil
}

// maxJSONArray is how many entries an array of a JSON Feed keeps, other
// than its items: an item's tags, authors and attachments, the feed's
// authors. Real ones list a few; gofeed builds every one (800,000 tags
// in a 3 MiB feed allocated 78 MiB).
const maxJSONArray = 256

// capArrays cuts every array of a valid JSON document to its first
// maxJSONArray entries, except the one whose bracket is at items.
func capArrays(doc []byte, items int) []byte {
	var cuts []span
	type container struct {
		array   bool
		entries int // entries ended by a comma so far
	}
	var stack [MaxNestingDepth + 1]container
	depth, cutting := 0, 0 // cutting: the depth of the array being cut
	for i := 0; i < len(doc); i++ {
		switch c := doc[i]; c {
		case '"':
			end := jsonStringEnd(doc, i)
			if end < 0 {
				return doc
			}
			i = end - 1
		case '[', '{':
			if depth++; depth > MaxNestingDepth {
				return doc
			}
			stack[depth] = container{array: c == '[' && i != items}
		case ',':
			if a := &stack[depth]; a.array && cutting == 0 {
				if a.entries++; a.entries == maxJSONArray {
					cuts, cutting = append(cuts, span{from: i}), depth
				}
			}
		case ']', '}':
			if cutting == depth {
				cuts[len(cuts)-1].to, cutting = i, 0
			}
			if depth--; depth < 0 {
				return doc
			}
		}
	}
	if len(cuts) == 0 || cutting != 0 {
		return doc
	}
	return cutSpans(doc, cuts)
}

// walk reads the document; it returns false when the document ends
// inside a string or a container, which the decoder refuses.
func (s *jsonShape) walk() (bool, error) {
	b := s.b
	for i := 0; i < len(b); {
		switch c := b[i]; c {
		case '"':
			end := jsonStringEnd(b, i)
			if end < 0 {
				return false, nil
			}
			if s.depth == 1 && s.expectKey {
				s.expectKey = false
				s.key(b[i+1:end-1], end)
			}
			i = end
			continue
		case '{', '[':
			if s.depth == MaxNestingDepth {
				return false, fmt.Errorf("JSON %w: more than %d levels at byte %d", ErrTooDeep, MaxNestingDepth, i)
			}
			s.depth++
			switch {
			case s.depth == 1:
				s.expectKey = c == '{'
			case s.depth == 2 && i == s.itemsAt:
				s.startItems(i)
			}
		case '}', ']':
			if s.depth == 2 && s.cur != nil && s.cur.close < 0 {
				s.entry(i)
				s.cur.close = i
			}
			if s.depth--; s.depth < 0 {
				return false, nil
			}
		case ',':
			switch {
			case s.depth == 1:
				s.expectKey = true
			case s.depth == 2 && s.cur != nil && s.cur.close < 0:
				s.entry(i)
			}
		}
		i++
	}
	return s.depth == 0, nil
}

// key notes a top-level key that ends at end; for an items key, where
// its value starts.
func (s *jsonShape) key(raw []byte, end int) {
	if !isItemsKey(raw) {
		return
	}
	if c := s.cur; c != nil {
		s.earlier = append(s.earlier, span{c.open + 1, c.close})
		s.cur = nil
	}
	s.itemsAt = -1
	i := skipJSONSpace(s.b, end)
	if i < len(s.b) && s.b[i] == ':' {
		if i = skipJSONSpace(s.b, i+1); i < len(s.b) && s.b[i] == '[' {
			s.itemsAt = i
		}
	}
}

func (s *jsonShape) startItems(open int) {
	s.cur = &jsonItems{open: open, close: -1, entryAt: open + 1}
	s.itemsAt = -1
}

// entry notes the entry of the items array that ends at end (a comma or
// the closing bracket).
func (s *jsonShape) entry(end int) {
	c := s.cur
	from := skipJSONSpace(s.b, c.entryAt)
	to := end
	for to > from && isJSONSpace(s.b[to-1]) {
		to--
	}
	c.entryAt = end + 1
	switch v := s.b[from:to]; {
	case len(v) == 0: // the inside of []
	case string(v) == "null":
		c.nulls = true
	default:
		c.count++
		if len(c.kept) < s.keep {
			c.kept = append(c.kept, span{from, to})
		}
	}
}

// isItemsKey reports whether a key, as written between its quotes,
// decodes to one encoding/json matches with the field "items": equal to
// it under Unicode case folding (ſ is an s).
func isItemsKey(raw []byte) bool {
	const longest = len(`\u0069`) * len("items")
	if len(raw) > longest {
		return false
	}
	if bytes.IndexByte(raw, '\\') < 0 {
		return bytes.EqualFold(raw, []byte("items"))
	}
	var key string
	quoted := append(append([]byte{'"'}, raw...), '"')
	if err := json.Unmarshal(quoted, &key); err != nil {
		return false
	}
	return strings.EqualFold(key, "items")
}

// jsonStringEnd returns the offset after the string starting at i, or -1
// when it does not end.
func jsonStringEnd(b []byte, i int) int {
	for j := i + 1; j < len(b); {
		k := bytes.IndexAny(b[j:], `"\`)
		if k < 0 {
			return -1
		}
		j += k
		if b[j] == '"' {
			return j + 1
		}
		j += 2 // a backslash and the byte it escapes
	}
	return -1
}

func isJSONSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

func skipJSONSpace(b []byte, i int) int {
	for i < len(b) && isJSONSpace(b[i]) {
		i++
	}
	return i
}
