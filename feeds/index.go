package feeds

import (
	"bytes"
	"fmt"
	"html/template"
	"net/http"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// indexData is what the index page and the sources page show.
type indexData struct {
	Site    Site
	Topics  []indexTopic
	Sources []indexSource
}

// indexTopic is a topic on the index page, with its newest headlines.
type indexTopic struct {
	Topic
	Site      Site // for the subscribe links, which take a topic and a site
	Count     int
	Newest    time.Time
	Headlines []headline
}

// headline is an entry on the index page: its title, as text, and its
// link, when safe.
type headline struct {
	Title, Link, Lang string
	Published         time.Time
}

// headlines is how many of each topic's newest entries the index page
// shows.
const headlines = 5

// indexSource is a source as the public index page shows it: its feed's
// title cleaned as text (clean.go), and its state told in general terms.
type indexSource struct {
	Source
	FeedTitle string
	State     storage.SourceState
}

// Status sums up a source's polls for the public index page: ok, not
// polled yet, failing or gone. It never tells the error: a Go error names
// hosts, addresses and resolvers, and the page is public; the operator
// reads it in the operator API. How long a source has been failing is not
// stored, only how many polls in a row failed and when the last success
// was, so the page says that.
func (s indexSource) Status() string {
	st := s.State
	switch {
	case st.LastAttempt.IsZero():
		return "not polled yet"
	case st.Gone:
		return "gone"
	case s.Failing() && st.Failures <= 1:
		return "failing: the last poll failed"
	case s.Failing():
		return fmt.Sprintf("failing: %d polls in a row failed", st.Failures)
	default:
		return "ok"
	}
}

// Failing reports whether the source's last poll failed.
func (s indexSource) Failing() bool {
	return !s.State.Gone && !s.State.LastAttempt.IsZero() && (s.State.Failures > 0 || s.State.Error != "")
}

// Class is the CSS class of the source's status.
func (s indexSource) Class() string {
	switch {
	case s.State.LastAttempt.IsZero():
		return "idle"
	case s.State.Gone || s.Failing():
		return "bad"
	default:
		return "ok"
	}
}

// indexData reads the topics' counts and headlines and the sources'
// states, each in its own short transaction.
func (s *Server) indexData(site Site) (*indexData, error) {
	d := &indexData{Site: site}
	for _, t := range s.topics {
		n, newest, err := s.store.TopicStats(t.ID)
		if err != nil {
			return nil, err
		}
		items, _, err := s.read(t, min(headlines, t.MaxItems), nil)
		if err != nil {
			return nil, err
		}
		it := indexTopic{Topic: t, Site: site, Count: n, Newest: newest}
		for _, item := range items {
			it.Headlines = append(it.Headlines, headline{
				Title: nonEmpty(cleanText(item.Title), "(untitled)"), Link: safeURL(item.Link),
				Lang: itemLanguage(item), Published: item.Published,
			})
		}
		d.Topics = append(d.Topics, it)
	}
	if err := s.readSources(d); err != nil {
		return nil, err
	}
	return d, nil
}

// readSources adds the sources' states, each read in its own short
// transaction.
func (s *Server) readSources(d *indexData) error {
	for _, src := range s.sources {
		st, err := s.store.SourceState(src.Name)
		if err != nil {
			return err
		}
		src.URL = safeURL(src.URL)
		d.Sources = append(d.Sources, indexSource{Source: src, FeedTitle: cleanText(st.FeedTitle), State: st})
	}
	return nil
}

func (s *Server) renderIndex(site Site) ([]byte, error) {
	d, err := s.indexData(site)
	if err != nil {
		return nil, err
	}
	return execute(indexPage, d, "index page")
}

// execute renders a page into memory, so that an error never serves half
// of it.
func execute(t *template.Template, data any, what string) ([]byte, error) {
	var buf bytes.Buffer
	if err := t.Execute(&buf, data); err != nil {
		return nil, fmt.Errorf("render %s: %w", what, err)
	}
	return buf.Bytes(), nil
}

// indexRefresh is how long a rendering of the index page is served at
// most. The page shows the sources' polls, which change without any topic
// changing: Polled has it rendered again after each poll, and this bounds
// how stale it gets where polls are not reported to the server.
const indexRefresh = 30 * time.Second

const indexContentType = "text/html; charset=utf-8"

// indexCSP lets the index page use its own inline style and nothing else:
// no script, frame, form or other origin runs in it, should text a source
// wrote ever get through as markup.
const indexCSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// index returns the current rendering of the index page, rendering it
// only when topics changed, a source was polled, or the last rendering is
// indexRefresh old, so that a flood of requests reads the database once.
// Readers are told to revalidate every time (max-age=0): the answer is a
// 304 from memory.
func (s *Server) index() (*Rendered, error) {
	return s.cache.index.get(s.cache.now, indexContentType, 0, func() ([]byte, time.Time, error) {
		s.indexRenders.Add(1)
		body, err := s.renderIndex(s.render.Site())
		return body, time.Time{}, err // shown no longer than indexRefresh
	})
}

func (s *Server) handleIndex(w http.ResponseWriter, r *http.Request) {
	s.serveCached(w, r, indexCSPHeader, s.index)
}

func (s *Server) handleOPML(w http.ResponseWriter, r *http.Request) {
	s.serveCached(w, r, nil, s.opml)
}

// Header values of the pages' policies, built once: serving a cached page
// allocates nothing for them.
var (
	indexCSPHeader = []string{indexCSP}
	pageCSPHeader  = []string{pageCSP}
)

// serveCached serves the current rendering of a document, with a content
// security policy when it is a page.
func (s *Server) serveCached(w http.ResponseWriter, r *http.Request, csp []string, current func() (*Rendered, error)) {
	rd, err := current()
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if csp != nil {
		w.Header()["Content-Security-Policy"] = csp
	}
	serveRendered(w, r, rd)
}

// opmlMaxAge is how long readers may cache the OPML list: it changes only
// with the config.
const opmlMaxAge = time.Hour

func (s *Server) buildOPML() (*Rendered, error) {
	body, err := renderOPML(s.render.Site(), s.topics)
	if err != nil {
		return nil, err
	}
	return newRendered(body, etagOf(body), opmlContentType, time.Now().UTC().Truncate(time.Second), opmlMaxAge)
}

var indexFuncs = template.FuncMap{
	"when": func(t time.Time) string {
		if t.IsZero() {
			return "never"
		}
		return t.UTC().Format("2006-01-02 15:04 UTC")
	},
	"iso": func(t time.Time) string { return t.UTC().Format(time.RFC3339) },
}

var indexPage = pageTemplate("index", indexHTML)
