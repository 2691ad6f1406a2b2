package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// scalar is a config value with the line it was written on.
type scalar[T any] struct {
	V    T
	Line int
	Set  bool // present and of the right type
}

func (s *scalar[T]) UnmarshalYAML(n *yaml.Node) error {
	s.Line = n.Line
	if err := n.Decode(&s.V); err != nil {
		return err
	}
	s.Set = true
	return nil
}

// fileConfig is the schema of config.yaml. Every key is documented in the
// shipped config.yaml and in README.
type fileConfig struct {
	Server  serverFile     `yaml:"server"`
	Storage storageFile    `yaml:"storage"`
	Poll    pollFile       `yaml:"poll"`
	Sources []sourceFile   `yaml:"sources"`
	Topics  []topicFile    `yaml:"topics"`
	Publish publishFile    `yaml:"publish"`
	Log     logFile        `yaml:"log"`
	lines   map[string]int // line of each key and list item, by path such as "sources[2]"
	paths   map[int]string // path of the key written on each line
}

type serverFile struct {
	Listen      scalar[string] `yaml:"listen"`
	AdminListen scalar[string] `yaml:"admin_listen"`
	BaseURL     scalar[string] `yaml:"base_url"`
	WebSubHub   scalar[string] `yaml:"websub_hub"`
	Pprof       scalar[bool]   `yaml:"pprof"`
}

type publishFile struct {
	Dir     scalar[string] `yaml:"dir"`
	BaseURL scalar[string] `yaml:"base_url"`
}

type storageFile struct {
	Path      scalar[string] `yaml:"path"`
	Retention scalar[string] `yaml:"retention"`
}

type pollFile struct {
	Interval    scalar[string] `yaml:"interval"`
	Timeout     scalar[string] `yaml:"timeout"`
	Concurrency scalar[int]    `yaml:"concurrency"`
	PerHost     scalar[int]    `yaml:"per_host"`
	MaxInterval scalar[string] `yaml:"max_interval"`
	MaxBackoff  scalar[string] `yaml:"max_backoff"`
	MaxBody     scalar[string] `yaml:"max_body"`
	UserAgent   scalar[string] `yaml:"user_agent"`
}

type sourceFile struct {
	Name     scalar[string] `yaml:"name"`
	URL      scalar[string] `yaml:"url"`
	Interval scalar[string] `yaml:"interval"`
}

type topicFile struct {
	ID          scalar[string]   `yaml:"id"`
	Title       scalar[string]   `yaml:"title"`
	Description scalar[string]   `yaml:"description"`
	Any         []scalar[string] `yaml:"any"`
	All         []scalar[string] `yaml:"all"`
	None        []scalar[string] `yaml:"none"`
	Sources     []scalar[string] `yaml:"sources"`
	Fields      []scalar[string] `yaml:"fields"`
	MaxItems    scalar[int]      `yaml:"max_items"`
	Collapse    scalar[string]   `yaml:"collapse"`
	StoryWindow scalar[string]   `yaml:"story_window"`
	StorySim    scalar[float64]  `yaml:"story_similarity"`
	Prefer      []scalar[string] `yaml:"prefer"`
	PreferWait  scalar[string]   `yaml:"prefer_wait"`
}

type logFile struct {
	Level  scalar[string] `yaml:"level"`
	Format scalar[string] `yaml:"format"`
}

// ConfigError is one problem in a config file.
type ConfigError struct {
	Path string
	Line int // 0 when the problem concerns the whole file
	Msg  string
}

// Error formats the problem as one line: values quoted from the file may
// hold line breaks, which are shown as \n.
func (e ConfigError) Error() string {
	msg := strings.ReplaceAll(e.Msg, "\n", `\n`)
	if e.Line == 0 {
		return e.Path + ": " + msg
	}
	return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, msg)
}

// ConfigErrors lists every problem found in a config file, by line.
type ConfigErrors []ConfigError

func (es ConfigErrors) Error() string {
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

// readConfigFile decodes a config file strictly: unknown keys, duplicate
// keys and values of the wrong type are errors with their line.
func readConfigFile(path string) (*fileConfig, error) {
	data, err := readConfigBytes(path)
	if err != nil {
		return nil, err
	}
	return decodeConfig(path, data)
}

// readConfigBytes reads a config file; its error is a ConfigErrors.
func readConfigBytes(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, ConfigErrors{{Path: path, Msg: fmt.Sprintf("cannot read config: %v", errors.Unwrap(err))}}
	}
	return data, nil
}

// decodeConfig decodes a config file's bytes strictly. path is only used
// in messages.
func decodeConfig(path string, data []byte) (*fileConfig, error) {
	var fc fileConfig
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	err := dec.Decode(&fc)
	if errors.Is(err, io.EOF) {
		return nil, ConfigErrors{{Path: path, Msg: "config file is empty"}}
	}
	fc.lines, fc.paths = map[string]int{}, map[int]string{}
	var root yaml.Node
	if yaml.Unmarshal(data, &root) == nil && len(root.Content) > 0 {
		walkPaths(root.Content[0], "", fc.lines, fc.paths)
	}
	var errs ConfigErrors
	var te *yaml.TypeError
	switch {
	case errors.As(err, &te):
		for _, msg := range te.Errors {
			errs = append(errs, yamlError(path, msg, fc.paths))
		}
	case err != nil:
		return nil, ConfigErrors{yamlError(path, err.Error(), nil)}
	}
	if len(errs) > 0 {
		return &fc, errs
	}
	return &fc, nil
}

// yamlError turns one of yaml.v3's messages into a ConfigError, naming the
// key written on the line it points at.
func yamlError(path, msg string, paths map[int]string) ConfigError {
	m := yamlLine.FindStringSubmatch(msg)
	if m == nil {
		return ConfigError{Path: path, Msg: strings.TrimPrefix(msg, "yaml: ")}
	}
	line, _ := strconv.Atoi(m[1])
	text := m[2]
	key := paths[line]
	if f := unknownField.FindStringSubmatch(text); f != nil {
		return ConfigError{Path: path, Line: line, Msg: fmt.Sprintf("unknown key %q", nonEmpty(key, f[1]))}
	} else if d := duplicateKey.FindStringSubmatch(text); d != nil {
		return ConfigError{Path: path, Line: line, Msg: fmt.Sprintf("duplicate key %q (first at line %s)", nonEmpty(key, d[1]), d[2])}
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
	return ConfigError{Path: path, Line: line, Msg: text}
}

func nonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// walkPaths records the path of every mapping key and list item under n:
// lines maps a path to its line, paths a line to the first key on it.
func walkPaths(n *yaml.Node, prefix string, lines map[string]int, paths map[int]string) {
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			p := k.Value
			if prefix != "" {
				p = prefix + "." + k.Value
			}
			if _, seen := lines[p]; !seen {
				lines[p] = k.Line
			}
			if _, seen := paths[k.Line]; !seen {
				paths[k.Line] = p
			}
			walkPaths(n.Content[i+1], p, lines, paths)
		}
	case yaml.SequenceNode:
		for j, item := range n.Content {
			p := fmt.Sprintf("%s[%d]", prefix, j)
			lines[p] = item.Line
			if _, seen := paths[item.Line]; !seen && item.Kind != yaml.MappingNode {
				paths[item.Line] = p
			}
			walkPaths(item, p, lines, paths)
		}
	}
}

// sortErrors orders problems by line, keeping file-wide ones first.
func sortErrors(errs ConfigErrors) {
	sort.SliceStable(errs, func(i, j int) bool { return errs[i].Line < errs[j].Line })
}
