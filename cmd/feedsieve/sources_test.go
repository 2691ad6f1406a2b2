package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const editedConfig = `# my sources
server:
  listen: 127.0.0.1:8080

sources:
  # the first one
  - name: bbc-world
    url: https://feeds.bbci.co.uk/news/world/rss.xml   # world news

# topics follow
topics:
  - id: nk
    any: [Karabakh]
`

// runIn runs a command in-process and returns its exit code and output.
func runIn(args ...string) (int, string, string) {
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func TestSourcesAdd(t *testing.T) {
	tests := []struct {
		name, src, url string
		code           int
		msg            string // in stdout or stderr
		added          string // the lines inserted, "" when the file must not change
	}{
		{"adds after the last item", "dr", "https://www.dr.test/nyheder/service/feeds/udland", 0, "added source dr",
			"  - name: dr\n    url: https://www.dr.test/nyheder/service/feeds/udland\n"},
		{"name taken", "bbc-world", "https://x.test/feed", 1, `name "bbc-world" is taken: it polls https://feeds.bbci.co.uk/news/world/rss.xml`, ""},
		{"same feed, other spelling", "bbc2", "HTTPS://feeds.bbci.co.uk/news/world/rss.xml/", 1, `is already configured as source "bbc-world"`, ""},
		{"bad name", "BBC", "https://x.test/feed", 1, `name "BBC": use lower-case letters`, ""},
		{"bad url", "x", "feeds.test/rss", 1, `url "feeds.test/rss" is not an absolute http or https URL`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "config.yaml")
			saveFile(t, path, editedConfig)
			code, stdout, stderr := runIn("sources", "add", "-config", path, tt.src, tt.url)
			if code != tt.code || !strings.Contains(stdout+stderr, tt.msg) {
				t.Fatalf("exit %d, want %d with %q\nstdout: %s\nstderr: %s", code, tt.code, tt.msg, stdout, stderr)
			}
			got, _ := os.ReadFile(path)
			want := strings.Replace(editedConfig, "# world news\n", "# world news\n"+tt.added, 1)
			if string(got) != want {
				t.Errorf("config after the command:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

func TestSourcesAddUsage(t *testing.T) {
	if code, _, stderr := runIn("sources", "add", "-config", "x.yaml", "only-a-name"); code != 2 || !strings.Contains(stderr, "want 2 arguments, got 1") {
		t.Errorf("exit %d: %s", code, stderr)
	}
	if code, _, stderr := runIn("sources", "remove"); code != 2 || !strings.Contains(stderr, "Usage: feedsieve sources add") {
		t.Errorf("exit %d: %s", code, stderr)
	}
}

func TestOPMLImportAndExport(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "config.yaml")
	saveFile(t, path, editedConfig)
	opml := filepath.Join(dir, "reader.opml")
	saveFile(t, opml, `<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0"><head><title>My reader</title></head><body>
  <outline text="News">
    <outline text="Le Monde – International" type="rss" xmlUrl="https://www.lemonde.fr/international/rss_full.xml"/>
    <outline text="BBC again" xmlUrl="http://feeds.bbci.co.uk/news/world/rss.xml"/>
    <outline text="Le Monde – International" xmlurl="https://www.lemonde.fr/europe/rss_full.xml"/>
  </outline>
  <outline text="Русская служба" xmlUrl="https://feeds.bbci.co.uk/russian/rss.xml"/>
</body></opml>`)

	code, stdout, stderr := runIn("opml", "import", "-config", path, "-dry-run", opml)
	if code != 0 || !strings.Contains(stdout, "dry run: 3 of 4 feeds would be added") {
		t.Fatalf("dry run: exit %d\n%s%s", code, stdout, stderr)
	}
	if got, _ := os.ReadFile(path); string(got) != editedConfig {
		t.Fatal("the dry run changed the config")
	}
	code, stdout, stderr = runIn("opml", "import", "-config", path, opml)
	wantOut := `add  le-monde-international: https://www.lemonde.fr/international/rss_full.xml (folder "News")
skip "BBC again": http://feeds.bbci.co.uk/news/world/rss.xml is already configured as source "bbc-world"
add  le-monde-international-2: https://www.lemonde.fr/europe/rss_full.xml (folder "News")
add  russkaia-sluzhba: https://feeds.bbci.co.uk/russian/rss.xml
folders not made topics (see -topics): "News"
`
	if code != 0 || !strings.HasPrefix(stdout, wantOut) || !strings.Contains(stdout, "added 3 of 4 feeds") {
		t.Fatalf("import: exit %d\n%s\nwant:\n%s%s", code, stdout, wantOut, stderr)
	}
	if code, out, _ := runIn("check", "-config", path); code != 0 || !strings.Contains(out, "ok (4 sources, 1 topic)") {
		t.Errorf("check after the import: %s", out)
	}
	code, again, _ := runIn("opml", "import", "-config", path, opml)
	if code != 0 || !strings.Contains(again, "nothing to add (4 feeds") {
		t.Errorf("second import: exit %d\n%s", code, again)
	}

	code, exported, _ := runIn("opml", "export", "-config", path)
	for _, want := range []string{`<opml version="2.0">`, `xmlUrl="https://feeds.bbci.co.uk/news/world/rss.xml"`, `text="le-monde-international-2"`} {
		if code != 0 || !strings.Contains(exported, want) {
			t.Errorf("export lacks %s:\n%s", want, exported)
		}
	}

	saveFile(t, opml, "<rss/>")
	if code, _, stderr := runIn("opml", "import", "-config", path, opml); code != 1 || !strings.Contains(stderr, "reader.opml: ") {
		t.Errorf("not OPML: exit %d: %s", code, stderr)
	}
}

// TestOPMLImportTopics imports an OPML file with folders, feed: URLs and
// non-Latin titles with -topics: each folder that gets a new feed becomes
// a topic listing the folder's configured feeds, and the result passes
// the config check; a second import changes nothing.
func TestOPMLImportTopics(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "config.yaml")
	saveFile(t, path, editedConfig)
	opml := filepath.Join(dir, "reader.opml")
	saveFile(t, opml, `<opml version="2.0"><body>
  <outline text="News">
    <outline text="Le Monde" xmlUrl="https://www.lemonde.fr/international/rss_full.xml"/>
    <outline text="BBC again" xmlUrl="http://feeds.bbci.co.uk/news/world/rss.xml"/>
    <outline text="World"><outline text="Медуза — Новости" xmlUrl="FEED://meduza.io/rss/all"/></outline>
  </outline>
  <outline title="NK" text="ignored">
    <outline text="日本経済新聞" xmlUrl="feed:https://www.nikkei.com/rss"/>
    <outline text="Le Monde, again" xmlUrl="https://www.lemonde.fr/international/rss_full.xml"/>
  </outline>
  <outline text="Old"><outline text="BBC" xmlUrl="https://feeds.bbci.co.uk/news/world/rss.xml"/></outline>
  <outline text="Bad" xmlUrl="feed:ftp://x.example/rss"/>
</body></opml>`)

	wantOut := `add  le-monde: https://www.lemonde.fr/international/rss_full.xml (folder "News")
skip "BBC again": http://feeds.bbci.co.uk/news/world/rss.xml is already configured as source "bbc-world"
add  meduza-novosti: http://meduza.io/rss/all (folder "News / World")
add  ri-ben-jing-ji-xin-wen: https://www.nikkei.com/rss (folder "NK")
skip "Le Monde, again": https://www.lemonde.fr/international/rss_full.xml is already configured as source "le-monde"
skip "BBC": https://feeds.bbci.co.uk/news/world/rss.xml is already configured as source "bbc-world"
skip "Bad": url "feed:ftp://x.example/rss" is not an absolute http or https URL
`
	wantTopics := `topic news ("News"): le-monde, bbc-world
topic news-world ("News / World"): meduza-novosti
topic nk-2 ("NK"): ri-ben-jing-ji-xin-wen, le-monde
`
	code, stdout, stderr := runIn("opml", "import", "-config", path, "-dry-run", opml)
	if want := wantOut + `folders not made topics (see -topics): "News", "News / World", "NK"` + "\n" +
		"dry run: 3 of 7 feeds would be added to " + path + "\n"; code != 0 || stdout != want {
		t.Fatalf("dry run without -topics: exit %d\n%s\nwant:\n%s%s", code, stdout, want, stderr)
	}
	code, stdout, stderr = runIn("opml", "import", "-config", path, "-dry-run", "-topics", opml)
	if want := wantOut + wantTopics + "dry run: 3 of 7 feeds and 3 topics would be added to " + path + "\n"; code != 0 || stdout != want {
		t.Fatalf("dry run with -topics: exit %d\n%s\nwant:\n%s%s", code, stdout, want, stderr)
	}
	if got, _ := os.ReadFile(path); string(got) != editedConfig {
		t.Fatal("the dry run changed the config")
	}

	code, stdout, stderr = runIn("opml", "import", "-config", path, "-topics", opml)
	if code != 0 || !strings.HasPrefix(stdout, wantOut+wantTopics) || !strings.Contains(stdout, "added 3 of 7 feeds and 3 topics\n") {
		t.Fatalf("import: exit %d\n%s%s", code, stdout, stderr)
	}
	want := strings.Replace(editedConfig, "# world news\n", `# world news
  - name: le-monde
    url: https://www.lemonde.fr/international/rss_full.xml
  - name: meduza-novosti
    url: http://meduza.io/rss/all
  - name: ri-ben-jing-ji-xin-wen
    url: https://www.nikkei.com/rss
`, 1) + `  - id: news
    title: News
    sources:
      - le-monde
      - bbc-world
  - id: news-world
    title: News / World
    sources:
      - meduza-novosti
  - id: nk-2
    title: NK
    sources:
      - ri-ben-jing-ji-xin-wen
      - le-monde
`
	if got, _ := os.ReadFile(path); string(got) != want {
		t.Errorf("config after the import:\n%s\nwant:\n%s", got, want)
	}
	if code, out, _ := runIn("check", "-config", path); code != 0 || !strings.Contains(out, "ok (4 sources, 4 topics)") {
		t.Errorf("check after the import: %s", out)
	}
	code, again, _ := runIn("opml", "import", "-config", path, "-topics", opml)
	if code != 0 || !strings.Contains(again, "nothing to add (7 feeds") || strings.Contains(again, "topic ") {
		t.Errorf("second import: exit %d\n%s", code, again)
	}
	if got, _ := os.ReadFile(path); string(got) != want {
		t.Errorf("the second import changed the config:\n%s", got)
	}
}
