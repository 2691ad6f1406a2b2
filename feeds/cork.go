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
// sends it in full segments instead: a gzipped feed in one segment on
// loopback (where a reverse proxy in front of feedsieve reads it), as
// nginx sends it. A body larger than a loopback segment is not corked:
// it takes several segments anyway, and uncorked the client reads the
// first while the rest is written (measured: a 144 KB feed corked gave
// fewer requests/s beside an uncorked handler, 0.83 of its rate).

// corkAbove and corkUpTo bound the bodies that are corked: below
// corkAbove net/http sends header and body in one write; corkUpTo leaves
// room for the header in a 64 KiB segment.
const (
	corkAbove = 3 << 10
	corkUpTo  = 60 << 10
)

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

// writeCorked writes body to w, corking the connection around it when its
// size calls for it and the server's ConnContext kept the connection.
func writeCorked(w http.ResponseWriter, r *http.Request, body []byte) {
	if len(body) <= corkAbove || len(body) > corkUpTo {
		w.Write(body)
		return
	}
	raw, ok := r.Context().Value(connKey{}).(syscall.RawConn)
	if !ok {
		w.Write(body)
		return
	}
	raw.Control(corkOn)
	defer raw.Control(corkOff)
	w.Write(body)
}
