package aggregator

import (
	"net/url"
	"testing"
)

func TestNormalizeLink(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"scheme and host case", "HTTP://WWW.Example.COM/News/Story", "https://www.example.com/News/Story"},
		{"http equals https", "http://example.com/a", "https://example.com/a"},
		{"default http port", "http://example.com:80/a", "https://example.com/a"},
		{"default https port", "https://example.com:443/a", "https://example.com/a"},
		{"other port kept", "https://example.com:8443/a", "https://example.com:8443/a"},
		{"fragment dropped", "https://example.com/a#comments", "https://example.com/a"},
		{"trailing slash dropped", "https://example.com/a/", "https://example.com/a"},
		{"root slash dropped", "https://example.com/", "https://example.com"},
		{"tracking dropped", "https://example.com/a?utm_source=rss&utm_medium=feed&fbclid=x&gclid=y&mc_cid=1&mc_eid=2", "https://example.com/a"},
		{"query sorted", "https://example.com/a?b=2&a=1&utm_campaign=z", "https://example.com/a?a=1&b=2"},
		{"case of tracking name", "https://example.com/a?UTM_Source=x&id=7", "https://example.com/a?id=7"},
		{"clicks of other platforms", "https://example.com/a?msclkid=1&yclid=2&igshid=3&_ga=4&_hsenc=5&mkt_tok=6&id=7", "https://example.com/a?id=7"},
		{"session in the query", "https://example.com/a.php?PHPSESSID=9f2c&id=7&jsessionid=1", "https://example.com/a.php?id=7"},
		{"session in the path", "https://example.com/news/story.jsp;jsessionid=A1B2C3?id=7", "https://example.com/news/story.jsp?id=7"},
		{"session in a segment", "https://example.com/app;JSESSIONID=A1/news/7", "https://example.com/app/news/7"},
		{"a word like a session", "https://example.com/sessionids/7?sid=3&sessionid=12", "https://example.com/sessionids/7?sessionid=12&sid=3"},
		{"not http", "ftp://example.com/a", ""},
		{"relative", "/news/1", ""},
		{"empty", "", ""},
		{"garbage", "http://[::1", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := NormalizeLink(tt.in); got != tt.want {
				t.Errorf("NormalizeLink(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestResolveLink(t *testing.T) {
	base, _ := url.Parse("https://news.example/feeds/world.xml")
	tests := []struct{ in, want string }{
		{"/a/1", "https://news.example/a/1"},
		{"b/2", "https://news.example/feeds/b/2"},
		{"https://other.example/x", "https://other.example/x"},
		{"  ", ""},
	}
	for _, tt := range tests {
		if got := resolveLink(base, tt.in); got != tt.want {
			t.Errorf("resolveLink(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWebLink(t *testing.T) {
	for in, want := range map[string]string{
		"https://news.test/a?b=1#c":          "https://news.test/a?b=1#c",
		"HTTP://news.test/":                  "HTTP://news.test/",
		"javascript:alert(1)":                "",
		"JaVaScRiPt:alert(2)":                "",
		"data:text/html;base64,PHNjcmlwdD4=": "",
		"vbscript:msgbox":                    "",
		"mailto:a@news.test":                 "",
		"//news.test/protocol-relative":      "",
		"/relative":                          "",
		"https:evil.test":                    "",
		"ftp://news.test/file":               "",
		"http://[::1":                        "",
	} {
		if got := webLink(in); got != want {
			t.Errorf("webLink(%q) = %q, want %q", in, got, want)
		}
	}
}
