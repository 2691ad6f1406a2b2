package feeds

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// Rendered is one feed document, ready to serve: its bytes, gzipped once,
// and the headers that describe them.
type Rendered struct {
	Body         []byte
	Gzip         []byte
	ContentType  string
	ETag         string // strong, quoted; the gzipped bytes carry ETag with "-gz" before the closing quote
	LastModified time.Time

	gen     uint64
	expires time.Time // zero when only a change makes it stale: the entry's ttl, or when its render said it would change by the clock
	headers renderedHeaders
}

// renderedHeaders are header values built once, so that serving a cached
// feed allocates nothing for them.
type renderedHeaders struct {
	contentType, etag, gzETag, lastModified, length, gzLength, cacheControl []string
	// pageType, when set, is the media type for a browser that navigates
	// to the document (feedxsl.go).
	pageType []string
}

// gzipETag is the ETag of the gzipped representation.
func (r *Rendered) gzipETag() string { return r.headers.gzETag[0] }

// etagOf is the strong entity tag of a body: a hash of its bytes, so that
// identical renderings, also across restarts, share their tag.
func etagOf(body []byte) string {
	sum := sha256.Sum256(body)
	return hex.EncodeToString(sum[:16])
}

func newRendered(body []byte, tag, contentType string, modified time.Time, maxAge time.Duration) (*Rendered, error) {
	var zbuf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&zbuf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(body); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	r := &Rendered{Body: body, Gzip: zbuf.Bytes(), ContentType: contentType, ETag: `"` + tag + `"`, LastModified: modified}
	r.headers = renderedHeaders{
		contentType:  []string{contentType},
		etag:         []string{r.ETag},
		gzETag:       []string{`"` + tag + `-gz"`},
		lastModified: []string{modified.UTC().Format(http.TimeFormat)},
		length:       []string{strconv.Itoa(len(r.Body))},
		gzLength:     []string{strconv.Itoa(len(r.Gzip))},
		cacheControl: []string{"public, max-age=" + strconv.Itoa(int(maxAge.Seconds()))},
		pageType:     asPage[contentType],
	}
	return r, nil
}

// cacheKey names one format of one topic.
type cacheKey struct{ topic, format string }

// cacheEntry holds the current rendering of one document. A change bumps
// gen; a rendering made before the change is then stale and rendered
// again on the next request, so a reader never gets a document older than
// the last change reported to the cache. With a ttl, a rendering also
// goes stale that long after it was made, for documents that show what
// changes unreported.
type cacheEntry struct {
	ttl     time.Duration
	mu      sync.Mutex // serializes rendering, so each change renders once
	gen     atomic.Uint64
	cur     atomic.Pointer[Rendered]
	lastTag string    // guarded by mu
	lastMod time.Time // guarded by mu
}

// cache holds every format and the page of every topic, the index page
// and the sources page. Its map is built once and only read afterwards.
type cache struct {
	entries map[cacheKey]*cacheEntry
	index   *cacheEntry
	sources *cacheEntry
	now     func() time.Time
}

func newCache(topics []Topic) *cache {
	c := &cache{
		entries: make(map[cacheKey]*cacheEntry),
		index:   &cacheEntry{ttl: indexRefresh}, sources: &cacheEntry{ttl: indexRefresh}, now: time.Now,
	}
	for _, t := range topics {
		for _, f := range cachedFormats {
			c.entries[cacheKey{t.ID, f}] = &cacheEntry{}
		}
	}
	return c
}

// invalidate marks every format and the page of the topics as changed,
// and the index page, which shows their headlines.
func (c *cache) invalidate(topics []string) {
	for _, t := range topics {
		for _, f := range cachedFormats {
			if e := c.entries[cacheKey{t, f}]; e != nil {
				e.gen.Add(1)
			}
		}
	}
	c.polled()
}

// polled marks the pages that show the sources' polls as changed.
func (c *cache) polled() {
	c.index.gen.Add(1)
	c.sources.gen.Add(1)
}

// get returns the current rendering of a feed, calling render if the feed
// changed since it was last rendered.
func (c *cache) get(k cacheKey, maxAge time.Duration, render renderFunc) (*Rendered, error) {
	return c.entries[k].get(c.now, ContentType(k.format), maxAge, render)
}

// renderFunc renders a document, and says when it would render otherwise
// by the clock alone, with nothing stored changing (zero: never): when a
// story that waits for a lead that never came is shown, when an entry
// passes the topic's max age (newestStories, Server.read).
type renderFunc func() ([]byte, time.Time, error)

// get returns the entry's current rendering, calling render if the
// document changed since it was last rendered, or its rendering expired.
func (e *cacheEntry) get(now func() time.Time, contentType string, maxAge time.Duration, render renderFunc) (*Rendered, error) {
	if r := e.cur.Load(); e.fresh(r, e.gen.Load(), now) {
		return r, nil
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	gen := e.gen.Load()
	if r := e.cur.Load(); e.fresh(r, gen, now) {
		return r, nil
	}
	body, stale, err := render()
	if err != nil {
		return nil, err
	}
	tag := etagOf(body)
	at := now()
	r, err := newRendered(body, tag, contentType, e.modified(tag, at), maxAge)
	if err != nil {
		return nil, err
	}
	r.gen = gen
	if e.ttl > 0 {
		r.expires = at.Add(e.ttl)
	}
	if !stale.IsZero() && (r.expires.IsZero() || stale.Before(r.expires)) {
		r.expires = stale
	}
	e.lastTag = tag
	e.cur.Store(r)
	return r, nil
}

// fresh reports whether r is a rendering of generation gen that has not
// expired.
func (e *cacheEntry) fresh(r *Rendered, gen uint64, now func() time.Time) bool {
	return r != nil && r.gen == gen && (r.expires.IsZero() || now().Before(r.expires))
}

// modified is the Last-Modified time of a new rendering: unchanged when
// the bytes are the same, else now, and always a later second than the
// previous bytes had, so that If-Modified-Since never hides a change.
func (e *cacheEntry) modified(tag string, now time.Time) time.Time {
	if tag == e.lastTag {
		return e.lastMod
	}
	now = now.UTC().Truncate(time.Second)
	if !e.lastMod.IsZero() && !now.After(e.lastMod) {
		now = e.lastMod.Add(time.Second)
	}
	e.lastMod = now
	return now
}
