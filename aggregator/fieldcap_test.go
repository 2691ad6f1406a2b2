package aggregator

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
)

func TestTruncate(t *testing.T) {
	tests := []struct {
		name, in  string
		max       int
		html      bool
		want      string
		unchanged bool
	}{
		{"short", "abc", 3, false, "abc", true},
		{"rune boundary", "ééé", 5, false, "éé", false},
		{"rune boundary html", "aé<b>", 2, true, "a", false},
		{"inside a tag", `abc <a href="x">link</a>`, 10, true, "abc ", false},
		{"after a tag", "<b>x</b>yz", 8, true, "<b>x</b>", false},
		{"inside an entity", "a &amp; b", 6, true, "a ", false},
		{"after an entity", "a &amp; b", 7, true, "a &amp;", false},
		{"a lone ampersand", "a & b c", 5, true, "a & b", false},
		{"text keeps what html drops", `abc <a href="x">`, 10, false, `abc <a hre`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := truncateText(tt.in, tt.max)
			if tt.html {
				got = truncateHTML(tt.in, tt.max)
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestToEntriesCapsFields gives every field of a feed far more text than
// its limit and checks what the entry keeps.
func TestToEntriesCapsFields(t *testing.T) {
	many := func(n int, f string) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = fmt.Sprintf(f, i)
		}
		return out
	}
	var authors []*gofeed.Person
	for i := range 100 {
		authors = append(authors, &gofeed.Person{Name: strings.Repeat("n", 1000) + fmt.Sprint(i), Email: strings.Repeat("e", 1000)})
	}
	longLink := "https://x.test/" + strings.Repeat("l", 1<<20)
	feed := &gofeed.Feed{
		Title: strings.Repeat("Feed ", 1<<18), Link: longLink, FeedLink: longLink,
		Language: strings.Repeat("x", 1000), Authors: authors,
		Items: []*gofeed.Item{{
			GUID:        "1",
			Title:       strings.Repeat("é", 10_000),
			Description: strings.Repeat("<p>Talks stall &amp; forces advance</p>", 30_000),
			Content:     strings.Repeat("<p>x</p>", 100_000),
			Categories:  append([]string{strings.Repeat("c", 1000)}, many(1000, "category %d")...),
		}},
	}
	entries := toEntries(feed, "https://x.test/feed", time.Now())
	it := entries[0].Item
	for _, f := range []struct {
		name  string
		value string
		max   int
	}{
		{"title", it.Title, MaxTitleBytes}, {"summary", it.Summary, MaxSummaryBytes}, {"content", it.Content, MaxContentBytes},
		{"feed title", it.Feed.Title, MaxTitleBytes}, {"language", it.Language, MaxLanguageBytes},
		{"first category", it.Categories[0], MaxCategoryBytes}, {"first author", it.Authors[0].Name, MaxAuthorBytes},
		{"first email", it.Authors[0].Email, MaxAuthorBytes},
	} {
		if len(f.value) > f.max || len(f.value) < f.max-64 || !utf8.ValidString(f.value) {
			t.Errorf("%s: %d bytes (valid UTF-8: %v), want at most %d", f.name, len(f.value), utf8.ValidString(f.value), f.max)
		}
	}
	for _, html := range []string{it.Summary, it.Content} {
		if i := strings.LastIndexByte(html, '<'); !strings.Contains(html[i:], ">") || strings.HasSuffix(html, "&amp") {
			t.Errorf("HTML cut inside a tag or entity: ends %q", html[len(html)-20:])
		}
	}
	if len(it.Categories) != MaxCategories || it.Categories[MaxCategories-1] != "category 62" {
		t.Errorf("%d categories, the last %q", len(it.Categories), it.Categories[len(it.Categories)-1])
	}
	if len(it.Authors) != MaxAuthors {
		t.Errorf("%d authors", len(it.Authors))
	}
	if it.Feed.Link != "" || it.Feed.ID != "https://x.test/feed" {
		t.Errorf("feed link %.20q, id %.20q: want none and the URL polled", it.Feed.Link, it.Feed.ID)
	}
}
