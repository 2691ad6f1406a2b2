package feedcheck

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// Readers has two real feed readers read a feed: newsboat must take every
// entry without logging a warning or an error, and sfeed must print a
// line for every entry and nothing on standard error.
func Readers(t *testing.T, body []byte, entries int) {
	t.Helper()
	newsboat(t, body, entries)
	sfeed(t, body, entries)
}

var unread = regexp.MustCompile(`(?m)^(\d+) unread articles?$`)

func newsboat(t *testing.T, body []byte, entries int) {
	t.Helper()
	bin, ok := Tool(t, "newsboat", func() (string, error) { return exec.LookPath("newsboat") })
	if !ok {
		return
	}
	dir := t.TempDir()
	feed := filepath.Join(dir, "feed.xml")
	urls := filepath.Join(dir, "urls")
	config := filepath.Join(dir, "config")
	for name, content := range map[string]string{feed: string(body), urls: `"exec:cat ` + feed + `"` + "\n", config: ""} {
		if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	logFile := filepath.Join(dir, "newsboat.log")
	cmd := exec.Command(bin, "-u", urls, "-c", filepath.Join(dir, "cache.db"), "-C", config,
		"-l", "3", "-d", logFile, "-x", "reload", "print-unread")
	cmd.Env = append(os.Environ(), "HOME="+dir, "XDG_CONFIG_HOME="+dir, "XDG_DATA_HOME="+dir)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("newsboat: %v\n%s", err, out)
	}
	logged, _ := os.ReadFile(logFile)
	if m := unread.FindSubmatch(out); m == nil || string(m[1]) != strconv.Itoa(entries) || len(bytes.TrimSpace(logged)) > 0 {
		t.Errorf("newsboat read the feed as %q, logging %q; want %d unread articles and no log", bytes.TrimSpace(out), logged, entries)
	}
}

func sfeed(t *testing.T, body []byte, entries int) {
	t.Helper()
	bin, ok := Tool(t, "sfeed", func() (string, error) { return exec.LookPath("sfeed") })
	if !ok {
		return
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(bin)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = bytes.NewReader(body), &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("sfeed: %v\n%s", err, stderr.Bytes())
	}
	lines := strings.Count(stdout.String(), "\n")
	if lines != entries || stderr.Len() > 0 {
		t.Errorf("sfeed read %d entries, want %d; standard error: %q", lines, entries, stderr.Bytes())
	}
}
