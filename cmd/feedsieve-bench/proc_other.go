//go:build !linux

package main

import (
	"errors"
	"runtime"
	"time"
)

type procStats struct {
	cpu       time.Duration
	rss, peak float64
}

var errNoProc = errors.New("the scale command reads /proc: Linux only")

func readProc(int) (procStats, error) { return procStats{}, errNoProc }

func raiseFileLimit() (uint64, error) { return 0, errNoProc }

// affinityCPUs is the number of CPUs the runtime found at start: there is
// no affinity to read here.
func affinityCPUs() (int, error) { return runtime.NumCPU(), nil }
