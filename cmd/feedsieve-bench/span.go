package main

import (
	"runtime/metrics"
	"time"
)

// span is how long a step of a harness took, in wall-clock time and in
// the CPU time of the whole process (cpu is 0 where processCPU cannot
// read it); gc is the runtime's estimate of the CPU time its collector
// took meanwhile (collectorCPU), comparable between spans only.
type span struct {
	wall, cpu, gc time.Duration
}

// cores is the CPU time used per second of the span: how many cores the
// process kept busy on average.
func (s span) cores() float64 {
	if s.wall <= 0 {
		return 0
	}
	return s.cpu.Seconds() / s.wall.Seconds()
}

func (s span) add(o span) span { return span{s.wall + o.wall, s.cpu + o.cpu, s.gc + o.gc} }

// spanStart is where a span began.
type spanStart struct {
	at      time.Time
	cpu, gc time.Duration
}

func startSpan() spanStart { return spanStart{time.Now(), processCPU(), collectorCPU()} }

func (s spanStart) end() span {
	return span{wall: time.Since(s.at), cpu: processCPU() - s.cpu, gc: collectorCPU() - s.gc}
}

// collectorCPU is the runtime's estimate of the CPU time the garbage
// collector has taken since the process started, less its marking on
// processors that had nothing else to run (which the runtime counts in
// its total, and which costs no other work any time). The runtime brings
// it up to date at the end of each collection, so a span holds the whole
// of a collection that ended within it, even one that began before.
func collectorCPU() time.Duration {
	sample := []metrics.Sample{{Name: "/cpu/classes/gc/total:cpu-seconds"}, {Name: "/cpu/classes/gc/mark/idle:cpu-seconds"}}
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindFloat64 || sample[1].Value.Kind() != metrics.KindFloat64 {
		return 0
	}
	return time.Duration((sample[0].Value.Float64() - sample[1].Value.Float64()) * float64(time.Second))
}
