package aggregator

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// skipFeed is a feed document to poll, in one of three formats: "rss"
// (RSS 2.0), "rdf" (RSS 1.0) or "atom".
type skipFeed struct {
	format        string
	root, channel string // extra attributes of the root and the channel element
	title, lang   string
	author        string // the feed's author (Atom)
	items         []skipItem
}

type skipItem struct {
	id, title, text string
	day             int // days before the epoch it is dated; -1: undated
}

var skipEpoch = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

func (f skipFeed) doc() string {
	var b strings.Builder
	switch f.format {
	case "atom":
		fmt.Fprintf(&b, `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="%s"%s><title>%s</title><id>urn:f</id>`, f.lang, f.root, f.title)
		if f.author != "" {
			fmt.Fprintf(&b, `<author><name>%s</name></author>`, f.author)
		}
	case "rdf":
		fmt.Fprintf(&b, `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"%s>`, f.root)
		fmt.Fprintf(&b, `<channel rdf:about="/"%s><title>%s</title><link>/</link><dc:language>%s</dc:language></channel>`, f.channel, f.title, f.lang)
	default:
		fmt.Fprintf(&b, `<?xml version="1.0"?><rss version="2.0"%s><channel%s><title>%s</title><link>/</link><language>%s</language>`, f.root, f.channel, f.title, f.lang)
	}
	for _, it := range f.items {
		b.WriteString(it.doc(f.format))
	}
	switch f.format {
	case "atom":
		b.WriteString(`</feed>`)
	case "rdf":
		b.WriteString(`</rdf:RDF>`)
	default:
		b.WriteString(`</channel></rss>`)
	}
	return b.String()
}

func (it skipItem) doc(format string) string {
	date := skipEpoch.AddDate(0, 0, -it.day)
	switch format {
	case "atom":
		s := fmt.Sprintf(`<entry><id>urn:%s</id><title>%s</title><link href="p/%s"/><summary>%s</summary>`, it.id, it.title, it.id, it.text)
		if it.day >= 0 {
			s += `<updated>` + date.Format(time.RFC3339) + `</updated>`
		}
		return s + `</entry>`
	case "rdf":
		s := fmt.Sprintf(`<item rdf:about="p/%s"><title>%s</title><link>p/%s</link><description>%s</description>`, it.id, it.title, it.id, it.text)
		if it.day >= 0 {
			s += `<dc:date>` + date.Format(time.RFC3339) + `</dc:date>`
		}
		return s + `</item>`
	}
	s := fmt.Sprintf(`<item><title>%s</title><link>p/%s</link><guid isPermaLink="false">%s</guid><description>%s</description>`, it.title, it.id, it.id, it.text)
	if it.day >= 0 {
		s += `<pubDate>` + date.Format(time.RFC1123Z) + `</pubDate>`
	}
	return s + `</item>`
}

// twinPolls polls one feed into two databases: one by the aggregator as
// it is, one by an aggregator that parses every document whole. Each poll checks that both store
// the same.
type twinPolls struct {
	t          *testing.T
	body       atomic.Value // string
	target     atomic.Value // string: where /moved redirects
	srv        *httptest.Server
	src        Source
	skip, full *Aggregator
	stores     [2]*storage.Store // skip's, full's
	now        time.Time
}

func newTwinPolls(t *testing.T, path string, maxItems int) *twinPolls {
	t.Helper()
	h := &twinPolls{t: t, now: skipEpoch}
	h.target.Store("/a/feed")
	h.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/moved" {
			http.Redirect(w, r, h.target.Load().(string), http.StatusFound)
			return
		}
		io.WriteString(w, h.body.Load().(string))
	}))
	t.Cleanup(h.srv.Close)
	h.src = Source{Name: "s", URL: h.srv.URL + path}
	for i := range h.stores {
		store, err := storage.Open(storage.Options{Path: filepath.Join(t.TempDir(), "a.db")})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { store.Close() })
		a, err := New(store, NewHTTPClient(5*time.Second, 4, loopback()), slog.New(slog.DiscardHandler), Options{
			Concurrency: 2, MaxBody: 1 << 20, UserAgent: "feedsieve-test", Sources: []Source{h.src}, MaxItemsPerFeed: maxItems,
			Topics: []Topic{{ID: "rain", Any: []string{"rain*"}}},
		})
		if err != nil {
			t.Fatal(err)
		}
		a.now = func() time.Time { return h.now }
		h.stores[i] = store
		if i == 0 {
			h.skip = a
		} else {
			h.full, a.whole = a, true
		}
	}
	return h
}

// each calls fn with both stores.
func (h *twinPolls) each(fn func(*storage.Store)) {
	for _, s := range h.stores {
		fn(s)
	}
}

// poll serves body and polls it into both databases an hour after the
// last poll, and checks that they store the same.
func (h *twinPolls) poll(body string) (skip, full PollResult) {
	h.t.Helper()
	h.body.Store(body)
	h.now = h.now.Add(time.Hour)
	skip, full = h.skip.Poll(context.Background(), h.src), h.full.Poll(context.Background(), h.src)
	h.check(skip, full)
	return skip, full
}

// deliver is poll for a WebSub delivery of body from topic.
func (h *twinPolls) deliver(body, topic string) (skip, full PollResult) {
	h.t.Helper()
	h.now = h.now.Add(time.Hour)
	skip = h.skip.Deliver(context.Background(), h.src.Name, []byte(body), "application/xml", topic)
	full = h.full.Deliver(context.Background(), h.src.Name, []byte(body), "application/xml", topic)
	h.check(skip, full)
	return skip, full
}

func (h *twinPolls) check(skip, full PollResult) {
	h.t.Helper()
	if skip.Err != nil || full.Err != nil {
		h.t.Fatalf("poll failed: %v; %v", skip.Err, full.Err)
	}
	if full.Skipped != 0 {
		h.t.Fatalf("the full parse skipped %d items", full.Skipped)
	}
	skip.Skipped, skip.Duration, full.Duration = 0, 0, 0
	skip.NextPoll, full.NextPoll = time.Time{}, time.Time{} // jittered
	if fmt.Sprint(skip) != fmt.Sprint(full) {
		h.t.Errorf("results differ:\nskip %+v\nfull %+v", skip, full)
	}
	a, b := dumpStore(h.t, h.stores[0]), dumpStore(h.t, h.stores[1])
	if a != b {
		h.t.Errorf("stored items differ:\nskip %s\nfull %s", a, b)
	}
	sa, _ := h.stores[0].SourceState(h.src.Name)
	sb, _ := h.stores[1].SourceState(h.src.Name)
	sa.NextPoll, sb.NextPoll = time.Time{}, time.Time{}
	if ja, jb := stateJSON(h.t, sa), stateJSON(h.t, sb); ja != jb {
		h.t.Errorf("states differ:\nskip %s\nfull %s", ja, jb)
	}
}

func dumpStore(t *testing.T, s *storage.Store) string {
	t.Helper()
	var b strings.Builder
	err := s.Scan(func(it *storage.Item) bool {
		j, err := json.Marshal(it)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(j)
		b.WriteByte('\n')
		return true
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func stateJSON(t *testing.T, st storage.SourceState) string {
	t.Helper()
	j, err := json.Marshal(st)
	if err != nil {
		t.Fatal(err)
	}
	return string(j)
}

// skipItems are n items numbered from first, dated a day apart.
func skipItems(first, n int) []skipItem {
	out := make([]skipItem, n)
	for i := range out {
		id := first + i
		out[i] = skipItem{id: fmt.Sprint(id), title: fmt.Sprintf("Rain report %d", id), text: fmt.Sprintf("Text of item %d.", id), day: 40 - id}
	}
	return out
}
