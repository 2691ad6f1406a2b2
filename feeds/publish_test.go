package feeds

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// hub is a loopback WebSub hub that records publish notifications.
type hub struct {
	*httptest.Server
	mu     sync.Mutex
	pings  []string
	status int
}

func newHub(t *testing.T) *hub {
	h := &hub{status: http.StatusNoContent}
	h.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil || r.Method != "POST" || r.Header.Get("Content-Type") != "application/x-www-form-urlencoded" {
			t.Errorf("hub got %s %s %q", r.Method, r.Header.Get("Content-Type"), r.Form)
		}
		if r.PostForm.Get("hub.mode") != "publish" || len(r.PostForm["hub.url"]) != 1 {
			t.Errorf("hub form %q", r.PostForm)
		}
		h.mu.Lock()
		defer h.mu.Unlock()
		if h.status/100 == 2 {
			h.pings = append(h.pings, r.PostForm.Get("hub.url"))
		}
		w.WriteHeader(h.status)
	}))
	t.Cleanup(h.Close)
	return h
}

// take returns and clears the recorded pings, sorted.
func (h *hub) take() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	p := h.pings
	h.pings = nil
	slices.Sort(p)
	return p
}

func (h *hub) answer(status int) {
	h.mu.Lock()
	h.status = status
	h.mu.Unlock()
}

func newPublishFixture(t *testing.T, hubURL string, opts PublishOptions) (*fixture, *Publisher) {
	t.Helper()
	site := NewSite("https://feeds.example", "test")
	site.Hub = hubURL
	f := newFixture(t, Options{Site: site, Sources: []Source{{Name: "src", URL: "https://src.example/feed"}}})
	p := NewPublisher(f.server, http.DefaultClient, slog.New(slog.DiscardHandler), opts)
	if p == nil {
		t.Fatal("no publisher")
	}
	f.server.OnChange(p.Notify)
	return f, p
}

func TestWebSub(t *testing.T) {
	h := newHub(t)
	f, p := newPublishFixture(t, h.URL, PublishOptions{})
	f.add(2, true)
	ctx := context.Background()
	if err := p.Start(ctx); err != nil {
		t.Fatal(err)
	}
	if got := h.take(); len(got) != 0 {
		t.Fatalf("start pinged the hub for feeds it may already know: %q", got)
	}
	_, body := f.do("GET", "/feeds/nk.atom")
	if !strings.Contains(string(body), `<link href="`+h.URL+`" rel="hub"></link>`) {
		t.Error("the Atom feed lacks rel=hub")
	}

	f.add(1, true)
	if !p.Flush(ctx) {
		t.Fatal("flush failed")
	}
	want := []string{"https://feeds.example/feeds/nk.atom", "https://feeds.example/feeds/nk.json", "https://feeds.example/feeds/nk.rss"}
	if got := h.take(); !slices.Equal(got, want) {
		t.Fatalf("pings %q, want %q", got, want)
	}

	f.server.Changed([]string{"nk", "empty"}) // reported, but no bytes changed
	p.Flush(ctx)
	if got := h.take(); len(got) != 0 {
		t.Fatalf("pinged without a change: %q", got)
	}

	h.answer(http.StatusServiceUnavailable)
	f.add(1, true)
	if p.Flush(ctx) {
		t.Fatal("flush succeeded while the hub failed")
	}
	h.answer(http.StatusAccepted)
	if !p.Flush(ctx) {
		t.Fatal("retry failed")
	}
	if got := h.take(); !slices.Equal(got, want) {
		t.Fatalf("retried pings %q, want %q", got, want)
	}
}

// TestPublisherRun checks the daemon loop: a change is pinged after the
// settle time, without calling Flush.
func TestPublisherRun(t *testing.T) {
	h := newHub(t)
	f, p := newPublishFixture(t, h.URL, PublishOptions{Settle: 10 * time.Millisecond})
	ctx, cancel := context.WithCancel(context.Background())
	if err := p.Start(ctx); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { p.Run(ctx); close(done) }()
	defer func() { cancel(); <-done }()
	f.add(1, true)
	deadline := time.Now().Add(5 * time.Second)
	var got []string
	for len(got) < 3 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
		got = append(got, h.take()...)
	}
	if len(got) != 3 {
		t.Fatalf("pings %q, want the three nk feeds", got)
	}
}

func TestStaticExport(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "public")
	f, p := newPublishFixture(t, "", PublishOptions{Dir: dir, BaseURL: "https://cdn.example/news/"})
	f.add(2, true)
	ctx := context.Background()
	if err := p.Start(ctx); err != nil {
		t.Fatal(err)
	}
	names := []string{"empty.atom", "empty.html", "empty.json", "empty.rss", "feed.xsl", "index.html", "nk.atom", "nk.html", "nk.json", "nk.rss", "opml.xml", "sources.html"}
	if got := listDir(t, dir); !slices.Equal(got, names) {
		t.Fatalf("files %q, want %q", got, names)
	}
	atom := readFile(t, dir, "nk.atom")
	for _, want := range []string{
		`<link href="https://cdn.example/news/nk.atom" rel="self" type="application/atom+xml"></link>`,
		`<link href="https://cdn.example/news/" rel="alternate" type="text/html"></link>`,
		"Story 2",
	} {
		if !strings.Contains(atom, want) {
			t.Errorf("static nk.atom lacks %s", want)
		}
	}
	if idx := readFile(t, dir, "index.html"); !strings.Contains(idx, `href="https://cdn.example/news/nk.json"`) || !strings.Contains(idx, `href="https://cdn.example/news/opml.xml"`) {
		t.Errorf("static index.html does not link the static files:\n%s", idx)
	}
	if opml := readFile(t, dir, "opml.xml"); !strings.Contains(opml, `xmlUrl="https://cdn.example/news/nk.atom"`) {
		t.Errorf("opml.xml: %s", opml)
	}
	served, _, _ := f.server.Render("nk", "atom")
	if strings.Contains(string(served), "cdn.example") {
		t.Error("the static site leaked into the served feed")
	}

	before := stat(t, dir, "empty.atom")
	f.add(1, true)
	f.server.Changed([]string{"empty"}) // reported, but its bytes stay the same
	if !p.Flush(ctx) {
		t.Fatal("flush failed")
	}
	if !strings.Contains(readFile(t, dir, "nk.atom"), "Story 3") {
		t.Error("nk.atom was not rewritten after a change")
	}
	if !os.SameFile(before, stat(t, dir, "empty.atom")) {
		t.Error("empty.atom was rewritten although it did not change")
	}
	if got := listDir(t, dir); !slices.Equal(got, names) {
		t.Errorf("files after a change %q: temporary files left?", got)
	}
}

// TestStaticExportFailure shows that a directory that cannot be written
// gives an error naming it, and that the next flush retries.
func TestStaticExportFailure(t *testing.T) {
	root := t.TempDir()
	blocker := filepath.Join(root, "file")
	if err := os.WriteFile(blocker, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	_, p := newPublishFixture(t, "", PublishOptions{Dir: filepath.Join(blocker, "public"), BaseURL: "https://cdn.example/"})
	err := p.Start(context.Background())
	if err == nil || !strings.Contains(err.Error(), blocker) {
		t.Fatalf("Start: %v, want an error naming %s", err, blocker)
	}
}

func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.atom")
	for _, body := range []string{"first", "second"} {
		if err := writeFileAtomic(path, []byte(body)); err != nil {
			t.Fatal(err)
		}
		if got := readFile(t, dir, "a.atom"); got != body {
			t.Fatalf("file holds %q, want %q", got, body)
		}
	}
	if fi := stat(t, dir, "a.atom"); fi.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, want 0644", fi.Mode().Perm())
	}
	if got := listDir(t, dir); !slices.Equal(got, []string{"a.atom"}) {
		t.Errorf("files %q", got)
	}
	if err := writeFileAtomic(filepath.Join(dir, "missing", "b"), nil); err == nil || !strings.Contains(err.Error(), "missing/b") {
		t.Errorf("write into a missing directory: %v", err)
	}
}

func listDir(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func readFile(t *testing.T, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func stat(t *testing.T, dir, name string) os.FileInfo {
	t.Helper()
	fi, err := os.Stat(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return fi
}

// TestPublisherResume: after a reload, the new publisher pings the hub only
// for the feeds whose bytes the new configuration changed.
func TestPublisherResume(t *testing.T) {
	h := newHub(t)
	f, old := newPublishFixture(t, h.URL, PublishOptions{})
	f.add(2, true)
	ctx := context.Background()
	if err := old.Start(ctx); err != nil {
		t.Fatal(err)
	}
	site := NewSite("https://feeds.example", "test")
	site.Hub = h.URL
	topics := slices.Clone(f.server.Topics())
	topics[0].Title = "Nagorno-Karabakh, renamed"
	renamed := NewServer(f.store, slog.New(slog.DiscardHandler), Options{Site: site, Topics: topics, Sources: f.server.sources})
	p := NewPublisher(renamed, http.DefaultClient, slog.New(slog.DiscardHandler), PublishOptions{})
	if err := p.Resume(old); err != nil {
		t.Fatal(err)
	}
	if !p.Flush(ctx) {
		t.Fatal("flush failed")
	}
	want := []string{"https://feeds.example/feeds/nk.atom", "https://feeds.example/feeds/nk.json", "https://feeds.example/feeds/nk.rss"}
	if got := h.take(); !slices.Equal(got, want) {
		t.Fatalf("pings after a reload that renamed nk: %q, want %q", got, want)
	}
	fresh := NewPublisher(renamed, http.DefaultClient, slog.New(slog.DiscardHandler), PublishOptions{})
	if err := fresh.Resume(nil); err != nil {
		t.Fatal(err)
	}
	fresh.Flush(ctx)
	if got := h.take(); len(got) != 6 {
		t.Errorf("without the previous publisher's record every feed is new: got %d pings, want 6", len(got))
	}
}
