package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/feedsieve/feedsieve/internal/api"
	"github.com/feedsieve/feedsieve/internal/config"
)

// probeTimeout bounds how long a command waits for a daemon that may not
// be running when it asks in passing.
const probeTimeout = 2 * time.Second

// runningConfig asks the daemon at the socket the config file names,
// valid or not, which config it runs; ok is false when none answers.
func runningConfig(ctx context.Context, path string) (api.ConfigState, bool) {
	var h api.Health
	err := api.NewSocketClient(config.SocketOf(path), probeTimeout).JSON(ctx, "GET", "/healthz", nil, &h)
	if err != nil || h.Config == nil {
		return api.ConfigState{}, false
	}
	return *h.Config, true
}

// warnRejected tells, when the running daemon did not apply the file on
// disk, what it runs instead and why.
func warnRejected(w io.Writer, cs api.ConfigState) {
	if cs.OK {
		return
	}
	fmt.Fprintf(w, "warning: %s was rejected by the running feedsieve (since %s), which still runs the version applied at %s; the next start will fail until it is fixed:\n",
		cs.File, cs.Since.Local().Format(time.DateTime), cs.Applied.Local().Format(time.DateTime))
	for _, e := range cs.Errors {
		fmt.Fprintln(w, "  "+e)
	}
}

// describeRunning says whether the running daemon runs the file at path.
func describeRunning(w io.Writer, path string, cs api.ConfigState) {
	data, err := os.ReadFile(path)
	if err != nil {
		return
	}
	sum := sha256.Sum256(data)
	applied := cs.Applied.Local().Format(time.DateTime)
	switch {
	case hex.EncodeToString(sum[:]) == cs.SHA256:
		fmt.Fprintf(w, "the running feedsieve runs this file (applied %s)\n", applied)
	case !cs.OK:
		fmt.Fprintf(w, "the running feedsieve rejected this file and runs the version applied %s: %s\n", applied, strings.Join(cs.Errors, "; "))
	default:
		fmt.Fprintf(w, "the running feedsieve runs an earlier version of this file (applied %s); it applies this one when the file is saved or on SIGHUP (systemctl reload feedsieve)\n", applied)
	}
}
