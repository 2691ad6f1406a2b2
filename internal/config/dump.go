package config

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/feedsieve/feedsieve/aggregator"
	"go.yaml.in/yaml/v3"
)

// The effective config, as Dump writes it: every key with the value in
// force, defaults filled in, in the shape of config.yaml.
type (
	dumpFile struct {
		Server  dumpServer   `yaml:"server"`
		Storage dumpStorage  `yaml:"storage"`
		Poll    dumpPoll     `yaml:"poll"`
		Publish dumpPublish  `yaml:"publish"`
		Log     dumpLog      `yaml:"log"`
		Sources []dumpSource `yaml:"sources"`
		Topics  []dumpTopic  `yaml:"topics"`
	}
	dumpServer struct {
		Listen      string `yaml:"listen"`
		AdminListen string `yaml:"admin_listen"`
		Socket      string `yaml:"socket"`
		SocketGroup string `yaml:"socket_group"`
		BaseURL     string `yaml:"base_url"`
		WebSubHub   string `yaml:"websub_hub"`
		WebSubSub   bool   `yaml:"websub_subscribe"`
		Pprof       bool   `yaml:"pprof"`
	}
	dumpStorage struct {
		Path        string `yaml:"path"`
		Retention   string `yaml:"retention"`
		SourceQuota int    `yaml:"source_quota"`
	}
	dumpPoll struct {
		Interval      string   `yaml:"interval"`
		Timeout       string   `yaml:"timeout"`
		Concurrency   int      `yaml:"concurrency"`
		PerHost       int      `yaml:"per_host"`
		MaxInterval   string   `yaml:"max_interval"`
		MaxBackoff    string   `yaml:"max_backoff"`
		MaxBody       string   `yaml:"max_body"`
		UserAgent     string   `yaml:"user_agent"`
		AllowNetworks []string `yaml:"allow_networks"`
		MinRate       string   `yaml:"min_rate"`
		MaxItems      int      `yaml:"max_items_per_feed"`
		SecretParams  []string `yaml:"secret_params"`
	}
	dumpPublish struct {
		Dir     string `yaml:"dir"`
		BaseURL string `yaml:"base_url"`
	}
	dumpLog struct {
		Level  string `yaml:"level"`
		Format string `yaml:"format"`
	}
	dumpSource struct {
		Name      string   `yaml:"name"`
		URL       string   `yaml:"url"`
		Interval  string   `yaml:"interval,omitempty"` // its own; else poll.interval
		Username  string   `yaml:"username,omitempty"`
		UserAgent string   `yaml:"user_agent,omitempty"`
		FullText  string   `yaml:"full_text,omitempty"`
		password  bool     // has a password: said in a comment
		headers   []string // names of its headers, whose values are secrets: said in a comment
	}
	dumpTopic struct {
		ID          string   `yaml:"id"`
		Title       string   `yaml:"title"`
		Description string   `yaml:"description,omitempty"`
		Any         []string `yaml:"any,flow"`
		All         []string `yaml:"all,flow"`
		None        []string `yaml:"none,flow"`
		Sources     []string `yaml:"sources,flow"`
		Fields      []string `yaml:"fields,flow"`
		MaxAge      string   `yaml:"max_age,omitempty"`
		MaxItems    int      `yaml:"max_items"`
		Collapse    string   `yaml:"collapse"`
		StoryWindow string   `yaml:"story_window,omitempty"`
		StorySim    float64  `yaml:"story_similarity,omitempty"`
		Prefer      []string `yaml:"prefer,flow,omitempty"`
		PreferWait  string   `yaml:"prefer_wait,omitempty"`
		Settle      string   `yaml:"settle,omitempty"`
	}
)

// Dump writes the config in force as YAML: every key with its value,
// defaults filled in, relative paths resolved. Secrets are left out:
// source URLs are shown as they may be (user information and secret
// query parameters removed) and a password only as a comment, so the
// dump can be shared; it loads as a config, without those secrets.
func Dump(cfg *Config) ([]byte, error) {
	a := cfg.Aggregator
	d := dumpFile{
		Server: dumpServer{Listen: cfg.Listen, AdminListen: cfg.AdminListen, Socket: cfg.Socket, SocketGroup: cfg.SocketGroup,
			BaseURL: cfg.BaseURL, WebSubHub: cfg.Feeds.Site.Hub, WebSubSub: cfg.WebSubSubscribe, Pprof: cfg.Pprof},
		Storage: dumpStorage{Path: cfg.Storage.Path, Retention: durationText(cfg.Storage.Retention), SourceQuota: cfg.Storage.SourceQuota},
		Poll: dumpPoll{Interval: durationText(a.Interval), Timeout: durationText(a.Timeout), Concurrency: a.Concurrency, PerHost: a.PerHost,
			MaxInterval: durationText(a.MaxInterval), MaxBackoff: durationText(a.MaxBackoff), MaxBody: strconv.FormatInt(a.MaxBody, 10),
			UserAgent: a.UserAgent, MinRate: strconv.FormatInt(a.MinRate, 10), MaxItems: a.MaxItemsPerFeed, AllowNetworks: []string{}, SecretParams: extraSecretParams(a.SecretParams)},
		Publish: dumpPublish{Dir: cfg.Feeds.Publish.Dir, BaseURL: cfg.Feeds.Publish.BaseURL},
		Log:     dumpLog{Level: strings.ToLower(cfg.LogLevel.String()), Format: cfg.LogFormat},
		Sources: []dumpSource{},
		Topics:  []dumpTopic{},
	}
	for _, n := range cfg.AllowNetworks {
		d.Poll.AllowNetworks = append(d.Poll.AllowNetworks, n.String())
	}
	for _, s := range a.Sources {
		ds := dumpSource{Name: s.Name, URL: a.PublicURL(s), Username: s.Username}
		if s.Interval > 0 {
			ds.Interval = durationText(s.Interval)
		}
		ds.password = s.Password != ""
		ds.UserAgent, ds.FullText = s.UserAgent, string(s.FullText)
		for name := range s.Headers {
			ds.headers = append(ds.headers, name)
		}
		slices.Sort(ds.headers)
		d.Sources = append(d.Sources, ds)
	}
	for i, t := range a.Topics {
		pub := cfg.Feeds.Topics[i]
		dt := dumpTopic{ID: t.ID, Title: pub.Title, Description: pub.Description, Any: orEmpty(t.Any), All: orEmpty(t.All), None: orEmpty(t.None),
			Sources: orEmpty(t.Sources), Fields: orEmpty(t.Fields), MaxItems: pub.MaxItems, Collapse: "none"}
		if t.MaxAge > 0 {
			dt.MaxAge = durationText(t.MaxAge)
		}
		if o := t.Stories; o != nil {
			dt.Collapse, dt.StoryWindow, dt.StorySim, dt.Prefer = "stories", durationText(o.Window), o.Threshold, o.Prefer
			if len(o.Prefer) > 0 {
				dt.PreferWait = durationText(o.PreferWait)
			}
			if o.Settle > 0 {
				dt.Settle = durationText(o.Settle)
			}
		}
		d.Topics = append(d.Topics, dt)
	}
	var doc yaml.Node
	if err := doc.Encode(d); err != nil {
		return nil, err
	}
	notePasswords(&doc, d.Sources)
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(&doc); err != nil {
		return nil, err
	}
	return b.Bytes(), enc.Close()
}

// notePasswords says, beside the username of each source that has one,
// that a password is configured, and beside its name which headers it
// sends, without their values.
func notePasswords(doc *yaml.Node, sources []dumpSource) {
	list := doc.Content[keyIndex(doc, "sources")+1]
	for i, item := range list.Content {
		if k := keyIndex(item, "username"); k >= 0 && sources[i].password {
			item.Content[k+1].LineComment = "password: set, not shown"
		}
		if k := keyIndex(item, "name"); k >= 0 && len(sources[i].headers) > 0 {
			item.Content[k+1].LineComment = "headers: " + strings.Join(sources[i].headers, ", ") + " set, values not shown"
		}
	}
}

// keyIndex is the index of a mapping's key, or -1.
func keyIndex(m *yaml.Node, key string) int {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return i
		}
	}
	return -1
}

// durationText writes a duration as config.yaml takes it: "0" or "1h30m".
func durationText(d time.Duration) string {
	if d == 0 {
		return "0"
	}
	return d.String()
}

// extraSecretParams is poll.secret_params: those added to the built-in list.
func extraSecretParams(all []string) []string {
	n := min(len(aggregator.DefaultSecretParams), len(all))
	return append([]string{}, all[n:]...)
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
