package feeds

import (
	"io"
	"net/url"
	"strings"

	"github.com/microcosm-cc/bluemonday"
	"golang.org/x/net/html"

	"github.com/feedsieve/feedsieve/storage"
)

// sanitizer makes item HTML safe to republish. It is built once and is
// safe for concurrent use: bluemonday policies are read-only once built.
type sanitizer struct {
	policy *bluemonday.Policy
}

// newSanitizer builds bluemonday's policy for user-generated content,
// limited to absolute http, https and mailto URLs: relative URLs are
// resolved before sanitizing, and one that cannot be resolved would point
// into feedsieve's own site, so it is dropped. An http or https URL must
// also have a host and no user name, as links elsewhere (links.go):
// "https:evil.example" and "https://bank.example@evil.example/" go.
func newSanitizer() *sanitizer {
	p := bluemonday.UGCPolicy()
	p.AllowRelativeURLs(false)
	p.AllowURLSchemeWithCustomPolicy("http", isWebURL)
	p.AllowURLSchemeWithCustomPolicy("https", isWebURL)
	return &sanitizer{policy: p}
}

// html resolves relative URLs against base, then sanitizes.
func (s *sanitizer) html(fragment string, base *url.URL) string {
	if fragment == "" {
		return ""
	}
	if base != nil {
		fragment = absolutize(fragment, base)
	}
	return strings.TrimSpace(cleanMarkup(s.policy.Sanitize(fragment)))
}

// baseURL is the URL that relative links in an item refer to: its own
// link, else its feed's site, when they are safe.
func baseURL(it *storage.Item) *url.URL {
	for _, s := range []string{it.Link, it.Feed.Link} {
		if u := parseURL(s); u != nil && isWebURL(u) {
			return u
		}
	}
	return nil
}

// urlAttrs are the attributes whose value is one URL.
var urlAttrs = map[string]bool{
	"href": true, "src": true, "cite": true, "poster": true, "longdesc": true, "action": true, "background": true,
}

// absolutize rewrites the URL attributes of every tag in an HTML fragment
// to absolute URLs. Tags without them, text and comments are copied as
// they were.
func absolutize(fragment string, base *url.URL) string {
	z := html.NewTokenizer(strings.NewReader(fragment))
	var b strings.Builder
	b.Grow(len(fragment) + len(fragment)/8)
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			if z.Err() != io.EOF {
				b.Write(z.Raw())
			}
			return b.String()
		}
		raw := z.Raw()
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			b.Write(raw)
			continue
		}
		rawCopy := string(raw)
		tok := z.Token()
		if !resolveAttrs(tok.Attr, base) {
			b.WriteString(rawCopy)
			continue
		}
		b.WriteString(tok.String())
	}
}

// resolveAttrs resolves URL attributes in place and reports whether any
// changed.
func resolveAttrs(attrs []html.Attribute, base *url.URL) bool {
	changed := false
	for i, a := range attrs {
		var v string
		switch {
		case a.Namespace != "":
			continue
		case urlAttrs[a.Key]:
			v = resolve(base, a.Val)
		case a.Key == "srcset":
			v = resolveSrcset(base, a.Val)
		default:
			continue
		}
		if v != a.Val {
			attrs[i].Val = v
			changed = true
		}
	}
	return changed
}

// resolve returns ref resolved against base, or ref unchanged when it does
// not parse (the sanitizer then drops it).
func resolve(base *url.URL, ref string) string {
	u, err := url.Parse(strings.TrimSpace(ref))
	if err != nil {
		return ref
	}
	return base.ResolveReference(u).String()
}

// resolveSrcset resolves each candidate of a srcset: "URL [descriptor], …".
func resolveSrcset(base *url.URL, set string) string {
	parts := strings.Split(set, ",")
	for i, p := range parts {
		fields := strings.Fields(p)
		if len(fields) == 0 {
			continue
		}
		fields[0] = resolve(base, fields[0])
		parts[i] = strings.Join(fields, " ")
	}
	return strings.Join(parts, ", ")
}
