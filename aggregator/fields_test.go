package aggregator

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// TestAuthorAndLinkFields: a topic that names the fields author or link
// matches there, the link as it is normalized (so a keyword like
// example.com/world is a section of a site); a topic without fields does
// not search them.
func TestAuthorAndLinkFields(t *testing.T) {
	item := func(link, author string) *storage.Item {
		return &storage.Item{Title: "Talks resume", Link: link, NormLink: NormalizeLink(link), Authors: []storage.Person{{Name: author}}}
	}
	tests := []struct {
		name   string
		topic  Topic
		item   *storage.Item
		fields []string // where the keyword was found; nil: no match
	}{
		{"site section", Topic{Any: []string{"example.com/world"}, Fields: []string{"link"}},
			item("http://www.Example.com/world/europe/talks-1?utm_source=rss", "A"), []string{"link"}},
		{"other section", Topic{Any: []string{"example.com/world"}, Fields: []string{"link"}},
			item("https://example.com/sport/world-cup", "A"), nil},
		{"other site", Topic{Any: []string{"example.com/world"}, Fields: []string{"link"}},
			item("https://notexample.com/world/x", "A"), nil},
		{"link not searched by default", Topic{Any: []string{"example.com/world"}},
			item("https://example.com/world/x", "A"), nil},
		{"author", Topic{Any: []string{"Ohanyan"}, Fields: []string{"author"}},
			item("https://example.com/a", "Anna Ohanyan"), []string{"author"}},
		{"author not searched by default", Topic{Any: []string{"Ohanyan"}},
			item("https://example.com/a", "Anna Ohanyan"), nil},
		{"author and title", Topic{Any: []string{"talks"}, Fields: []string{"title", "author", "link"}},
			item("https://example.com/talks", "Talks Desk"), []string{"title", "author", "link"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.topic.ID = "t"
			m, err := NewMatcher([]Topic{tt.topic})
			if err != nil {
				t.Fatal(err)
			}
			ms := m.Classify(tt.item)
			if (len(ms) == 1) != (tt.fields != nil) {
				t.Fatalf("matched %v, want %v", ms, tt.fields != nil)
			}
			e, _ := m.Explain(tt.item, "t")
			var got []string
			if e.Matched {
				got = e.Keywords[0].Fields
			}
			if !reflect.DeepEqual(got, tt.fields) {
				t.Errorf("explain found the keyword in %v, want %v (%s)", got, tt.fields, e.Reason)
			}
		})
	}
}

// TestTopicMaxAge: a topic with max_age takes only items published
// within it, and explain says so.
func TestTopicMaxAge(t *testing.T) {
	now := time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)
	m, err := NewMatcher([]Topic{{ID: "t", Any: []string{"Karabakh"}, MaxAge: 48 * time.Hour}})
	if err != nil {
		t.Fatal(err)
	}
	m.now = func() time.Time { return now }
	fresh := &storage.Item{Title: "Karabakh", Published: now.Add(-47 * time.Hour)}
	old := &storage.Item{Title: "Karabakh", Published: now.Add(-49 * time.Hour)}
	if len(m.Classify(fresh)) != 1 || len(m.Classify(old)) != 0 {
		t.Errorf("47 h old matched %v, 49 h old %v; want only the first", m.Classify(fresh), m.Classify(old))
	}
	e, _ := m.Explain(old, "t")
	if want := "published 2026-04-29T11:00:00Z, longer ago than the topic's max_age (48h0m0s)"; e.Reason != want {
		t.Errorf("explain: %q, want %q", e.Reason, want)
	}
	if CheckField("author") != nil || CheckField("link") != nil || !strings.Contains(CheckField("body").Error(), "author or link") {
		t.Error("CheckField does not know author and link")
	}
}
