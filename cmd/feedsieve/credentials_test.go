package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
)

// TestRotatedPasswordFile: a password_file in $CREDENTIALS_DIRECTORY
// (systemd's LoadCredential=) is read at start and again on SIGHUP, even
// when the config file itself did not change; neither password is ever
// shown.
func TestRotatedPasswordFile(t *testing.T) {
	var want atomic.Value
	want.Store("0ld-pa55word")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if user, pass, _ := r.BasicAuth(); user != "alice" || pass != want.Load().(string) {
			http.Error(w, "who are you", http.StatusUnauthorized)
			return
		}
		fmt.Fprint(w, `<rss version="2.0"><channel><title>Private</title><item><title>Karabakh</title><guid>a</guid></item></channel></rss>`)
	}))
	defer srv.Close()
	creds := t.TempDir()
	saveFile(t, filepath.Join(creds, "feed.pass"), "0ld-pa55word\n")
	cfg := securityConfig(t, "")
	rewriteConfig(t, cfg, "  []\n", `  - {name: priv, url: "`+srv.URL+`/feed", username: alice, password_file: feed.pass}
`)
	t.Setenv("CREDENTIALS_DIRECTORY", creds) // for the daemon and the commands beside it
	d := startServe(t, cfg)
	waitFor(t, "the first poll succeeds", func() bool { return sourceNames(t, d) == "priv:ok" })

	want.Store("n3w-pa55word")
	runOK(t, "refresh", "-config", cfg)
	waitFor(t, "the poll with the old password fails", func() bool { return sourceNames(t, d) == "priv:failing" })

	mark := d.mark()
	saveFile(t, filepath.Join(creds, "feed.pass"), "n3w-pa55word\n")
	d.signal(t, syscall.SIGHUP)
	d.waitLog(t, mark, `msg="config unchanged but a source's password file changed: applying it" trigger=SIGHUP`)
	waitFor(t, "the poll with the new password succeeds", func() bool { return sourceNames(t, d) == "priv:ok" })

	shown := outputs(t, d, cfg)
	shown["feedsieve check -dump"], _ = runCode(t, "check", "-dump", "-config", cfg)
	for where, text := range shown {
		for _, secret := range []string{"0ld-pa55word", "n3w-pa55word"} {
			if strings.Contains(text, secret) {
				t.Errorf("%s shows %q", where, secret)
			}
		}
	}
	d.stop(t)
}
