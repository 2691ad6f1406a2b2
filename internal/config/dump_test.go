package config

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestDumpLoadsAsTheSameConfig: the dump of a config, loaded as a config,
// is the same config (defaults filled in, paths resolved), and shows no
// secret.
func TestDumpLoadsAsTheSameConfig(t *testing.T) {
	full := writeFile(t, `server: {listen: "127.0.0.1:9000", admin_listen: "127.0.0.1:9001", pprof: true, websub_hub: "https://hub.test/"}
storage: {retention: 48h, source_quota: 10}
poll: {interval: 2h, allow_networks: [10.0.0.0/8, "::1"], min_rate: 0, secret_params: [ticket]}
publish: {dir: public, base_url: "https://cdn.test/"}
log: {level: debug, format: json}
sources:
  - {name: a, url: "https://alice:s3cret@a.test/feed?ticket=T1CKET&page=1", interval: 10m}
  - {name: b, url: "https://b.test/feed", username: bob, password_env: FEEDSIEVE_TEST_DUMP}
  - {name: c, url: "https://c.test/", headers: {X-Api-Key: K3YVALUE, Accept-Language: da}, user_agent: "Mozilla/5.0 (<version>)", full_text: publish}
  - {name: d, url: "https://d.test/", full_text: match}
topics:
  - {id: nk, title: Karabakh, description: "The conflict", any: ["Karabakh*"], none: [Karabük], fields: [title], sources: [a], max_items: 20}
  - {id: recent, fields: [author, link, article], any: ["example.com/world"], max_age: 7d}
  - {id: wire, collapse: stories, story_window: 24h, story_similarity: 0.5, prefer: [b], prefer_wait: 30m}
`)
	t.Setenv("FEEDSIEVE_TEST_DUMP", "hunter2")
	shipped, err := filepath.Abs(filepath.Join("..", "..", "config.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{shipped, full} {
		cfg, err := Load(path, "test")
		if err != nil {
			t.Fatal(err)
		}
		dump, err := Dump(cfg)
		if err != nil {
			t.Fatal(err)
		}
		for _, secret := range []string{"s3cret", "alice", "T1CKET", "hunter2", "K3YVALUE"} {
			if strings.Contains(string(dump), secret) {
				t.Errorf("the dump of %s shows %q:\n%s", path, secret, dump)
			}
		}
		again := filepath.Join(filepath.Dir(path), "dumped.yaml")
		if path != full {
			again = filepath.Join(t.TempDir(), "dumped.yaml")
		}
		if err := os.WriteFile(again, dump, 0o600); err != nil {
			t.Fatal(err)
		}
		if path == full && !strings.Contains(string(dump), "- name: c # headers: Accept-Language, X-Api-Key set, values not shown") {
			t.Errorf("the dump does not name the headers:\n%s", dump)
		}
		loaded, err := Load(again, "test")
		if err != nil {
			t.Fatalf("the dump of %s does not load: %v\n%s", path, err, dump)
		}
		// What the dump leaves out: the file's name and the secrets.
		loaded.Path = cfg.Path
		for i := range cfg.Aggregator.Sources {
			s := &cfg.Aggregator.Sources[i]
			s.URL, s.Password, s.Headers = s.PublicURL, "", nil
		}
		if !reflect.DeepEqual(loaded, cfg) {
			t.Errorf("the dump of %s loads as another config:\n%+v\nwant\n%+v\ndump:\n%s", path, loaded, cfg, dump)
		}
	}
}
