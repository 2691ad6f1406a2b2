package aggregator

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// FullText says what a source does with its items' article pages.
type FullText string

// The values of Source.FullText.
const (
	FullTextOff     FullText = ""        // the feed's text alone
	FullTextMatch   FullText = "match"   // topics match the article's text too, as the field article
	FullTextPublish FullText = "publish" // and the feeds carry it as the item's content
)

// maxArticleBytes bounds the extracted text kept per item, as the feed's
// content is bounded (fieldcap.go); maxArticleElems bounds the pages
// readability walks.
const (
	maxArticleBytes = 256 << 10
	maxArticleElems = 100_000
	acceptHTML      = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"
)

// ArticleStats counts what the article pages of one poll's new items gave.
type ArticleStats struct {
	Fetched int           // articles extracted and kept
	Failed  int           // pages that could not be fetched or had no article; the items kept their feed text
	Extract time.Duration // time spent extracting, for the fetched ones
	Err     error         // the first failure, when there was one
}

// logAttrs adds the counts to a poll's log line, when articles were
// fetched.
func (s ArticleStats) logAttrs(attrs []slog.Attr) []slog.Attr {
	if s.Fetched+s.Failed == 0 {
		return attrs
	}
	attrs = append(attrs, slog.Int("articles", s.Fetched), slog.Int("article_failures", s.Failed))
	if s.Fetched > 0 {
		attrs = append(attrs, slog.Duration("extract_per_article", (s.Extract/time.Duration(s.Fetched)).Round(time.Microsecond)))
	}
	if s.Err != nil {
		attrs = append(attrs, slog.String("article_error", s.Err.Error()))
	}
	return attrs
}

// enrichWithArticles has Prepare fetch the articles of the batch's new
// items when src fetches full text and it can matter: for publish, or for
// match when a topic that may take the source searches the article.
func (a *Aggregator) enrichWithArticles(ctx context.Context, b *storage.Batch, src Source, red *redactor, stats *ArticleStats) {
	if src.FullText != FullTextPublish && (src.FullText != FullTextMatch || !a.matcher.searchesArticle(src.Name)) {
		return
	}
	b.Enrich = func(fresh []*storage.Item) {
		*stats = a.articles.enrich(ctx, src, fresh)
		stats.Err = red.err(stats.Err)
	}
}

// articles fetches the article pages of new items: with the poller's
// dial guard, timeout, size cap and User-Agent, at most PerHost at once
// per site, and only where the site's robots.txt allows.
type articles struct {
	fetcher *Fetcher
	robots  *robotsCache
	hosts   *hostGate
	workers int
	// extracting holds a token per extraction running, one per core:
	// more at once would only share the cores, and keep more pages in
	// memory, while the fetches of other workers go on.
	extracting chan struct{}
	extract    func(*Response) (string, error) // extractArticle; the benchmark measures the fetching alone
}

func newArticles(f *Fetcher, opts Options) *articles {
	return &articles{fetcher: f, robots: newRobotsCache(f), hosts: newHostGate(opts.PerHost), workers: max(opts.Concurrency, 2),
		extracting: make(chan struct{}, runtime.GOMAXPROCS(0)), extract: extractArticle}
}

// enrich sets the Article of each item of src that has an http(s) link,
// fetching pages concurrently; items without one are left as they are. An item whose page fails keeps its feed
// text alone; the failures are counted, and the first in the items'
// order is kept.
func (a *articles) enrich(ctx context.Context, src Source, items []*storage.Item) ArticleStats {
	var (
		mu    sync.Mutex
		stats ArticleStats
		wg    sync.WaitGroup
	)
	errs := make([]error, len(items))
	work := make(chan pageJob)
	for range min(a.workers, len(items)) {
		wg.Go(func() {
			for job := range work {
				i := job.item
				text, took, err := a.article(ctx, src, job)
				if err != nil {
					errs[i] = fmt.Errorf("article %s: %w", bareURLString(items[i].Link), err)
					continue
				}
				items[i].Article = text
				mu.Lock()
				stats.Fetched++
				stats.Extract += took
				mu.Unlock()
			}
		})
	}
	dispatch(ctx, src, items, work)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			stats.Failed++
			stats.Err = cmp.Or(stats.Err, err)
		}
	}
	return stats
}

// dispatch sends the workers the pages of the items that have an http(s)
// link, until ctx is done, and closes work.
func dispatch(ctx context.Context, src Source, items []*storage.Item, work chan<- pageJob) {
	defer close(work)
	feed, _ := url.Parse(src.URL)
	sites := map[string]string{} // hostKey by host: most of a feed's links share one
	for i, it := range items {
		if ctx.Err() != nil {
			return
		}
		u, err := url.Parse(it.Link)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			continue // an item without a web link has no page to fetch, which is no failure
		}
		site, ok := sites[u.Host]
		if !ok {
			site = hostKeyOf(u)
			sites[u.Host] = site
		}
		work <- pageJob{item: i, url: u, site: site, src: articleSource(src, feed, it.Link, u)}
	}
}

// pageJob is an item's article page to fetch.
type pageJob struct {
	item int      // its index in the items enriched
	url  *url.URL // the item's link
	site string   // hostKey of url
	src  Source   // how it is asked for (articleSource)
}

// article fetches one page and extracts its main text as HTML. It
// returns how long the extraction took.
func (a *articles) article(ctx context.Context, src Source, job pageJob) (string, time.Duration, error) {
	if err := a.robots.check(ctx, src, job.url); err != nil {
		return "", 0, err
	}
	release, ok := a.hosts.acquire(ctx, job.site)
	if !ok {
		return "", 0, ctx.Err()
	}
	resp, err := a.fetcher.get(ctx, job.src, acceptHTML, "", "")
	release()
	if err != nil {
		return "", 0, err
	}
	select {
	case a.extracting <- struct{}{}:
	case <-ctx.Done():
		return "", 0, ctx.Err()
	}
	defer func() { <-a.extracting }()
	start := time.Now()
	text, err := a.extract(resp)
	return text, time.Since(start), err
}

// articleSource is how an article is asked for: with the source's
// User-Agent and, only on the feed's own host and port, its headers and
// credentials. feed is the source's parsed URL, nil when it has none.
func articleSource(src Source, feed *url.URL, link string, page *url.URL) Source {
	out := Source{URL: link, UserAgent: src.UserAgent}
	if feed != nil && strings.EqualFold(feed.Host, page.Host) && feed.Scheme == page.Scheme {
		out.Headers, out.Username, out.Password = src.Headers, src.Username, src.Password
	}
	return out
}

// bareURLString is bareURL of a raw URL, for errors.
func bareURLString(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return unparseableURL
	}
	return bareURL(u)
}

// hostGate lets at most n requests at once go to one site (hostKey),
// across every source's articles.
type hostGate struct {
	n     int
	mu    sync.Mutex
	hosts map[string]chan struct{}
}

func newHostGate(n int) *hostGate {
	return &hostGate{n: max(n, 1), hosts: map[string]chan struct{}{}}
}

func (g *hostGate) acquire(ctx context.Context, key string) (release func(), ok bool) {
	g.mu.Lock()
	ch := g.hosts[key]
	if ch == nil {
		ch = make(chan struct{}, g.n)
		g.hosts[key] = ch
	}
	g.mu.Unlock()
	select {
	case ch <- struct{}{}:
		return func() { <-ch }, true
	case <-ctx.Done():
		return nil, false
	}
}
