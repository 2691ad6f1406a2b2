package feeds

import (
	"net/mail"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Every URL feedsieve republishes came from a source feed, so it is
// published only when it is an absolute http or https URL (or, for an
// author, a mailto: address): javascript:, data:, vbscript: and every
// other scheme are dropped, whatever their case or the spaces, control
// characters and tabs hidden in or around them (browsers ignore those and
// would run "java\tscript:"). A relative or protocol-relative URL is
// dropped too: the aggregator resolves item and feed links against the
// feed's address before storing them, so one still relative here could
// not be resolved there, and would point into feedsieve's own site.
//
// What holds an unsafe URL loses the URL, not itself: an entry whose link
// is unsafe is published without a link (Atom then carries its summary or
// title as content, as for any entry without a link), a source without a
// safe link or id keeps its title, an author keeps the name.

// safeURL returns raw as an absolute http or https URL fit to publish as
// a link, or "" when it is not one. The URL is published as it was
// written, trimmed and with its scheme in lower case: url.URL.String
// would percent-encode an international host, which some readers then
// cannot follow.
func safeURL(raw string) string {
	u := parseURL(raw)
	if u == nil || !isWebURL(u) {
		return ""
	}
	return asWritten(raw, u)
}

// asWritten is raw, trimmed as parseURL trims it, with u's scheme in lower case.
func asWritten(raw string, u *url.URL) string {
	s := strings.TrimFunc(raw, isURLJunk)
	return u.Scheme + s[len(u.Scheme):]
}

// safeAuthorURL is safeURL that also takes a mailto: link with a plain
// address, as an author's uri may be.
func safeAuthorURL(raw string) string {
	u := parseURL(raw)
	switch {
	case u == nil:
		return ""
	case isWebURL(u):
		return asWritten(raw, u)
	case u.Scheme == "mailto" && u.RawQuery == "" && u.Fragment == "" && safeEmail(u.Opaque) != "":
		return "mailto:" + u.Opaque
	}
	return ""
}

// safeSourceID returns a source feed's id fit for atom:id: a safe http or
// https URL, or a urn: or tag: URI, which readers take as a name and never
// follow; "" otherwise.
func safeSourceID(raw string) string {
	u := parseURL(raw)
	switch {
	case u == nil:
		return ""
	case isWebURL(u), (u.Scheme == "urn" || u.Scheme == "tag") && u.Opaque != "":
		return asWritten(raw, u)
	}
	return ""
}

// safeEmail returns s when it is a plain e-mail address (local@domain,
// without a name, quotes, comments or routes), else "". Atom wants
// name@host in atom:email; RSS wants an address in <author>.
func safeEmail(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, "\"()<>[]\\,;: \t") {
		return ""
	}
	a, err := mail.ParseAddress(s)
	if err != nil || a.Name != "" || a.Address != s {
		return ""
	}
	return s
}

// parseURL parses a URL with spaces and control characters around it
// trimmed, or returns nil when what is left is not valid UTF-8, holds a
// space, a control or a bidirectional formatting character anywhere, or
// does not parse.
func parseURL(raw string) *url.URL {
	s := strings.TrimFunc(raw, isURLJunk)
	if s == "" || !utf8.ValidString(s) || strings.IndexFunc(s, isURLJunk) >= 0 {
		return nil
	}
	u, err := url.Parse(s)
	if err != nil {
		return nil
	}
	return u
}

// isWebURL reports whether u is an absolute http or https URL with a host
// and no user name or password (a phishing trick, never used by feeds).
// url.Parse has lower-cased the scheme.
func isWebURL(u *url.URL) bool {
	return (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" && u.Opaque == "" && u.User == nil
}

// isURLJunk reports the characters no published URL holds unescaped.
func isURLJunk(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsControl(r) || isBidiControl(r) || r == utf8.RuneError
}
