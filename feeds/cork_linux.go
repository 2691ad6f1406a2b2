package feeds

import "syscall"

// corkOn and corkOff set TCP_CORK; an error (a closed connection) only
// leaves the body to go out in two segments.
func corkOn(fd uintptr)  { syscall.SetsockoptInt(int(fd), syscall.IPPROTO_TCP, syscall.TCP_CORK, 1) }
func corkOff(fd uintptr) { syscall.SetsockoptInt(int(fd), syscall.IPPROTO_TCP, syscall.TCP_CORK, 0) }
