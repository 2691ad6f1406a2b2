package api

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/feedsieve/feedsieve/internal/config"
)

// TestClient: API requests go to the admin address when there is one,
// others to the listen address; a daemon listening on every address is
// asked on loopback; the daemon's JSON error is the client's error.
func TestClient(t *testing.T) {
	serve := func(name string) *httptest.Server {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/api/fail" {
				WriteJSON(w, http.StatusNotFound, map[string]string{"error": "unknown topic \"x\""})
				return
			}
			WriteJSON(w, http.StatusOK, map[string]string{"server": name, "path": r.URL.RequestURI()})
		}))
		t.Cleanup(srv.Close)
		return srv
	}
	public, admin := serve("public"), serve("admin")
	_, adminPort, _ := net.SplitHostPort(admin.Listener.Addr().String())
	tests := []struct {
		name, listen, admin, path string
		want                      string // server answering, or the error
	}{
		{"api without admin address", public.Listener.Addr().String(), "", "/api/items?limit=1", "public"},
		{"feed with admin address", public.Listener.Addr().String(), admin.Listener.Addr().String(), "/feeds/nk.atom", "public"},
		{"api with admin address", public.Listener.Addr().String(), admin.Listener.Addr().String(), "/api/sources", "admin"},
		{"admin on every address", public.Listener.Addr().String(), "0.0.0.0:" + adminPort, "/api/topics", "admin"},
		{"daemon's error", public.Listener.Addr().String(), "", "/api/fail", `the running feedsieve answered: unknown topic "x"`},
		{"nothing listening", "127.0.0.1:1", "", "/api/items", "database is locked by a running feedsieve, and asking it failed: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := NewClient(&config.Config{Listen: tt.listen, AdminListen: tt.admin})
			var got struct{ Server, Path string }
			err := c.JSON(context.Background(), "GET", tt.path, nil, &got)
			switch {
			case err != nil && !strings.HasPrefix(err.Error(), tt.want):
				t.Errorf("error %v, want %s", err, tt.want)
			case err == nil && (got.Server != tt.want || got.Path != tt.path):
				t.Errorf("asked %s for %s, want %s for %s", got.Server, got.Path, tt.want, tt.path)
			}
		})
	}
}
