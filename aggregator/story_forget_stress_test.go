package aggregator

// A randomized differential test of storyIndex.forget (unchain) across
// compactions, double forgets and re-filed ids, with link-chain and
// word-list invariants checked after every step; and a -race scenario of
// concurrent forget and settle (a review's, the session of 2026-12-06).

import (
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

type fsEntry struct {
	u    uItem
	p    storyPrint
	at   time.Time
	gone bool
}

type fsSim struct {
	t       *testing.T
	seed    uint64
	rng     *rand.Rand
	x       *storyIndex
	ents    []fsEntry // mirror of x.entries: ids, order, gone
	next    int
	clock   time.Time
	newest  time.Time
	forgot  []string // ids forgotten, not live now (candidates for re-filing / double forget)
	aged    []string // ids dropped by age at a compaction
	useAdd  bool
	step    int
	fails   int
	doc     int // mismatches explained by the documented limitation (a list past maxListed)
	queries int
	stats   struct{ compactions, agedDrops, goneDrops, refiled, doubleForgets, forgets, earlyForgets, emptyLists, markedLists int }
}

const fsStep = 2 * time.Minute // 2 windows (96h) hold 2880 items: a compaction at 4096 drops some by age

func (s *fsSim) word() int {
	r := s.rng.Float64()
	switch {
	case r < 0.10: // hot: 12 words of different frequencies, some past maxPosting, some past maxListed
		return s.rng.IntN(1+s.rng.IntN(12)) + 0
	case r < 0.45:
		return 12 + s.rng.IntN(250)
	default:
		return 262 + s.rng.IntN(3800)
	}
}

func (s *fsSim) mkItem(id string) uItem {
	u := uItem{id: id}
	if n := len(s.ents); n > 0 && s.rng.IntN(10) < 3 { // a copy of a recent item
		c := s.ents[n-1-s.rng.IntN(min(n, 200))].u
		for _, w := range c.words {
			if s.rng.IntN(10) < 6 {
				u.words = append(u.words, w)
			}
		}
		if s.rng.IntN(2) == 0 {
			u.link = c.link
		}
	}
	for k := 2 + s.rng.IntN(7); len(u.words) < k; {
		w := s.word()
		if !slices.Contains(u.words, w) {
			u.words = append(u.words, w)
		} else {
			k--
		}
	}
	if u.link == "" && s.rng.IntN(3) > 0 {
		if s.rng.IntN(4) == 0 {
			u.link = fmt.Sprintf("https://u.example/%d", s.next)
		} else {
			u.link = fmt.Sprintf("https://l.example/%d", s.rng.IntN(8))
		}
	}
	return u
}

func (s *fsSim) printOf(u uItem, at time.Time) storyPrint {
	p := u.print()
	p.published, p.arrived = at, at
	return p
}

// file enters one item, as add (candidates' found lists) or insert,
// mirroring a compaction first if one is due.
func (s *fsSim) file(u uItem) {
	s.clock = s.clock.Add(fsStep)
	at := s.clock
	if len(s.x.entries) >= s.x.compact {
		s.stats.compactions++
		cutoff := s.newest.Add(-2 * s.x.window)
		kept := s.ents[:0:0]
		for _, e := range s.ents {
			switch {
			case e.gone:
				s.stats.goneDrops++
			case e.at.Before(cutoff):
				s.stats.agedDrops++
				s.aged = append(s.aged, e.u.id)
			default:
				kept = append(kept, e)
			}
		}
		if len(kept) == len(s.ents) {
			kept = s.ents
		}
		s.ents = kept
	}
	p := s.printOf(u, at)
	if s.useAdd && s.rng.IntN(2) == 0 {
		s.x.add(u.id, p, []string{"t"}, at)
	} else {
		s.x.insert(u.id, p, []storage.Match{{Topic: "t", Story: u.id}}, nil)
	}
	s.ents = append(s.ents, fsEntry{u: u, p: p, at: at})
	if at.After(s.newest) {
		s.newest = at
	}
}

// forget forgets ids (duplicates allowed), in the model as in storyIndex.forget.
func (s *fsSim) forget(ids []string) {
	s.stats.forgets++
	items := make([]*storage.Item, len(ids))
	want := map[string]bool{}
	for i, id := range ids {
		items[i] = &storage.Item{ID: id}
		if s.rng.IntN(2) == 0 { // found by its link, or by its id
			items[i].NormLink = s.linkOf(id)
		}
		want[id] = true
	}
	for n := len(s.ents) - 1; n >= 0 && len(want) > 0; n-- {
		if e := &s.ents[n]; !e.gone && want[e.u.id] {
			e.gone = true
			delete(want, e.u.id)
			s.forgot = append(s.forgot, e.u.id)
		}
	}
	s.x.forget(items)
	s.check(fmt.Sprintf("forget %v", shortIDs(ids)))
}

// linkOf is the link of id's latest entry not forgotten, "" for none.
func (s *fsSim) linkOf(id string) string {
	for n := len(s.ents) - 1; n >= 0; n-- {
		if e := &s.ents[n]; !e.gone && e.u.id == id {
			return e.u.link
		}
	}
	return ""
}

func shortIDs(ids []string) string {
	if len(ids) > 6 {
		return fmt.Sprintf("%v… (%d)", ids[:6], len(ids))
	}
	return fmt.Sprint(ids)
}

func (s *fsSim) live() []fsEntry {
	var out []fsEntry
	for _, e := range s.ents {
		if !e.gone {
			out = append(out, e)
		}
	}
	return out
}

func (s *fsSim) isLive(id string) bool {
	for i := len(s.ents) - 1; i >= 0; i-- {
		if s.ents[i].u.id == id && !s.ents[i].gone {
			return true
		}
	}
	return false
}

func (s *fsSim) errorf(format string, args ...any) {
	s.fails++
	if s.fails <= 8 {
		s.t.Errorf("seed %d step %d: "+format, append([]any{s.seed, s.step}, args...)...)
	}
}

// check: the mirror, the link chains, the whole word lists, and
// candidates against an index of the live items only.
func (s *fsSim) check(what string) {
	s.step++
	x := s.x
	// (0) the entries are the model's
	if len(x.entries) != len(s.ents) {
		s.errorf("%s: %d entries, model %d", what, len(x.entries), len(s.ents))
		return
	}
	for n := range x.entries {
		if x.entries[n].id != s.ents[n].u.id || x.entries[n].gone != s.ents[n].gone {
			s.errorf("%s: entry %d is %s gone=%v, model %s gone=%v", what, n, x.entries[n].id, x.entries[n].gone, s.ents[n].u.id, s.ents[n].gone)
			return
		}
	}
	// (b) link chains
	visited := make([]bool, len(x.entries))
	for key, head := range x.links {
		prev := int32(-1)
		steps := 0
		for m := head; m >= 0; m = x.entries[m].prevLink {
			if steps++; steps > len(x.entries) || int(m) >= len(x.entries) {
				s.errorf("%s: link chain of key %x loops or leaves the entries (at %d)", what, key, m)
				break
			}
			e := &x.entries[m]
			if e.gone {
				s.errorf("%s: link chain of key %x visits gone entry %d (%s)", what, key, m, e.id)
			}
			if e.print.link == "" || linkKey(e.print.link) != key {
				s.errorf("%s: link chain of key %x visits entry %d of link %q", what, key, m, e.print.link)
			}
			if e.nextLink != prev {
				s.errorf("%s: entry %d (%s) in chain %x has nextLink %d, want %d", what, m, e.id, key, e.nextLink, prev)
			}
			if prev >= 0 && m >= prev {
				s.errorf("%s: chain %x not in decreasing order: %d after %d", what, key, m, prev)
			}
			if visited[m] {
				s.errorf("%s: entry %d visited twice", what, m)
				break
			}
			visited[m] = true
			prev = m
		}
	}
	for n := range x.entries {
		e := &x.entries[n]
		if e.gone {
			if e.prevLink != -1 || e.nextLink != -1 {
				s.errorf("%s: gone entry %d (%s) still chained prev=%d next=%d", what, n, e.id, e.prevLink, e.nextLink)
			}
			continue
		}
		if e.print.link != "" && !visited[n] {
			s.errorf("%s: live entry %d (%s, link %q) not reachable from x.links", what, n, e.id, e.print.link)
		}
	}
	// whole word lists hold exactly the live entries with the word
	has := map[uint32][]int32{}
	for n := range x.entries {
		if !x.entries[n].gone {
			for _, w := range x.entries[n].print.words.words {
				has[w] = append(has[w], int32(n))
			}
		}
	}
	for w, k := range x.posts {
		list := x.postings[k]
		if len(list) > maxListed {
			continue
		}
		if !slices.Equal(list, has[w]) {
			s.errorf("%s: whole list of word %x is %v, live entries with it %v", what, w, list, has[w])
		}
	}
	for w, ns := range has {
		if _, ok := x.posts[w]; !ok {
			s.errorf("%s: word %x of live entries %v has no list", what, w, ns)
		}
	}
	// (a) candidates against an index of the live items
	ref := newUIndex()
	ref.compact = 1 << 30
	live := s.live()
	for _, e := range live {
		ref.insert(e.u.id, e.p, []storage.Match{{Topic: "t", Story: e.u.id}}, nil)
	}
	for q := range 12 {
		u := s.mkItem("q")
		switch q % 4 {
		case 0: // a near copy of a live item
			if len(live) > 0 {
				c := live[s.rng.IntN(len(live))].u
				u.words, u.link = slices.Clone(c.words), c.link
				if s.rng.IntN(2) == 0 {
					u.words = append(u.words, s.word())
				}
			}
		case 1: // words of forgotten items (lists they left empty or short)
			for range 1 + s.rng.IntN(6) {
				if len(s.ents) > 0 {
					e := s.ents[s.rng.IntN(len(s.ents))]
					if e.gone || s.rng.IntN(3) == 0 {
						u.words = append(u.words, e.u.words...)
					}
				}
			}
		}
		p := s.printOf(u, s.clock)
		got, gone := candIDs(x, p)
		want, _ := candIDs(ref, p)
		s.queries++
		if slices.Equal(got, want) {
			continue
		}
		documented := false
		for _, w := range p.words.words {
			if k, ok := x.posts[w]; ok && len(x.postings[k]) > maxListed {
				if rk, ok := ref.posts[w]; !ok || len(ref.postings[rk]) <= maxPosting {
					documented = true
				}
			}
		}
		if documented {
			s.doc++
			continue
		}
		var lens []string
		for _, w := range p.words.words {
			xl, rl := -1, -1
			if k, ok := x.posts[w]; ok {
				xl = len(x.postings[k])
			}
			if k, ok := ref.posts[w]; ok {
				rl = len(ref.postings[k])
			}
			lens = append(lens, fmt.Sprintf("%d/%d", xl, rl))
		}
		s.errorf("%s: query %d words %v link %q: candidates %v (%d gone), index of the live items %v; list lengths x/ref %v", what, q, u.words, u.link, got, gone, want, lens)
	}
	for _, l := range x.postings {
		if len(l) == 0 {
			s.stats.emptyLists++
		} else if len(l) > maxListed {
			s.stats.markedLists++
		}
	}
}

func (s *fsSim) run(polls int) {
	for range polls {
		var batch []uItem
		for range 1 + s.rng.IntN(60) {
			id := ""
			if len(s.forgot) > 0 && s.rng.IntN(12) == 0 { // re-file a forgotten id
				i := s.rng.IntN(len(s.forgot))
				if c := s.forgot[i]; !s.isLive(c) && !slices.ContainsFunc(batch, func(b uItem) bool { return b.id == c }) {
					id = c
					s.stats.refiled++
				}
			}
			if id == "" {
				id = fmt.Sprintf("i%06d", s.next)
				s.next++
			}
			u := s.mkItem(id)
			s.file(u)
			batch = append(batch, u)
		}
		s.check("file batch")
		var ids []string
		for _, u := range batch {
			if s.rng.IntN(3) == 0 {
				ids = append(ids, u.id)
				if s.rng.IntN(8) == 0 { // the same id twice in one call
					ids = append(ids, u.id)
				}
			}
		}
		if len(ids) > 0 {
			s.forget(ids)
		}
		if s.rng.IntN(4) == 0 { // an earlier live item (a failed write of an earlier batch)
			if live := s.live(); len(live) > 0 {
				s.stats.earlyForgets++
				s.forget([]string{live[s.rng.IntN(len(live))].u.id})
			}
		}
		if s.rng.IntN(4) == 0 && len(s.forgot) > 0 { // forget again what is forgotten
			id := s.forgot[s.rng.IntN(len(s.forgot))]
			if !s.isLive(id) {
				s.stats.doubleForgets++
			}
			s.forget([]string{id})
		}
		if s.rng.IntN(8) == 0 && len(s.aged) > 0 { // forget one dropped by age
			s.forget([]string{s.aged[s.rng.IntN(len(s.aged))]})
		}
		if s.fails > 8 {
			return
		}
	}
}

func TestForgetAcrossCompactionsDifferential(t *testing.T) {
	seeds, polls := 2, 150 // FORGET_SEEDS=16 FORGET_POLLS=400 for a longer run
	if v, err := strconv.Atoi(os.Getenv("FORGET_SEEDS")); err == nil {
		seeds = v
	}
	if v, err := strconv.Atoi(os.Getenv("FORGET_POLLS")); err == nil {
		polls = v
	}
	first := uint64(0)
	if v, err := strconv.Atoi(os.Getenv("FORGET_SEED0")); err == nil {
		first = uint64(v)
	}
	for seed := first; seed < first+uint64(seeds); seed++ {
		s := &fsSim{t: t, seed: seed, rng: rand.New(rand.NewPCG(seed, 11)), x: newUIndex(), clock: unchainT0, useAdd: seed%2 == 1}
		s.run(polls)
		t.Logf("seed %d: %d entries, %d steps, %d queries, %d mismatches (+%d by a list past maxListed); %+v",
			seed, len(s.x.entries), s.step, s.queries, s.fails, s.doc, s.stats)
		if s.stats.compactions == 0 || s.stats.agedDrops == 0 {
			t.Errorf("seed %d: setup: %d compactions, %d dropped by age", seed, s.stats.compactions, s.stats.agedDrops)
		}
	}
}

// Concurrent settle (fileAll) and forget on one filer, for -race; the
// invariants are checked once both are done.
func TestForgetConcurrentWithSettle(t *testing.T) {
	f := &storyFiler{index: newUIndex()}
	rng := rand.New(rand.NewPCG(5, 5))
	const batches, per = 120, 50
	all := make([][]*storage.Item, batches)
	for b := range all {
		for i := range per {
			n := b*per + i
			at := unchainT0.Add(time.Duration(n) * fsStep)
			words := ""
			for range 3 + rng.IntN(5) {
				words += uWord(rng.IntN(600)) + " "
			}
			all[b] = append(all[b], &storage.Item{ID: fmt.Sprintf("c%05d", n), Title: words, NormLink: fmt.Sprintf("https://l.example/%d", rng.IntN(6)),
				Language: "en", Published: at, FirstSeen: at, Sources: []string{"s"}, Topics: []storage.Match{{Topic: "t"}}})
		}
	}
	filed := make(chan []*storage.Item, batches)
	var wg sync.WaitGroup
	wg.Add(3)
	go func() {
		defer wg.Done()
		defer close(filed)
		for _, b := range all {
			f.fileAll(b, b[len(b)-1].FirstSeen)
			filed <- b
		}
	}()
	forgotten := make(chan string, batches*per)
	go func() { // forgets part of each batch once filed, racing the next batches
		defer wg.Done()
		defer close(forgotten)
		r := rand.New(rand.NewPCG(6, 6))
		for b := range filed {
			var out []*storage.Item
			for _, it := range b {
				if r.IntN(3) == 0 {
					out = append(out, &storage.Item{ID: it.ID, Topics: []storage.Match{{Topic: "t", Story: it.ID, Lead: true}}})
				}
			}
			f.forget(out, b[0].FirstSeen)
			f.forget(out[:len(out)/2], b[0].FirstSeen) // again
			for _, it := range out {
				forgotten <- it.ID
			}
		}
	}()
	go func() { // and reads candidates under the lock meanwhile
		defer wg.Done()
		for range 200 {
			f.index.lock()
			p := (uItem{id: "q", words: []int{1, 2, 3, 4}, link: "https://l.example/1"}).print()
			f.index.candidates(&p)
			f.index.unlock()
		}
	}()
	wg.Wait()
	gone := map[string]bool{}
	for id := range forgotten {
		gone[id] = true
	}
	x := f.index
	s := &fsSim{t: t, x: x, rng: rand.New(rand.NewPCG(1, 1)), clock: unchainT0.Add(batches * per * fsStep)}
	// rebuild the model from what must be there: x's entries, checked against gone
	for n := range x.entries {
		e := &x.entries[n]
		if e.gone != gone[e.id] {
			t.Errorf("entry %s gone=%v, forgotten=%v", e.id, e.gone, gone[e.id])
		}
		s.ents = append(s.ents, fsEntry{u: uItem{id: e.id}, p: e.print, at: e.print.published, gone: e.gone})
	}
	if len(x.entries) >= batches*per {
		t.Errorf("setup: no compaction dropped entries (%d)", len(x.entries))
	}
	s.check("after concurrent settle and forget")
	t.Logf("%d entries after %d filed", len(x.entries), batches*per)
}
