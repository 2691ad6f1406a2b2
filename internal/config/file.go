package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"

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
	if _, isBool := any(s.V).(bool); isBool && n.Kind == yaml.ScalarNode && n.ShortTag() != "!!bool" {
		// yaml.v3 reads yes, no, on and off into a bool, as YAML 1.1 did;
		// YAML 1.2, and so feedsieve, takes true and false only.
		return &yaml.TypeError{Errors: []string{fmt.Sprintf("line %d: cannot unmarshal %s `%s` into bool", n.Line, n.ShortTag(), n.Value)}}
	}
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
	Socket      scalar[string] `yaml:"socket"`
	SocketGroup scalar[string] `yaml:"socket_group"`
	BaseURL     scalar[string] `yaml:"base_url"`
	WebSubHub   scalar[string] `yaml:"websub_hub"`
	// WebSubSubscribe takes pushes from the hubs source feeds name.
	WebSubSubscribe scalar[bool] `yaml:"websub_subscribe"`
	Pprof           scalar[bool] `yaml:"pprof"`
}

type publishFile struct {
	Dir     scalar[string] `yaml:"dir"`
	BaseURL scalar[string] `yaml:"base_url"`
}

type storageFile struct {
	Path        scalar[string] `yaml:"path"`
	Retention   scalar[string] `yaml:"retention"`
	SourceQuota scalar[int]    `yaml:"source_quota"`
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
	// Safety against hostile sources.
	AllowNetworks []scalar[string] `yaml:"allow_networks"`
	MinRate       scalar[string]   `yaml:"min_rate"`
	MaxItems      scalar[int]      `yaml:"max_items_per_feed"`
	SecretParams  []scalar[string] `yaml:"secret_params"`
}

type sourceFile struct {
	Name         scalar[string] `yaml:"name"`
	URL          scalar[string] `yaml:"url"`
	Interval     scalar[string] `yaml:"interval"`
	Username     scalar[string] `yaml:"username"`
	PasswordFile scalar[string] `yaml:"password_file"`
	PasswordEnv  scalar[string] `yaml:"password_env"`
	// Sources that need more than a URL.
	Headers   map[string]scalar[string] `yaml:"headers"`
	UserAgent scalar[string]            `yaml:"user_agent"`
	FullText  scalar[string]            `yaml:"full_text"`
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
	MaxAge      scalar[string]   `yaml:"max_age"`
	MaxItems    scalar[int]      `yaml:"max_items"`
	Collapse    scalar[string]   `yaml:"collapse"`
	StoryWindow scalar[string]   `yaml:"story_window"`
	StorySim    scalar[float64]  `yaml:"story_similarity"`
	Prefer      []scalar[string] `yaml:"prefer"`
	PreferWait  scalar[string]   `yaml:"prefer_wait"`
	Settle      scalar[string]   `yaml:"settle"`
}

type logFile struct {
	Level  scalar[string] `yaml:"level"`
	Format scalar[string] `yaml:"format"`
}

// readConfigFile decodes a config file strictly: unknown keys, duplicate
// keys and values of the wrong type are errors with their line.
func readConfigFile(path string) (*fileConfig, error) {
	data, err := ReadFile(path)
	if err != nil {
		return nil, err
	}
	return decodeConfig(path, data)
}

// ReadFile reads a config file; its error is an Errors.
func ReadFile(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, Errors{{Path: path, Msg: fmt.Sprintf("cannot read config: %v", errors.Unwrap(err))}}
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
		return nil, Errors{{Path: path, Msg: "config file is empty"}}
	}
	fc.lines, fc.paths = map[string]int{}, map[int]string{}
	var root yaml.Node
	if yaml.Unmarshal(data, &root) == nil && len(root.Content) > 0 {
		walkPaths(root.Content[0], "", fc.lines, fc.paths)
	}
	var errs Errors
	var te *yaml.TypeError
	switch {
	case errors.As(err, &te):
		for _, msg := range te.Errors {
			errs = append(errs, yamlError(path, msg, fc.paths))
		}
	case err != nil:
		return nil, Errors{syntaxError(path, data, err)}
	}
	if len(errs) > 0 {
		return &fc, errs
	}
	return &fc, nil
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
