package feeds

// indexHTML is the index page: each topic with its newest headlines and
// subscribe links, with autodiscovery, and one line on the sources, whose
// states have their own page (sourcesHTML). No JavaScript.
const indexHTML = `{{template "head" .}}
<title>feedsieve topics</title>
{{range .Topics}}<link rel="alternate" type="application/atom+xml" title="{{.Title}}" href="{{$.Site.FeedURL .ID "atom"}}">
<link rel="alternate" type="application/rss+xml" title="{{.Title}} (RSS)" href="{{$.Site.FeedURL .ID "rss"}}">
<link rel="alternate" type="application/feed+json" title="{{.Title}} (JSON Feed)" href="{{$.Site.FeedURL .ID "json"}}">
{{end}}{{template "style"}}
</head>
<body>
<header>
<h1>feedsieve</h1>
<p class="lead">News filed into topics from {{.SourceCount}}. Read a topic here, subscribe to it in any feed reader, or import <a href="{{.Site.OPMLURL}}">all topics as OPML</a>.</p>
</header>
<main>
<h2>Topics</h2>
{{range .Topics}}{{$t := .}}<section class="topic" aria-labelledby="topic-{{.ID}}">
<h3 id="topic-{{.ID}}">{{with .Site.TopicURL .ID}}<a href="{{.}}">{{$t.Title}}</a>{{else}}{{.Title}}{{end}}</h3>
{{with .Description}}<p>{{.}}</p>
{{end}}{{if .Headlines}}<ol class="headlines">
{{range .Headlines}}<li{{with .Lang}} lang="{{.}}"{{end}}>{{if .Link}}<a href="{{.Link}}">{{.Title}}</a>{{else}}{{.Title}}{{end}} <time class="meta" datetime="{{iso .Published}}">{{when .Published}}</time></li>
{{end}}</ol>
{{end}}<p class="meta">{{.Count}} {{if eq .Count 1}}entry{{else}}entries{{end}} stored · last entry {{if .Newest.IsZero}}none yet{{else}}<time datetime="{{iso .Newest}}">{{when .Newest}}</time>{{end}} · the feed holds the newest {{.MaxItems}}{{with .Site.TopicURL .ID}} · <a href="{{.}}">all of them</a>{{end}}</p>
{{template "subscribe" .}}
</section>
{{else}}<p>No topics are configured.</p>
{{end}}
<h2>Sources</h2>
<p>{{.SourceSummary}}{{if .Sources}} · <a href="{{.Site.SourcesURL}}">each source's state</a>{{end}}</p>
</main>
<footer><p class="meta">feedsieve {{.Site.Version}}</p></footer>
</body>
</html>
`
