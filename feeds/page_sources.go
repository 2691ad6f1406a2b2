package feeds

import (
	"fmt"
	"net/http"
	"strings"
	"time"
)

// staticSourcesFile is the sources page's file in a static directory.
const staticSourcesFile = "sources.html"

// SourceSummary is the index page's line on the sources: how many, and
// how many of them fail, are gone or wait for their first poll.
func (d *indexData) SourceSummary() string {
	if len(d.Sources) == 0 {
		return "No sources are configured."
	}
	var failing, gone, idle int
	for _, s := range d.Sources {
		switch {
		case s.State.LastAttempt.IsZero():
			idle++
		case s.State.Gone:
			gone++
		case s.Failing():
			failing++
		}
	}
	parts := []string{d.SourceCount()}
	for _, p := range []struct {
		n    int
		what string
	}{{failing, "failing"}, {gone, "gone"}, {idle, "not polled yet"}} {
		if p.n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", p.n, p.what))
		}
	}
	if len(parts) == 1 {
		parts = append(parts, "all ok")
	}
	return strings.Join(parts, ", ")
}

// SourceCount is how many sources there are, in words.
func (d *indexData) SourceCount() string { return plural(len(d.Sources), "source", "sources") }

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func (s *Server) renderSources(site Site) ([]byte, error) {
	d := &indexData{Site: site}
	if err := s.readSources(d); err != nil {
		return nil, err
	}
	return execute(sourcesPage, d, "sources page")
}

// sourcesPageRendering returns the current rendering of the sources page,
// rendered again as the index page is.
func (s *Server) sourcesPageRendering() (*Rendered, error) {
	return s.cache.sources.get(s.cache.now, indexContentType, 0, func() ([]byte, time.Time, error) {
		body, err := s.renderSources(s.render.Site())
		return body, time.Time{}, err // shown no longer than indexRefresh
	})
}

func (s *Server) handleSources(w http.ResponseWriter, r *http.Request) {
	s.serveCached(w, r, indexCSPHeader, s.sourcesPageRendering)
}

func (s *Server) handleXSL(w http.ResponseWriter, r *http.Request) {
	s.serveCached(w, r, nil, s.xsl)
}

// sourcesHTML is the sources page: each source with its last poll, told
// in general terms. What a source's feed wrote (its title) is text; where
// its permanent redirect led is not shown, nor why a poll failed: a Go
// error names hosts, addresses and resolvers, and the page is public. The
// operator API has both.
const sourcesHTML = `{{template "head" .}}
<title>feedsieve sources</title>
{{template "style"}}
</head>
<body>
<header>
<p class="meta"><a href="{{.Site.HomeURL}}">All topics</a></p>
<h1>Sources</h1>
<p class="lead">{{.SourceSummary}}</p>
</header>
<main>
{{if .Sources}}<table class="sources">
<thead><tr><th>Source</th><th>Status</th><th>Last success</th><th>Next poll</th><th>Details</th></tr></thead>
<tbody>
{{range .Sources}}<tr>
<td>{{if .URL}}<a href="{{.URL}}">{{.Name}}</a>{{else}}{{.Name}}{{end}}{{with .FeedTitle}}<br><span class="meta">{{.}}</span>{{end}}</td>
<td class="{{.Class}}" data-label="Status">{{.Status}}</td>
<td data-label="Last success">{{if .State.LastSuccess.IsZero}}never{{else}}<time datetime="{{iso .State.LastSuccess}}">{{when .State.LastSuccess}}</time>{{end}}</td>
<td data-label="Next poll">{{if .State.Gone}}never{{else if .State.NextPoll.IsZero}}at start{{else}}<time datetime="{{iso .State.NextPoll}}">{{when .State.NextPoll}}</time>{{end}}</td>
<td class="detail" data-label="Details">{{if .State.Gone}}HTTP 410 Gone: no longer polled; remove it from the config or change its url{{else if .Failing}}last tried <time datetime="{{iso .State.LastAttempt}}">{{when .State.LastAttempt}}</time>{{else if not .State.LastAttempt.IsZero}}{{with .State.Status}}HTTP {{.}}, {{end}}{{.State.ItemsSeen}} items in the feed{{end}}{{if .State.MovedTo}}<br>moved permanently: update its url in the config{{end}}</td>
</tr>
{{end}}</tbody>
</table>
{{else}}<p>No sources are configured.</p>
{{end}}</main>
<footer><p class="meta"><a href="{{.Site.HomeURL}}">All topics</a> · feedsieve {{.Site.Version}}</p></footer>
</body>
</html>
`

var sourcesPage = pageTemplate("sources", sourcesHTML)
