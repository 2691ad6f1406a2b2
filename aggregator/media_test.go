package aggregator

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/feeds"
	"github.com/feedsieve/feedsieve/storage"
)

const mediaNS = `xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"`

// TestItemMedia: every way a feed carries media files and pictures ends
// up in the stored item's enclosures and image, resolved against the
// feed's address, http(s) only, each once, with types and lengths
// checked.
func TestItemMedia(t *testing.T) {
	tests := []struct {
		name  string
		doc   string
		want  []storage.Enclosure
		image string
	}{
		{"RSS enclosure", `<rss version="2.0"><channel><title>t</title><item><title>a</title>
			<enclosure url="https://pod.example/e1.mp3" length="24986239" type="audio/mpeg"/></item></channel></rss>`,
			[]storage.Enclosure{{URL: "https://pod.example/e1.mp3", Type: "audio/mpeg", Length: 24986239}}, ""},
		{"RSS enclosure without type or length, relative", `<rss version="2.0"><channel><title>t</title><item><title>a</title>
			<enclosure url="/media/e2.MP3" length="unknown"/></item></channel></rss>`,
			[]storage.Enclosure{{URL: "http://feed.example/media/e2.MP3", Type: "audio/mpeg"}}, ""},
		{"itunes image", `<rss version="2.0" ` + mediaNS + `><channel><title>t</title><item><title>a</title>
			<itunes:image href="https://pod.example/cover.png"/><enclosure url="https://pod.example/e.m4a" length="-5" type="audio/x-m4a"/></item></channel></rss>`,
			[]storage.Enclosure{{URL: "https://pod.example/e.m4a", Type: "audio/x-m4a"}}, "https://pod.example/cover.png"},
		{"media:group content and thumbnail", `<rss version="2.0" ` + mediaNS + `><channel><title>t</title><item><title>a</title>
			<media:group><media:content url="https://v.example/clip.mp4" type="video/mp4" fileSize="1048576"/>
			<media:content url="https://v.example/clip.webm"/><media:thumbnail url="https://v.example/clip.jpg"/></media:group></item></channel></rss>`,
			[]storage.Enclosure{{URL: "https://v.example/clip.mp4", Type: "video/mp4", Length: 1048576}, {URL: "https://v.example/clip.webm", Type: "video/webm"}},
			"https://v.example/clip.jpg"},
		{"photo: media:content image is the image too", `<rss version="2.0" ` + mediaNS + `><channel><title>t</title><item><title>a</title>
			<media:content url="https://p.example/big" medium="image"/><media:thumbnail url="https://p.example/small.jpg"/></item></channel></rss>`,
			[]storage.Enclosure{{URL: "https://p.example/big"}}, "https://p.example/big"},
		{"unsafe and duplicate URLs left out", `<rss version="2.0" ` + mediaNS + `><channel><title>t</title><item><title>a</title>
			<enclosure url="javascript:alert(1)" length="1" type="audio/mpeg"/><enclosure url="ftp://x.example/a.mp3" length="1" type="audio/mpeg"/>
			<enclosure url="https://x.example/a.mp3" length="1" type="audio/mpeg"/><media:content url="https://x.example/a.mp3" type="audio/mpeg"/>
			<media:thumbnail url="data:image/png;base64,AAAA"/></item></channel></rss>`,
			[]storage.Enclosure{{URL: "https://x.example/a.mp3", Type: "audio/mpeg", Length: 1}}, ""},
		{"Atom rel=enclosure, relative to xml:base", `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://a.example/blog/"><title>t</title><id>urn:t</id><updated>2024-01-01T00:00:00Z</updated>
			<entry><title>a</title><id>urn:a</id><updated>2024-01-01T00:00:00Z</updated><link href="1"/>
			<link rel="enclosure" href="files/talk.ogg" type="audio/ogg; codecs=opus" length="300"/></entry></feed>`,
			[]storage.Enclosure{{URL: "https://a.example/blog/files/talk.ogg", Type: "audio/ogg", Length: 300}}, ""},
		{"Atom with media:thumbnail (video sites)", `<feed xmlns="http://www.w3.org/2005/Atom" ` + mediaNS + `><title>t</title><id>urn:t</id><updated>2024-01-01T00:00:00Z</updated>
			<entry><title>a</title><id>urn:a</id><updated>2024-01-01T00:00:00Z</updated>
			<media:group><media:title>a</media:title><media:thumbnail url="https://i.example/vi/1/hq.jpg" width="480" height="360"/></media:group></entry></feed>`,
			nil, "https://i.example/vi/1/hq.jpg"},
		{"JSON Feed attachments and image", `{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[{"id":"1","title":"a",
			"image":"https://j.example/i.png","attachments":[{"url":"https://j.example/ep.mp3","mime_type":"audio/mpeg","size_in_bytes":5000000000},{"url":"https://j.example/ep.txt","mime_type":"text/plain"}]}]}`,
			[]storage.Enclosure{{URL: "https://j.example/ep.mp3", Type: "audio/mpeg", Length: 5000000000}, {URL: "https://j.example/ep.txt", Type: "text/plain"}},
			"https://j.example/i.png"},
		{"JSON Feed banner_image", `{"version":"https://jsonfeed.org/version/1","title":"t","items":[{"id":"1","title":"a","banner_image":"https://j.example/b.jpg"}]}`,
			nil, "https://j.example/b.jpg"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := ParseFeed([]byte(tt.doc), "", 0)
			if err != nil {
				t.Fatal(err)
			}
			entries := toEntries(f.Feed, "http://feed.example/feed.xml", time.Now())
			if len(entries) != 1 {
				t.Fatalf("%d entries", len(entries))
			}
			it := entries[0].Item
			if !reflect.DeepEqual(it.Enclosures, tt.want) || it.Image != tt.image {
				t.Errorf("got enclosures %+v, image %q;\nwant %+v, image %q", it.Enclosures, it.Image, tt.want, tt.image)
			}
		})
	}
}

// TestItemMediaBounded: an item keeps at most MaxEnclosures media files,
// and no URL over MaxFeedLinkBytes.
func TestItemMediaBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<rss version="2.0"><channel><title>t</title><item><title>a</title>`)
	b.WriteString(`<enclosure url="https://x.example/` + strings.Repeat("a", MaxFeedLinkBytes) + `.mp3" type="audio/mpeg" length="1"/>`)
	for i := range 3 * MaxEnclosures {
		b.WriteString(`<enclosure url="https://x.example/` + strings.Repeat("b", i) + `.mp3" type="audio/mpeg" length="1"/>`)
	}
	b.WriteString(`</item></channel></rss>`)
	f, err := ParseFeed([]byte(b.String()), "", 0)
	if err != nil {
		t.Fatal(err)
	}
	it := toEntries(f.Feed, "http://feed.example/", time.Now())[0].Item
	if len(it.Enclosures) != MaxEnclosures || it.Enclosures[0].URL != "https://x.example/.mp3" {
		t.Errorf("%d enclosures kept, the first %q", len(it.Enclosures), it.Enclosures[0].URL)
	}
}

// TestMediaRepublished polls a podcast feed into a real store and renders
// the topic: the enclosures and the image reach all three formats; the
// same document again (with different bytes: a comment) changes nothing,
// and a changed enclosure is an update.
func TestMediaRepublished(t *testing.T) {
	const doc = `<rss version="2.0" ` + mediaNS + `><channel><title>Karabakh podcast</title><item><title>Karabakh, episode 1</title><guid>ep1</guid>
		<link>https://pod.example/ep1</link><itunes:image href="https://pod.example/ep1.png"/>
		<enclosure url="https://pod.example/ep1.mp3" length="1000" type="audio/mpeg"/></item></channel></rss>`
	var body atomic.Value
	body.Store(doc)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, body.Load().(string)) }))
	defer srv.Close()
	src := Source{Name: "pod", URL: srv.URL}
	a, store := newTestAggregator(t, []Source{src}, 1<<20)
	ctx := context.Background()
	if r := a.Poll(ctx, src); r.Err != nil || r.New != 1 {
		t.Fatalf("first poll: %+v", r)
	}
	items, err := store.Query(ctx, storage.ItemQuery{Topic: "nk", Limit: 10})
	if err != nil || len(items) != 1 {
		t.Fatalf("%d items, %v", len(items), err)
	}
	site := feeds.NewSite("https://sieve.example/", "test")
	for format, want := range map[string][]string{
		"atom": {`<link href="https://pod.example/ep1.mp3" rel="enclosure" type="audio/mpeg" length="1000">`, `<media:thumbnail url="https://pod.example/ep1.png">`},
		"rss":  {`<enclosure url="https://pod.example/ep1.mp3" length="1000" type="audio/mpeg">`, `<media:thumbnail url="https://pod.example/ep1.png">`},
		"json": {`"url": "https://pod.example/ep1.mp3",`, `"mime_type": "audio/mpeg",`, `"size_in_bytes": 1000`, `"image": "https://pod.example/ep1.png"`},
	} {
		out, err := feeds.NewRenderer(site).Render(feeds.Topic{ID: "nk", Title: "NK"}, format, items)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range want {
			if !strings.Contains(string(out), w) {
				t.Errorf("%s feed lacks %s:\n%s", format, w, out)
			}
		}
	}
	body.Store(doc + "<!-- again -->")
	if r := a.Poll(ctx, src); r.Err != nil || r.NotModified || r.New != 0 || r.Updated != 0 {
		t.Errorf("the same items again: %+v", r)
	}
	body.Store(strings.Replace(doc, `length="1000"`, `length="2000"`, 1))
	if r := a.Poll(ctx, src); r.Err != nil || r.Updated != 1 {
		t.Errorf("a changed enclosure: %+v", r)
	}
	if items, _ := store.Query(ctx, storage.ItemQuery{Topic: "nk", Limit: 10}); len(items) != 1 || len(items[0].Enclosures) != 1 || items[0].Enclosures[0].Length != 2000 {
		t.Errorf("after the change: %+v", items[0].Enclosures)
	}
}
