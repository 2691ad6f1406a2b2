package feeds

import "html/template"

// pageStyle is every page's stylesheet, and the subscribe links of a
// topic (dot: a value with Site and Topic). The stylesheet is inline: a page is one request and
// needs nothing else. Light and dark schemes follow the reader's system;
// the colours keep a contrast of 4.5:1 or more on their background. Text
// of any script breaks where it must, so that no page is wider than a
// 320 px screen; CJK text needs a CJK font on the reader's system, which
// the font list names but cannot bring.
const pageStyle = `{{define "style"}}<style>
:root { color-scheme: light dark; --fg: #1b1b1b; --bg: #fff; --muted: #595959; --line: #d0d0d0; --ok: #1a7f37; --bad: #b3261e; --accent: #0b5cad; --box: #eef4fb; }
@media (prefers-color-scheme: dark) { :root { --fg: #e8e8e8; --bg: #141414; --muted: #b0b0b0; --line: #444; --ok: #4ac26b; --bad: #ff8a80; --accent: #8cc4ff; --box: #1d2733; } }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "Noto Sans CJK JP", sans-serif; color: var(--fg); background: var(--bg); max-width: 50rem; margin: 0 auto; padding: 1rem; overflow-wrap: anywhere; }
a { color: var(--accent); }
h1 { font-size: 1.6rem; margin: .5rem 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; }
h3 { font-size: 1.1rem; margin: 0; }
header { border-bottom: 1px solid var(--line); padding-bottom: .5rem; }
footer { border-top: 1px solid var(--line); margin-top: 2rem; }
img, video { max-width: 100%; height: auto; }
.picture { display: block; max-height: 24rem; margin: .5rem 0; border-radius: .3rem; }
pre, table { display: block; max-width: 100%; overflow-x: auto; }
pre { white-space: pre-wrap; }
.meta, .lead { color: var(--muted); }
.meta { font-size: .92rem; margin: .15rem 0; }
.subscribe a { display: inline-block; margin: .2rem .4rem .2rem 0; padding: .1rem .7rem; border: 1px solid var(--accent); border-radius: 1rem; text-decoration: none; font-size: .92rem; }
.entry { border-bottom: 1px solid var(--line); padding: .5rem 0 1rem; }
.entry h2 { font-size: 1.15rem; margin: .75rem 0 .1rem; }
.entry .body { margin: .5rem 0; }
.topic { margin: 1.25rem 0 2rem; }
.headlines { padding-left: 1.25rem; margin: .5rem 0; }
.headlines li { margin: .2rem 0; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.ok { color: var(--ok); }
.bad { color: var(--bad); }
.idle { color: var(--muted); }
table { border-collapse: collapse; font-size: .92rem; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
@media (max-width: 40rem) {
  table.sources, .sources tbody, .sources tr, .sources td { display: block; }
  .sources thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  .sources tr { border-bottom: 1px solid var(--line); padding: .4rem 0; }
  .sources td { border: 0; padding: .1rem 0; }
  .sources td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); }
}
</style>{{end}}
{{define "head"}}<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="feedsieve {{.Site.Version}}">{{end}}
{{define "subscribe"}}<nav class="subscribe" aria-label="Subscribe to {{.Topic.Title}}">
<a href="{{.Site.FeedURL .Topic.ID "atom"}}" type="application/atom+xml">Atom<span class="sr"> feed of {{.Topic.Title}}</span></a><a href="{{.Site.FeedURL .Topic.ID "rss"}}" type="application/rss+xml">RSS<span class="sr"> feed of {{.Topic.Title}}</span></a><a href="{{.Site.FeedURL .Topic.ID "json"}}" type="application/feed+json">JSON Feed<span class="sr"> of {{.Topic.Title}}</span></a>
</nav>{{end}}`

// topicHTML is a topic's page: its feeds' entries, newest first, each
// with its text shortened and a link to the original.
const topicHTML = `{{template "head" .}}
<title>{{.Topic.Title}}</title>
{{with .Topic.Description}}<meta name="description" content="{{.}}">
{{end}}<link rel="alternate" type="application/atom+xml" title="{{.Topic.Title}}" href="{{.Site.FeedURL .Topic.ID "atom"}}">
<link rel="alternate" type="application/rss+xml" title="{{.Topic.Title}} (RSS)" href="{{.Site.FeedURL .Topic.ID "rss"}}">
<link rel="alternate" type="application/feed+json" title="{{.Topic.Title}} (JSON Feed)" href="{{.Site.FeedURL .Topic.ID "json"}}">
{{template "style"}}
</head>
<body>
<header>
<p class="meta"><a href="{{.Site.HomeURL}}">All topics</a></p>
<h1>{{.Topic.Title}}</h1>
{{with .Topic.Description}}<p>{{.}}</p>
{{end}}<p class="meta">The newest {{.Topic.MaxItems}} {{if .Topic.Stories}}stories (each reported once, with the other outlets that had it){{else}}entries{{end}}, as in the feeds{{if .Entries}} · updated <time datetime="{{iso .Updated}}">{{when .Updated}}</time>{{end}}</p>
{{template "subscribe" .}}
</header>
<main>
{{range .Entries}}<article class="entry"{{with .Lang}} lang="{{.}}"{{end}}>
<h2>{{if .Link}}<a href="{{.Link}}">{{.Title}}</a>{{else}}{{.Title}}{{end}}</h2>
<p class="meta">{{.Source}} · <time datetime="{{iso .Published}}">{{when .Published}}</time></p>
{{with .Image}}<img class="picture" src="{{.}}" alt="" loading="lazy">
{{end}}{{with .Body}}<div class="body">{{.}}</div>
{{end}}{{if .More}}<p><a href="{{.Link}}">Read more<span class="sr">: {{.Title}}</span></a> at {{.Source}}</p>
{{end}}{{.Outlets}}
</article>
{{else}}<p>No entries yet: the topic's sources have not brought any that match.</p>
{{end}}</main>
<footer><p class="meta"><a href="{{.Site.HomeURL}}">All topics</a> · feedsieve {{.Site.Version}}</p></footer>
</body>
</html>
`

// pageTemplate parses a page with the shared style and functions.
func pageTemplate(name, text string) *template.Template {
	return template.Must(template.Must(template.New(name).Funcs(indexFuncs).Parse(pageStyle)).Parse(text))
}

var topicTemplate = pageTemplate("topic", topicHTML)
