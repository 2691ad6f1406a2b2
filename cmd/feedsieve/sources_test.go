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
		{"adds after the last item", "dr", "https://www.dr.dk/nyheder/service/feeds/udland", 0, "added source dr",
			"  - name: dr\n    url: https://www.dr.dk/nyheder/service/feeds/udland\n"},
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
	wantOut := `add  le-monde-international: https://www.lemonde.fr/international/rss_full.xml
skip "BBC again": http://feeds.bbci.co.uk/news/world/rss.xml is already configured as source "bbc-world"
add  le-monde-international-2: https://www.lemonde.fr/europe/rss_full.xml
add  russkaia-sluzhba: https://feeds.bbci.co.uk/russian/rss.xml
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
