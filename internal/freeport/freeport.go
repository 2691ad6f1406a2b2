// Package freeport picks loopback addresses for a server started by
// another process, which must be told its port before it binds it.
//
// A port taken from the kernel with port 0 and closed again is one of the
// ephemeral ports that the kernel hands out to every other bind to port
// 0 and every outgoing connection: under tests running in parallel,
// another may take it before the server binds it. The ports picked here
// lie below the ephemeral range (32768 on Linux, 49152 elsewhere), which
// the kernel never hands out by itself; each process starts at its own
// place in them, so that two picking at once seldom meet.
package freeport

import (
	"fmt"
	"net"
	"os"
	"strconv"
	"sync/atomic"
)

const (
	first = 10000 // the lowest port picked
	count = 20000 // ports picked from: up to 29999
)

// next is the next port to try, as an offset from this process's start.
var next atomic.Uint32

// Addr returns a loopback address ("127.0.0.1:port") whose port is free at
// the time of the call and below the ephemeral range.
func Addr() (string, error) {
	for range count {
		addr := addrAt(next.Add(1))
		ln, err := net.Listen("tcp", addr)
		if err != nil {
			continue // taken
		}
		ln.Close()
		return addr, nil
	}
	return "", fmt.Errorf("no free loopback port in %d–%d", first, first+count-1)
}

// addrAt is the n-th address this process tries: processes start at
// places spread over the range.
func addrAt(n uint32) string {
	return "127.0.0.1:" + strconv.Itoa(first+int((uint32(os.Getpid())*487+n)%count))
}
