package config

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/feeds"
)

func writeFile(t *testing.T, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "c.yaml")
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestConfigErrors(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		want []string // lines after "PATH:"
	}{
		{"unknown key", "poll:\n  colour: blue\n", []string{`2: unknown key "poll.colour"`}},
		{"duplicate key", "poll:\n  interval: 5m\n  interval: 6m\n", []string{`3: duplicate key "poll.interval" (first at line 2)`}},
		{"wrong type", "poll:\n  concurrency: many\n", []string{`2: poll.concurrency: expected a whole number, got "many"`}},
		{"bad duration", "storage:\n  retention: 5 days\n", []string{`2: storage.retention: invalid duration "5 days" (use e.g. 90s, 15m, 2h or 30d)`}},
		{"too short interval", "poll:\n  interval: 10ms\n", []string{`2: poll.interval: duration "10ms" is shorter than 1s`}},
		{"bad size", "poll:\n  max_body: 8 parsecs\n", []string{`2: poll.max_body: invalid size "8 parsecs" (use e.g. 512KiB, 8MiB; between 1 byte and 4GiB)`}},
		{"bad listen", "server:\n  listen: nope\n", []string{`2: server.listen: "nope" is not a host:port address (e.g. 127.0.0.1:8080)`}},
		{"bad admin listen", "server:\n  admin_listen: nope\n", []string{`2: server.admin_listen: "nope" is not a host:port address (e.g. 127.0.0.1:8080)`}},
		{"admin listen same as listen", "server:\n  listen: 127.0.0.1:9000\n  admin_listen: 127.0.0.1:9000\n", []string{`3: server.admin_listen: "127.0.0.1:9000" is server.listen too; use another port: server.listen is public and never serves the operator endpoints`}},
		{"socket path too long", "server:\n  socket: /run/" + strings.Repeat("x", 120) + "\n", []string{`2: server.socket: "/run/` + strings.Repeat("x", 120) + `" is 125 bytes long, more than the 107 a Unix socket's path may have; set server.socket to a shorter path`}},
		{"unknown socket group", "server:\n  socket_group: no-such-group-here\n", []string{`2: server.socket_group: no group "no-such-group-here" on this machine`}},
		{"bad networks", "poll:\n  allow_networks: [10.0.0.0/8, 10.1.2.3/8, intranet, 127.0.0.2]\n", []string{
			`2: poll.allow_networks[1]: "10.1.2.3/8" has host bits set; the network is 10.0.0.0/8`,
			`2: poll.allow_networks[2]: "intranet" is not a network (such as 10.0.0.0/8 or fd00::/8) or an address`,
		}},
		{"bad min rate", "poll:\n  min_rate: fast\n", []string{`2: poll.min_rate: invalid size "fast" (use e.g. 512KiB, 8MiB; between 1 byte and 4GiB)`}},
		{"bad secret param", "poll:\n  secret_params: [\"a=b\"]\n", []string{`2: poll.secret_params[0]: "a=b" is not a query parameter name`}},
		{"secret in a bad url", "sources:\n  - {name: a, url: \"ftp://alice:s3cret@x.test/feed?token=T0K3N\"}\n", []string{`2: sources[0]: url "ftp://x.test/feed" is not an absolute http or https URL`}},
		{"password problems", `sources:
  - {name: a, url: "https://x.test/a", password_env: FEEDSIEVE_TEST_UNSET_VAR}
  - {name: b, url: "https://x.test/b", username: bob, password_env: FEEDSIEVE_TEST_UNSET_VAR}
  - {name: d, url: "https://x.test/d", username: bob, password_file: x, password_env: Y}
`, []string{
			`2: sources[0]: a password needs a username`,
			`3: sources[1].password_env: the environment variable FEEDSIEVE_TEST_UNSET_VAR is not set`,
			`4: sources[2]: set password_file or password_env, not both`,
		}},
		{"header problems", `sources:
  - name: a
    url: "https://x.test/a"
    username: bob
    user_agent: "Mozilla\nX-Evil: 1"
    headers:
      Authorization: "Bearer T0K3N-1"
      "Bad Name": T0K3N-2
      Host: x.test
      X-Empty: " "
      User-Agent: Mozilla
      X-Token: "T0K3N-3\r\nX-Evil: 1"
      x-token: T0K3N-4
      X-token: T0K3N-5
`, []string{
			`5: sources[0].user_agent: "Mozilla\nX-Evil: 1" cannot be a User-Agent header (empty, or has line breaks or control characters)`,
			`7: sources[0].headers: set the Authorization header or username, not both`,
			`8: sources[0].headers: "Bad Name" is not a header name`,
			`9: sources[0].headers: the header Host is feedsieve's own and cannot be set`,
			`10: sources[0].headers: the header X-Empty has no value`,
			`11: sources[0].headers: set user_agent instead of the header User-Agent`,
			`12: sources[0].headers: the value of the header X-Token has characters a header cannot carry (line breaks, control characters)`,
			`14: sources[0].headers: the header X-Token is set twice`,
		}},
		{"bad max_age", "topics:\n  - id: a\n    max_age: 10s\n  - id: b\n    max_age: soon\n", []string{
			`3: topics[0].max_age: duration "10s" is shorter than 1m0s`,
			`5: topics[1].max_age: invalid duration "soon" (use e.g. 90s, 15m, 2h or 30d)`,
		}},
		{"bad full_text", "sources:\n  - {name: a, url: \"https://x.test/a\", full_text: always}\n  - {name: b, url: \"https://x.test/b\", full_text: true}\n", []string{
			`2: sources[0].full_text: "always" is not one of off, match, publish`,
			`3: sources[1].full_text: "true" is not one of off, match, publish`,
		}},
		{"pprof not a bool", "server:\n  pprof: maybe\n", []string{`2: server.pprof: expected true or false, got "maybe"`}},
		{"bad base url", "server:\n  base_url: ftp://x\n", []string{`2: server.base_url: "ftp://x" is not an absolute http or https URL`}},
		{"source problems", `sources:
  - name: Bad Name
    url: file:///etc/passwd
  - name: ok
    url: https://x.test/a
  - name: ok
    url: https://x.test/a
  - url: https://x.test/b
  - name: nourl
`, []string{
			`2: sources[0]: name "Bad Name" must be lower-case letters, digits and single dashes`,
			`3: sources[0]: url "file:///etc/passwd" is not an absolute http or https URL`,
			`6: sources[2]: duplicate source name "ok" (first at line 4)`,
			`7: sources[2]: url is already polled by source "ok"`,
			`8: sources[3]: name is required`,
			`9: sources[4]: url is required`,
		}},
		{"topic problems", `sources:
  - {name: a, url: "https://x.test/"}
topics:
  - id: t
    any: ["--"]
    sources: [nosuch]
    fields: [body]
    max_items: 0
  - id: t
  - title: no id
  - id: Upper
`, []string{
			`5: topics[0].any: keyword "--" has no letters or digits`,
			`6: topics[0].sources: unknown source "nosuch"`,
			`7: topics[0].fields: unknown field "body": use title, summary, content, article, categories, author or link`,
			`8: topics[0].max_items: 0 is out of range (1 to 1000)`,
			`9: topics[1]: duplicate topic id "t" (first at line 4)`,
			`10: topics[2]: id is required`,
			`11: topics[3]: id "Upper" must be lower-case letters, digits and single dashes`,
		}},
		{"story problems", `topics:
  - id: a
    collapse: story
  - id: b
    story_window: 12h
    story_similarity: 0.5
  - id: c
    collapse: stories
    story_window: 10m
    story_similarity: 1.5
  - id: d
    collapse: stories
    story_window: 60d
`, []string{
			`3: topics[0].collapse: "story" is not one of none, stories`,
			`5: topics[1].story_window: set collapse: stories too, or remove it`,
			`6: topics[1].story_similarity: set collapse: stories too, or remove it`,
			`9: topics[2].story_window: duration "10m" is shorter than 1h0m0s`,
			`10: topics[2].story_similarity: 1.5 is out of range (0.05 to 1)`,
			`13: topics[3].story_window: "60d" is longer than 30d`,
		}},
		{"preferred source problems", `sources:
  - {name: afp, url: "https://afp.example/rss"}
topics:
  - id: a
    prefer: [afp]
    prefer_wait: 30m
  - id: b
    collapse: stories
    prefer: [afp, nosuch, afp]
    prefer_wait: 10s
  - id: c
    collapse: stories
    prefer_wait: 1h
  - id: d
    collapse: stories
    story_window: 2h
    prefer: [afp]
    prefer_wait: 3h
`, []string{
			`5: topics[0].prefer: set collapse: stories too, or remove it`,
			`6: topics[0].prefer_wait: set collapse: stories too, or remove it`,
			`9: topics[1].prefer: unknown source "nosuch"`,
			`9: topics[1].prefer: source "afp" is listed twice`,
			`10: topics[1].prefer_wait: duration "10s" is shorter than 1m0s`,
			`13: topics[2].prefer_wait: set prefer too, or remove it`,
			`18: topics[3].prefer_wait: "3h" is longer than the story window (2h0m0s)`,
		}},
		{"settle problems", `sources:
  - {name: afp, url: "https://afp.example/rss"}
topics:
  - id: a
    settle: 20m
  - id: b
    collapse: stories
    prefer: [afp]
    settle: 20m
  - id: c
    collapse: stories
    settle: 10s
  - id: d
    collapse: stories
    story_window: 2h
    settle: 3h
`, []string{
			`5: topics[0].settle: set collapse: stories too, or remove it`,
			`9: topics[1].settle: a topic with prefer waits prefer_wait for its copies; remove settle`,
			`12: topics[2].settle: duration "10s" is shorter than 1m0s`,
			`16: topics[3].settle: "3h" is longer than the story window (2h0m0s)`,
		}},
		{"bad hub", "server:\n  websub_hub: hub.example\n", []string{`2: server.websub_hub: "hub.example" is not an absolute http or https URL`}},
		{"publish dir without url", "publish:\n  dir: public\n", []string{`2: publish.dir: set publish.base_url too: the public URL the directory is served at, for the feeds' self links`}},
		{"publish url without dir", "publish:\n  base_url: https://cdn.test/\n", []string{`2: publish.base_url: set publish.dir too, or remove it`}},
		{"websub subscribe without base url", "server:\n  websub_subscribe: true\n", []string{`2: server.websub_subscribe: set server.base_url to the public URL hubs reach feedsieve at, or turn it off`}},
		{"bad publish url", "publish:\n  dir: public\n  base_url: /news\n", []string{`3: publish.base_url: "/news" is not an absolute http or https URL`}},
		{"list expected", "topics: {}\n", []string{`1: topics: expected a list, got a mapping`}},
		{"syntax error", "a: [\n", []string{`1: did not find expected node content`}},
		{"tab indentation", "server:\n\tlisten: x\n", []string{`2: found character that cannot start any token: this line is indented with a tab; YAML allows only spaces`}},
		{"colon in a value", "topics:\n  - id: a\n    title: Weather: rain and snow\n", []string{`3: mapping values are not allowed in this context: a value with ": " in it must be quoted: title: "Weather: rain and snow"`}},
		{"indented too deep", "topics:\n  - id: a\n    title: x\n     any: [x]\n", []string{`4: mapping values are not allowed in this context: check this line's indentation: it is deeper than the key above it`}},
		{"indented too little", "sources: []\ntopics:\n  - id: a\n    title: x\n  - id: b\n    title: y\n   any: [x]\n  - id: c\n", []string{
			`7: did not find expected '-' indicator: check this line's indentation: it lines up with no key or list item above it`}},
		{"list item indented too little", "topics:\n  - id: b\n    any:\n      - x\n     - y\n", []string{
			`5: did not find expected key: check this line's indentation: it lines up with no key or list item above it`}},
		{"unclosed list", "topics:\n  - id: a\n    any: [x\n  - id: b\n", []string{`3: did not find expected ',' or ']': a [ opened here or above is not closed (or a value in it needs quotes)`}},
		{"undefined alias", "topics:\n  - id: a\n    any: *nope\n", []string{`3: alias *nope refers to no anchor &nope above it`}},
		{"latin-1 byte", "topics:\n  - id: a\n    title: caf\xe9\n", []string{`3: byte 0xE9 at column 15 is not UTF-8: save the file as UTF-8`}},
		{"yes for true", "server:\n  pprof: yes\n", []string{`2: server.pprof: expected true or false, got "yes"`}},
		{"on for true", "server:\n  pprof: on\n", []string{`2: server.pprof: expected true or false, got "on"`}},
		{"empty", "", []string{` config file is empty`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeFile(t, tt.yaml)
			_, err := Load(path, "test")
			if err == nil {
				t.Fatal("config accepted")
			}
			var want []string
			for _, w := range tt.want {
				want = append(want, path+":"+w)
			}
			if got := err.Error(); got != strings.Join(want, "\n") {
				t.Errorf("errors:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
			}
		})
	}
}

func TestConfigDefaultsAndShipped(t *testing.T) {
	cfg, err := Load(writeFile(t, "sources:\n  - {name: a, url: \"https://x.test/\"}\ntopics:\n  - id: t\n"), "1.2.3")
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Listen != "127.0.0.1:8080" || cfg.BaseURL != "http://127.0.0.1:8080" || cfg.Pprof {
		t.Errorf("server defaults: %q %q, pprof %t", cfg.Listen, cfg.BaseURL, cfg.Pprof)
	}
	if cfg.Storage.Retention != 720*time.Hour || !strings.HasSuffix(cfg.Storage.Path, "/data/feedsieve.db") || !filepath.IsAbs(cfg.Storage.Path) {
		t.Errorf("storage defaults: %+v", cfg.Storage)
	}
	if want := filepath.Join(filepath.Dir(cfg.Storage.Path), "feedsieve.sock"); cfg.Socket != want || cfg.SocketGroup != "" {
		t.Errorf("socket %q (group %q), want %q beside the database", cfg.Socket, cfg.SocketGroup, want)
	}
	a := cfg.Aggregator
	if a.Interval != 15*time.Minute || a.Timeout != 30*time.Second || a.Concurrency != 8 || a.MaxBody != 8<<20 {
		t.Errorf("poll defaults: %+v", a)
	}
	if a.MinRate != aggregator.DefaultMinRate || len(cfg.AllowNetworks) != 0 || !reflect.DeepEqual(a.SecretParams, aggregator.DefaultSecretParams) {
		t.Errorf("safety defaults: min rate %d, allowed networks %v, secret params %v", a.MinRate, cfg.AllowNetworks, a.SecretParams)
	}
	if a.UserAgent != "feedsieve/1.2.3 (+http://127.0.0.1:8080)" {
		t.Errorf("user agent %q", a.UserAgent)
	}
	if cfg.Feeds.Topics[0].Title != "t" || cfg.Feeds.Topics[0].MaxItems != 50 {
		t.Errorf("topic defaults: %+v", cfg.Feeds.Topics[0])
	}

	if f := cfg.Feeds; f.Site.Hub != "" || f.Publish.Dir != "" || f.Topics[0].MaxAge != 450*time.Second {
		t.Errorf("feeds defaults: hub %q, publish %+v, max age %v", f.Site.Hub, f.Publish, f.Topics[0].MaxAge)
	}

	shipped, err := Load(filepath.Join("..", "..", "config.yaml"), "test")
	if err != nil {
		t.Fatalf("shipped config.yaml: %v", err)
	}
	if shipped.Pprof {
		t.Error("the shipped config.yaml serves profiles")
	}
	if len(shipped.Aggregator.Sources) < 7 || len(shipped.Aggregator.Topics) == 0 {
		t.Errorf("shipped config has %d sources, %d topics", len(shipped.Aggregator.Sources), len(shipped.Aggregator.Topics))
	}
}

func TestPublishConfig(t *testing.T) {
	cfg, err := Load(writeFile(t, `server:
  websub_hub: https://hub.test/
publish:
  dir: public
  base_url: https://cdn.test/news/
poll:
  interval: 4h
sources:
  - {name: a, url: "https://x.test/", interval: 10m}
  - {name: b, url: "https://y.test/"}
topics:
  - {id: all}
  - {id: only-b, sources: [b]}
`), "test")
	if err != nil {
		t.Fatal(err)
	}
	f := cfg.Feeds
	if f.Site.Hub != "https://hub.test/" || f.Publish.BaseURL != "https://cdn.test/news/" || f.Publish.Dir != filepath.Join(filepath.Dir(cfg.Path), "public") {
		t.Errorf("publishing: hub %q, %+v", f.Site.Hub, f.Publish)
	}
	// Half the shortest poll interval of the topic's sources, at most an hour.
	if f.Topics[0].MaxAge != 5*time.Minute || f.Topics[1].MaxAge != time.Hour {
		t.Errorf("max ages %v and %v, want 5m and 1h", f.Topics[0].MaxAge, f.Topics[1].MaxAge)
	}
	if len(f.Sources) != 2 || f.Sources[1] != (feeds.Source{Name: "b", URL: "https://y.test/"}) {
		t.Errorf("index sources %+v", f.Sources)
	}
}

func TestSizesAndDurations(t *testing.T) {
	c := &checker{}
	for in, want := range map[string]int64{"1": 1, "512KiB": 512 << 10, "8MiB": 8 << 20, "2MB": 2e6, "1 GiB": 1 << 30} {
		if got := c.size(scalar[string]{V: in, Set: true}, "k", 0); got != want {
			t.Errorf("size %q = %d, want %d", in, got, want)
		}
	}
	for in, want := range map[string]time.Duration{"0": 0, "90s": 90 * time.Second, "30d": 720 * time.Hour} {
		if got := c.duration(scalar[string]{V: in, Set: true}, "k", time.Hour, 0); got != want {
			t.Errorf("duration %q = %v, want %v", in, got, want)
		}
	}
	if len(c.errs) != 0 {
		t.Errorf("unexpected errors: %v", c.errs)
	}
}

// TestStoryConfig: collapse: stories turns story grouping on with its
// defaults or the given window and similarity; it is off by default.
func TestStoryConfig(t *testing.T) {
	cfg, err := Load(writeFile(t, `topics:
  - {id: plain}
  - {id: defaults, collapse: stories}
  - {id: tuned, collapse: stories, story_window: 3d, story_similarity: 0.5}
  - {id: off, collapse: none}
  - {id: wire, collapse: stories, prefer: [afp]}
  - {id: wire-soon, collapse: stories, prefer: [afp, reuters], prefer_wait: 20m}
sources:
  - {name: afp, url: "https://afp.example/rss"}
  - {name: reuters, url: "https://reuters.example/rss"}
`), "test")
	if err != nil {
		t.Fatal(err)
	}
	want := []*aggregator.StoryOptions{
		nil, {Window: 48 * time.Hour, Threshold: 0.14}, {Window: 72 * time.Hour, Threshold: 0.5}, nil,
		{Window: 48 * time.Hour, Threshold: 0.14, Prefer: []string{"afp"}, PreferWait: time.Hour},
		{Window: 48 * time.Hour, Threshold: 0.14, Prefer: []string{"afp", "reuters"}, PreferWait: 20 * time.Minute},
	}
	for i, topic := range cfg.Aggregator.Topics {
		got := topic.Stories
		if !reflect.DeepEqual(got, want[i]) {
			t.Errorf("topic %s: stories %+v, want %+v", topic.ID, got, want[i])
		}
		if cfg.Feeds.Topics[i].Stories != (want[i] != nil) {
			t.Errorf("topic %s: feed shows stories %v", topic.ID, cfg.Feeds.Topics[i].Stories)
		}
	}
}

// TestSourceCredentials: a source's password comes from a file beside the
// config, from $CREDENTIALS_DIRECTORY (systemd's LoadCredential=) or from
// the environment; its URL's credentials stay out of what may be shown.
func TestSourceCredentials(t *testing.T) {
	path := writeFile(t, `poll:
  secret_params: [myticket]
sources:
  - {name: a, url: "https://x.test/a", username: alice, password_file: a.pass}
  - {name: b, url: "https://x.test/b", username: bob, password_env: FEEDSIEVE_TEST_PASSWORD}
  - {name: c, url: "https://carol:c4rol@x.test/c?token=T0K3N&myticket=M1&page=2"}
  - {name: d, url: "https://x.test/d", username: dave, password_file: d.pass}
`)
	dir := filepath.Dir(path)
	saveTestFile(t, filepath.Join(dir, "a.pass"), "s3cret\n")
	creds := t.TempDir()
	saveTestFile(t, filepath.Join(creds, "d.pass"), "from-systemd")
	t.Setenv("FEEDSIEVE_TEST_PASSWORD", "hunter2")
	t.Setenv("CREDENTIALS_DIRECTORY", "")
	if _, err := Load(path, "test"); err == nil || !strings.Contains(err.Error(), "sources[3].password_file: open "+filepath.Join(dir, "d.pass")+": no such file or directory") {
		t.Fatalf("d.pass beside the config: %v", err)
	}
	t.Setenv("CREDENTIALS_DIRECTORY", creds)
	saveTestFile(t, filepath.Join(creds, "a.pass"), "s3cret\n")
	cfg, err := Load(path, "test")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][2]string{}
	for _, s := range cfg.Aggregator.Sources {
		got[s.Name] = [2]string{s.Username + ":" + s.Password, s.PublicURL}
	}
	want := map[string][2]string{
		"a": {"alice:s3cret", "https://x.test/a"},
		"b": {"bob:hunter2", "https://x.test/b"},
		"c": {":", "https://x.test/c?page=2"},
		"d": {"dave:from-systemd", "https://x.test/d"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("credentials and public URLs:\n%v\nwant\n%v", got, want)
	}
	if u := cfg.Feeds.Sources[2].URL; u != "https://x.test/c?page=2" {
		t.Errorf("the index page would show %s", u)
	}
}

func saveTestFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
}

// TestFeedsOptionsSince: the feeds' topics carry the config file's
// modification time, the updated time of their feeds while empty.
func TestFeedsOptionsSince(t *testing.T) {
	path := writeFile(t, "sources:\n  - {name: a, url: \"https://x.test/\"}\ntopics:\n  - id: t\n")
	mtime := time.Date(2024, 4, 30, 8, 0, 0, 0, time.UTC)
	if err := os.Chtimes(path, mtime, mtime); err != nil {
		t.Fatal(err)
	}
	cfg, err := Load(path, "test")
	if err != nil {
		t.Fatal(err)
	}
	if got := cfg.FeedsOptions().Topics[0].Since; !got.Equal(mtime) {
		t.Errorf("topic since %v, want the file's modification time %v", got, mtime)
	}
	if !cfg.Feeds.Topics[0].Since.IsZero() {
		t.Errorf("FeedsOptions changed the config's own topics")
	}
}
