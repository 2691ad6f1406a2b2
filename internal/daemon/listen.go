package daemon

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/feedsieve/feedsieve/feeds"
	"github.com/feedsieve/feedsieve/internal/config"
)

// listener is one HTTP server on one address.
type listener struct {
	addr string // as configured: host:port, or a Unix socket's path
	srv  *http.Server
}

// listen binds addr and serves h there.
func listen(addr string, h http.Handler, log *slog.Logger, fatal chan<- error) (*listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listen on %s: %w", addr, err)
	}
	return serve(ln, addr, h, log, fatal), nil
}

// serve serves h on ln; when serving fails for another reason than a
// shutdown, the error goes to fatal.
func serve(ln net.Listener, addr string, h http.Handler, log *slog.Logger, fatal chan<- error) *listener {
	l := &listener{addr: addr, srv: newHTTPServer(h, log)}
	go func() {
		if err := l.srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
			select {
			case fatal <- fmt.Errorf("http server on %s: %w", addr, err):
			default:
			}
		}
	}()
	return l
}

// close stops accepting and waits for requests in flight until ctx ends.
func (l *listener) close(ctx context.Context, log *slog.Logger) {
	if l == nil {
		return
	}
	if err := l.srv.Shutdown(ctx); err != nil {
		log.Warn("http shutdown: closing the connections still open", slog.String("addr", l.addr), slog.String("error", err.Error()))
		l.srv.Close()
	}
}

func (l *listener) address() string {
	if l == nil {
		return ""
	}
	return l.addr
}

// newHTTPServer serves h with bounds on every phase of a request. Its
// connections carry what the feeds server needs to cork them around large
// bodies (feeds.ConnContext).
func newHTTPServer(h http.Handler, log *slog.Logger) *http.Server {
	return &http.Server{
		Handler:           h,
		ConnContext:       feeds.ConnContext,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
}

// bind returns the listeners cfg asks for: the current ones where the
// address is unchanged, new ones where it changed. On error nothing new
// stays bound. The caller closes the current listeners that were replaced.
func (d *Daemon) bind(cfg *config.Config, public, admin *listener) (*listener, *listener, error) {
	var opened []*listener
	get := func(cur *listener, addr string, h http.Handler) (*listener, error) {
		if addr == "" || (cur != nil && cur.addr == addr) {
			return keepIf(cur, addr), nil
		}
		l, err := listen(addr, h, d.log, d.fatal)
		if err == nil {
			opened = append(opened, l)
		}
		return l, err
	}
	newPublic, err := get(public, cfg.Listen, http.HandlerFunc(d.servePublic))
	if err == nil {
		admin, err = get(admin, cfg.AdminListen, http.HandlerFunc(d.serveAdmin))
	}
	if err != nil {
		for _, l := range opened {
			l.srv.Close()
		}
		return nil, nil, err
	}
	return newPublic, admin, nil
}

func keepIf(cur *listener, addr string) *listener {
	if addr == "" {
		return nil
	}
	return cur
}

func (d *Daemon) servePublic(w http.ResponseWriter, r *http.Request) {
	d.cur.Load().public.ServeHTTP(w, r)
}

// serveAdmin serves server.admin_listen: metrics, health checks and
// profiles, never the API.
func (d *Daemon) serveAdmin(w http.ResponseWriter, r *http.Request) {
	d.cur.Load().ops.ServeHTTP(w, r)
}

// serveOperator serves the operator's socket: everything.
func (d *Daemon) serveOperator(w http.ResponseWriter, r *http.Request) {
	d.cur.Load().operator.ServeHTTP(w, r)
}
