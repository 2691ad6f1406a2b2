// Package notifytest stands in for systemd in tests: a socket where
// NOTIFY_SOCKET points, receiving what sd_notify sends.
package notifytest

import (
	"net"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Socket is a notification socket and the messages it received.
type Socket struct {
	Path string      // for NOTIFY_SOCKET
	Msgs chan string // every message, in order
}

// New listens on a socket in a temporary directory until the test ends.
func New(t *testing.T) *Socket {
	t.Helper()
	path := filepath.Join(t.TempDir(), "notify.sock")
	conn, err := net.ListenUnixgram("unixgram", &net.UnixAddr{Name: path, Net: "unixgram"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	n := &Socket{Path: path, Msgs: make(chan string, 10000)}
	go func() {
		buf := make([]byte, 4096)
		for {
			k, err := conn.Read(buf)
			if err != nil {
				return
			}
			n.Msgs <- string(buf[:k])
		}
	}()
	return n
}

// Expect waits up to 20 s for a message holding want, passing over others
// (such as watchdog pings), and fails on a message holding one of never.
func (n *Socket) Expect(t *testing.T, want string, never ...string) {
	t.Helper()
	timeout := time.After(20 * time.Second)
	for {
		select {
		case m := <-n.Msgs:
			for _, bad := range never {
				if strings.Contains(m, bad) {
					t.Fatalf("got %q while waiting for %q", m, want)
				}
			}
			if strings.Contains(m, want) {
				return
			}
		case <-timeout:
			t.Fatalf("no %q on NOTIFY_SOCKET within 20 s", want)
		}
	}
}
