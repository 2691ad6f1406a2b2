package aggregator

import (
	"math/bits"
	"slices"
)

// topicSet is a set of topic numbers, which allocates nothing for the
// first 64.
type topicSet struct {
	low  uint64
	high []uint16
}

func (s *topicSet) add(n uint16) {
	if n < 64 {
		s.low |= 1 << n
	} else if !slices.Contains(s.high, n) {
		s.high = append(s.high, n)
	}
}

// meets reports whether s and o have a topic in common.
func (s *topicSet) meets(o *topicSet) bool {
	if s.low&o.low != 0 {
		return true
	}
	for _, n := range s.high {
		if slices.Contains(o.high, n) {
			return true
		}
	}
	return false
}

// each calls f with each topic number of the set.
func (s *topicSet) each(f func(n uint16)) {
	for low := s.low; low != 0; low &= low - 1 {
		f(uint16(bits.TrailingZeros64(low)))
	}
	for _, n := range s.high {
		f(n)
	}
}

func (s *topicSet) has(n uint16) bool {
	if n < 64 {
		return s.low&(1<<n) != 0
	}
	return slices.Contains(s.high, n)
}
