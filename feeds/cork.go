package feeds

import (
	"context"
	"net"
	"net/http"
	"syscall"
)

// A response whose body is larger than net/http's connection buffer (4
// KiB) leaves in two writes: the header with the start of the body, then
// the rest. Each write is a TCP segment of its own, which the client's
// kernel and the client handle apart. Corking the connection while the
// body is written (TCP_CORK, as nginx's tcp_nopush does around sendfile)
// sends it in full segments instead: one for a feed under 64 KiB on
// loopback, as few as the path allows elsewhere.

// corkAbove is the body size from which a response is corked: below it,
// net/http sends header and body in one write.
const corkAbove = 3 << 10

type connKey struct{}

// ConnContext is for http.Server's ConnContext: it keeps a TCP
// connection's descriptor in the context of its requests, so that the
// Server can cork it around large bodies.
func ConnContext(ctx context.Context, c net.Conn) context.Context {
	tc, ok := c.(*net.TCPConn)
	if !ok {
		return ctx
	}
	raw, err := tc.SyscallConn()
	if err != nil {
		return ctx
	}
	return context.WithValue(ctx, connKey{}, raw)
}

// writeCorked writes body to w, corking the connection around it when it
// is large and the server's ConnContext kept the connection.
func writeCorked(w http.ResponseWriter, r *http.Request, body []byte) {
	raw, ok := r.Context().Value(connKey{}).(syscall.RawConn)
	if !ok || len(body) <= corkAbove {
		w.Write(body)
		return
	}
	raw.Control(corkOn)
	defer raw.Control(corkOff)
	w.Write(body)
}
