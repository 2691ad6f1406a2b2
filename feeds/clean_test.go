package feeds

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/feedsieve/feedsieve/storage"
)

func TestCleanText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "Offensive in Nagorno-Karabakh & talks <maybe>", "Offensive in Nagorno-Karabakh & talks <maybe>"},
		{"markup stays text", `<img src=x onerror=alert(1)>`, `<img src=x onerror=alert(1)>`},
		{"line breaks and tabs", "a\nb\r\nc\td\u2028e", "a b  c d e"},
		{"trimmed", "  a  ", "a"},
		{"control characters", "a\x00b\x07c\x1bd\x7fe\u0085f", "abcdef"},
		{"invalid UTF-8", "a\xffb", "a\uFFFDb"},
		{"characters XML forbids", "a\uFFFEb\uFFFFc", "abc"},
		{"bidi overrides and isolates", "\u202egnp.exe\u202c \u2066x\u2069", "gnp.exe x"},
		{"bidi marks stay", "a\u200fb\u200ec\u061c", "a\u200fb\u200ec\u061c"},
		{"right-to-left text stays", "Լեռնային Ղարաբաղ قره باغ", "Լեռնային Ղարաբաղ قره باغ"},
		{"CDATA end stays text", "]]>", "]]>"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cleanText(tt.in); got != tt.want {
				t.Errorf("cleanText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
	long := cleanText(strings.Repeat("ab", maxTextRunes))
	if n := utf8.RuneCountInString(long); n != maxTextRunes+1 || !strings.HasSuffix(long, "ab…") {
		t.Errorf("a long text is %d characters, ending %q; want it cut at %d with …", n, long[len(long)-8:], maxTextRunes)
	}
	if s := strings.Repeat("é", maxTextRunes); cleanText(s) != s {
		t.Error("a text of maxTextRunes characters was cut")
	}
}

func TestCleanMarkup(t *testing.T) {
	if got := cleanMarkup("<p>a\x01b\x7f\u0085c\n\td\xff\uFFFE</p>"); got != "<p>abc\n\td\uFFFD</p>" {
		t.Errorf("cleanMarkup: %q", got)
	}
}

// TestSanitizeItemFields: every field of an item comes out clean, unsafe
// links go and the item stays.
func TestSanitizeItemFields(t *testing.T) {
	it := &storage.Item{
		ID: "x", Link: " javascript:alert(1)", Title: "a\x00\u202eb",
		Summary: `<a href="/x" onclick="alert(1)">s</a>`, Content: "<script>alert(1)</script>c\x01",
		Categories: []string{"c\n1", "\x00", "<b>c2</b>"},
		Authors: []storage.Person{
			{Name: "Anna\x07", Email: "anna@news.example", URI: "https://anna.example/"},
			{Name: "", Email: "javascript:alert(1)", URI: "javascript:alert(1)"},
			{Name: "Ben", Email: "Ben <ben@news.example>", URI: "mailto:ben@news.example"},
		},
		Feed: storage.FeedInfo{Title: "Desk\u2067", Link: "https://news.example/", ID: "vbscript:x", Language: "en"},
	}
	got := newSanitizer().item(it)
	want := &storage.Item{
		ID: "x", Title: "ab",
		Summary: `<a href="https://news.example/x" rel="nofollow">s</a>`, Content: "c",
		Categories: []string{"c 1", "<b>c2</b>"},
		Authors: []storage.Person{
			{Name: "Anna", Email: "anna@news.example", URI: "https://anna.example/"},
			{Name: "Ben", URI: "mailto:ben@news.example"},
		},
		Feed: storage.FeedInfo{Title: "Desk", Link: "https://news.example/", Language: "en"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("cleaned item\n got %+v\nwant %+v", got, want)
	}
	if it.Link != " javascript:alert(1)" || it.Title != "a\x00\u202eb" {
		t.Error("cleaning changed the stored item")
	}
}

// FuzzCleanText: what goes out is valid UTF-8 without control or bidi
// control characters, at most maxTextRunes and an ellipsis long, and
// passes again unchanged when it was not cut.
func FuzzCleanText(f *testing.F) {
	for _, s := range []string{"a\x00b", "\u202eevil", "a\xffb", "]]>", "Լեռնային", "x\u2028y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := cleanText(in)
		n := utf8.RuneCountInString(out)
		if !utf8.ValidString(out) || n > maxTextRunes+1 ||
			strings.IndexFunc(out, func(r rune) bool { return unicode.IsControl(r) || isBidiControl(r) || !isXMLChar(r) }) >= 0 {
			t.Fatalf("cleanText(%q) = %q", in, out)
		}
		if n <= maxTextRunes && cleanText(out) != out {
			t.Fatalf("cleanText(%q) = %q, then %q", in, out, cleanText(out))
		}
	})
}
