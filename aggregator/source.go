package aggregator

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"time"

	"golang.org/x/net/http/httpguts"
)

// Source is a feed to poll.
type Source struct {
	Name string
	// URL is polled as it is, and may carry credentials: user information
	// and secret query parameters (Options.SecretParams). The aggregator
	// never shows it: logs and errors name the source's URL as PublicURL.
	URL string
	// PublicURL is the URL as it may be shown. New sets it, when empty, to
	// RedactURL(URL, Options.SecretParams); Options.PublicURL computes it.
	PublicURL string
	// Username and Password, when either is set, are sent as HTTP basic
	// auth (user information in URL works too). Neither is ever shown.
	Username, Password string
	// Headers are sent with every request made for the source: its feed,
	// and its articles with FullText. Their values are secrets, as the
	// password is: never shown, and sent to no other host than the one
	// asked first.
	Headers map[string]string
	// UserAgent, when set, replaces Options.UserAgent in the source's
	// requests, for servers that refuse feed readers.
	UserAgent string
	// FullText, when set, fetches the article page of each new item once
	// and matches topics against its main text, as the field article;
	// with FullTextPublish, the feeds carry that text as the content.
	FullText FullText
	Interval time.Duration // 0: Options.Interval
}

// reservedHeaders are the headers feedsieve sets itself: a source may not
// replace them, or polling (validators, transparent gzip, the body's
// framing, the host asked) breaks.
var reservedHeaders = []string{
	"Accept-Encoding", "Connection", "Content-Length", "Host", "If-Modified-Since",
	"If-None-Match", "Keep-Alive", "Proxy-Authorization", "Te", "Trailer", "Transfer-Encoding", "Upgrade",
}

// CheckHeader returns an error when a source may not send the header
// name with value. The config and the API check headers with it alone.
// The error never quotes the value, which is a secret.
func CheckHeader(name, value string) error {
	canon := http.CanonicalHeaderKey(name)
	switch {
	case !httpguts.ValidHeaderFieldName(name):
		return fmt.Errorf("%q is not a header name", name)
	case canon == "User-Agent":
		return fmt.Errorf("set user_agent instead of the header %s", canon)
	case containsFold(reservedHeaders, canon):
		return fmt.Errorf("the header %s is feedsieve's own and cannot be set", canon)
	case strings.TrimSpace(value) == "":
		return fmt.Errorf("the header %s has no value", canon)
	case !httpguts.ValidHeaderFieldValue(value):
		return fmt.Errorf("the value of the header %s has characters a header cannot carry (line breaks, control characters)", canon)
	}
	return nil
}

// CheckUserAgent returns an error when ua cannot be a User-Agent header.
func CheckUserAgent(ua string) error {
	if strings.TrimSpace(ua) == "" || !httpguts.ValidHeaderFieldValue(ua) {
		return fmt.Errorf("%q cannot be a User-Agent header (empty, or has line breaks or control characters)", ua)
	}
	return nil
}

func containsFold(list []string, s string) bool {
	for _, v := range list {
		if strings.EqualFold(v, s) {
			return true
		}
	}
	return false
}

// sourceHeadersKey marks a request's context with the names of the
// source's own headers, which a redirect to another host must not carry.
type sourceHeadersKey struct{}

// newSourceRequest builds a GET of rawURL as src asks: its User-Agent
// (else userAgent), its headers and its basic auth credentials. The
// client's CheckRedirect drops the headers and credentials on a redirect
// to another host or port (stripForeignHeaders).
func newSourceRequest(ctx context.Context, src Source, rawURL, userAgent, accept string) (*http.Request, error) {
	if auth := src.Username != "" || src.Password != ""; len(src.Headers) > 0 || auth {
		names := make([]string, 0, len(src.Headers)+1)
		for name := range src.Headers {
			names = append(names, name)
		}
		if auth {
			names = append(names, "Authorization")
		}
		ctx = context.WithValue(ctx, sourceHeadersKey{}, names)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, fmt.Errorf("build request: %w", err)
	}
	for name, value := range src.Headers {
		req.Header.Set(name, value)
	}
	if src.UserAgent != "" {
		userAgent = src.UserAgent
	}
	req.Header.Set("User-Agent", userAgent)
	req.Header.Set("Accept", accept)
	if src.Username != "" || src.Password != "" {
		req.SetBasicAuth(src.Username, src.Password)
	}
	return req, nil
}

// stripForeignHeaders removes a source's own headers from a redirected
// request that goes to another host or port than the first request did:
// they are credentials for that server alone. net/http forwards any header
// but Authorization, Cookie and WWW-Authenticate to wherever a redirect
// leads, and those three to another port of the same host.
func stripForeignHeaders(req *http.Request, first *http.Request) {
	names, _ := req.Context().Value(sourceHeadersKey{}).([]string)
	if len(names) == 0 || strings.EqualFold(req.URL.Host, first.URL.Host) {
		return
	}
	for _, name := range names {
		req.Header.Del(name)
	}
}
