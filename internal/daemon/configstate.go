package daemon

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"sync"
	"time"

	"github.com/feedsieve/feedsieve/internal/api"
	"github.com/feedsieve/feedsieve/internal/config"
)

// configState tracks which config file the daemon runs and whether the
// file on disk was rejected, for the health check and the metrics.
type configState struct {
	mu sync.Mutex
	s  api.ConfigState
}

// applied records that raw is now the running config.
func (c *configState) applied(path string, raw []byte, now time.Time) {
	sum := sha256.Sum256(raw)
	c.mu.Lock()
	defer c.mu.Unlock()
	c.s = api.ConfigState{OK: true, File: path, Applied: now, SHA256: hex.EncodeToString(sum[:])}
}

// restored records that the file on disk is the running config again.
func (c *configState) restored() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.s.OK, c.s.Errors, c.s.Since = true, nil, time.Time{}
}

// rejected records why the file on disk is not running.
func (c *configState) rejected(err error, now time.Time) {
	var problems config.Errors
	lines := []string{err.Error()}
	if errors.As(err, &problems) {
		lines = lines[:0]
		for _, p := range problems {
			lines = append(lines, p.Error())
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.s.OK {
		c.s.Since = now
	}
	c.s.OK, c.s.Errors = false, lines
}

func (c *configState) get() api.ConfigState {
	c.mu.Lock()
	defer c.mu.Unlock()
	s := c.s
	s.Errors = append([]string(nil), s.Errors...)
	return s
}
