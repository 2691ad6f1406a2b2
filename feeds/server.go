package feeds

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// Options configures a Server.
type Options struct {
	Site    Site
	Topics  []Topic
	Sources []Source
	Publish PublishOptions
	// OnRender, when set, is called after each rendering of a feed (not
	// for answers from the cache), with how long it took.
	OnRender func(topic, format string, took time.Duration)
}

// Server renders topic feeds and the index page once per change, caches
// them, and serves them with the OPML list over HTTP.
type Server struct {
	store    *storage.Store
	log      *slog.Logger
	render   *Renderer
	topics   []Topic
	byID     map[string]int
	sources  []Source
	cache    *cache
	mux      *http.ServeMux
	opml     func() (*Rendered, error)
	xsl      func() (*Rendered, error)
	onChange []func(topics []string)
	onRender func(topic, format string, took time.Duration)

	indexRenders atomic.Int64 // renderings of the index page, which tests count

	staleMu sync.Mutex
	stale   map[string]time.Time // topic → when its last rendering shows other entries by the clock alone (Server.read)
}

// NewServer returns a Server reading items from store.
func NewServer(store *storage.Store, logger *slog.Logger, opts Options) *Server {
	s := &Server{
		store: store, log: logger, render: NewRenderer(opts.Site),
		topics: opts.Topics, byID: make(map[string]int), sources: opts.Sources,
		cache: newCache(opts.Topics), mux: http.NewServeMux(), onRender: opts.OnRender,
		stale: make(map[string]time.Time),
	}
	for i, t := range opts.Topics {
		s.byID[t.ID] = i
	}
	s.opml = sync.OnceValues(s.buildOPML)
	s.xsl = sync.OnceValues(feedStylesheet)
	s.mux.HandleFunc("GET /feeds/{file}", s.handleFeed)
	s.mux.HandleFunc("GET /opml", s.handleOPML)
	s.mux.HandleFunc("GET /{$}", s.handleIndex)
	s.mux.HandleFunc("GET /topics/{id}", s.handlePage)
	s.mux.HandleFunc("GET /sources", s.handleSources)
	s.mux.HandleFunc("GET /"+xslFile, s.handleXSL)
	// feedsieve has no icon; a 404 would be an error in every browser's console.
	s.mux.HandleFunc("GET /favicon.ico", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusNoContent) })
	// Other methods get 405 where there is something to GET, and 404
	// elsewhere, as every path this server does not serve does (the
	// operator's endpoints are never here).
	for _, p := range []string{"/feeds/", "/opml", "/{$}", "/topics/{id}", "/sources", "/" + xslFile} {
		s.mux.HandleFunc(p, onlyGet)
	}
	s.mux.HandleFunc("/", s.handleNotFound)
	return s
}

// onlyGet answers a method other than GET or HEAD.
func onlyGet(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Allow", "GET, HEAD")
	http.Error(w, http.StatusText(http.StatusMethodNotAllowed), http.StatusMethodNotAllowed)
}

// ServeHTTP dispatches to the server's own ServeMux. Feed, topic page
// and index requests, the bulk of the traffic, skip the pattern matching: the path
// after /feeds/ or /topics/ is the file name or topic id, exactly what
// the mux's {file} or {id} would give.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodGet || r.Method == http.MethodHead {
		if file, ok := lastSegment(r.URL.Path, "/feeds/"); ok {
			s.serveFeed(w, r, file)
			return
		}
		if id, ok := lastSegment(r.URL.Path, "/topics/"); ok {
			s.servePage(w, r, id)
			return
		}
		if r.URL.Path == "/" {
			s.handleIndex(w, r)
			return
		}
	}
	s.mux.ServeHTTP(w, r)
}

// lastSegment returns what follows prefix in path when it is one segment,
// as the mux's {name} after the prefix would give.
func lastSegment(path, prefix string) (string, bool) {
	seg, ok := strings.CutPrefix(path, prefix)
	return seg, ok && seg != "" && !strings.Contains(seg, "/")
}

// OnChange registers fn to be called, after the cache is invalidated,
// whenever topic feeds change. Register before the first change.
func (s *Server) OnChange(fn func(topics []string)) { s.onChange = append(s.onChange, fn) }

// Changed tells the server that stored items of the topics changed: their
// feeds and the index page are rendered again on the next request.
func (s *Server) Changed(topics []string) {
	s.cache.invalidate(topics)
	for _, fn := range s.onChange {
		fn(topics)
	}
}

// noteStale notes when the topic's entries, as last read for its feeds
// or its page (not the index's few headlines), change by the clock
// alone; zero: never. A change that came already stays noted
// until ChangedByClock tells of it: a request may have rendered it first.
func (s *Server) noteStale(topic string, at time.Time) {
	s.staleMu.Lock()
	defer s.staleMu.Unlock()
	if was, ok := s.stale[topic]; ok && !time.Now().Before(was) {
		return
	}
	if at.IsZero() {
		delete(s.stale, topic)
	} else {
		s.stale[topic] = at
	}
}

// ChangedByClock reports as changed the topics whose entries, as last
// read, changed by the clock alone by now: a story that waited for a
// lead never stored is shown, an entry passed the topic's max age.
// Their cached renderings are stale already; this tells the publisher,
// which pings the hub and rewrites the static files (Publisher.Run).
func (s *Server) ChangedByClock(now time.Time) {
	var due []string
	s.staleMu.Lock()
	for topic, at := range s.stale {
		if !now.Before(at) {
			due = append(due, topic)
			delete(s.stale, topic)
		}
	}
	s.staleMu.Unlock()
	if len(due) > 0 {
		slices.Sort(due)
		s.Changed(due)
	}
}

// Polled tells the server that a source was polled: the index page,
// which shows every source's last poll, is rendered again on the next
// request. Without it, the page is rendered again when topics change or
// at most indexRefresh after its last rendering.
func (s *Server) Polled() { s.cache.polled() }

// Topics are the published topics.
func (s *Server) Topics() []Topic { return s.topics }

func (s *Server) topic(id string) (Topic, bool) {
	i, ok := s.byID[id]
	if !ok {
		return Topic{}, false
	}
	return s.topics[i], true
}

// Feed returns the current rendering of a topic's feed in a format,
// rendering it if it changed since the last call.
func (s *Server) Feed(topicID, format string) (*Rendered, error) {
	t, ok := s.topic(topicID)
	if !ok {
		return nil, fmt.Errorf("%w %q", ErrUnknownTopic, topicID)
	}
	if _, ok := formats[format]; !ok {
		return nil, fmt.Errorf("%w %q: use atom, rss or json", ErrUnknownFormat, format)
	}
	return s.cache.get(cacheKey{t.ID, format}, t.MaxAge, func() ([]byte, time.Time, error) {
		start := time.Now()
		body, stale, err := s.renderWith(s.render, t, format)
		if err == nil && s.onRender != nil {
			s.onRender(t.ID, format, time.Since(start))
		}
		return body, stale, err
	})
}

// renderWith reads a topic's newest items in a short transaction, then
// renders them outside it.
func (s *Server) renderWith(r *Renderer, t Topic, format string) ([]byte, time.Time, error) {
	items, stale, err := s.read(t, t.MaxItems, s.withArticle)
	if err != nil {
		return nil, time.Time{}, err
	}
	s.noteStale(t.ID, stale)
	body, err := r.Render(t, format, items)
	return body, stale, err
}

// withArticle gives an item of a source that publishes its articles
// (full_text: publish) its article's text as content. The item is a copy
// read for one rendering.
func (s *Server) withArticle(it *storage.Item) {
	if it.Article != "" && s.publishesArticles(it.Source) {
		it.Content = it.Article
	}
}

// publishesArticles reports whether a source's items are published with
// their article's text as content (full_text: publish).
func (s *Server) publishesArticles(source string) bool {
	for _, src := range s.sources {
		if src.Name == source {
			return src.PublishArticles
		}
	}
	return false
}

func (s *Server) handleFeed(w http.ResponseWriter, r *http.Request) {
	s.serveFeed(w, r, r.PathValue("file"))
}

func (s *Server) serveFeed(w http.ResponseWriter, r *http.Request, file string) {
	topic, format, ok := strings.Cut(file, ".")
	if !ok {
		http.Error(w, "not found: feeds are /feeds/<topic>.atom, .rss or .json", http.StatusNotFound)
		return
	}
	rd, err := s.Feed(topic, format)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	serveRendered(w, r, rd)
}

func (s *Server) handleNotFound(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "not found: see / for the topic feeds", http.StatusNotFound)
}

// fail answers an error: 404 for an unknown topic or format, else 500,
// logged once here.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	if isNotFound(err) {
		http.Error(w, "not found: "+err.Error(), http.StatusNotFound)
		return
	}
	s.log.Error("serve", slog.String("path", r.URL.Path), slog.String("error", err.Error()))
	http.Error(w, "internal error", http.StatusInternalServerError)
}

func isNotFound(err error) bool {
	return errors.Is(err, ErrUnknownTopic) || errors.Is(err, ErrUnknownFormat)
}

// Render returns a topic's feed in a format with its media type, for
// export.
func (s *Server) Render(topicID, format string) ([]byte, string, error) {
	rd, err := s.Feed(topicID, format)
	if err != nil {
		return nil, "", err
	}
	return rd.Body, rd.ContentType, nil
}
