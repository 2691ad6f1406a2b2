// Package config reads feedsieve's config file: strict YAML decoding,
// defaults, and validation that names the file and line of every problem.
// It builds each library package's options (storage.Options,
// aggregator.Options, feeds.Options); the libraries never read YAML.
package config

import (
	"fmt"
	"log/slog"
	"net"
	"net/netip"
	"net/url"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/feeds"
	"github.com/feedsieve/feedsieve/storage"
)

// Defaults for keys left out of config.yaml.
const (
	defaultListen      = "127.0.0.1:8080"
	defaultDBPath      = "data/feedsieve.db"
	defaultRetention   = 720 * time.Hour
	defaultSourceQuota = 50_000
	defaultInterval    = 15 * time.Minute
	defaultTimeout     = 30 * time.Second
	defaultConcurrency = 8
	defaultMaxBody     = 8 << 20
	defaultUserAgent   = "feedsieve/<version> (+<base_url>)"
	defaultMaxItems    = 50
	maxMaxItems        = 1000
	minInterval        = time.Second
)

var namePattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// ValidName reports whether s may name a source or a topic: lower-case
// letters, digits and single dashes.
func ValidName(s string) bool { return namePattern.MatchString(s) }

// Config is the validated configuration, split into each package's options.
type Config struct {
	Path        string
	Listen      string
	AdminListen string // "": metrics and health checks only on Socket
	Socket      string // the operator's Unix socket: the API, metrics, health, profiles
	SocketGroup string // "": the socket is the daemon user's alone (0600); else 0660 for this group
	Pprof       bool   // serve net/http/pprof under /debug/pprof/ on the operator's addresses
	// AllowNetworks are the non-public networks sources may be polled at
	// (poll.allow_networks), for aggregator.NewHTTPClient.
	AllowNetworks []netip.Prefix
	BaseURL       string
	// WebSubSubscribe subscribes to the hubs that source feeds name, at
	// BaseURL + "/websub/" (server.websub_subscribe).
	WebSubSubscribe bool
	Storage         storage.Options
	Aggregator      aggregator.Options
	Feeds           feeds.Options
	LogLevel        slog.Level
	LogFormat       string // "text" or "json"
}

// Load reads and validates a config file. Its error is an Errors listing
// every problem with its line. version goes into the default User-Agent
// and the feeds' generator.
func Load(path, version string) (*Config, error) {
	fc, err := readConfigFile(path)
	return checkConfig(path, version, fc, err)
}

// Parse validates a config file's bytes, read from path.
func Parse(path, version string, data []byte) (*Config, error) {
	fc, err := decodeConfig(path, data)
	return checkConfig(path, version, fc, err)
}

// checkConfig validates a decoded file, adding to the decoder's errors.
func checkConfig(path, version string, fc *fileConfig, err error) (*Config, error) {
	if fc == nil {
		return nil, err
	}
	c := &checker{path: path, lines: fc.lines}
	if errs, ok := err.(Errors); ok {
		c.errs = errs
	}
	cfg := c.build(fc, version)
	if len(c.errs) > 0 {
		sortErrors(c.errs)
		return nil, c.errs
	}
	return cfg, nil
}

// checker validates a decoded file and collects problems.
type checker struct {
	path  string
	lines map[string]int
	errs  Errors
}

func (c *checker) add(line int, format string, args ...any) {
	c.errs = append(c.errs, Error{Path: c.path, Line: line, Msg: fmt.Sprintf(format, args...)})
}

func (c *checker) build(fc *fileConfig, version string) *Config {
	cfg := &Config{Path: c.path, LogFormat: "text"}
	cfg.Listen = c.listen(fc.Server.Listen)
	cfg.AdminListen = c.adminListen(fc.Server.AdminListen, cfg.Listen)
	cfg.Pprof = fc.Server.Pprof.V
	cfg.SocketGroup = c.socketGroup(fc.Server.SocketGroup)
	cfg.BaseURL = c.baseURL(fc.Server.BaseURL, cfg.Listen)
	cfg.WebSubSubscribe = c.websubSubscribe(fc.Server)
	cfg.Storage = storage.Options{
		Path:      c.dbPath(fc.Storage.Path),
		Retention: c.duration(fc.Storage.Retention, "storage.retention", defaultRetention, 0),
		// A source delivering more new items than this is flooding: a wire
		// service's busiest feed brings about 500 a day, 15,000 in the
		// default retention of 30 days.
		SourceQuota: c.intRange(fc.Storage.SourceQuota, "storage.source_quota", defaultSourceQuota, 0, 10_000_000),
	}
	cfg.Socket = c.socket(fc.Server.Socket, cfg.Storage.Path)
	p := fc.Poll
	agg := aggregator.Options{
		Interval:    c.duration(p.Interval, "poll.interval", defaultInterval, minInterval),
		Timeout:     c.duration(p.Timeout, "poll.timeout", defaultTimeout, minInterval),
		Concurrency: c.intRange(p.Concurrency, "poll.concurrency", defaultConcurrency, 1, 256),
		PerHost:     c.intRange(p.PerHost, "poll.per_host", aggregator.DefaultPerHost, 1, 64),
		MaxInterval: c.duration(p.MaxInterval, "poll.max_interval", aggregator.DefaultMaxInterval, minInterval),
		MaxBackoff:  c.duration(p.MaxBackoff, "poll.max_backoff", aggregator.DefaultMaxBackoff, minInterval),
		MaxBody:     c.size(p.MaxBody, "poll.max_body", defaultMaxBody),
		UserAgent:   userAgent(p.UserAgent, version, cfg.BaseURL),
		MinRate:     c.rate(p.MinRate, "poll.min_rate", aggregator.DefaultMinRate),
		// The newest this many items of one response are taken.
		MaxItemsPerFeed: c.intRange(p.MaxItems, "poll.max_items_per_feed", aggregator.DefaultMaxItemsPerFeed, 1, 100_000),
	}
	agg.SecretParams = c.secretParams(p.SecretParams)
	cfg.AllowNetworks = c.networks(p.AllowNetworks)
	agg.Sources = c.sources(fc.Sources, agg.SecretParams)
	for i, s := range agg.Sources {
		if s.UserAgent != "" {
			agg.Sources[i].UserAgent = userAgent(fc.Sources[i].UserAgent, version, cfg.BaseURL)
		}
	}
	agg.Topics, cfg.Feeds.Topics = c.topics(fc.Topics, agg.Sources)
	cfg.Aggregator = agg
	cfg.Feeds.Site = feeds.NewSite(cfg.BaseURL, version)
	cfg.Feeds.Site.Hub = c.optionalURL(fc.Server.WebSubHub, "server.websub_hub")
	cfg.Feeds.Sources = publishedSources(agg.Sources)
	cfg.Feeds.Publish = c.publish(fc.Publish)
	setMaxAge(cfg.Feeds.Topics, agg)
	cfg.LogLevel, cfg.LogFormat = c.logging(fc.Log)
	return cfg
}

// TopicIDs lists the configured topics, in config order.
func (cfg *Config) TopicIDs() []string {
	ids := make([]string, len(cfg.Aggregator.Topics))
	for i, t := range cfg.Aggregator.Topics {
		ids[i] = t.ID
	}
	return ids
}

func (c *checker) listen(v scalar[string]) string {
	if !v.Set || v.V == "" {
		return defaultListen
	}
	c.hostPort(v, "server.listen")
	return v.V
}

func (c *checker) adminListen(v scalar[string], listen string) string {
	if !v.Set || v.V == "" {
		return ""
	}
	c.hostPort(v, "server.admin_listen")
	if v.V == listen {
		c.add(v.Line, "server.admin_listen: %q is server.listen too; use another port: server.listen is public and never serves the operator endpoints", v.V)
	}
	return v.V
}

func (c *checker) hostPort(v scalar[string], key string) {
	if _, port, err := net.SplitHostPort(v.V); err != nil || port == "" {
		c.add(v.Line, "%s: %q is not a host:port address (e.g. 127.0.0.1:8080)", key, v.V)
	}
}

func (c *checker) baseURL(v scalar[string], listen string) string {
	if !v.Set || v.V == "" {
		return "http://" + listen
	}
	if !IsHTTPURL(v.V) {
		c.add(v.Line, "server.base_url: %q is not an absolute http or https URL", v.V)
	}
	return strings.TrimRight(v.V, "/")
}

// websubSubscribe checks server.websub_subscribe: hubs must reach the
// callback, so base_url must be set.
func (c *checker) websubSubscribe(s serverFile) bool {
	on := s.WebSubSubscribe.V
	if on && (!s.BaseURL.Set || s.BaseURL.V == "") {
		c.add(s.WebSubSubscribe.Line, "server.websub_subscribe: set server.base_url to the public URL hubs reach feedsieve at, or turn it off")
	}
	return on
}

// optionalURL checks an absolute http or https URL that may be left out.
func (c *checker) optionalURL(v scalar[string], key string) string {
	if !v.Set || v.V == "" {
		return ""
	}
	if !IsHTTPURL(v.V) {
		c.add(v.Line, "%s: %q is not an absolute http or https URL", key, v.V)
	}
	return v.V
}

func (c *checker) publish(p publishFile) feeds.PublishOptions {
	if !p.Dir.Set || p.Dir.V == "" {
		if p.BaseURL.Set && p.BaseURL.V != "" {
			c.add(p.BaseURL.Line, "publish.base_url: set publish.dir too, or remove it")
		}
		return feeds.PublishOptions{}
	}
	opts := feeds.PublishOptions{Dir: c.relativeToConfig(p.Dir.V)}
	if !p.BaseURL.Set || p.BaseURL.V == "" {
		c.add(p.Dir.Line, "publish.dir: set publish.base_url too: the public URL the directory is served at, for the feeds' self links")
		return opts
	}
	opts.BaseURL = c.optionalURL(p.BaseURL, "publish.base_url")
	return opts
}

// relativeToConfig resolves a relative path against the config file's
// directory, so that paths do not depend on the working directory.
func (c *checker) relativeToConfig(p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(filepath.Dir(c.path), p)
}

// dbPath resolves a relative database path against the config file's
// directory, so the database does not depend on the working directory.
func (c *checker) dbPath(v scalar[string]) string {
	p := defaultDBPath
	if v.Set && v.V != "" {
		p = v.V
	}
	return c.relativeToConfig(p)
}

func userAgent(v scalar[string], version, baseURL string) string {
	ua := defaultUserAgent
	if v.Set && v.V != "" {
		ua = v.V
	}
	return strings.NewReplacer("<version>", version, "<base_url>", baseURL).Replace(ua)
}

// duration parses a Go duration, or a whole number of days such as "30d".
// "0" means zero; zero is allowed only when min is 0.
func (c *checker) duration(v scalar[string], key string, def, min time.Duration) time.Duration {
	if !v.Set || v.V == "" {
		return def
	}
	d, err := parseDuration(v.V)
	switch {
	case err != nil:
		c.add(v.Line, "%s: invalid duration %q (use e.g. 90s, 15m, 2h or 30d)", key, v.V)
	case d < 0:
		c.add(v.Line, "%s: duration %q is negative", key, v.V)
	case min > 0 && d < min:
		c.add(v.Line, "%s: duration %q is shorter than %s", key, v.V, min)
	}
	return d
}

func parseDuration(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if days, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.Atoi(days)
		if err != nil {
			return 0, err
		}
		return time.Duration(n) * 24 * time.Hour, nil
	}
	return time.ParseDuration(s)
}

var sizeUnits = map[string]int64{
	"": 1, "b": 1, "kb": 1000, "kib": 1 << 10, "mb": 1000 * 1000, "mib": 1 << 20, "gb": 1000 * 1000 * 1000, "gib": 1 << 30,
}

var sizePattern = regexp.MustCompile(`^(\d+)\s*([a-zA-Z]*)$`)

func (c *checker) size(v scalar[string], key string, def int64) int64 {
	if !v.Set || v.V == "" {
		return def
	}
	m := sizePattern.FindStringSubmatch(strings.TrimSpace(v.V))
	if m != nil {
		n, err := strconv.ParseInt(m[1], 10, 64)
		unit, ok := sizeUnits[strings.ToLower(m[2])]
		if err == nil && ok && n > 0 && n <= (4<<30)/unit {
			return n * unit
		}
	}
	c.add(v.Line, "%s: invalid size %q (use e.g. 512KiB, 8MiB; between 1 byte and 4GiB)", key, v.V)
	return def
}

func (c *checker) intRange(v scalar[int], key string, def, min, max int) int {
	if !v.Set {
		return def
	}
	if v.V < min || v.V > max {
		c.add(v.Line, "%s: %d is out of range (%d to %d)", key, v.V, min, max)
	}
	return v.V
}

func (c *checker) logging(l logFile) (slog.Level, string) {
	var level slog.Level
	if l.Level.Set && l.Level.V != "" {
		if err := level.UnmarshalText([]byte(l.Level.V)); err != nil {
			c.add(l.Level.Line, "log.level: %q is not one of debug, info, warn, error", l.Level.V)
		}
	}
	format := "text"
	if l.Format.Set && l.Format.V != "" {
		format = l.Format.V
		if format != "text" && format != "json" {
			c.add(l.Format.Line, "log.format: %q is not one of text, json", format)
		}
	}
	return level, format
}

func IsHTTPURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}
