package aggregator

// pollHeap is a min-heap of next-poll times, one entry per waiting
// source. Each entry is 16 bytes, and pos[src] is the entry's index (-1
// when the source is not in the heap), so that a woken source can be
// moved to the front without a search.
type pollHeap struct {
	entries []pollEntry
	pos     []int32 // by source index
}

// pollEntry is a source's next poll, in nanoseconds since the
// scheduler's base time (monotonic).
type pollEntry struct {
	at  int64
	src int32
}

func newPollHeap(sources int) pollHeap {
	h := pollHeap{pos: make([]int32, sources)}
	for i := range h.pos {
		h.pos[i] = -1
	}
	return h
}

func (h *pollHeap) len() int { return len(h.entries) }

// top is the earliest entry; the heap must not be empty.
func (h *pollHeap) top() pollEntry { return h.entries[0] }

func (h *pollHeap) has(src int32) bool { return h.pos[src] >= 0 }

// push adds src at at; src must not be in the heap.
func (h *pollHeap) push(src int32, at int64) {
	h.entries = append(h.entries, pollEntry{at: at, src: src})
	h.pos[src] = int32(len(h.entries) - 1)
	h.up(len(h.entries) - 1)
}

// pop removes and returns the earliest entry.
func (h *pollHeap) pop() pollEntry {
	e := h.entries[0]
	h.remove(0)
	return e
}

// move changes the time of src, which is in the heap.
func (h *pollHeap) move(src int32, at int64) {
	i := int(h.pos[src])
	h.entries[i].at = at
	if !h.up(i) {
		h.down(i)
	}
}

func (h *pollHeap) remove(i int) {
	last := len(h.entries) - 1
	h.pos[h.entries[i].src] = -1
	if i != last {
		h.entries[i] = h.entries[last]
		h.pos[h.entries[i].src] = int32(i)
	}
	h.entries = h.entries[:last]
	if i != last && !h.up(i) {
		h.down(i)
	}
}

// up sifts entry i towards the root and reports whether it moved.
func (h *pollHeap) up(i int) bool {
	start := i
	for i > 0 {
		parent := (i - 1) / 2
		if h.entries[parent].at <= h.entries[i].at {
			break
		}
		h.swap(i, parent)
		i = parent
	}
	return i != start
}

func (h *pollHeap) down(i int) {
	n := len(h.entries)
	for {
		least := i
		for _, c := range [2]int{2*i + 1, 2*i + 2} {
			if c < n && h.entries[c].at < h.entries[least].at {
				least = c
			}
		}
		if least == i {
			return
		}
		h.swap(i, least)
		i = least
	}
}

func (h *pollHeap) swap(i, j int) {
	h.entries[i], h.entries[j] = h.entries[j], h.entries[i]
	h.pos[h.entries[i].src] = int32(i)
	h.pos[h.entries[j].src] = int32(j)
}
