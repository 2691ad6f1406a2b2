package main

import (
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
