package aggregator

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
)

// A feed cut off in transfer (a server that closes the connection early,
// a proxy's size limit) ends before its root element closes. Rather than
// lose the whole feed, shapeXMLDoc keeps what is complete: the document
// is cut before the item that was being read when it ended (an item cut
// short would be stored with half its text, and stored again whole at the
// next poll as an edit), and the elements still open are closed. The poll
// warns that the feed was truncated.

// cutShort tells whether a lexer error is the document's end coming in
// the middle of markup: the error says so, or no '>' follows where it is.
func (s *xmlShape) cutShort(err error) bool {
	var se *xmlSyntaxError
	if !errors.As(err, &se) || s.depth == 0 {
		return false
	}
	return strings.Contains(se.msg, "EOF") || se.off < len(s.lex.b) && bytes.IndexByte(s.lex.b[se.off:], '>') < 0
}

// repair returns the document cut at the start of the innermost open
// item, or where it stopped when no item is open, with end tags for the
// elements open there; and a warning that says so.
func (s *xmlShape) repair() ([]byte, string, error) {
	end, open := s.truncated, s.depth
	for i := s.depth - 1; i >= 0; i-- {
		if s.stack[i].item {
			end, open = s.stack[i].start, i
			if s.truncCut == 0 || s.truncCut > i+1 { // else it was cut already, and counted
				s.cutItems++
			}
			break
		}
	}
	if s.items-s.cutItems <= 0 {
		return nil, "", fmt.Errorf("the document ends at byte %d, before its root element does and before its first complete item (cut off in transfer?)", s.truncated)
	}
	cuts := s.cuts
	for len(cuts) > 0 && cuts[len(cuts)-1].from >= end {
		cuts = cuts[:len(cuts)-1]
	}
	if n := len(cuts); n > 0 && cuts[n-1].to > end {
		cuts[n-1].to = end
	}
	out := cutSpans(s.lex.b[:end], cuts)
	for i := open - 1; i >= 0; i-- {
		out = append(out, "</"...)
		out = append(out, s.stack[i].name...)
		out = append(out, '>')
	}
	return out, fmt.Sprintf("the document ends at byte %d before its root element does (cut off in transfer?): read up to the last complete item", s.truncated), nil
}
