package daemon

import (
	"log/slog"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/storage"
)

// metrics are the daemon's Prometheus metrics. Label values come from the
// config (source and topic names) or from fixed sets (results, formats,
// routes, status codes), never from feed or request data, so they stay
// bounded.
type metrics struct {
	reg          *prometheus.Registry
	polls        *prometheus.CounterVec
	pollDuration *prometheus.HistogramVec
	lastSuccess  *prometheus.GaugeVec
	itemsWritten *prometheus.CounterVec
	notStored    *prometheus.CounterVec
	renders      *prometheus.CounterVec
	requests     *prometheus.CounterVec
	reloads      *prometheus.CounterVec
	deliveries   *prometheus.CounterVec
	articles     *prometheus.CounterVec
	configOK     prometheus.Gauge
	configTime   prometheus.Gauge
}

func newMetrics(stored prometheus.Collector) *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		polls: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "feedsieve_polls_total", Help: "Polls of a source by result: ok, not_modified or error.",
		}, []string{"source", "result"}),
		pollDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "feedsieve_poll_duration_seconds", Help: "How long a poll took, from request to stored items.",
			Buckets: []float64{0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60},
		}, []string{"result"}),
		lastSuccess: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "feedsieve_source_last_success_timestamp_seconds", Help: "When a source was last polled successfully (Unix time).",
		}, []string{"source"}),
		itemsWritten: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "feedsieve_items_written_total", Help: "Items a source delivered that were stored new or updated.",
		}, []string{"source", "kind"}),
		notStored: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "feedsieve_items_not_stored_total", Help: "Items a source delivered that were not stored, by reason: expired (older than storage.retention) or over_quota (storage.source_quota).",
		}, []string{"source", "reason"}),
		renders: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "feedsieve_feed_renders_total", Help: "Topic feeds rendered (answers from the cache are not counted).",
		}, []string{"topic", "format"}),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "feedsieve_http_requests_total", Help: "HTTP requests by route and status code.",
		}, []string{"route", "code"}),
		reloads: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "feedsieve_config_reloads_total", Help: "Config reloads by result: applied or rejected.",
		}, []string{"result"}),
		deliveries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "feedsieve_websub_deliveries_total", Help: "Feeds pushed by WebSub hubs, by result: stored, bad_signature (dropped), refused (too large or frequent) or failed (not a feed).",
		}, []string{"result"}),
		articles: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "feedsieve_articles_total", Help: "Article pages of new items of full_text sources, by result: extracted, or failed (the item kept its feed text).",
		}, []string{"source", "result"}),
	}
	// The names and meaning of Prometheus's own config reload metrics.
	m.configOK = prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "feedsieve_config_last_reload_successful", Help: "Whether the config file on disk is the one running (1), or was rejected (0).",
	})
	m.configTime = prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "feedsieve_config_last_reload_success_timestamp_seconds", Help: "When the running config was applied (Unix time).",
	})
	m.reg.MustRegister(m.configOK, m.configTime)
	m.reg.MustRegister(m.polls, m.pollDuration, m.lastSuccess, m.itemsWritten, m.notStored, m.renders, m.requests, m.reloads, m.deliveries, m.articles, stored,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// handler serves the metrics in the Prometheus text format.
func (m *metrics) handler(log *slog.Logger) http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{
		ErrorLog: slog.NewLogLogger(log.Handler(), slog.LevelError), ErrorHandling: promhttp.ContinueOnError,
	})
}

// polled records a finished poll.
func (m *metrics) polled(r aggregator.PollResult) {
	result := "ok"
	switch {
	case r.Cancelled:
		return
	case r.Err != nil:
		result = "error"
	case r.NotModified:
		result = "not_modified"
	}
	m.polls.WithLabelValues(r.Source, result).Inc()
	m.pollDuration.WithLabelValues(result).Observe(r.Duration.Seconds())
	if r.Err != nil {
		return
	}
	m.lastSuccess.WithLabelValues(r.Source).Set(float64(time.Now().Unix()))
	// A source's item counters appear with its first such item: made at
	// zero for every source, they were most of the heap of a daemon of
	// 100,000 sources (five series each).
	for _, c := range []struct {
		vec  *prometheus.CounterVec
		kind string
		n    int
	}{
		{m.itemsWritten, "new", r.New}, {m.itemsWritten, "updated", r.Updated},
		{m.notStored, "expired", r.Expired}, {m.notStored, "over_quota", r.OverQuota}, {m.notStored, "past_cap", r.Dropped},
	} {
		if c.n > 0 {
			c.vec.WithLabelValues(r.Source, c.kind).Add(float64(c.n))
		}
	}
	if n := r.Articles.Fetched + r.Articles.Failed; n > 0 {
		m.articles.WithLabelValues(r.Source, "extracted").Add(float64(r.Articles.Fetched))
		m.articles.WithLabelValues(r.Source, "failed").Add(float64(r.Articles.Failed))
	}
}

func (m *metrics) delivered(result string) { m.deliveries.WithLabelValues(result).Inc() }

func (m *metrics) rendered(topic, format string, _ time.Duration) {
	m.renders.WithLabelValues(topic, format).Inc()
}

// configApplied records the outcome of loading the config file: whether
// it runs, and when it was applied (zero: unchanged).
func (m *metrics) configApplied(ok bool, at time.Time) {
	m.configOK.Set(map[bool]float64{true: 1, false: 0}[ok])
	if !at.IsZero() {
		m.configTime.Set(float64(at.Unix()))
	}
}

// forget drops the series of sources and topics no longer configured.
func (m *metrics) forget(sources, topics []string) {
	for _, s := range sources {
		for _, v := range []*prometheus.MetricVec{m.polls.MetricVec, m.lastSuccess.MetricVec, m.itemsWritten.MetricVec, m.notStored.MetricVec} {
			v.DeletePartialMatch(prometheus.Labels{"source": s})
		}
	}
	for _, t := range topics {
		m.renders.DeletePartialMatch(prometheus.Labels{"topic": t})
	}
}

// instrument counts the requests h answers, by route and status.
func (m *metrics) instrument(h http.Handler) http.Handler {
	counters := &requestCounters{vec: m.requests}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		h.ServeHTTP(rec, r)
		counters.counter(route(r.URL.Path), rec.status).Inc()
	})
}

// routes are the endpoints requests are counted by: the route label's
// fixed set. The last, "other", is every other path.
var routes = [...]string{
	"/feeds/", "/api/topics/{topic}/explain", "/debug/pprof/", "/websub/",
	"/", "/opml", "/metrics", "/healthz", "/readyz", "/api/sources", "/api/topics", "/api/items", "/api/test-topic", "/api/refresh",
	"other",
}

// route is the index in routes of the endpoint a path belongs to.
func route(path string) int {
	switch {
	case strings.HasPrefix(path, "/feeds/"):
		return 0
	case strings.HasPrefix(path, "/api/topics/") && strings.HasSuffix(path, "/explain"):
		return 1
	case strings.HasPrefix(path, "/debug/pprof/"):
		return 2
	case strings.HasPrefix(path, "/websub/"):
		return 3
	}
	for i, p := range routes[4 : len(routes)-1] {
		if path == p {
			return 4 + i
		}
	}
	return len(routes) - 1
}

// commonCodes are the statuses whose counters requestCounters keeps.
var commonCodes = [...]int{200, 204, 304, 400, 404, 405, 500}

// requestCounters keeps the counter of each route with each common
// status once it was first counted, so that counting a request served
// from the cache neither formats its status nor hashes its labels.
type requestCounters struct {
	vec    *prometheus.CounterVec
	cached [len(routes)][len(commonCodes)]atomic.Pointer[prometheus.Counter]
}

func (c *requestCounters) counter(route, status int) prometheus.Counter {
	i := slices.Index(commonCodes[:], status)
	if i < 0 {
		return c.vec.WithLabelValues(routes[route], strconv.Itoa(status))
	}
	if p := c.cached[route][i].Load(); p != nil {
		return *p
	}
	counter := c.vec.WithLabelValues(routes[route], strconv.Itoa(status))
	c.cached[route][i].Store(&counter)
	return counter
}

// statusRecorder remembers the status code a handler answered with.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// storedItems reports, when scraped, how many items the database holds in
// all and in each configured topic.
type storedItems struct {
	store  *storage.Store
	topics func() []string
	items  *prometheus.Desc
	topic  *prometheus.Desc
}

func newStoredItems(store *storage.Store, topics func() []string) storedItems {
	return storedItems{
		store: store, topics: topics,
		items: prometheus.NewDesc("feedsieve_items_stored", "Items in the database.", nil, nil),
		topic: prometheus.NewDesc("feedsieve_topic_items", "Items filed in a topic.", []string{"topic"}, nil),
	}
}

func (c storedItems) Describe(ch chan<- *prometheus.Desc) {
	ch <- c.items
	ch <- c.topic
}

func (c storedItems) Collect(ch chan<- prometheus.Metric) {
	n, err := c.store.Count()
	if err != nil {
		ch <- prometheus.NewInvalidMetric(c.items, err)
		return
	}
	ch <- prometheus.MustNewConstMetric(c.items, prometheus.GaugeValue, float64(n))
	for _, t := range c.topics() {
		n, _, err := c.store.TopicStats(t)
		if err != nil {
			ch <- prometheus.NewInvalidMetric(c.topic, err)
			continue
		}
		ch <- prometheus.MustNewConstMetric(c.topic, prometheus.GaugeValue, float64(n), t)
	}
}
