package aggregator

import (
	"net/http"
	"strconv"
	"strings"
	"time"
)

// freshFor is how long a response says it stays fresh: Cache-Control
// max-age, else Expires minus Date (RFC 9111 section 4.2.1). no-cache and
// no-store give 0; so does a response without either header.
func freshFor(h http.Header, now time.Time) time.Duration {
	if cc := h.Values("Cache-Control"); len(cc) > 0 {
		for _, v := range cc {
			for _, d := range strings.Split(v, ",") {
				name, val, _ := strings.Cut(strings.TrimSpace(d), "=")
				switch strings.ToLower(name) {
				case "no-cache", "no-store":
					return 0
				case "max-age":
					if n, err := strconv.ParseInt(strings.Trim(val, `"`), 10, 64); err == nil && n > 0 {
						return secondsDuration(n)
					}
					return 0
				}
			}
		}
	}
	exp := h.Get("Expires")
	if exp == "" {
		return 0
	}
	t, err := http.ParseTime(exp)
	if err != nil {
		return 0 // an invalid Expires means already expired
	}
	base := now
	if d, err := http.ParseTime(h.Get("Date")); err == nil {
		base = d
	}
	if t.After(base) {
		return t.Sub(base)
	}
	return 0
}

// retryAfter reads Retry-After: delay seconds or an HTTP date. It returns
// 0 when the header is missing or malformed.
func retryAfter(h http.Header, now time.Time) time.Duration {
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0
	}
	if n, err := strconv.ParseInt(v, 10, 64); err == nil {
		if n <= 0 {
			return 0
		}
		return secondsDuration(n)
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// rssTTL reads an RSS channel's <ttl>, in minutes.
func rssTTL(ttl string) time.Duration {
	n, err := strconv.ParseInt(strings.TrimSpace(ttl), 10, 64)
	if err != nil || n <= 0 {
		return 0
	}
	if n > 1<<20 {
		n = 1 << 20
	}
	return time.Duration(n) * time.Minute
}

// secondsDuration converts seconds to a Duration without overflowing:
// anything over ten years counts as ten years, which every bound cuts down.
func secondsDuration(n int64) time.Duration {
	const tenYears = 10 * 365 * 24 * 3600
	if n > tenYears {
		n = tenYears
	}
	return time.Duration(n) * time.Second
}
