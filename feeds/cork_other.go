//go:build !linux

package feeds

// corkOn and corkOff do nothing where there is no TCP_CORK.
func corkOn(uintptr)  {}
func corkOff(uintptr) {}
