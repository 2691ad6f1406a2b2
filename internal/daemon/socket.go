package daemon

import (
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/user"
	"path/filepath"
	"strconv"
	"time"
)

// listenSocket serves h on the operator's Unix socket at path: readable
// and writable by the daemon's user alone, or by group too when group is
// set. A socket left behind by a daemon that died is replaced; one that
// answers, or a file that is not a socket, is not.
func listenSocket(path, group string, h http.Handler, log *slog.Logger, fatal chan<- error) (*listener, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
		return nil, fmt.Errorf("server.socket: %w", err)
	}
	if err := removeStaleSocket(path); err != nil {
		return nil, err
	}
	ln, err := net.Listen("unix", path)
	if err != nil {
		return nil, fmt.Errorf("server.socket: listen on %s: %w", path, err)
	}
	if err := restrictSocket(path, group); err != nil {
		ln.Close()
		return nil, err
	}
	return serve(ln, path, h, log, fatal), nil
}

// removeStaleSocket removes a socket at path that nothing listens on.
func removeStaleSocket(path string) error {
	fi, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return fmt.Errorf("server.socket: %w", err)
	case fi.Mode()&fs.ModeSocket == 0:
		return fmt.Errorf("server.socket: %s exists and is not a socket; remove it or choose another path", path)
	}
	if c, err := net.DialTimeout("unix", path, time.Second); err == nil {
		c.Close()
		return fmt.Errorf("server.socket: another process serves on %s; is another feedsieve running with the same server.socket?", path)
	}
	if err := os.Remove(path); err != nil {
		return fmt.Errorf("server.socket: remove the stale socket: %w", err)
	}
	return nil
}

// restrictSocket gives the socket mode 0600, or 0660 and the group.
func restrictSocket(path, group string) error {
	mode := fs.FileMode(0o600)
	if group != "" {
		g, err := user.LookupGroup(group)
		if err != nil {
			return fmt.Errorf("server.socket_group: %w", err)
		}
		gid, err := strconv.Atoi(g.Gid)
		if err == nil {
			err = os.Chown(path, -1, gid)
		}
		if err != nil {
			return fmt.Errorf("server.socket_group %s: %w", group, err)
		}
		mode = 0o660
	}
	if err := os.Chmod(path, mode); err != nil {
		return fmt.Errorf("server.socket: %w", err)
	}
	return nil
}
