package aggregator

// hostQueues holds the sources that are due and hands them out in the
// order they fell due, within the poll limits: at most all polls hold a
// slot, and at most perHost of one registrable domain. Domains with room
// take turns of up to hostTurn polls, so that a site with thousands of due
// feeds does not hold back the others, and a source waiting for its domain
// holds nothing. Within a turn, a domain's next poll starts as one of its
// polls ends, on the connection that poll leaves idle: with many domains
// taking turns one poll at a time, the client would have closed it by the
// domain's next turn.
type hostQueues struct {
	of         []int32 // by source index: its domain
	hosts      []hostQueue
	ready      fifo // domains with a due source and a free slot, each at most once
	busy       int  // slots held
	all        int
	perHost    int32
	waitingAll int // due sources in all queues
}

// hostTurn is how many polls a domain may start in a row while others
// with room wait.
const hostTurn = 8

// hostQueue is one domain's due sources and the slots its polls hold.
type hostQueue struct {
	waiting fifo
	busy    int32
	turn    int32 // polls started in its turn; 0: not in a turn
	ready   bool  // in hostQueues.ready
}

func newHostQueues(l *limits) hostQueues {
	return hostQueues{of: l.of, hosts: make([]hostQueue, len(l.hosts)), all: cap(l.all), perHost: int32(l.perHost)}
}

// add queues a source that is due.
func (q *hostQueues) add(src int32) {
	h := q.of[src]
	q.hosts[h].waiting.push(src)
	q.waitingAll++
	q.markReady(h)
}

// canTake reports whether take would hand out a source.
func (q *hostQueues) canTake() bool { return q.busy < q.all && q.ready.len() > 0 }

// room is how many sources take could hand out at most, one after the
// other.
func (q *hostQueues) room() int { return min(q.all-q.busy, q.waitingAll) }

// take hands out the next due source of the next domain with room, and
// holds a slot for it until free.
func (q *hostQueues) take() (src int32, ok bool) {
	if !q.canTake() {
		return 0, false
	}
	h := q.ready.pop()
	hq := &q.hosts[h]
	hq.ready = false
	src = hq.waiting.pop()
	hq.busy++
	q.busy++
	q.waitingAll--
	hq.turn++
	q.requeue(h)
	return src, true
}

// free gives back the slot of a source that take handed out.
func (q *hostQueues) free(src int32) {
	h := q.of[src]
	q.hosts[h].busy--
	q.busy--
	q.requeue(h)
}

// requeue puts a domain with room back among the turns: first while its
// turn lasts, else last.
func (q *hostQueues) requeue(h int32) {
	hq := &q.hosts[h]
	if hq.turn == 0 || hq.turn >= hostTurn || hq.waiting.len() == 0 {
		hq.turn = 0
		q.markReady(h)
		return
	}
	if !hq.ready && hq.busy < q.perHost {
		hq.ready = true
		q.ready.pushFront(h)
	}
}

// drain empties every queue, calling fn for each source that was due.
func (q *hostQueues) drain(fn func(src int32)) {
	for h := range q.hosts {
		for q.hosts[h].waiting.len() > 0 {
			fn(q.hosts[h].waiting.pop())
		}
		q.hosts[h].ready, q.hosts[h].turn = false, 0
	}
	q.ready = fifo{}
	q.waitingAll = 0
}

func (q *hostQueues) markReady(h int32) {
	hq := &q.hosts[h]
	if !hq.ready && hq.waiting.len() > 0 && hq.busy < q.perHost {
		hq.ready = true
		q.ready.push(h)
	}
}

// fifo is a queue of indices.
type fifo struct {
	items []int32
	head  int
}

func (f *fifo) len() int { return len(f.items) - f.head }

func (f *fifo) push(v int32) {
	if f.head > 0 && f.head == len(f.items) { // empty: start over in the same array
		f.items, f.head = f.items[:0], 0
	}
	f.items = append(f.items, v)
}

// pushFront puts v first.
func (f *fifo) pushFront(v int32) {
	if f.head == 0 {
		f.items = append(f.items, 0)
		copy(f.items[1:], f.items)
		f.items[0] = v
		return
	}
	f.head--
	f.items[f.head] = v
}

func (f *fifo) pop() int32 {
	v := f.items[f.head]
	f.head++
	if f.head >= 1024 && f.head*2 >= len(f.items) { // give back the room of what was taken
		f.items = append(f.items[:0:0], f.items[f.head:]...)
		f.head = 0
	}
	return v
}
