package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzConfig feeds arbitrary bytes to the config loader. It must never
// panic; a rejected file gets only "PATH:LINE: message" lines; an
// accepted one holds a config the daemon can run with.
func FuzzConfig(f *testing.F) {
	shipped, err := os.ReadFile(filepath.Join("..", "..", "config.yaml"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(shipped)
	f.Add([]byte("sources:\n  - {name: a, url: \"https://x.test/\"}\ntopics:\n  - {id: t, any: [\"Karabakh*\"]}\n"))
	f.Add([]byte("poll:\n  interval: 5m\n  interval: 6m\n"))
	f.Add([]byte("topics: {}\n"))
	f.Add([]byte("publish:\n  dir: x\n"))
	f.Add([]byte("a: [\n"))
	f.Add([]byte("&a [*a]"))
	const path = "fuzz.yaml"
	f.Fuzz(func(t *testing.T, data []byte) {
		fc, derr := decodeConfig(path, data)
		cfg, err := checkConfig(path, "fuzz", fc, derr)
		if err != nil {
			var ce Errors
			if !errors.As(err, &ce) {
				t.Fatalf("error of type %T: %v", err, err)
			}
			for _, line := range strings.Split(err.Error(), "\n") {
				if !strings.HasPrefix(line, path+":") {
					t.Fatalf("error line without the file name: %q", line)
				}
			}
			return
		}
		names := map[string]bool{}
		for _, s := range cfg.Aggregator.Sources {
			if names[s.Name] || !namePattern.MatchString(s.Name) || !IsHTTPURL(s.URL) {
				t.Fatalf("accepted source %+v", s)
			}
			names[s.Name] = true
		}
		if len(cfg.Aggregator.Topics) != len(cfg.Feeds.Topics) || cfg.Aggregator.Concurrency < 1 || cfg.Listen == "" || cfg.Storage.Path == "" {
			t.Fatalf("accepted config %+v", cfg)
		}
		for _, tp := range cfg.Feeds.Topics {
			if tp.MaxItems < 1 || tp.MaxItems > maxMaxItems || tp.MaxAge < 0 {
				t.Fatalf("accepted topic %+v", tp)
			}
		}
	})
}
