package config

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Error is one problem in a config file.
type Error struct {
	Path string
	Line int // 0 when the problem concerns the whole file
	Msg  string
}

// Error formats the problem as one line: values quoted from the file may
// hold line breaks, which are shown as \n.
func (e Error) Error() string {
	msg := strings.ReplaceAll(e.Msg, "\n", `\n`)
	if e.Line == 0 {
		return e.Path + ": " + msg
	}
	return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, msg)
}

// Errors lists every problem found in a config file, by line.
type Errors []Error

func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

var (
	yamlLine      = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)
	unknownField  = regexp.MustCompile(`^field (\S+) not found in type \S+$`)
	duplicateKey  = regexp.MustCompile(`^mapping key "(.*)" already defined at line (\d+)$`)
	cannotDecode  = regexp.MustCompile("^cannot unmarshal !!(\\w+)(?: `(.*)`)? into (\\S+)$")
	friendlyTypes = map[string]string{"string": "a string", "int": "a whole number", "bool": "true or false", "seq": "a list", "map": "a mapping", "str": "a string"}
)

// yamlError turns one of yaml.v3's messages into an Error, naming the
// key written on the line it points at.
func yamlError(path, msg string, paths map[int]string) Error {
	m := yamlLine.FindStringSubmatch(msg)
	if m == nil {
		return Error{Path: path, Msg: strings.TrimPrefix(msg, "yaml: ")}
	}
	line, _ := strconv.Atoi(m[1])
	text := m[2]
	key := paths[line]
	if f := unknownField.FindStringSubmatch(text); f != nil {
		return Error{Path: path, Line: line, Msg: fmt.Sprintf("unknown key %q", nonEmpty(key, f[1]))}
	} else if d := duplicateKey.FindStringSubmatch(text); d != nil {
		return Error{Path: path, Line: line, Msg: fmt.Sprintf("duplicate key %q (first at line %s)", nonEmpty(key, d[1]), d[2])}
	} else if c := cannotDecode.FindStringSubmatch(text); c != nil {
		want := friendlyTypes[c[3]]
		if want == "" {
			want = "a mapping of keys"
			if strings.HasPrefix(c[3], "[]") {
				want = "a list"
			}
		}
		got := friendlyTypes[c[1]]
		if got == "" {
			got = "!!" + c[1]
		}
		if c[2] != "" {
			got = fmt.Sprintf("%q", c[2])
		}
		text = fmt.Sprintf("expected %s, got %s", want, got)
	}
	if key != "" {
		text = key + ": " + text
	}
	return Error{Path: path, Line: line, Msg: text}
}

func nonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// sortErrors orders problems by line, keeping file-wide ones first.
func sortErrors(errs Errors) {
	sort.SliceStable(errs, func(i, j int) bool { return errs[i].Line < errs[j].Line })
}
