package api

import (
	"context"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"github.com/feedsieve/feedsieve/internal/config"
)

// TestClient: the client asks the daemon over its socket, for the API and
// the feeds alike; the daemon's JSON error is the client's error; no
// daemon is an error naming the socket.
func TestClient(t *testing.T) {
	sock := filepath.Join(t.TempDir(), "feedsieve.sock")
	ln, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/api/fail" {
			WriteJSON(w, http.StatusNotFound, map[string]string{"error": "unknown topic \"x\""})
			return
		}
		WriteJSON(w, http.StatusOK, map[string]string{"path": r.URL.RequestURI()})
	})}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	tests := []struct {
		name, socket, path string
		want               string // path answered, or the error's start
	}{
		{"api", sock, "/api/items?limit=1", "/api/items?limit=1"},
		{"feed", sock, "/feeds/nk.atom", "/feeds/nk.atom"},
		{"daemon's error", sock, "/api/fail", `the running feedsieve answered: unknown topic "x"`},
		{"no daemon", sock + ".gone", "/api/items", "database is locked by a running feedsieve, and asking it at " + sock + ".gone failed: dial unix " + sock + ".gone: connect: no such file or directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := NewClient(&config.Config{Socket: tt.socket, Listen: "127.0.0.1:1"})
			var got struct{ Path string }
			err := c.JSON(context.Background(), "GET", tt.path, nil, &got)
			switch {
			case err != nil && !strings.HasPrefix(err.Error(), tt.want):
				t.Errorf("error %v, want %s", err, tt.want)
			case err == nil && got.Path != tt.want:
				t.Errorf("answered for %s, want %s", got.Path, tt.want)
			}
		})
	}
}
