package aggregator

import (
	"context"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// TestItemLanguage: an item's own language, where its feed gives one
// (an Atom entry's xml:lang, a JSON Feed item's language, an RSS item's
// dc:language), is the item's, as written; an item without one, or with
// one that is no BCP 47 tag, has its feed's.
func TestItemLanguage(t *testing.T) {
	for _, tt := range []struct {
		name, doc string
		want      []string
	}{
		{"Atom entries' xml:lang", `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>t</title><id>urn:x</id>
			<entry xml:lang="ru"><title>Карабах</title><id>urn:1</id></entry>
			<entry><title>Karabakh</title><id>urn:2</id></entry>
			<entry xml:lang="HY-am"><title>Ղարաբաղ</title><id>urn:3</id></entry>
			<entry xml:lang="no language!"><title>x</title><id>urn:4</id></entry>
			<entry xml:lang="` + strings.Repeat("en-", 40) + `GB"><title>x</title><id>urn:5</id></entry></feed>`,
			[]string{"ru", "en", "HY-am", "en", "en"}},
		{"JSON Feed items' language", `{"version":"https://jsonfeed.org/version/1.1","title":"t","language":"da","items":[
			{"id":"1","title":"Karabakh","language":"en-GB"},{"id":"2","title":"Karabakh"},null,{"id":"3","title":"Карабах","language":"ru"}]}`,
			[]string{"en-GB", "da", "ru"}},
		{"RSS items' dc:language", `<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>t</title><language>de</language>
			<item><title>Karabach</title><guid>1</guid></item>
			<item><title>Karabakh</title><guid>2</guid><dc:language>en</dc:language></item></channel></rss>`,
			[]string{"de", "en"}},
		{"RDF items' dc:language", `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
			<channel rdf:about="https://x.example/"><title>t</title><dc:language>az</dc:language></channel>
			<item rdf:about="https://x.example/1"><title>Qarabağ</title><link>https://x.example/1</link></item>
			<item rdf:about="https://x.example/2"><title>Karabakh</title><link>https://x.example/2</link><dc:language>EN-us</dc:language></item></rdf:RDF>`,
			[]string{"az", "EN-us"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f, err := ParseFeed([]byte(tt.doc), "", 0)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range toEntries(f.Feed, "https://x.example/feed", time.Now()) {
				got = append(got, e.Item.Language)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("languages %q, want %q", got, tt.want)
			}
		})
	}
}

// TestItemLanguagePolled: polled again with its first entries
// remembered and cut out before parsing, an Atom feed's new entries
// still have their own languages, and they are stored with them.
func TestItemLanguagePolled(t *testing.T) {
	entry := func(n int, lang string) string {
		return `<entry xml:lang="` + lang + `"><title>Karabakh ` + strings.Repeat("x", n) + `</title><id>urn:` + strings.Repeat("i", n) +
			`</id><updated>2026-12-0` + string(rune('0'+n)) + `T10:00:00Z</updated></entry>`
	}
	var body atomic.Value
	body.Store(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>t</title><id>urn:x</id>` + entry(1, "ru") + entry(2, "en") + `</feed>`)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/atom+xml")
		w.Write([]byte(body.Load().(string)))
	}))
	defer srv.Close()
	src := Source{Name: "mixed", URL: srv.URL + "/feed"}
	a, store := newTestAggregator(t, []Source{src}, 1<<20)
	if r := a.Poll(context.Background(), src); r.Err != nil || r.New != 2 {
		t.Fatalf("first poll: %+v", r)
	}
	body.Store(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>t</title><id>urn:x</id>` + entry(1, "ru") + entry(2, "en") + entry(3, "hy") + `</feed>`)
	if r := a.Poll(context.Background(), src); r.Err != nil || r.New != 1 || r.Skipped != 2 {
		t.Fatalf("second poll: %+v", r)
	}
	items, err := store.Newest("nk", 10)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, it := range items {
		got[it.Title] = it.Language
	}
	want := map[string]string{"Karabakh x": "ru", "Karabakh xx": "en", "Karabakh xxx": "hy"}
	if len(got) != len(want) {
		t.Fatalf("stored %v, want %v", got, want)
	}
	for title, lang := range want {
		if got[title] != lang {
			t.Errorf("%q stored in %q, want %q", title, got[title], lang)
		}
	}
}

// TestItemLanguageBesideForeignEntries: elements of an Atom feed that
// gofeed makes no entry of (an RSS item, an entry of another namespace)
// lend their language to no entry, and shift no entry's onto another.
func TestItemLanguageBesideForeignEntries(t *testing.T) {
	doc := `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>t</title><id>urn:x</id>
		<item xml:lang="ru"><title>not an entry</title></item>
		<entry xmlns="urn:other" xml:lang="fr"><title>nor this</title></entry>
		<entry xml:lang="da"><title>a</title><id>urn:1</id></entry>
		<entry xml:lang="de"><title type="text">b &lt;T&gt;</title><id>urn:2</id></entry></feed>`
	f, err := ParseFeed([]byte(doc), "", 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range toEntries(f.Feed, "https://x.example/feed", time.Now()) {
		got = append(got, e.Item.Language+" "+e.Item.Title)
	}
	if want := []string{"da a", "de b <T>"}; !slices.Equal(got, want) {
		t.Errorf("entries %q, want %q", got, want)
	}
}
