package feeds

// indexHTML is the index page: topics with subscribe links and
// autodiscovery, then the sources with their last poll. No JavaScript.
// What a source's feed wrote (its title) is text; where its permanent
// redirect led is not shown, nor why a poll failed: the operator API has
// both.
const indexHTML = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="feedsieve {{.Site.Version}}">
<title>feedsieve topics</title>
{{range .Topics}}<link rel="alternate" type="application/atom+xml" title="{{.Title}}" href="{{$.Site.FeedURL .ID "atom"}}">
<link rel="alternate" type="application/rss+xml" title="{{.Title}} (RSS)" href="{{$.Site.FeedURL .ID "rss"}}">
<link rel="alternate" type="application/feed+json" title="{{.Title}} (JSON Feed)" href="{{$.Site.FeedURL .ID "json"}}">
{{end}}<style>
:root { color-scheme: light dark; --muted: #666; --line: #ddd; --ok: #1a7f37; --bad: #c62828; --accent: #0b5cad; }
@media (prefers-color-scheme: dark) { :root { --muted: #aaa; --line: #444; --ok: #4ac26b; --bad: #ff7b72; --accent: #6cb6ff; } }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .25rem; }
h2 { font-size: 1.2rem; margin-top: 2.5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
a { color: var(--accent); }
.lead, .meta, td.detail { color: var(--muted); }
.topic { margin: 1.25rem 0; }
.topic h3 { margin: 0; font-size: 1.1rem; }
.topic p { margin: .2rem 0; }
.subscribe a { display: inline-block; margin-right: .5rem; padding: .05rem .6rem; border: 1px solid var(--line); border-radius: 1rem; text-decoration: none; font-size: .9rem; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
td.detail { overflow-wrap: anywhere; }
.ok { color: var(--ok); }
.bad { color: var(--bad); }
.idle { color: var(--muted); }
</style>
</head>
<body>
<header>
<h1>feedsieve</h1>
<p class="lead">News filed into topics from {{len .Sources}} sources. Subscribe to a topic in any feed reader, or import <a href="{{.Site.OPMLURL}}">all topics as OPML</a>.</p>
</header>
<main>
<h2>Topics</h2>
{{range .Topics}}<section class="topic" id="topic-{{.ID}}">
<h3>{{.Title}}</h3>
{{with .Description}}<p>{{.}}</p>
{{end}}<p class="meta">{{.Count}} {{if eq .Count 1}}entry{{else}}entries{{end}} stored · last entry {{if .Newest.IsZero}}none yet{{else}}<time datetime="{{iso .Newest}}">{{when .Newest}}</time>{{end}} · the feed holds the newest {{.MaxItems}}</p>
<p class="subscribe"><a href="{{$.Site.FeedURL .ID "atom"}}" type="application/atom+xml">Atom</a><a href="{{$.Site.FeedURL .ID "rss"}}" type="application/rss+xml">RSS</a><a href="{{$.Site.FeedURL .ID "json"}}" type="application/feed+json">JSON Feed</a></p>
</section>
{{else}}<p>No topics are configured.</p>
{{end}}
<h2>Sources</h2>
{{if .Sources}}<table>
<thead><tr><th>Source</th><th>Status</th><th>Last success</th><th>Next poll</th><th>Details</th></tr></thead>
<tbody>
{{range .Sources}}<tr>
<td>{{if .URL}}<a href="{{.URL}}">{{.Name}}</a>{{else}}{{.Name}}{{end}}{{with .FeedTitle}}<br><span class="meta">{{.}}</span>{{end}}</td>
<td class="{{.Class}}">{{.Status}}</td>
<td>{{if .State.LastSuccess.IsZero}}never{{else}}<time datetime="{{iso .State.LastSuccess}}">{{when .State.LastSuccess}}</time>{{end}}</td>
<td>{{if .State.Gone}}never{{else if .State.NextPoll.IsZero}}at start{{else}}<time datetime="{{iso .State.NextPoll}}">{{when .State.NextPoll}}</time>{{end}}</td>
<td class="detail">{{if .State.Gone}}HTTP 410 Gone: no longer polled; remove it from the config or change its url{{else if .Failing}}last tried <time datetime="{{iso .State.LastAttempt}}">{{when .State.LastAttempt}}</time>{{else if not .State.LastAttempt.IsZero}}{{with .State.Status}}HTTP {{.}}, {{end}}{{.State.ItemsSeen}} items in the feed{{end}}{{if .State.MovedTo}}<br>moved permanently: update its url in the config{{end}}</td>
</tr>
{{end}}</tbody>
</table>
{{else}}<p>No sources are configured.</p>
{{end}}</main>
<footer><p class="meta">feedsieve {{.Site.Version}}</p></footer>
</body>
</html>
`
