package aggregator

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/netip"
	"net/url"
	"time"
)

// maxRedirects is how many redirects a poll follows before giving up.
const maxRedirects = 5

// ErrTooLarge reports a response body over the configured max_body.
var ErrTooLarge = errors.New("response body exceeds max_body")

// NewHTTPClient returns the client feedsieve polls with: pooled keep-alive
// connections sized for the poll concurrency, bounded redirects and a
// timeout per request.
//
// It connects only to public addresses, and to those inside one of the
// allow networks (poll.allow_networks): a loopback, private, link-local,
// multicast or otherwise reserved address is refused with an
// *AddressError when it is dialled, whether the feed URL, a redirect or a
// DNS answer led there.
//
// A proxy named by the environment (HTTP_PROXY, HTTPS_PROXY, NO_PROXY)
// still works: the proxy's address is then what is dialled and checked,
// so a proxy on the local network needs its network allowed, and where
// the proxy connects on the poller's behalf is the proxy's own policy.
func NewHTTPClient(timeout time.Duration, concurrency int, allow []netip.Prefix) *http.Client {
	tr := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           newDialer(allow).DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          4 * concurrency,
		MaxIdleConnsPerHost:   concurrency,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ExpectContinueTimeout: time.Second,
		// No ResponseHeaderTimeout: the request's deadline, timeout
		// after it began, covers the headers as well as the body, with
		// no timer of its own for each request.
	}
	return &http.Client{
		Transport: tr,
		Timeout:   timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > maxRedirects {
				return fmt.Errorf("more than %d redirects", maxRedirects)
			}
			for _, prev := range via {
				if prev.URL.String() == req.URL.String() {
					return fmt.Errorf("redirect loop at %s", bareURL(req.URL))
				}
			}
			stripForeignHeaders(req, via[0])
			return nil
		},
	}
}

// bareURL is u without user information and query, which may carry
// secrets and say little about where a request went.
func bareURL(u *url.URL) string {
	return (&url.URL{Scheme: u.Scheme, Host: u.Host, Path: u.Path, RawPath: u.RawPath}).String()
}

// Fetcher makes conditional GET requests for feeds.
type Fetcher struct {
	client    *http.Client
	userAgent string
	maxBody   int64
	minRate   int64
	grace     time.Duration // before minRate applies: MinRateGrace, shorter in tests
	timeout   *TimeoutError // the client's Timeout, as a request's context ends with it; nil: none
}

// NewFetcher returns a Fetcher using client. A response body is cut at
// maxBody bytes, and abandoned with a *SlowError when, after MinRateGrace,
// it arrives slower than minRate bytes per second on average (0: no
// minimum).
func NewFetcher(client *http.Client, userAgent string, maxBody, minRate int64) *Fetcher {
	f := &Fetcher{client: client, userAgent: userAgent, maxBody: maxBody, minRate: minRate, grace: MinRateGrace}
	if client != nil && client.Timeout > 0 { // nil for an aggregator that never fetches (feedsieve reindex)
		f.timeout = &TimeoutError{Timeout: client.Timeout}
	}
	return f
}

// Response is a fetched feed.
type Response struct {
	Status       int
	NotModified  bool   // 304: nothing changed since the validators given
	Body         []byte // decompressed, at most max_body bytes
	URL          string // final URL after redirects
	ContentType  string
	ETag         string
	LastModified string
	FreshFor     time.Duration // from Cache-Control max-age or Expires
	RetryAfter   time.Duration // from Retry-After
	MovedTo      string        // where permanent redirects (301, 308) led, or ""
	// Links are the hub and self of the Link header (hub.go).
	Links hubLinks
	// Pushed is set for a WebSub delivery, whose hub waits for the
	// answer: its items are filed at once, never held for a round of
	// polls, even one that waits for its source's poll.
	Pushed bool
}

// StatusError is a response with a status other than 200 or 304.
type StatusError struct {
	Status     int
	Text       string
	RetryAfter time.Duration // from Retry-After, when the server sent one
}

func (e *StatusError) Error() string {
	if e.RetryAfter > 0 {
		return fmt.Sprintf("HTTP %d %s (retry after %s)", e.Status, e.Text, e.RetryAfter.Round(time.Second))
	}
	return fmt.Sprintf("HTTP %d %s", e.Status, e.Text)
}

// Accept is the Accept header of every poll: the feed formats first.
const Accept = "application/atom+xml, application/rss+xml, application/rdf+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5"

// Fetch GETs src.URL, with src's headers, User-Agent and basic auth
// credentials when it has any, sending etag and lastModified as
// validators when set. Transport-level
// gzip is handled by net/http; the cap applies to the decompressed body,
// so a gzip bomb stops at max_body.
//
// Errors and the URLs of the Response are as net/http gives them: they
// may hold the user name and the query of the URL (secret parameters
// included). Redact them before they leave the process.
func (f *Fetcher) Fetch(ctx context.Context, src Source, etag, lastModified string) (*Response, error) {
	return f.get(ctx, src, Accept, etag, lastModified)
}

// get is Fetch with another Accept header, for pages that are not feeds.
func (f *Fetcher) get(ctx context.Context, src Source, accept, etag, lastModified string) (*Response, error) {
	ctx, cancel := f.requestContext(ctx)
	defer cancel()
	req, err := newSourceRequest(ctx, src, src.URL, f.userAgent, accept)
	if err != nil {
		return nil, err
	}
	if etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	if lastModified != "" {
		req.Header.Set("If-Modified-Since", lastModified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	now := time.Now()
	r := &Response{
		Status:       resp.StatusCode,
		URL:          resp.Request.URL.String(),
		ContentType:  resp.Header.Get("Content-Type"),
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
		FreshFor:     freshFor(resp.Header, now),
		RetryAfter:   retryAfter(resp.Header, now),
		MovedTo:      permanentTarget(resp.Request),
		Links:        linkHeader(resp.Header),
	}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		r.NotModified = true
		return r, nil // no body to read: no rate to watch
	}
	body := watchRate(resp.Body, f.minRate, f.grace, cancel)
	defer body.stop()
	switch {
	case resp.StatusCode != http.StatusOK:
		io.Copy(io.Discard, io.LimitReader(body, 64<<10)) // lets the connection be reused
		return r, &StatusError{Status: resp.StatusCode, Text: http.StatusText(resp.StatusCode), RetryAfter: r.RetryAfter}
	}
	// Read into a buffer of the announced length, when it is within the
	// limit, rather than growing one by doubling: an article page is read
	// once, not copied four times.
	var buf bytes.Buffer
	if n := resp.ContentLength; n > 0 && n <= f.maxBody {
		buf.Grow(int(n) + bytes.MinRead)
	}
	_, err = buf.ReadFrom(io.LimitReader(body, f.maxBody+1))
	r.Body = buf.Bytes()
	if err != nil {
		return r, fmt.Errorf("read body: %w", body.cause(err))
	}
	if int64(len(r.Body)) > f.maxBody {
		return r, fmt.Errorf("%w (%d bytes)", ErrTooLarge, f.maxBody)
	}
	return r, nil
}

// requestContext is the context of one request: it ends after the
// client's Timeout, with a *TimeoutError, and when the returned function
// is called. Being the earlier deadline, it stands in for the one the
// client would add on its own: one context and one timer a request, not
// two of each.
func (f *Fetcher) requestContext(ctx context.Context) (context.Context, context.CancelFunc) {
	if f.timeout == nil {
		return context.WithCancel(ctx)
	}
	return context.WithDeadlineCause(ctx, time.Now().Add(f.timeout.Timeout), f.timeout)
}

// TimeoutError reports a request that had no complete response within
// the poll timeout (poll.timeout), headers and body together.
type TimeoutError struct {
	Timeout time.Duration
}

func (e *TimeoutError) Error() string {
	return fmt.Sprintf("no complete response within poll.timeout (%s)", e.Timeout)
}

// permanentTarget returns the URL of the final request when every
// redirect that led to it was permanent (301 or 308): the feed has moved
// and the config should say so. Otherwise it returns "".
func permanentTarget(final *http.Request) string {
	if final.Response == nil {
		return ""
	}
	for req := final; req.Response != nil; req = req.Response.Request {
		if s := req.Response.StatusCode; s != http.StatusMovedPermanently && s != http.StatusPermanentRedirect {
			return ""
		}
	}
	return final.URL.String()
}
