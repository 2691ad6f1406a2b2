package storage

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// TestConcurrentApply has many sources write at once, so that their
// batches share transactions, some of them delivering the same wire story:
// every item must be stored once, with every source that delivered it,
// and the results must add up.
func TestConcurrentApply(t *testing.T) {
	s := openTest(t, 0)
	const sources, items = 24, 40
	results := make([]Result, sources)
	var wg sync.WaitGroup
	for src := range sources {
		wg.Go(func() {
			var b Batch
			b.Source = fmt.Sprintf("s%d", src)
			b.State = &SourceState{URL: "http://127.0.0.1/" + b.Source, ItemsSeen: items}
			for i := range items {
				link := fmt.Sprintf("https://%s.example/%d", b.Source, i)
				if i%10 == 0 {
					link = fmt.Sprintf("https://wire.example/%d", i) // every source delivers these
				}
				b.Entries = append(b.Entries, entry(link, link, "Karabakh "+link, t0.Add(-time.Duration(i)*time.Minute)))
			}
			r, err := s.Apply(b, byKeyword)
			if err != nil {
				t.Error(err)
			}
			results[src] = r
		})
	}
	wg.Wait()
	var total Result
	for _, r := range results {
		total.New += r.New
		total.Unchanged += r.Unchanged
	}
	wire := items / 10
	wantNew := sources*(items-wire) + wire
	// A source that finds the wire story stored merges into it: the item
	// counts as unchanged for that source.
	if total.New != wantNew || total.Unchanged != (sources-1)*wire {
		t.Errorf("new %d, unchanged %d; want %d new, %d unchanged", total.New, total.Unchanged, wantNew, (sources-1)*wire)
	}
	if n, err := s.Count(); err != nil || n != wantNew {
		t.Fatalf("count %d (%v), want %d", n, err, wantNew)
	}
	it, err := s.ItemByLink("https://wire.example/0")
	if err != nil {
		t.Fatal(err)
	}
	if len(it.Sources) != sources || len(it.Keys) != sources {
		t.Errorf("the wire story lists %d sources and %d keys, want %d", len(it.Sources), len(it.Keys), sources)
	}
	if news, err := s.Newest("nk", 1000); err != nil || len(news) != wantNew {
		t.Errorf("topic nk holds %d items (%v), want %d", len(news), err, wantNew)
	}
	for src := range sources {
		st, err := s.SourceState(fmt.Sprintf("s%d", src))
		if err != nil || st.ItemsSeen != items {
			t.Errorf("source s%d: state %+v (%v) not stored with its batch", src, st, err)
		}
	}
	if err := s.Check(); err != nil {
		t.Error(err)
	}
}

// TestGroupFailureIsolated makes one write of a group fail: it must fail
// alone, and the writes it was grouped with must be committed.
func TestGroupFailureIsolated(t *testing.T) {
	s := openTest(t, 0)
	c := &s.commits
	block := make(chan struct{})
	started := make(chan struct{})
	var wg sync.WaitGroup
	// The first write holds the commit until the others have queued, so
	// that they form one group behind it.
	wg.Go(func() {
		err := c.update(func(tx *bolt.Tx) error {
			close(started)
			<-block
			return tx.Bucket(bucketMeta).Put([]byte("first"), []byte("1"))
		})
		if err != nil {
			t.Error(err)
		}
	})
	<-started
	errBad := errors.New("bad write")
	errs := make([]error, 6)
	for i := range errs {
		wg.Go(func() {
			errs[i] = c.update(func(tx *bolt.Tx) error {
				if i == 3 {
					return errBad
				}
				return tx.Bucket(bucketMeta).Put(fmt.Appendf(nil, "w%d", i), []byte("1"))
			})
		})
	}
	waitQueued(t, c, len(errs))
	close(block)
	wg.Wait()
	for i, err := range errs {
		switch {
		case i == 3 && !errors.Is(err, errBad):
			t.Errorf("write 3: got %v, want its own error", err)
		case i != 3 && err != nil:
			t.Errorf("write %d failed with %v, though only write 3 was bad", i, err)
		}
	}
	for i := range errs {
		v, err := s.Meta(fmt.Sprintf("w%d", i))
		if want := map[bool]string{true: "", false: "1"}[i == 3]; err != nil || v != want {
			t.Errorf("write %d: stored %q (%v), want %q", i, v, err, want)
		}
	}
}

func waitQueued(t *testing.T, c *committer, n int) {
	t.Helper()
	for range 1000 {
		c.mu.Lock()
		queued := len(c.pending)
		c.mu.Unlock()
		if queued >= n {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("writes did not queue")
}

func TestCommitErrorsNameTheWrite(t *testing.T) {
	s := openTest(t, 0)
	err := s.PutSourceState(strings.Repeat("x", 40000), &SourceState{})
	if err == nil || !strings.Contains(err.Error(), "store state of source") {
		t.Fatalf("got %v, want an error naming the source state write", err)
	}
}

// TestPanickingWrite: a write that panics fails alone, and the writes
// after it still commit (the lead is passed on).
func TestPanickingWrite(t *testing.T) {
	s := openTest(t, 0)
	err := s.commits.update(func(*bolt.Tx) error { panic("boom") })
	if err == nil || !strings.Contains(err.Error(), "boom") {
		t.Fatalf("got %v, want the panic as an error", err)
	}
	if err := s.SetMeta("after", "1"); err != nil {
		t.Fatal(err)
	}
	if err := s.PutSourceState("a", &SourceState{ETag: "x"}); err != nil {
		t.Fatalf("a write after the panic: %v", err)
	}
}

// TestWriteHealth: a failed commit makes WriteHealth report the failure,
// naming the file and the cause, until a commit succeeds again; reads
// (Ping) go on succeeding meanwhile, which is why health checks need it.
func TestWriteHealth(t *testing.T) {
	s := openTest(t, 0)
	if err := s.WriteHealth(); err != nil {
		t.Fatalf("a new store: %v", err)
	}
	boom := errors.New("no space left on device")
	for range 2 {
		if err := s.commits.update(func(*bolt.Tx) error { return boom }); !errors.Is(err, boom) {
			t.Fatalf("update: %v", err)
		}
	}
	err := s.WriteHealth()
	if !errors.Is(err, boom) || !strings.Contains(err.Error(), "database "+s.Path()+": writes failing since ") {
		t.Errorf("after failed commits: %v", err)
	}
	if err := s.Ping(); err != nil {
		t.Errorf("Ping while writes fail: %v", err)
	}
	if err := s.commits.update(func(*bolt.Tx) error { return nil }); err != nil {
		t.Fatal(err)
	}
	if err := s.WriteHealth(); err != nil {
		t.Errorf("after a commit succeeded: %v", err)
	}
}
