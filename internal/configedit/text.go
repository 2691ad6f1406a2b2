package configedit

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// text is a config file split into lines. Line n (1-based) is
// data[start[n-1]:end(n)] and includes its line break.
type text struct {
	data  []byte
	start []int
}

func newText(data []byte) text {
	t := text{data: data}
	if len(data) > 0 {
		t.start = append(t.start, 0)
	}
	for i, b := range data {
		if b == '\n' && i+1 < len(data) {
			t.start = append(t.start, i+1)
		}
	}
	return t
}

func (t text) lines() int { return len(t.start) }

// end is the offset just after line n and its line break.
func (t text) end(n int) int {
	if n < len(t.start) {
		return t.start[n]
	}
	return len(t.data)
}

// line is line n without its line break.
func (t text) line(n int) string {
	s := string(t.data[t.start[n-1]:t.end(n)])
	return strings.TrimSuffix(strings.TrimSuffix(s, "\n"), "\r")
}

// eol is the file's line break, taken from its first line.
func (t text) eol() string {
	i := bytes.IndexByte(t.data, '\n')
	if i > 0 && t.data[i-1] == '\r' {
		return "\r\n"
	}
	return "\n"
}

// insertAfter inserts lines after line n (0: at the start). A file that
// does not end with a line break still does not after the insertion.
func (t text) insertAfter(n int, lines []string) edit {
	at, eol := t.end(n), t.eol()
	if n > 0 && at == len(t.data) && !bytes.HasSuffix(t.data, []byte("\n")) {
		return edit{at, at, eol + strings.Join(lines, eol)}
	}
	return edit{at, at, strings.Join(lines, eol) + eol}
}

// offset is the byte offset of a yaml.v3 position, whose column counts
// characters from 1.
func (t text) offset(line, col int) int {
	s := t.line(line)
	i := 0
	for c := 1; c < col && i < len(s); c++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return t.start[line-1] + i
}

// edit replaces data[start:end] with text.
type edit struct {
	start, end int
	text       string
}

// apply makes edits, which are sorted and do not overlap.
func apply(data []byte, edits []edit) []byte {
	var out bytes.Buffer
	last := 0
	for _, e := range edits {
		out.Write(data[last:e.start])
		out.WriteString(e.text)
		last = e.end
	}
	out.Write(data[last:])
	return out.Bytes()
}

func isBlank(line string) bool { return strings.TrimLeft(line, " \t") == "" }

func isComment(line string) bool { return strings.HasPrefix(strings.TrimLeft(line, " \t"), "#") }

func indentOf(line string) int { return len(line) - len(strings.TrimLeft(line, " \t")) }

// isDocumentMarker reports a "---" or "..." line, which ends a YAML document.
func isDocumentMarker(line string) bool {
	for _, m := range []string{"---", "..."} {
		if rest, ok := strings.CutPrefix(line, m); ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t') {
			return true
		}
	}
	return false
}
