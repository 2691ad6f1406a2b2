package main

import (
	bolt "go.etcd.io/bbolt"

	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// dbFaultConfig writes a config with one churning source and the database
// at dir/data/feedsieve.db.
func dbFaultConfig(t *testing.T, dir, feedURL string) (cfg, db string) {
	t.Helper()
	cfg = filepath.Join(dir, "config.yaml")
	content := fmt.Sprintf("storage:\n  path: data/feedsieve.db\n  retention: \"0\"\npoll: {%s}\nsources:\n  - {name: churn, url: \"%s/a\"}\ntopics:\n  - {id: nk, any: [Karabakh]}\n", loopbackOnly, feedURL)
	if err := os.WriteFile(cfg, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return cfg, filepath.Join(dir, "data", "feedsieve.db")
}

// TestCorruptDatabase: a file that is not a bbolt database is reported
// with its path by every command that opens it, and is left as it was.
func TestCorruptDatabase(t *testing.T) {
	srv := churningServer(t)
	cfg, db := dbFaultConfig(t, t.TempDir(), srv.URL)
	garbage := bytes.Repeat([]byte("not a database, just text\n"), 2000)
	os.MkdirAll(filepath.Dir(db), 0o755)
	if err := os.WriteFile(db, garbage, 0o640); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"poll"}, {"serve"}, {"compact"}, {"export", "-topic", "nk"}, {"check", "-db"}} {
		out, code := runCode(t, append(args, "-config", cfg)...)
		if code != 1 || !strings.Contains(out, "open database "+db) && !strings.Contains(out, "database "+db) || !strings.Contains(out, "invalid database") {
			t.Errorf("feedsieve %s on a corrupt file: exit %d\n%s", args[0], code, out)
		}
	}
	if after, _ := os.ReadFile(db); !bytes.Equal(after, garbage) {
		t.Error("the corrupt file was changed")
	}
}

// TestDatabaseWithoutPermission runs feedsieve as an unprivileged user
// (when the tests run as root) or as ourselves against a data directory
// it cannot write and a database file it cannot read.
func TestDatabaseWithoutPermission(t *testing.T) {
	srv := churningServer(t)
	dir, err := os.MkdirTemp("", "feedsieve-perm")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	os.Chmod(dir, 0o755)
	cfg, db := dbFaultConfig(t, dir, srv.URL)
	data := filepath.Dir(db)
	if err := os.Mkdir(data, 0o555); err != nil {
		t.Fatal(err)
	}
	cmd := func(args ...string) (string, int) {
		c := exec.Command(binary, append(args, "-config", cfg)...)
		if os.Geteuid() == 0 {
			c.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
		}
		out, err := c.CombinedOutput()
		if exit, ok := err.(*exec.ExitError); ok {
			return string(out), exit.ExitCode()
		}
		if err != nil {
			t.Fatal(err)
		}
		return string(out), 0
	}
	if os.Geteuid() == 0 {
		// The binary's directory must be reachable by the other user.
		os.Chmod(filepath.Dir(binary), 0o755)
	}
	out, code := cmd("poll")
	if code != 1 || !strings.Contains(out, "open database "+db) || !strings.Contains(out, "permission denied") {
		t.Errorf("poll with a read-only data directory: exit %d\n%s", code, out)
	}

	os.Chmod(data, 0o755)
	runOK(t, "poll", "-config", cfg) // creates the database as ourselves
	os.Chmod(db, 0o600)
	before, _ := os.ReadFile(db)
	out, code = cmd("poll")
	if code != 1 || !strings.Contains(out, "open database "+db) || !strings.Contains(out, "permission denied") {
		t.Errorf("poll with an unreadable database: exit %d\n%s", code, out)
	}
	if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
		t.Error("the database changed")
	}
}

// TestDiskFull lets the database file grow no further (RLIMIT_FSIZE, as a
// full disk would): the poll's write fails with an error naming the file,
// and the items stored before are intact.
func TestDiskFull(t *testing.T) {
	prlimit, err := exec.LookPath("prlimit")
	if err != nil {
		t.Skip("prlimit (util-linux) not found")
	}
	srv := churningServer(t)
	cfg, db := dbFaultConfig(t, t.TempDir(), srv.URL)
	runOK(t, "poll", "-config", cfg)
	before := checkDatabase(t, db)
	info, _ := os.Stat(db)
	// bbolt grows the file ahead in steps of up to 16 MB: poll until a
	// write needs more room than the file has (each poll adds 400 items).
	for range 40 {
		out, err := exec.Command(prlimit, fmt.Sprintf("--fsize=%d", info.Size()), binary, "poll", "-config", cfg).CombinedOutput()
		if err != nil {
			t.Fatalf("poll under a file size limit: %v\n%s", err, out)
		}
		if strings.Contains(string(out), "error") {
			if !strings.Contains(string(out), "in "+db+":") || !strings.Contains(string(out), "file too large") {
				t.Errorf("the write error does not name the file and the cause:\n%s", out)
			}
			if n := checkDatabase(t, db); n != before {
				t.Errorf("%d items after the failed write, want the %d stored before", n, before)
			}
			return
		}
		before = checkDatabase(t, db)
	}
	t.Fatal("the database never hit the size limit")
}

// TestCheckDatabase: check -db verifies a healthy database, and names the
// item that no longer decodes in a damaged one.
func TestCheckDatabase(t *testing.T) {
	srv := churningServer(t)
	cfg, db := dbFaultConfig(t, t.TempDir(), srv.URL)
	runOK(t, "poll", "-config", cfg)
	out, code := runCode(t, "check", "-db", "-config", cfg)
	if code != 0 || !strings.Contains(out, db+": ok (400 items)") {
		t.Fatalf("check -db on a healthy database: exit %d\n%s", code, out)
	}
	bdb, err := bolt.Open(db, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	var ref []byte
	err = bdb.Update(func(tx *bolt.Tx) error {
		items := tx.Bucket([]byte("items"))
		ref, _ = items.Cursor().First()
		ref = bytes.Clone(ref)
		return items.Put(ref, []byte("\xffnot an item"))
	})
	bdb.Close()
	if err != nil {
		t.Fatal(err)
	}
	out, code = runCode(t, "check", "-db", "-config", cfg)
	if code != 1 || !strings.Contains(out, "check database "+db+": ") || !strings.Contains(out, fmt.Sprintf("item #%d: decode item", refNumber(ref))) {
		t.Errorf("check -db on a damaged item %x: exit %d\n%s", ref, code, out)
	}
}

// refNumber reads an item's 8-byte big-endian ref.
func refNumber(ref []byte) uint64 {
	var n uint64
	for _, b := range ref {
		n = n<<8 | uint64(b)
	}
	return n
}
