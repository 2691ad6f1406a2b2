package feeds

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// ErrUnknownTopic reports a topic id that is not configured.
var ErrUnknownTopic = errors.New("unknown topic")

// ErrUnknownFormat reports a feed format that is not served.
var ErrUnknownFormat = errors.New("unknown feed format")

// formats are the feed formats served, by file extension.
var formats = map[string]struct {
	contentType string
	render      func(Topic, []*storage.Item, Site) ([]byte, error)
}{
	"atom": {"application/atom+xml; charset=utf-8", RenderAtom},
	"rss":  {"application/rss+xml; charset=utf-8", RenderRSS},
	"json": {"application/feed+json; charset=utf-8", RenderJSON},
}

// Options configures a Server.
type Options struct {
	Site   Site
	Topics []Topic
}

// Server renders and serves topic feeds.
type Server struct {
	store  *storage.Store
	log    *slog.Logger
	site   Site
	topics []Topic
	mux    *http.ServeMux
}

// NewServer returns a Server reading items from store.
func NewServer(store *storage.Store, logger *slog.Logger, opts Options) *Server {
	s := &Server{store: store, log: logger, site: opts.Site, topics: opts.Topics, mux: http.NewServeMux()}
	s.mux.HandleFunc("GET /feeds/{file}", s.handleFeed)
	s.mux.HandleFunc("GET /{$}", s.handleIndex)
	return s
}

// ServeHTTP dispatches to the server's own ServeMux.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

func (s *Server) topic(id string) (Topic, bool) {
	for _, t := range s.topics {
		if t.ID == id {
			return t, true
		}
	}
	return Topic{}, false
}

// Render renders a topic's feed in a format and returns it with its
// media type. Items are read in a short transaction before rendering.
func (s *Server) Render(topicID, format string) ([]byte, string, error) {
	t, ok := s.topic(topicID)
	if !ok {
		return nil, "", fmt.Errorf("%w %q", ErrUnknownTopic, topicID)
	}
	f, ok := formats[format]
	if !ok {
		return nil, "", fmt.Errorf("%w %q: use atom, rss or json", ErrUnknownFormat, format)
	}
	items, err := s.store.Newest(t.ID, t.MaxItems)
	if err != nil {
		return nil, "", err
	}
	body, err := f.render(t, items, s.site)
	if err != nil {
		return nil, "", err
	}
	return body, f.contentType, nil
}

func (s *Server) handleFeed(w http.ResponseWriter, r *http.Request) {
	file := r.PathValue("file")
	dot := strings.LastIndexByte(file, '.')
	if dot < 0 {
		http.Error(w, "unknown feed: use /feeds/<topic>.atom, .rss or .json", http.StatusNotFound)
		return
	}
	body, ctype, err := s.Render(file[:dot], file[dot+1:])
	switch {
	case errors.Is(err, ErrUnknownTopic), errors.Is(err, ErrUnknownFormat):
		http.Error(w, err.Error(), http.StatusNotFound)
		return
	case err != nil:
		s.log.Error("render feed", slog.String("topic", file[:dot]), slog.String("error", err.Error()))
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	sum := sha256.Sum256(body)
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("ETag", `"`+hex.EncodeToString(sum[:12])+`"`)
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
}

var indexPage = template.Must(template.New("index").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>feedsieve</title>
{{range .Topics}}<link rel="alternate" type="application/atom+xml" title="{{.Title}}" href="{{$.Site.FeedURL .ID "atom"}}">
<link rel="alternate" type="application/rss+xml" title="{{.Title}} (RSS)" href="{{$.Site.FeedURL .ID "rss"}}">
<link rel="alternate" type="application/feed+json" title="{{.Title}} (JSON Feed)" href="{{$.Site.FeedURL .ID "json"}}">
{{end}}</head>
<body>
<h1>feedsieve</h1>
<ul>
{{range .Topics}}<li><a href="{{$.Site.FeedURL .ID "atom"}}">{{.Title}}</a>{{with .Description}} — {{.}}{{end}}
 (<a href="{{$.Site.FeedURL .ID "atom"}}">Atom</a>, <a href="{{$.Site.FeedURL .ID "rss"}}">RSS</a>, <a href="{{$.Site.FeedURL .ID "json"}}">JSON Feed</a>)</li>
{{end}}</ul>
</body>
</html>
`))

func (s *Server) handleIndex(w http.ResponseWriter, r *http.Request) {
	var buf bytes.Buffer
	if err := indexPage.Execute(&buf, struct {
		Site   Site
		Topics []Topic
	}{s.site, s.topics}); err != nil {
		s.log.Error("render index", slog.String("error", err.Error()))
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(buf.Bytes())
}
