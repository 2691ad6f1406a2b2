package aggregator

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"mime"
	"net/url"
	"runtime"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"

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
func (s ArticleStats) logAttrs(attrs []any) []any {
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
	work := make(chan int)
	for range min(a.workers, len(items)) {
		wg.Go(func() {
			for i := range work {
				text, took, err := a.article(ctx, src, items[i].Link)
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
	for i, it := range items {
		if ctx.Err() != nil {
			break
		}
		if u, err := url.Parse(it.Link); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
			work <- i // an item without a web link has no page to fetch, which is no failure
		}
	}
	close(work)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			stats.Failed++
			stats.Err = cmp.Or(stats.Err, err)
		}
	}
	return stats
}

// article fetches one page and extracts its main text as HTML. It
// returns how long the extraction took.
func (a *articles) article(ctx context.Context, src Source, link string) (string, time.Duration, error) {
	u, err := url.Parse(link)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", 0, errors.New("no http(s) link")
	}
	if err := a.robots.check(ctx, src, u); err != nil {
		return "", 0, err
	}
	release, ok := a.hosts.acquire(ctx, hostKey(link))
	if !ok {
		return "", 0, ctx.Err()
	}
	resp, err := a.fetcher.get(ctx, articleSource(src, link), acceptHTML, "", "")
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
// credentials.
func articleSource(src Source, link string) Source {
	out := Source{URL: link, UserAgent: src.UserAgent}
	feed, err1 := url.Parse(src.URL)
	page, err2 := url.Parse(link)
	if err1 == nil && err2 == nil && strings.EqualFold(feed.Host, page.Host) && feed.Scheme == page.Scheme {
		out.Headers, out.Username, out.Password = src.Headers, src.Username, src.Password
	}
	return out
}

// extractArticle returns the main text of an HTML page, as HTML, read in
// the charset its Content-Type or <meta> names; resp.Body is overwritten.
// A page that makes the extractor panic is an error, as a feed that makes
// the parser panic is.
func extractArticle(resp *Response) (text string, err error) {
	defer func() {
		if r := recover(); r != nil {
			text, err = "", fmt.Errorf("extract article: extractor failed: %v", r)
		}
	}()
	page, err := articlePage(resp)
	if err != nil {
		return "", err
	}
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return "", fmt.Errorf("parse page: %w", err)
	}
	u, _ := url.Parse(resp.URL)
	p := readability.NewParser()
	// Its default logger formats every Info line, to io.Discard.
	p.Logger = slog.New(slog.DiscardHandler)
	// ParseAndMutate rather than Parse: Parse guesses the charset again
	// with chardet, which costs half the time and overrules what the
	// page declares.
	art, err := p.ParseAndMutate(doc, u)
	if err != nil {
		return "", fmt.Errorf("extract article: %w", err)
	}
	if art.Node == nil {
		return "", errors.New("no article found on the page")
	}
	var b strings.Builder
	if err := art.RenderHTML(&b); err != nil {
		return "", fmt.Errorf("extract article: %w", err)
	}
	return truncateHTML(b.String(), maxArticleBytes), nil
}

// articlePage is the HTML page of resp in UTF-8, without what stripPage
// removes; resp.Body is overwritten.
func articlePage(resp *Response) ([]byte, error) {
	if mt, _, _ := mime.ParseMediaType(resp.ContentType); resp.ContentType != "" && mt != "text/html" && mt != "application/xhtml+xml" {
		return nil, fmt.Errorf("not an HTML page (%s)", mt)
	}
	page := resp.Body
	e, _, _ := charset.DetermineEncoding(page[:min(len(page), 1024)], resp.ContentType)
	if e != encoding.Nop && (e != unicode.UTF8 || !utf8.Valid(page)) { // valid UTF-8 reads as it is
		var err error
		if page, err = e.NewDecoder().Bytes(page); err != nil {
			return nil, fmt.Errorf("read page: %w", err)
		}
	}
	// The body is not used again: it is stripped in place. readability
	// would walk the whole tree to count its elements: stripPage counts
	// them as it goes.
	page, tags := stripPage(page)
	if tags > maxArticleElems {
		return nil, fmt.Errorf("extract article: page too large: %d elements", tags)
	}
	return page, nil
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
