package config

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// A YAML syntax error from yaml.v3 names the line where the enclosing
// block began ("while parsing a block mapping"), not the line that broke
// it, and some errors name no line at all. syntaxError finds the line and
// adds a hint for the common mistakes.

var (
	unknownAnchor = regexp.MustCompile(`^unknown anchor '(.*)' referenced$`)
	blockBroken   = regexp.MustCompile(`^did not find expected (key|'-' indicator)$`)
	flowOpen      = regexp.MustCompile(`^did not find expected ',' or '([\]}])'$`)
)

// syntaxError turns the decoder's error for a file that is not valid YAML
// into an Error at the line to look at.
func syntaxError(path string, data []byte, err error) Error {
	if line, col, ok := invalidUTF8(data); ok {
		return Error{Path: path, Line: line, Msg: fmt.Sprintf("byte 0x%02X at column %d is not UTF-8: save the file as UTF-8", data[col.offset], col.n)}
	}
	e := yamlError(path, err.Error(), nil)
	lines := strings.Split(string(data), "\n")
	switch m := unknownAnchor.FindStringSubmatch(e.Msg); {
	case m != nil:
		e.Line = lineOf(lines, regexp.MustCompile(`\*`+regexp.QuoteMeta(m[1])+`\b`))
		e.Msg = fmt.Sprintf("alias *%s refers to no anchor &%s above it", m[1], m[1])
		return e
	case blockBroken.MatchString(e.Msg) && e.Line > 0:
		if at := firstBreakingLine(lines, e.Line, e.Msg); at > 0 {
			e.Msg += ": check this line's indentation: it lines up with no key or list item above it"
			e.Line = at
		}
	case flowOpen.MatchString(e.Msg) && e.Line > 0:
		closing := flowOpen.FindStringSubmatch(e.Msg)[1]
		if at := firstBreakingLine(lines, e.Line, e.Msg); at > 0 {
			e.Line = at
		}
		e.Msg = fmt.Sprintf("%s: a %s opened here or above is not closed (or a value in it needs quotes)", e.Msg, map[string]string{"]": "[", "}": "{"}[closing])
	}
	if e.Line < 1 || e.Line > len(lines) {
		return e
	}
	text := lines[e.Line-1]
	switch {
	case strings.Contains(text[:len(text)-len(strings.TrimLeft(text, " \t"))], "\t"):
		e.Msg += ": this line is indented with a tab; YAML allows only spaces"
	case e.Msg == "mapping values are not allowed in this context":
		e.Msg += hintColon(text)
	}
	return e
}

// hintColon explains "mapping values are not allowed" on a line: a value
// holding ": " must be quoted; otherwise the line is indented too far.
func hintColon(text string) string {
	key, value, ok := strings.Cut(strings.TrimSpace(text), ": ")
	if ok && strings.Contains(value, ": ") && !strings.HasPrefix(value, `"`) && !strings.HasPrefix(value, "'") {
		return fmt.Sprintf(`: a value with ": " in it must be quoted: %s: "%s"`, key, strings.ReplaceAll(value, `"`, `\"`))
	}
	return ": check this line's indentation: it is deeper than the key above it"
}

// maxSearchLines bounds how far past yaml.v3's line the broken one is
// looked for: each step parses the file up to there.
const maxSearchLines = 400

// firstBreakingLine finds the first line from start on whose addition
// makes the document fail with the same message: the line that broke the
// block that began at start.
func firstBreakingLine(lines []string, start int, msg string) int {
	for k := start; k <= len(lines) && k < start+maxSearchLines; k++ {
		var n yaml.Node
		err := yaml.Unmarshal([]byte(strings.Join(lines[:k], "\n")), &n)
		if err != nil && strings.HasSuffix(err.Error(), msg) {
			return k
		}
	}
	return 0
}

// column is a byte's offset in the file and its 1-based column.
type column struct{ offset, n int }

// invalidUTF8 finds the first byte that is not UTF-8.
func invalidUTF8(data []byte) (line int, col column, ok bool) {
	if utf8.Valid(data) {
		return 0, column{}, false
	}
	for off := 0; off < len(data); {
		r, size := utf8.DecodeRune(data[off:])
		if r == utf8.RuneError && size <= 1 {
			start := bytes.LastIndexByte(data[:off], '\n') + 1
			return bytes.Count(data[:off], []byte("\n")) + 1, column{offset: off, n: utf8.RuneCount(data[start:off]) + 1}, true
		}
		off += size
	}
	return 0, column{}, false
}

// lineOf is the 1-based line of the first match of re, or 0.
func lineOf(lines []string, re *regexp.Regexp) int {
	for i, l := range lines {
		if re.MatchString(l) {
			return i + 1
		}
	}
	return 0
}
