package daemon

import (
	"fmt"
	"log/slog"
	"time"

	sd "github.com/coreos/go-systemd/v22/daemon"
)

// notifier tells systemd about the daemon's state over NOTIFY_SOCKET. When
// the variable is unset (not started by systemd) it does nothing.
type notifier struct{ log *slog.Logger }

func (n notifier) send(state string) {
	if _, err := sd.SdNotify(false, state); err != nil {
		n.log.Warn("sd_notify", slog.String("state", state), slog.String("error", err.Error()))
	}
}

func (n notifier) ready()    { n.send(sd.SdNotifyReady) }
func (n notifier) stopping() { n.send(sd.SdNotifyStopping) }

// upgrading tells systemd, while the database is opened, that start-up
// goes on: an upgrade of an older file's layout moved another batch of
// items (storage.Options.UpgradeProgress). Each message extends the start
// timeout by a minute, and a batch takes about a second.
func (n notifier) upgrading(moved int) {
	n.send(fmt.Sprintf("EXTEND_TIMEOUT_USEC=%d\nSTATUS=upgrading the database layout: %d items moved", time.Minute.Microseconds(), moved))
}

func (n notifier) reloading() {
	n.send(sd.SdNotifyReloading + "\n" + sd.SdNotifyMonotonicUsec())
}

// watchdogInterval is how often to tell the watchdog that all is well:
// half of WATCHDOG_USEC, or 0 when no watchdog watches this process.
func watchdogInterval(log *slog.Logger) time.Duration {
	d, err := sd.SdWatchdogEnabled(false)
	if err != nil {
		log.Warn("systemd watchdog", slog.String("error", err.Error()))
		return 0
	}
	return d / 2
}
