package feeds

import (
	"net/http"
	"strconv"
	"strings"
	"time"
)

var (
	varyAcceptEncoding = []string{"Accept-Encoding"}
	gzipEncoding       = []string{"gzip"}
	noSniff            = []string{"nosniff"}
)

// serveRendered writes a cached feed or page: 304 when the client has it, else
// the gzipped or plain bytes, and no body for HEAD. Range requests get the
// whole feed, which HTTP allows. Every header value is a slice built with
// the rendering, set straight into the map under its canonical key.
func serveRendered(w http.ResponseWriter, r *http.Request, rd *Rendered) {
	h := w.Header()
	hd := &rd.headers
	gz := acceptsGzip(r.Header["Accept-Encoding"])
	h["Vary"] = varyAcceptEncoding
	contentType := hd.contentType
	if hd.pageType != nil {
		h["Vary"] = varyNavigation
		if isNavigation(r) {
			contentType = hd.pageType
		}
	}
	h["Cache-Control"] = hd.cacheControl
	if gz {
		h["Etag"] = hd.gzETag
	} else {
		h["Etag"] = hd.etag
	}
	if notModified(r, rd) {
		// A 304 carries what a 200 would of Cache-Control, ETag and Vary
		// (RFC 9110 section 15.4.5), and no other representation metadata:
		// a cache keeps the rest from its stored response.
		w.WriteHeader(http.StatusNotModified)
		return
	}
	// A browser must not take a feed for a page: JSON Feed carries HTML
	// unescaped.
	h["X-Content-Type-Options"] = noSniff
	h["Last-Modified"] = hd.lastModified
	h["Content-Type"] = contentType
	body := rd.Body
	if gz {
		h["Content-Encoding"] = gzipEncoding
		h["Content-Length"] = hd.gzLength
		body = rd.Gzip
	} else {
		h["Content-Length"] = hd.length
	}
	if r.Method == http.MethodHead {
		w.WriteHeader(http.StatusOK)
		return
	}
	// With Content-Length set, net/http neither chunks nor sniffs: the
	// header goes out with the start of the body.
	writeCorked(w, r, body)
}

// notModified evaluates If-None-Match, or when it is absent
// If-Modified-Since (RFC 9110 section 13.2.2). Either representation's
// tag matches: they differ only in content coding.
func notModified(r *http.Request, rd *Rendered) bool {
	if inm := r.Header["If-None-Match"]; len(inm) > 0 {
		for _, list := range inm {
			if etagListMatches(list, rd.ETag, rd.gzipETag()) {
				return true
			}
		}
		return false
	}
	ims := r.Header.Get("If-Modified-Since")
	if ims == "" {
		return false
	}
	t, err := http.ParseTime(ims)
	if err != nil {
		return false
	}
	return !rd.LastModified.After(t.Truncate(time.Second))
}

// etagListMatches reports whether a comma-separated If-None-Match list
// holds "*" or, by weak comparison, one of the tags.
func etagListMatches(list string, tags ...string) bool {
	for len(list) > 0 {
		var item string
		item, list, _ = strings.Cut(list, ",")
		item = strings.TrimSpace(item)
		if item == "*" {
			return true
		}
		item = strings.TrimPrefix(item, "W/")
		for _, t := range tags {
			if item == t {
				return true
			}
		}
	}
	return false
}

// acceptsGzip reports whether Accept-Encoding allows gzip: named with a
// non-zero q, or matched by "*" when gzip is not named.
func acceptsGzip(values []string) bool {
	star := false
	for _, v := range values {
		for len(v) > 0 {
			var item string
			item, v, _ = strings.Cut(v, ",")
			coding, params, _ := strings.Cut(item, ";")
			coding = strings.TrimSpace(coding)
			switch {
			case strings.EqualFold(coding, "gzip"), strings.EqualFold(coding, "x-gzip"):
				return qualityNonZero(params)
			case coding == "*":
				star = qualityNonZero(params)
			}
		}
	}
	return star
}

// qualityNonZero reports whether a coding's parameters leave its q above
// zero; a missing or malformed q counts as 1.
func qualityNonZero(params string) bool {
	for len(params) > 0 {
		var p string
		p, params, _ = strings.Cut(params, ";")
		k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
		if !ok || !strings.EqualFold(strings.TrimSpace(k), "q") {
			continue
		}
		q, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		return err != nil || q > 0
	}
	return true
}
