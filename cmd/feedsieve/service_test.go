package main

import (
	"encoding/json"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/internal/api"
	"github.com/feedsieve/feedsieve/internal/daemon"
	"github.com/feedsieve/feedsieve/internal/notifytest"
)

// serviceConfig is a config with the given sources of the feed server
// and one topic of the given keywords.
func serviceConfig(listen, feeds, keywords string, sources ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# feedsieve test config\nserver:\n  listen: %q\nstorage:\n  path: data/test.db\n  retention: \"0\"\npoll:\n  timeout: 10s\n  %s\nsources:\n", listen, loopbackOnly)
	for _, s := range sources {
		name, file, _ := strings.Cut(s, "=")
		fmt.Fprintf(&b, "  - name: %s\n    url: %s/%s\n", name, feeds, file)
	}
	fmt.Fprintf(&b, "topics:\n  - id: nk\n    title: Nagorno-Karabakh\n    any: [%s]\n", keywords)
	return b.String()
}

func saveFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// getJSON asks the daemon's operator socket for path, expects want as the
// status, and decodes the body.
func getJSON(t *testing.T, d *served, path string, want int, v any) {
	t.Helper()
	resp, body := d.operator(t, path)
	if resp.StatusCode != want || resp.Header.Get("Content-Type") != "application/json" {
		t.Fatalf("GET %s: %s %q\n%s", path, resp.Status, resp.Header.Get("Content-Type"), body)
	}
	if err := json.Unmarshal(body, v); err != nil {
		t.Fatalf("GET %s: %v\n%s", path, err, body)
	}
}

func sourceNames(t *testing.T, d *served) string {
	var s api.SourcesResponse
	getJSON(t, d, "/api/sources", 200, &s)
	var names []string
	for _, src := range s.Sources {
		names = append(names, src.Name+":"+src.Status)
	}
	return strings.Join(names, ",")
}

// TestServiceLifecycle runs the daemon as systemd would and operates it:
// notify messages and watchdog pings, readiness, the operator CLI beside
// the running daemon (status, items, sources add), a reload by SIGHUP that adds a source and changes a
// topic, one by SIGHUP that is invalid and changes nothing, one by saving
// the file that moves the listener, metrics, and a clean SIGTERM that
// loses no stored item.
func TestServiceLifecycle(t *testing.T) {
	feeds := feedServer(t)
	defer feeds.Close()
	notify := notifytest.New(t)
	cfg := filepath.Join(t.TempDir(), "config.yaml")
	addrA := freeAddr(t)
	saveFile(t, cfg, serviceConfig(addrA, feeds.URL, `"Karabakh*"`, "en=en.xml"))
	d := startServeWith(t, cfg, serveOptions{env: []string{"NOTIFY_SOCKET=" + notify.Path, "WATCHDOG_USEC=200000"}})

	notify.Expect(t, "READY=1")
	notify.Expect(t, "WATCHDOG=1")
	notify.Expect(t, "WATCHDOG=1")
	var health api.Health
	waitFor(t, "/readyz answers 200", func() bool {
		resp, _ := d.operator(t, "/readyz")
		return resp.StatusCode == 200
	})
	getJSON(t, d, "/healthz", 200, &health)
	if health.Status != "ok" || !health.Ready {
		t.Errorf("/healthz: %+v", health)
	}
	var items api.ItemsResponse
	getJSON(t, d, "/api/items?topic=nk&limit=100", 200, &items)
	if len(items.Items) == 0 {
		t.Fatal("no items in topic nk after the first poll")
	}

	// The CLI asks the daemon, which holds the database.
	status := runOK(t, "status", "-config", cfg)
	if !regexpMatch(`(?m)^SOURCE +STATUS +LAST SUCCESS +FAILURES +NEXT POLL +SUGGESTED URL\nen +ok \(200\) +(now|\d+s ago) +0 +in \d+m +-$`, status) {
		t.Errorf("feedsieve status:\n%s", status)
	}
	var cliItems api.ItemsResponse
	if err := json.Unmarshal([]byte(runOK(t, "items", "-config", cfg, "-topic", "nk", "-n", "100", "-json")), &cliItems); err != nil || len(cliItems.Items) != len(items.Items) {
		t.Errorf("feedsieve items -json: %d items (%v), want %d as the API says", len(cliItems.Items), err, len(items.Items))
	}

	// SIGHUP with a valid config: a new source is polled at once and the
	// changed topic applies to the stored items.
	mark := d.mark()
	saveFile(t, cfg, serviceConfig(addrA, feeds.URL, `"Karabach*"`, "en=en.xml", "de=de.rdf"))
	d.signal(t, syscall.SIGHUP)
	notify.Expect(t, "RELOADING=1")
	notify.Expect(t, "READY=1")
	d.waitLog(t, mark, `msg="config reloaded" trigger=SIGHUP sources_added=\[de\] sources_removed=\[\]`)
	waitFor(t, "de polled after the reload", func() bool { return sourceNames(t, d) == "en:ok,de:ok" })
	getJSON(t, d, "/api/items?topic=nk&limit=100", 200, &items)
	if len(items.Items) == 0 {
		t.Fatal("no items in topic nk after the reload")
	}
	for _, it := range items.Items {
		if it.Source != "de" {
			t.Errorf("item %q of %s is still in nk, whose only keyword now is Karabach*", it.Title, it.Source)
		}
	}

	// SIGHUP with an invalid config: rejected with its line, nothing changes.
	mark = d.mark()
	valid, _ := os.ReadFile(cfg)
	saveFile(t, cfg, strings.Replace(string(valid), "timeout: 10s", "timeout: soon", 1))
	d.signal(t, syscall.SIGHUP)
	notify.Expect(t, "RELOADING=1")
	notify.Expect(t, "READY=1")
	d.waitLog(t, mark, `level=ERROR msg="config problem" problem=".*config.yaml:8: poll.timeout: invalid duration \\"soon\\"`)
	d.waitLog(t, mark, `level=ERROR msg="config rejected: still running on the previous config" trigger=SIGHUP`)
	if got := sourceNames(t, d); got != "en:ok,de:ok" {
		t.Errorf("sources after a rejected reload: %s", got)
	}
	// The rejected file is state: healthy, but /healthz, status and check
	// say that the file on disk is not what runs, and why.
	health = api.Health{}
	getJSON(t, d, "/healthz", 200, &health)
	if c := health.Config; health.Status != "ok" || c == nil || c.OK || len(c.Errors) != 1 || !strings.Contains(c.Errors[0], `config.yaml:8: poll.timeout: invalid duration "soon"`) {
		t.Errorf("/healthz with a rejected config: %+v %+v", health, health.Config)
	}
	out, code := runCode(t, "status", "-config", cfg)
	if code != 1 || !regexpMatch(`(?m)^en +ok \(200\)`, out) || !strings.Contains(out, "was rejected by the running feedsieve") || !strings.Contains(out, `config.yaml:8: poll.timeout: invalid duration "soon"`) {
		t.Errorf("feedsieve status with a rejected config: exit %d\n%s", code, out)
	}
	if out, code := runCode(t, "check", "-config", cfg); code != 1 || !strings.Contains(out, "the running feedsieve rejected this file and runs the version applied ") {
		t.Errorf("feedsieve check with a rejected config: exit %d\n%s", code, out)
	}
	time.Sleep(2 * daemon.ConfigSettle) // the file event of the bad save is not rejected a second time

	// Saving the file reloads it: en goes, the listener moves.
	mark = d.mark()
	addrB := freeAddr(t)
	saveFile(t, cfg, serviceConfig(addrB, feeds.URL, `"Karabach*"`, "de=de.rdf"))
	d.waitLog(t, mark, `msg="config reloaded" trigger="config file changed" sources_added=\[\] sources_removed=\[en\].* addr=`+addrB)
	if got := sourceNames(t, d); got != "de:ok" {
		t.Errorf("sources after the move: %s", got)
	}
	if resp, page := get(t, "http://"+addrB+"/"); resp.StatusCode != 200 || !strings.Contains(string(page), "de") {
		t.Errorf("index page at the new address: %s\n%s", resp.Status, page)
	}
	waitFor(t, "the old address stops answering", func() bool {
		c, err := net.DialTimeout("tcp", addrA, time.Second)
		if err == nil {
			c.Close()
		}
		return err != nil
	})

	_, metrics := d.operator(t, "/metrics")
	for _, want := range []string{
		"feedsieve_polls_total{result=\"ok\",source=\"de\"} 1\n",
		"feedsieve_config_reloads_total{result=\"applied\"} 2\n",
		"feedsieve_config_reloads_total{result=\"rejected\"} 1\n",
		`feedsieve_http_requests_total{code="200",route="/readyz"}`,
		`feedsieve_http_requests_total{code="200",route="/api/sources"}`,
		fmt.Sprintf(`feedsieve_topic_items{topic="nk"} %d`, len(items.Items)),
		`feedsieve_source_last_success_timestamp_seconds{source="de"}`,
		`feedsieve_poll_duration_seconds_count{result="ok"}`,
		`feedsieve_items_stored `,
	} {
		if !strings.Contains(string(metrics), want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	if strings.Contains(string(metrics), `source="en"`) {
		t.Error("/metrics still has series of the removed source en")
	}

	if out := runOK(t, "check", "-config", cfg); !strings.Contains(out, "the running feedsieve runs this file (applied ") {
		t.Errorf("feedsieve check of the running file:\n%s", out)
	}

	// The CLI edits the config; the daemon sees the file change.
	mark = d.mark()
	runOK(t, "sources", "add", "-config", cfg, "da", feeds.URL+"/da.xml")
	d.waitLog(t, mark, `msg="config reloaded" trigger="config file changed" sources_added=\[da\]`)
	waitFor(t, "da polled after sources add", func() bool { return sourceNames(t, d) == "de:ok,da:ok" })
	if out := runOK(t, "opml", "export", "-config", cfg); !strings.Contains(out, `xmlUrl="`+feeds.URL+`/da.xml"`) {
		t.Errorf("opml export lacks the added source:\n%s", out)
	}

	var before api.ItemsResponse
	getJSON(t, d, "/api/items?limit=10000", 200, &before)
	d.stop(t)
	notify.Expect(t, "STOPPING=1")
	if n := checkDatabase(t, filepath.Join(filepath.Dir(cfg), "data", "test.db")); n < len(before.Items) {
		t.Errorf("%d items stored after SIGTERM, %d before", n, len(before.Items))
	}
}

// TestJournaldLogs: under journald, which stamps lines itself, log lines
// carry no time; elsewhere they do.
func TestJournaldLogs(t *testing.T) {
	feeds := feedServer(t)
	defer feeds.Close()
	for _, journald := range []bool{false, true} {
		cfg := filepath.Join(t.TempDir(), "config.yaml") // a new database: en is due at once
		saveFile(t, cfg, serviceConfig(freeAddr(t), feeds.URL, `"Karabakh*"`, "en=en.xml"))
		d := startServeWith(t, cfg, serveOptions{journald: journald})
		line := d.waitLog(t, 0, `msg=poll source=en status=200 duration=\S+ new=\d+ updated=0`)
		if strings.HasPrefix(line, "time=") == journald {
			t.Errorf("journald %v: %s", journald, line)
		}
		d.stop(t)
	}
}

func regexpMatch(re, s string) bool {
	return regexp.MustCompile(re).MatchString(s)
}
