package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckDump: check -dump prints the effective config, defaults filled
// in and the password file's content left out.
func TestCheckDump(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "config.yaml")
	saveFile(t, cfg, "sources:\n  - {name: a, url: \"https://x.test/feed?token=T0K3N\", username: u, password_file: p}\ntopics: [{id: nk, any: [Karabakh]}]\n")
	saveFile(t, filepath.Join(dir, "p"), "s3cret")
	code, out, errOut := runIn("check", "-dump", "-config", cfg)
	for _, want := range []string{"# effective config of " + cfg, "  interval: 15m0s\n", "  source_quota: 50000\n", "    url: https://x.test/feed\n", "    username: u # password: set, not shown\n", "  socket: " + filepath.Join(dir, "data", "feedsieve.sock") + "\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("check -dump lacks %q:\n%s%s", want, out, errOut)
		}
	}
	if code != 0 || strings.Contains(out, "s3cret") || strings.Contains(out, "T0K3N") {
		t.Errorf("check -dump: exit %d, or it shows a secret:\n%s", code, out)
	}
	if _, err := os.Stat(filepath.Join(dir, "data")); !os.IsNotExist(err) {
		t.Errorf("check -dump touched the data directory: %v", err)
	}
}
