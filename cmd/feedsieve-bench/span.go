package main

import "time"

// span is how long a step of a harness took, in wall-clock time and in
// the CPU time of the whole process (cpu is 0 where processCPU cannot
// read it).
type span struct {
	wall, cpu time.Duration
}

// cores is the CPU time used per second of the span: how many cores the
// process kept busy on average.
func (s span) cores() float64 {
	if s.wall <= 0 {
		return 0
	}
	return s.cpu.Seconds() / s.wall.Seconds()
}

func (s span) add(o span) span { return span{s.wall + o.wall, s.cpu + o.cpu} }

// spanStart is where a span began.
type spanStart struct {
	at  time.Time
	cpu time.Duration
}

func startSpan() spanStart { return spanStart{time.Now(), processCPU()} }

func (s spanStart) end() span {
	return span{wall: time.Since(s.at), cpu: processCPU() - s.cpu}
}
