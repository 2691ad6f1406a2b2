package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// progressEvery throttles updates of a progress line.
const progressEvery = 100 * time.Millisecond

// progressLine shows how long work is getting on, on one line of a
// terminal that it rewrites in place. When its writer is not a terminal
// (a pipe, a file, the journal) it shows nothing.
type progressLine struct {
	w     io.Writer // nil: quiet
	mu    sync.Mutex
	last  time.Time
	shown bool
}

func newProgressLine(w io.Writer) *progressLine {
	if !isTerminal(w) {
		return &progressLine{}
	}
	return &progressLine{w: w}
}

// isTerminal reports whether w is a terminal that understands escapes.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok || os.Getenv("TERM") == "dumb" {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// show replaces the line, at most every progressEvery.
func (p *progressLine) show(format string, args ...any) {
	if p.w == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if now := time.Now(); now.Sub(p.last) >= progressEvery {
		p.last = now
		p.shown = true
		fmt.Fprintf(p.w, "\r\033[K"+format, args...)
	}
}

// clear removes the line, before the result is printed.
func (p *progressLine) clear() {
	if p.w == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown {
		io.WriteString(p.w, "\r\033[K")
		p.shown = false
	}
}
