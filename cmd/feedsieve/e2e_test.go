package main

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/internal/feedcheck"
	"github.com/feedsieve/feedsieve/internal/freeport"
)

// loopbackOnly lets the tests' configs poll their servers on loopback,
// which feedsieve refuses by default.
const loopbackOnly = `allow_networks: ["127.0.0.0/8", "::1/128"]`

// binary is the feedsieve binary built once for the end-to-end tests.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "feedsieve-e2e")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "feedsieve")
	out, err := exec.Command("go", "build", "-race", "-o", binary, ".").CombinedOutput()
	if err != nil {
		fmt.Fprintf(os.Stderr, "build feedsieve: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// feedServer serves the testdata feeds with ETags, so re-polls get 304, and
// a Danish feed made from the seed article.
func feedServer(t *testing.T) *httptest.Server {
	t.Helper()
	seed, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "testdata", "seed-da-nagorno-karabakh.txt"))
	if err != nil {
		t.Fatalf("seed article (../shared must be beside the repository): %v", err)
	}
	danish := danishFeed(string(seed))
	files := map[string]struct{ file, ctype string }{
		"/en.xml":     {"rss2-en.xml", "application/rss+xml"},
		"/de.rdf":     {"rdf-de.xml", "application/rdf+xml"},
		"/hy-ru.atom": {"atom-hy-ru.xml", "application/atom+xml"},
		"/zh.json":    {"json-zh.json", "application/feed+json"},
		"/ru.xml":     {"cp1251-ru.xml", "application/xml"},
		"/ru2.xml":    {"cp1251-ru-nodecl.xml", "application/xml; charset=windows-1251"},
	}
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var body []byte
		if r.URL.Path == "/da.xml" {
			body = []byte(danish)
			w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		} else if f, ok := files[r.URL.Path]; ok {
			b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "feeds", f.file))
			if err != nil {
				http.Error(w, err.Error(), 500)
				return
			}
			body = b
			w.Header().Set("Content-Type", f.ctype)
		} else {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("ETag", fmt.Sprintf(`"%x"`, len(body)))
		http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
	}))
}

// danishFeed wraps the seed article (first line "date 2023-09 <lead>") in RSS.
func danishFeed(seed string) string {
	lead, body, _ := strings.Cut(seed, "\n")
	lead = strings.TrimPrefix(lead, " date 2023-09 ")
	lead = strings.TrimPrefix(lead, "date 2023-09 ")
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Udland (test)</title><link>https://dk.example/</link><language>da</language>`)
	b.WriteString(`<item><title>Rusland opfordrer til at stoppe blodbadet</title><link>https://dk.example/udland/1</link><pubDate>Tue, 19 Sep 2023 15:00:00 +0200</pubDate><description>`)
	xml.EscapeText(&b, []byte(lead))
	b.WriteString(`</description><content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/">`)
	xml.EscapeText(&b, []byte(body))
	b.WriteString(`</content:encoded></item></channel></rss>`)
	return b.String()
}

// freeAddr returns a loopback address with a port free at the time of the
// call, below the ports the kernel hands out by itself (freeport).
func freeAddr(t *testing.T) string {
	t.Helper()
	addr, err := freeport.Addr()
	if err != nil {
		t.Fatal(err)
	}
	return addr
}

func writeConfig(t *testing.T, feedURL string) string {
	t.Helper()
	dir := t.TempDir()
	cfg := fmt.Sprintf(`server:
  listen: "%[2]s"
  base_url: "http://feeds.test"
storage:
  path: "data/test.db"
  retention: "0"
poll:
  timeout: "10s"
  allow_networks: ["127.0.0.0/8", "::1/128"] # the test servers
sources:
  - {name: "en", url: "%[1]s/en.xml"}
  - {name: "de", url: "%[1]s/de.rdf"}
  - {name: "hy-ru", url: "%[1]s/hy-ru.atom"}
  - {name: "zh", url: "%[1]s/zh.json"}
  - {name: "ru", url: "%[1]s/ru.xml"}
  - {name: "ru2", url: "%[1]s/ru2.xml"}
  - {name: "da", url: "%[1]s/da.xml"}
  - {name: "gone", url: "%[1]s/missing.xml"}
topics:
  - id: "nagorno-karabakh"
    title: "Nagorno-Karabakh"
    any: ["Nagorno-Karabakh*", "Karabakh*", "Karabach*", "Lachin", "Нагорн* Карабах*", "Карабах*", "Լեռնային Ղարաբաղ*", "纳戈尔诺-卡拉巴赫"]
    none: ["Karabük"]
`, feedURL, freeAddr(t))
	path := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(path, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// wantTitles is the topic's content after polling every test feed, newest first.
var wantTitles = []string{
	"Ceasefire talks on Karabakh from the future", // clamped to the time of the poll
	"Լեռնային Ղարաբաղի հակամարտությունը",
	"Беженцы из Карабаха прибывают в Армению",
	"Беженцы из Карабаха прибывают в Армению",
	"Berg-Karabach: Zehntausende fliehen nach Armenien",
	"Refugees leave via the Lachin corridor",
	"Бои в Нагорном Карабахе прекратились",
	"Rusland opfordrer til at stoppe blodbadet",
	// Delivered by en and hy-ru with the same link: one entry, titled by
	// whichever source was polled first.
	"Azerbaijan launches offensive in Nagorno-Karabakh|Azerbaijan launches offensive in Nagorno-Karabakh (wire copy)",
	"据报道纳戈尔诺-卡拉巴赫地区局势紧张",
}

func TestEndToEnd(t *testing.T) {
	srv := feedServer(t)
	defer srv.Close()
	cfg := writeConfig(t, srv.URL)

	out := runOK(t, "check", "-config", cfg)
	if !strings.Contains(out, "ok (8 sources, 1 topic)") {
		t.Fatalf("check: %s", out)
	}

	out = runOK(t, "poll", "-config", cfg)
	for _, want := range []string{
		"de: status 200, 2 items, 2 new, 0 updated",
		"zh: status 200, 2 items, 2 new, 0 updated",
		"ru: status 200, 1 item, 1 new, 0 updated",
		"ru2: status 200, 1 item, 1 new, 0 updated",
		"da: status 200, 1 item, 1 new, 0 updated",
		"gone: status 404, error: HTTP 404 Not Found",
	} {
		if !strings.Contains(out, want+"\n") {
			t.Errorf("poll output lacks %q:\n%s", want, out)
		}
	}
	// en and hy-ru share one item; whichever is polled second merges into it.
	en := regexp.MustCompile(`(?m)^en: status 200, 5 items, (\d) new`).FindStringSubmatch(out)
	hy := regexp.MustCompile(`(?m)^hy-ru: status 200, 4 items, (\d) new`).FindStringSubmatch(out)
	if en == nil || hy == nil || en[1]+hy[1] != "53" && en[1]+hy[1] != "44" {
		t.Errorf("en and hy-ru should store 8 items between them, one shared:\n%s", out)
	}
	out = runOK(t, "poll", "-config", cfg)
	if n := strings.Count(out, "not modified"); n != 7 {
		t.Errorf("second poll: %d sources not modified, want 7:\n%s", n, out)
	}

	exported := runOK(t, "export", "-config", cfg, "-topic", "nagorno-karabakh")
	checkFeed(t, []byte(exported))
	explained, dry := checkInspection(t, cfg)

	d := startServe(t, cfg)
	resp, body := get(t, d.url+"/feeds/nagorno-karabakh.atom")
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/atom+xml; charset=utf-8" {
		t.Fatalf("GET feed: %s %q", resp.Status, resp.Header.Get("Content-Type"))
	}
	if string(body) != exported {
		t.Errorf("served feed differs from the exported one")
	}
	if resp, _ := get(t, d.url+"/feeds/nosuch.atom"); resp.StatusCode != 404 {
		t.Errorf("unknown topic: %s, want 404", resp.Status)
	}
	// While the daemon holds the database, export, explain and test-topic
	// ask the daemon, and print exactly what they print without it.
	if got := runOK(t, "export", "-config", cfg, "-topic", "nagorno-karabakh"); got != exported {
		t.Errorf("export via the daemon differs")
	}
	if e, d := checkInspection(t, cfg); e != explained || d != dry {
		t.Errorf("explain or test-topic via the daemon differ:\n%s\n%s", e, d)
	}
	d.stop(t)

	// Ids and content are the same after a restart.
	if got := runOK(t, "export", "-config", cfg, "-topic", "nagorno-karabakh"); got != exported {
		t.Errorf("feed changed across a restart")
	}

	// Changed rules re-file stored items at the next start: swapping the
	// keyword Lachin for London moves one item in and one out.
	rewriteConfig(t, cfg, `"Lachin"`, `"London"`)
	runOK(t, "poll", "-config", cfg)
	var doc atomDoc
	if err := xml.Unmarshal([]byte(runOK(t, "export", "-config", cfg, "-topic", "nagorno-karabakh")), &doc); err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, e := range doc.Entries {
		titles = append(titles, e.Title)
	}
	if !slices.Contains(titles, "Rain expected over London") || slices.Contains(titles, "Refugees leave via the Lachin corridor") ||
		len(titles) != len(wantTitles) {
		t.Errorf("after changing the rules the feed holds:\n%s", strings.Join(titles, "\n"))
	}
}

func rewriteConfig(t *testing.T, path, old, new string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(old)) {
		t.Fatalf("config lacks %s", old)
	}
	if err := os.WriteFile(path, bytes.ReplaceAll(b, []byte(old), []byte(new)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// checkInspection runs explain and test-topic and checks what they say.
func checkInspection(t *testing.T, cfg string) (explained, dry string) {
	t.Helper()
	explained = runOK(t, "explain", "-config", cfg, "-topic", "nagorno-karabakh",
		"-item", "https://news.example/en/4", "-item", "https://news.example/en/2")
	for _, want := range []string{
		"topic nagorno-karabakh: 2 items\n",
		"  2023-09-23 18:00  Karabük coach was born in Karabakh\n",
		`    not in topic: excluded: none keyword "Karabük" found in title` + "\n",
		`    found: any "Karabakh*" in title; none "Karabük" in title` + "\n",
		`    folded: any "karabakh*" in "karabuk coach was born in karabakh"; none "karabuk" in "karabuk coach was born in karabakh"` + "\n",
		"    not in topic: none of the 8 any keywords found in title, summary, content, article, categories\n",
	} {
		if !strings.Contains(explained, want) {
			t.Errorf("explain output lacks %q:\n%s", want, explained)
		}
	}
	dry = runOK(t, "test-topic", "-config", cfg, "-topic", "nagorno-karabakh", "-any", "Lachin", "-any", "London")
	for _, want := range []string{
		"topic nagorno-karabakh would hold 3 of 15 stored items: 1 added, 8 removed\n",
		"+ 2023-09-19 09:00  Rain expected over London\n",
		"- 2023-09-26 07:15  Berg-Karabach: Zehntausende fliehen nach Armenien\n",
		`    not in topic: none of the 2 any keywords found in title, summary, content, article, categories` + "\n",
		`    in topic: any keyword "Lachin" found in title` + "\n",
	} {
		if !strings.Contains(dry, want) {
			t.Errorf("test-topic output lacks %q:\n%s", want, dry)
		}
	}
	return explained, dry
}

type atomDoc struct {
	ID      string `xml:"id"`
	Entries []struct {
		ID    string `xml:"id"`
		Title string `xml:"title"`
	} `xml:"entry"`
}

func checkFeed(t *testing.T, body []byte) {
	t.Helper()
	var doc atomDoc
	if err := xml.Unmarshal(body, &doc); err != nil {
		t.Fatalf("feed is not XML: %v", err)
	}
	var titles []string
	ids := map[string]bool{}
	for _, e := range doc.Entries {
		titles = append(titles, e.Title)
		// An id is the source's own when it is an IRI (urn:example:hy-1),
		// else one feedsieve makes (urn:uuid:…).
		if u, err := url.Parse(e.ID); ids[e.ID] || err != nil || u.Scheme == "" {
			t.Errorf("entry id %q is duplicate or not an IRI", e.ID)
		}
		ids[e.ID] = true
	}
	ok := len(titles) == len(wantTitles)
	for i := 0; ok && i < len(titles); i++ {
		ok = slices.Contains(strings.Split(wantTitles[i], "|"), titles[i])
	}
	if !ok {
		t.Errorf("feed entries:\n%s\nwant:\n%s", strings.Join(titles, "\n"), strings.Join(wantTitles, "\n"))
	}
	feedcheck.Atom(t, body)
	feedcheck.Feedparser(t, "atom", body, len(wantTitles))
}

func runOK(t *testing.T, args ...string) string {
	t.Helper()
	cmd := exec.Command(binary, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("feedsieve %s: %v\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), err, out, stderr.String())
	}
	return string(out)
}

func get(t *testing.T, url string) (*http.Response, []byte) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var buf bytes.Buffer
	buf.ReadFrom(resp.Body)
	return resp, buf.Bytes()
}
