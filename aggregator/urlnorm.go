package aggregator

import (
	"net/url"
	"sort"
	"strings"
)

// trackingParams are query parameters that identify a campaign, a click,
// a reader or a session, not the article; links differing only in them
// are the same item. A feed that writes a new session id into every link
// at every request would otherwise bring every item anew at every poll.
var trackingParams = map[string]bool{
	// clicks and campaigns of ad and mail platforms
	"fbclid": true, "gclid": true, "gclsrc": true, "dclid": true, "gbraid": true, "wbraid": true,
	"msclkid": true, "yclid": true, "igshid": true, "twclid": true, "ttclid": true,
	"mc_cid": true, "mc_eid": true, "_ga": true, "_gl": true, "mkt_tok": true,
	"_hsenc": true, "_hsmi": true, "oly_enc_id": true, "oly_anon_id": true, "vero_id": true, "vero_conv": true,
	// sessions of web frameworks
	"phpsessid": true, "jsessionid": true, "aspsessionid": true,
	"cfid": true, "cftoken": true, "oscsid": true, "zenid": true,
}

// pathSession is a session id written into a path (Java servlets'
// ";jsessionid=…"), up to the next segment.
func pathSession(path string) string {
	for {
		i := strings.Index(strings.ToLower(path), ";jsessionid=")
		if i < 0 {
			return path
		}
		end := strings.IndexByte(path[i+1:], '/')
		if end < 0 {
			return path[:i]
		}
		path = path[:i] + path[i+1+end:]
	}
}

// NormalizeLink returns the form of an absolute http(s) link used to
// recognise the same article across sources: lower-case scheme and host,
// http and https alike, default port, fragment, tracking and session
// parameters and a trailing slash dropped, remaining query parameters
// sorted. It returns ""
// for anything that is not an absolute http(s) URL.
func NormalizeLink(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
	}
	scheme := strings.ToLower(u.Scheme)
	if scheme != "http" && scheme != "https" {
		return ""
	}
	host := strings.ToLower(u.Hostname())
	if port := u.Port(); port != "" && port != "80" && port != "443" {
		host += ":" + port
	}
	path := strings.TrimRight(pathSession(u.EscapedPath()), "/")
	var b strings.Builder
	b.WriteString("https://") // http and https name the same article
	b.WriteString(host)
	b.WriteString(path)
	if q := normalizeQuery(u.RawQuery); q != "" {
		b.WriteByte('?')
		b.WriteString(q)
	}
	return b.String()
}

func normalizeQuery(raw string) string {
	if raw == "" {
		return ""
	}
	var kept []string
	for _, p := range strings.Split(raw, "&") {
		if p == "" {
			continue
		}
		name, _, _ := strings.Cut(p, "=")
		if n, err := url.QueryUnescape(name); err == nil {
			name = n
		}
		name = strings.ToLower(name)
		if strings.HasPrefix(name, "utm_") || trackingParams[name] {
			continue
		}
		kept = append(kept, p)
	}
	sort.Strings(kept)
	return strings.Join(kept, "&")
}

// resolveLink makes a possibly relative link absolute against base.
// webLink keeps a link only when it is an absolute http or https URL with
// a host: javascript:, data: and other schemes are a feed's way to put
// code into what feedsieve stores, shows in its API and republishes.
func webLink(link string) string {
	u, err := url.Parse(link)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return link
}

func resolveLink(base *url.URL, link string) string {
	link = strings.TrimSpace(link)
	if link == "" {
		return ""
	}
	u, err := url.Parse(link)
	if err != nil {
		return link
	}
	if base == nil || u.IsAbs() {
		return u.String()
	}
	return base.ResolveReference(u).String()
}
