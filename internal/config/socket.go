package config

import (
	"os/user"
	"path/filepath"
)

// maxSocketPath is the longest path a Unix socket may have on Linux
// (sun_path holds 108 bytes with the terminating NUL).
const maxSocketPath = 107

// socket resolves the operator socket's path: by default feedsieve.sock
// beside the database, so that it shares the database's directory and
// its permissions.
func (c *checker) socket(v scalar[string], dbPath string) string {
	p := filepath.Join(filepath.Dir(dbPath), "feedsieve.sock")
	if v.Set && v.V != "" {
		p = c.relativeToConfig(v.V)
	}
	if len(p) > maxSocketPath {
		line := v.Line
		if !v.Set {
			line = 0
		}
		c.add(line, "server.socket: %q is %d bytes long, more than the %d a Unix socket's path may have; set server.socket to a shorter path", p, len(p), maxSocketPath)
	}
	return p
}

// socketGroup checks that the group the socket is shared with exists.
func (c *checker) socketGroup(v scalar[string]) string {
	if !v.Set || v.V == "" {
		return ""
	}
	if _, err := user.LookupGroup(v.V); err != nil {
		c.add(v.Line, "server.socket_group: no group %q on this machine", v.V)
	}
	return v.V
}
