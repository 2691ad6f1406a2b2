package main

import (
	"encoding/xml"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestStoriesEndToEnd polls, with the real binary, three outlets that
// republish one wire story and one with another story, into a topic with
// collapse: stories: the exported feed has one entry for the wire story,
// the first copy's, naming the other outlets, and explain says why a copy
// was grouped.
func TestStoriesEndToEnd(t *testing.T) {
	srv := serveWireCopies(t)
	cfg := storyConfig(t, srv, []string{"afp"}, "")
	runOK(t, "poll", "-config", cfg) // the wire copy first, then the others
	rewriteConfig(t, cfg, "  - {name: afp", fmt.Sprintf("  - {name: bbc, url: \"%[1]s/bbc\"}\n  - {name: dw, url: \"%[1]s/dw\"}\n  - {name: local, url: \"%[1]s/local\"}\n  - {name: afp", srv.URL))
	runOK(t, "poll", "-config", cfg)

	checkWireEntry(t, cfg, "Karabakh Armenians queue for bread in Stepanakert|Azerbaijan launches offensive in Nagorno-Karabakh", 1)
	out := runOK(t, "explain", "-config", cfg, "-topic", "nk", "-item", "https://dw.example/3", "-item", "https://afp.example/1")
	for _, want := range []string{
		`    story: the story of `,
		`"Azerbaijan launches offensive in Nagorno-Karabakh", which stands for it in the feed`,
		`from afp: title and summary `,
		` similar (at least 0.14)`,
		"    story: its own; the item stands for it in the feed\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("explain output lacks %q:\n%s", want, out)
		}
	}
	// -with compares two items, whatever their stories.
	out = runOK(t, "explain", "-config", cfg, "-topic", "nk", "-item", "https://dw.example/3", "-with", "https://local.example/4")
	if !strings.Contains(out, "    not one story with ") || !strings.Contains(out, "from local: ") {
		t.Errorf("explain -with output:\n%s", out)
	}
}

// TestPreferredSourceEndToEnd polls, with the real binary, a topic that
// prefers afp's copies: stories first reported by other sources are held
// back, and once afp's copy of one arrives it is one entry, afp's, naming
// bbc and dw, while the other still waits; explain says afp's copy leads.
func TestPreferredSourceEndToEnd(t *testing.T) {
	srv := serveWireCopies(t)
	cfg := storyConfig(t, srv, []string{"afp:empty", "bbc", "local"}, "    prefer: [afp]\n    prefer_wait: 30m\n")
	runOK(t, "poll", "-config", cfg) // bbc's copy first: its story waits for afp's, as local's does
	if titles, _ := exportedEntries(t, cfg); len(titles) != 0 {
		t.Fatalf("while the stories wait: entries %q", titles)
	}
	rewriteConfig(t, cfg, srv.URL+"/empty", srv.URL+"/afp\"}\n  - {name: dw, url: \""+srv.URL+"/dw")
	runOK(t, "poll", "-config", cfg)
	checkWireEntry(t, cfg, "Azerbaijan launches offensive in Nagorno-Karabakh", 0)
	out := runOK(t, "explain", "-config", cfg, "-topic", "nk", "-item", "https://afp.example/1")
	if want := "    leads it: the first copy from a preferred source, the item stands for it in the feed\n"; !strings.Contains(out, want) {
		t.Errorf("explain output lacks %q:\n%s", want, out)
	}
}

// serveWireCopies serves feeds of three outlets that republish one wire
// story, at /afp, /bbc and /dw, one with another story at /local, and
// one without items at /empty.
func serveWireCopies(t *testing.T) *httptest.Server {
	t.Helper()
	pub := time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)
	item := func(outlet, link string, at time.Duration, title, summary string) string {
		return fmt.Sprintf(`<?xml version="1.0"?><rss version="2.0"><channel><title>%s</title><link>https://%s.example/</link><language>en</language>
<item><title>%s</title><link>%s</link><guid>%s</guid><pubDate>%s</pubDate><description>%s</description></item>
</channel></rss>`, outlet, strings.ToLower(outlet), title, link, link, pub.Add(at).Format(time.RFC1123Z), summary)
	}
	feeds := map[string]string{
		"/afp": item("AFP", "https://afp.example/1", 0, "Azerbaijan launches offensive in Nagorno-Karabakh",
			"Azerbaijan said on Tuesday it had launched anti-terrorist measures in the region after six people were killed by mines."),
		"/bbc": item("BBC", "https://bbc.example/2", time.Hour, "Azerbaijan launches military offensive in Nagorno-Karabakh",
			"BAKU (AP) — Azerbaijan said on Tuesday it had launched anti-terrorist measures in the region after six people were killed by mines."),
		"/dw": item("DW", "https://dw.example/3", 2*time.Hour, "Azerbaijan launches offensive in Nagorno-Karabakh - DW",
			"Azerbaijan said on Tuesday it had launched “anti-terrorist” measures in the region after six people were killed by mines."),
		"/local": item("Local", "https://local.example/4", 3*time.Hour, "Karabakh Armenians queue for bread in Stepanakert",
			"Long queues formed outside bakeries in Stepanakert as the blockade of the Lachin corridor entered its ninth month."),
		"/empty": `<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>`,
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, ok := feeds[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, body)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// exportedEntries exports topic nk's Atom feed with the real binary and
// returns its entries' titles and contents.
func exportedEntries(t *testing.T, cfg string) (titles, contents []string) {
	t.Helper()
	var doc struct {
		Entries []struct {
			Title   string `xml:"title"`
			Content string `xml:"content"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal([]byte(runOK(t, "export", "-config", cfg, "-topic", "nk")), &doc); err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Entries {
		titles, contents = append(titles, e.Title), append(contents, e.Content)
	}
	return titles, contents
}

// checkWireEntry checks that the exported feed's entries have the titles
// want (joined by |), and that entry i, the wire story's, names bbc's and
// dw's copies with their headlines.
func checkWireEntry(t *testing.T, cfg, want string, i int) {
	t.Helper()
	titles, contents := exportedEntries(t, cfg)
	if strings.Join(titles, "|") != want {
		t.Fatalf("entries %q, want %q", titles, want)
	}
	if c := contents[i]; !strings.Contains(c, `Also reported by: BBC: <a href="https://bbc.example/2" rel="nofollow">Azerbaijan launches military offensive in Nagorno-Karabakh</a>; DW: <a href="https://dw.example/3" rel="nofollow">Azerbaijan launches offensive in Nagorno-Karabakh - DW</a>.`) {
		t.Errorf("the story's entry: %s", c)
	}
}

// storyConfig writes a config polling sources of srv (name, or name:path
// for another path than /name) into topic nk, which collapses stories
// with the options in more, and returns its path.
func storyConfig(t *testing.T, srv *httptest.Server, sources []string, more string) string {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "server: {listen: %q}\nstorage: {path: data/test.db, retention: \"0\"}\npoll: {%s}\nsources:\n", freeAddr(t), loopbackOnly)
	for _, s := range sources {
		name, path, ok := strings.Cut(s, ":")
		if !ok {
			path = name
		}
		fmt.Fprintf(&b, "  - {name: %s, url: \"%s/%s\"}\n", name, srv.URL, path)
	}
	b.WriteString("topics:\n  - id: nk\n    any: [Karabakh]\n    collapse: stories\n" + more)
	cfg := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(cfg, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return cfg
}
