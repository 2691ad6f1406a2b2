package feeds

import (
	"strings"
	"testing"
)

func TestSafeURL(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"https", "https://news.example/a?b=1&c=2#d", "https://news.example/a?b=1&c=2#d"},
		{"http", "http://news.example/", "http://news.example/"},
		{"upper-case scheme", "HTTPS://news.example/a", "https://news.example/a"},
		{"spaces around", "  https://news.example/a \n", "https://news.example/a"},
		{"control characters around", "\x00\x01https://news.example/a\x1f", "https://news.example/a"},
		{"international", "https://bücher.example/straße", "https://bücher.example/straße"},
		{"escapes kept", "https://news.example/a%20b?q=%C3%BC", "https://news.example/a%20b?q=%C3%BC"},
		{"javascript", "javascript:alert(1)", ""},
		{"javascript mixed case", "JaVaScRiPt:alert(1)", ""},
		{"javascript with spaces", " javascript:alert(1) ", ""},
		{"javascript with a tab", "java\tscript:alert(1)", ""},
		{"javascript with a newline", "java\nscript:alert(1)", ""},
		{"javascript after a control character", "\x01javascript:alert(1)", ""},
		{"javascript entity-encoded", "javascript&#58;alert(1)", ""},
		{"javascript behind an override", "\u202ejavascript:alert(1)", ""},
		{"vbscript", "vbscript:msgbox(1)", ""},
		{"data", "data:text/html;base64,PHNjcmlwdD4=", ""},
		{"data upper-case", "DATA:text/html,<script>alert(1)</script>", ""},
		{"file", "file:///etc/passwd", ""},
		{"mailto", "mailto:a@news.example", ""},
		{"protocol-relative", "//evil.example/x", ""},
		{"root-relative", "/x", ""},
		{"relative", "x/y.html", ""},
		{"fragment only", "#top", ""},
		{"no slashes", "https:evil.example", ""},
		{"no host", "https:///x", ""},
		{"user and password", "https://news.example@evil.example/", ""},
		{"space inside", "https://news.example/a b", ""},
		{"control character inside", "https://news.example/a\x00b", ""},
		{"invalid UTF-8", "https://news.example/\xffa", ""},
		{"bad port", "https://news.example:x/", ""},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := safeURL(tt.in); got != tt.want {
				t.Errorf("safeURL(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSafeAuthorURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://anna.example/", "https://anna.example/"},
		{"mailto:anna@news.example", "mailto:anna@news.example"},
		{"MAILTO:anna@news.example", "mailto:anna@news.example"},
		{"mailto:anna@news.example?subject=x", ""},
		{"mailto:javascript:alert(1)", ""},
		{"mailto:", ""},
		{"javascript:alert(1)", ""},
		{"//anna.example/", ""},
	}
	for _, tt := range tests {
		if got := safeAuthorURL(tt.in); got != tt.want {
			t.Errorf("safeAuthorURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSafeSourceID(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://news.example/feed.xml", "https://news.example/feed.xml"},
		{"urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6", "urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6"},
		{"tag:news.example,2026:feed", "tag:news.example,2026:feed"},
		{"javascript:alert(1)", ""},
		{"data:,x", ""},
		{"urn:", ""},
		{"feed-17", ""},
		{"urn:uuid:1 2", ""},
	}
	for _, tt := range tests {
		if got := safeSourceID(tt.in); got != tt.want {
			t.Errorf("safeSourceID(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSafeEmail(t *testing.T) {
	tests := []struct{ in, want string }{
		{"anna@news.example", "anna@news.example"},
		{" anna@news.example ", "anna@news.example"},
		{"Anna <anna@news.example>", ""},
		{"anna@news.example (Anna)", ""},
		{`"a b"@news.example`, ""},
		{"javascript:alert(1)@news.example", ""},
		{"javascript:alert(1)", ""},
		{"anna", ""},
		{"anna@", ""},
		{"anna@news.example\x00", ""},
	}
	for _, tt := range tests {
		if got := safeEmail(tt.in); got != tt.want {
			t.Errorf("safeEmail(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzSafeURL: whatever comes in, what goes out is empty or an http(s)
// link without spaces or control characters, and passes again unchanged.
func FuzzSafeURL(f *testing.F) {
	for _, s := range []string{"https://news.example/a", " JaVaScRiPt:alert(1)", "java\tscript:x", "//evil.example", "HTTPS://x.example/\x00", "https:x", "mailto:a@b.example"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := safeURL(in)
		if out == "" {
			return
		}
		if !strings.HasPrefix(out, "http://") && !strings.HasPrefix(out, "https://") || strings.IndexFunc(out, isURLJunk) >= 0 {
			t.Fatalf("safeURL(%q) = %q", in, out)
		}
		if again := safeURL(out); again != out {
			t.Fatalf("safeURL(%q) = %q, then %q", in, out, again)
		}
	})
}
