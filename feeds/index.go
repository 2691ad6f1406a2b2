package feeds

import (
	"bytes"
	"fmt"
	"html/template"
	"net/http"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// indexData is what the index page shows.
type indexData struct {
	Site    Site
	Topics  []indexTopic
	Sources []indexSource
}

type indexTopic struct {
	Topic
	Count  int
	Newest time.Time
}

type indexSource struct {
	Source
	State storage.SourceState
}

// Status sums up a source's last poll for the index page.
func (s indexSource) Status() string {
	st := s.State
	switch {
	case st.LastAttempt.IsZero():
		return "not polled yet"
	case st.Gone:
		return "gone"
	case st.Error != "":
		return fmt.Sprintf("failing (%d in a row)", st.Failures)
	default:
		return "ok"
	}
}

// indexData reads the topic counts and source states, each in its own
// short transaction.
func (s *Server) indexData(site Site) (*indexData, error) {
	d := &indexData{Site: site}
	for _, t := range s.topics {
		n, newest, err := s.store.TopicStats(t.ID)
		if err != nil {
			return nil, err
		}
		d.Topics = append(d.Topics, indexTopic{Topic: t, Count: n, Newest: newest})
	}
	for _, src := range s.sources {
		st, err := s.store.SourceState(src.Name)
		if err != nil {
			return nil, err
		}
		d.Sources = append(d.Sources, indexSource{Source: src, State: st})
	}
	return d, nil
}

func (s *Server) renderIndex(site Site) ([]byte, error) {
	d, err := s.indexData(site)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := indexPage.Execute(&buf, d); err != nil {
		return nil, fmt.Errorf("render index page: %w", err)
	}
	return buf.Bytes(), nil
}

func (s *Server) handleIndex(w http.ResponseWriter, r *http.Request) {
	body, err := s.renderIndex(s.render.Site())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.Write(body)
}

func (s *Server) handleOPML(w http.ResponseWriter, r *http.Request) {
	rd, err := s.opml()
	if err != nil {
		s.fail(w, r, err)
		return
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

var indexPage = template.Must(template.New("index").Funcs(indexFuncs).Parse(indexHTML))
