package aggregator

import (
	"errors"
	"net/url"
	"slices"
	"strings"

	"github.com/feedsieve/feedsieve/storage"
)

// DefaultSecretParams are the query parameters (compared case-insensitively)
// that Options.SecretParams falls back to: the names that carry
// credentials in the feed URLs of common services and signed links.
// token, feed_token and private_token are how GitHub, GitLab and
// FreshRSS authenticate private feeds; key is Redmine's and Tiny Tiny
// RSS's; access_token, auth_token, client_secret and code come from
// OAuth; api_key and apikey from APIs; sig, signature and the x-amz-
// names from signed S3 and CDN links; session, sessionid and sid are
// session ids; auth, secret, password, passwd and pwd are what they say.
// A false positive only shortens a URL that is shown, never the one
// polled.
var DefaultSecretParams = []string{
	"access_token", "api_key", "apikey", "auth", "auth_token", "client_secret", "code",
	"feed_token", "key", "passwd", "password", "private_token", "pwd", "secret",
	"session", "sessionid", "sid", "sig", "signature", "token",
	"x-amz-credential", "x-amz-security-token", "x-amz-signature",
}

// unparseableURL stands for a URL that RedactURL cannot parse: which part
// of it is secret cannot be told.
const unparseableURL = "(unparseable URL)"

// RedactURL returns raw as it may be shown: without user information
// (user name and password) and without the query parameters whose names,
// compared case-insensitively, are in secretParams. Everything else stays
// as written, and raw comes back unchanged when there is nothing to
// remove. Relative references work too. A raw that does not parse comes
// back as "(unparseable URL)".
func RedactURL(raw string, secretParams []string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return unparseableURL
	}
	changed := u.User != nil
	u.User = nil
	if q, dropped := dropParams(u.RawQuery, secretParams); dropped {
		u.RawQuery, changed = q, true
	}
	if !changed {
		return raw
	}
	return u.String()
}

// dropParams removes the secret parameters from a raw query, leaving the
// others as written and in their order.
func dropParams(rawQuery string, secretParams []string) (string, bool) {
	if rawQuery == "" {
		return rawQuery, false
	}
	parts := strings.Split(rawQuery, "&")
	kept := parts[:0]
	for _, p := range parts {
		name, _, _ := strings.Cut(p, "=")
		if !isSecretParam(name, secretParams) {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, "&"), len(kept) < len(parts)
}

// isSecretParam reports whether a raw (escaped) parameter name is one of
// secretParams. The name is unescaped first, since a server reads
// %74oken as token.
func isSecretParam(rawName string, secretParams []string) bool {
	name := rawName
	if n, err := url.QueryUnescape(rawName); err == nil {
		name = n
	}
	return slices.ContainsFunc(secretParams, func(s string) bool { return strings.EqualFold(s, name) })
}

// minSecretLen is the shortest password or parameter value that is
// scrubbed from free text as well: shorter ones are too likely to occur in
// ordinary text. Every secret is removed from URLs, whatever its length.
// User names are not scrubbed from free text: they are often plain words.
const minSecretLen = 5

// redactor removes one source's secrets from what the aggregator shows
// and stores: URLs lose their user information and secret parameters,
// the source's own URL is shown as its public URL, and free text loses
// the literal values of its password, of its headers and of the secret
// parameters of its URL.
type redactor struct {
	params     []string // names of the query parameters that carry secrets
	values     []string // literal secrets, longest first
	configured string   // the source's URL, redacted
	public     string   // how the source's URL is shown
}

func newRedactor(src Source, public string, secretParams []string) *redactor {
	r := &redactor{params: secretParams, configured: RedactURL(src.URL, secretParams), public: public}
	r.add(src.Password)
	for _, v := range src.Headers {
		r.add(v)
	}
	u, err := url.Parse(src.URL)
	if err != nil {
		return r
	}
	if p, ok := u.User.Password(); ok {
		r.add(p)
	}
	for _, part := range strings.Split(u.RawQuery, "&") {
		if name, value, _ := strings.Cut(part, "="); isSecretParam(name, secretParams) {
			r.add(value)
			if v, err := url.QueryUnescape(value); err == nil {
				r.add(v)
			}
		}
	}
	slices.SortFunc(r.values, func(a, b string) int { return len(b) - len(a) })
	return r
}

// add records a secret in the forms it may take in text and in URLs.
func (r *redactor) add(secret string) {
	for _, v := range []string{secret, url.QueryEscape(secret), url.PathEscape(secret)} {
		if len(v) >= minSecretLen && !slices.Contains(r.values, v) {
			r.values = append(r.values, v)
		}
	}
}

// text replaces every literal secret in s with ***.
func (r *redactor) text(s string) string {
	for _, v := range r.values {
		s = strings.ReplaceAll(s, v, "***")
	}
	return s
}

// url redacts a URL to be shown that names the source or its feed: in
// errors, where it moved, the feed's own links. The source's own URL is
// shown as its public URL.
func (r *redactor) url(raw string) string {
	s := RedactURL(raw, r.params)
	if s == r.configured {
		return r.public
	}
	return r.text(s)
}

// base redacts the URL that a feed's relative links resolve against.
// Unlike url, it keeps the URL's place, which a public URL an operator
// chose may not.
func (r *redactor) base(raw string) string {
	return r.text(RedactURL(raw, r.params))
}

// link redacts a link of the feed's content only when it carries a
// secret of the source (user information, or one of its literal secrets):
// other links are the publisher's and stay as they are.
func (r *redactor) link(raw string) string {
	if !r.carries(raw) {
		return raw
	}
	return r.base(raw)
}

func (r *redactor) carries(raw string) bool {
	if r.text(raw) != raw {
		return true
	}
	if !strings.Contains(raw, "@") { // spares most links a parse
		return false
	}
	u, err := url.Parse(raw)
	return err == nil && u.User != nil
}

// entries redacts what a poll stores with its items: the feed's id and
// link always, item links and GUIDs when they carry a secret, and with
// them the normalized links and identity keys made from them.
func (r *redactor) entries(es []storage.Entry) {
	var feedIn, feedOut storage.FeedInfo // the items of a feed share theirs
	for i := range es {
		e := &es[i]
		if i == 0 || e.Item.Feed != feedIn {
			feedIn, feedOut = e.Item.Feed, e.Item.Feed
			feedOut.ID, feedOut.Link = r.url(feedIn.ID), r.url(feedIn.Link)
		}
		e.Item.Feed = feedOut
		if link := r.link(e.Item.Link); link != e.Item.Link {
			norm := NormalizeLink(link)
			if e.Key == "link:"+e.Item.NormLink {
				e.Key = "link:" + norm
			}
			e.Item.Link, e.Item.NormLink = link, norm
		}
		if guid := r.link(e.Item.GUID); guid != e.Item.GUID {
			if e.Key == "guid:"+e.Item.GUID {
				e.Key = "guid:" + guid
			}
			e.Item.GUID = guid
		}
		e.Item.EntryID = r.link(e.Item.EntryID)
		e.Item.Origin.ID, e.Item.Origin.Link = r.link(e.Item.Origin.ID), r.link(e.Item.Origin.Link)
		for j := range e.Item.Enclosures {
			e.Item.Enclosures[j].URL = r.link(e.Item.Enclosures[j].URL)
		}
		e.Item.Image = r.link(e.Item.Image)
	}
}

// err redacts an error: the URL of a *url.Error in its chain (net/http
// masks the password there, but keeps the user name and the query), and
// the literal secrets in its text, such as an unparseable Location header
// quoted in full.
func (r *redactor) err(err error) error {
	if err == nil {
		return nil
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		ue.URL = r.url(ue.URL)
	}
	if msg := err.Error(); r.text(msg) != msg {
		return &redactedError{msg: r.text(msg), err: err}
	}
	return err
}

// redactedError is an error whose text had secrets in it. It unwraps to
// the original, so that errors.Is and errors.As still work; the text of
// errors further down the chain is not scrubbed.
type redactedError struct {
	msg string
	err error
}

func (e *redactedError) Error() string { return e.msg }
func (e *redactedError) Unwrap() error { return e.err }

// PublicURL is a source's URL as it may be shown: its PublicURL, else its
// URL without user information and secret parameters. Every part of
// feedsieve that shows a source's URL asks here.
func (o Options) PublicURL(src Source) string {
	if src.PublicURL != "" {
		return src.PublicURL
	}
	params := o.SecretParams
	if params == nil {
		params = DefaultSecretParams
	}
	return RedactURL(src.URL, params)
}
