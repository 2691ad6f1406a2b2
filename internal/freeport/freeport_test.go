package freeport

import (
	"net"
	"strconv"
	"testing"
)

// TestAddrFreeAndBelowEphemeral: each address picked is free, can be
// bound, lies below the kernel's ephemeral ports, and differs from the
// last ones picked; a port taken meanwhile is skipped.
func TestAddrFreeAndBelowEphemeral(t *testing.T) {
	seen := map[string]bool{}
	var held []net.Listener
	defer func() {
		for _, ln := range held {
			ln.Close()
		}
	}()
	for range 50 {
		addr, err := Addr()
		if err != nil {
			t.Fatal(err)
		}
		_, p, _ := net.SplitHostPort(addr)
		if port, _ := strconv.Atoi(p); port < first || port >= first+count || port >= 32768 {
			t.Fatalf("port %d outside %d–%d", port, first, first+count-1)
		}
		if seen[addr] {
			t.Fatalf("%s picked twice", addr)
		}
		seen[addr] = true
		ln, err := net.Listen("tcp", addr) // free: it binds, and stays taken for the next picks
		if err != nil {
			t.Fatalf("%s picked, but: %v", addr, err)
		}
		held = append(held, ln)
	}
}

// TestAddrSkipsTakenPort: the port Addr would try next, taken by another
// listener, is skipped.
func TestAddrSkipsTakenPort(t *testing.T) {
	taken := addrAt(next.Load() + 1)
	ln, err := net.Listen("tcp", taken)
	if err != nil {
		t.Skipf("the next port is taken already: %v", err)
	}
	defer ln.Close()
	addr, err := Addr()
	if err != nil {
		t.Fatal(err)
	}
	if addr == taken {
		t.Fatalf("picked %s, which another listener holds", addr)
	}
}
