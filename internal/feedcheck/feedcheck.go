// Package feedcheck runs outside validators over feed documents in tests:
// Debian's jing checks Atom against the RFC 4287 schema in ../shared/atom
// beside the repository, Python's feedparser, the parser behind many
// feed readers, must read Atom and RSS with bozo 0, and the feed readers
// newsboat and sfeed must read every entry without a complaint. A missing validator
// skips its checks, or fails them when FEEDSIEVE_REQUIRE_VALIDATORS is set
// (.ci/run sets it after installing them).
package feedcheck

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// requireValidators makes a missing validator a failure instead of a
// skip. .ci/run sets it after installing them.
const requireValidators = "FEEDSIEVE_REQUIRE_VALIDATORS"

// Tool finds an outside checker, or reports false so that the checks that
// need it are skipped (it fails the test under CI instead).
func Tool(t *testing.T, name string, find func() (string, error)) (string, bool) {
	t.Helper()
	path, err := find()
	if err == nil {
		return path, true
	}
	if os.Getenv(requireValidators) != "" {
		t.Fatalf("%s is needed (%s is set): %v", name, requireValidators, err)
	}
	t.Logf("%s not found, its checks are skipped (install it, see .ci/run): %v", name, err)
	return "", false
}

// Atom checks a feed against the RFC 4287 schema (grammar and rules) in
// ../shared/atom with jing.
func Atom(t *testing.T, body []byte) {
	t.Helper()
	jing, ok := Tool(t, "jing", func() (string, error) { return exec.LookPath("jing") })
	if !ok {
		return
	}
	schemaDir, err := sharedAtom()
	if err != nil {
		t.Fatal(err)
	}
	f := filepath.Join(t.TempDir(), "feed.atom")
	if err := os.WriteFile(f, body, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, schema := range []string{"atom.rng", "atom-rules.sch"} {
		out, err := exec.Command(jing, filepath.Join(schemaDir, schema), f).CombinedOutput()
		if err != nil {
			t.Errorf("jing %s: %v\n%s", schema, err, out)
		}
	}
}

// findFeedparser returns a python3 that can import feedparser: Debian's
// python3-feedparser lives in /usr/bin/python3, which another python3 on
// PATH may hide.
var findFeedparser = sync.OnceValues(func() (string, error) {
	var lastErr error
	for _, py := range []string{"/usr/bin/python3", "python3"} {
		out, err := exec.Command(py, "-c", "import feedparser").CombinedOutput()
		if err == nil {
			return py, nil
		}
		lastErr = fmt.Errorf("%s cannot import feedparser: %v: %s", py, err, strings.TrimSpace(string(out)))
	}
	return "", lastErr
})

// feedparserScript prints what feedparser made of a feed file.
const feedparserScript = `
import json, sys, feedparser
d = feedparser.parse(open(sys.argv[1], "rb").read())
print(json.dumps({"bozo": int(d.bozo), "exception": str(d.get("bozo_exception", "")),
                  "version": d.version, "entries": [{"id": e.get("id", ""),
                  "enclosures": [l.get("href", "") for l in e.get("enclosures", [])],
                  "thumbnails": [m.get("url", "") for m in e.get("media_thumbnail", [])]} for e in d.entries]}))
`

// Entry is what feedparser read of an entry: its id, the URLs of its
// enclosures and of its media:thumbnail elements.
type Entry struct {
	ID         string
	Enclosures []string
	Thumbnails []string
}

// Feedparser parses a feed ("atom" or "rss") with Python's feedparser,
// wants bozo 0 and every entry, and returns the entries it read (none
// when feedparser is missing and not required).
func Feedparser(t *testing.T, format string, body []byte, entries int) []Entry {
	t.Helper()
	py, ok := Tool(t, "python3-feedparser", findFeedparser)
	if !ok {
		return nil
	}
	f := filepath.Join(t.TempDir(), "feed."+format)
	if err := os.WriteFile(f, body, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(py, "-c", feedparserScript, f).Output()
	if err != nil {
		t.Fatalf("feedparser on %s: %v", format, err)
	}
	var res struct {
		Bozo      int
		Exception string
		Version   string
		Entries   []Entry
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("feedparser output %s: %v", out, err)
	}
	wantVersion := map[string]string{"atom": "atom10", "rss": "rss20"}[format]
	if res.Bozo != 0 || res.Version != wantVersion || len(res.Entries) != entries {
		t.Errorf("feedparser on %s: bozo %d (%s), version %q, %d entries; want bozo 0, %s, %d entries",
			format, res.Bozo, res.Exception, res.Version, len(res.Entries), wantVersion, entries)
	}
	return res.Entries
}

// sharedAtom finds ../shared/atom beside the module's root.
func sharedAtom() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "..", "shared", "atom"), nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the test's directory")
		}
		dir = parent
	}
}
