package aggregator

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// roundItems are n new items of source, each its own news, in a topic
// that collapses stories.
func roundItems(source string, n int, pub time.Time) []*storage.Item {
	var out []*storage.Item
	for i := range n {
		out = append(out, &storage.Item{ID: fmt.Sprintf("%s-%d", source, i), Title: fmt.Sprintf("Report %d of %s", i, source),
			Language: "en", Published: pub, Sources: []string{source}, Topics: []storage.Match{{Topic: "t"}}})
	}
	return out
}

func newRoundFor(sources []string, maxN int) *storyRound {
	var srcs []Source
	for _, s := range sources {
		srcs = append(srcs, Source{Name: s})
	}
	f := newStoryFiler([]Topic{{ID: "t", Stories: &StoryOptions{}}})
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	return newStoryRound(f, srcs, func() time.Time { return now }, maxN, 64<<20)
}

// joinAll has each source join the round with its items at once, and
// fails the test when the joins have not all returned within a minute.
func joinAll(t *testing.T, r *storyRound, ctx context.Context, items map[string][]*storage.Item) {
	t.Helper()
	var wg sync.WaitGroup
	for s, its := range items {
		wg.Go(func() { r.join(ctx, s, its, 1000) })
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(time.Minute):
		t.Fatal("the round's polls still wait")
	}
}

func requireFiled(t *testing.T, items map[string][]*storage.Item) {
	t.Helper()
	for s, its := range items {
		for _, it := range its {
			if it.Topics[0].Story == "" {
				t.Errorf("%s: item %s not filed", s, it.ID)
			}
		}
	}
}

// TestRoundFilesWhenEveryPollIsIn: polls that joined wait until the
// round's last poll joins or ends, and are then filed together.
func TestRoundFilesWhenEveryPollIsIn(t *testing.T) {
	pub := time.Date(2026, 3, 1, 8, 0, 0, 0, time.UTC)
	r := newRoundFor([]string{"a", "b", "c"}, 256)
	a := roundItems("a", 2, pub)
	joined := make(chan struct{})
	go func() { r.join(context.Background(), "a", a, 1000); close(joined) }()
	select {
	case <-joined:
		t.Fatal("a poll's items were filed before the round's other polls were in")
	case <-time.After(50 * time.Millisecond):
	}
	r.end("c") // no new items
	select {
	case <-joined:
		t.Fatal("a poll's items were filed before the round's last poll was in")
	case <-time.After(50 * time.Millisecond):
	}
	b := roundItems("b", 2, pub)
	joinAll(t, r, context.Background(), map[string][]*storage.Item{"b": b})
	<-joined
	requireFiled(t, map[string][]*storage.Item{"a": a, "b": b})
}

// TestRoundFiledInPartsWhenFull: a round holds at most half of the
// polls that may wait for their write, and files those it holds when it
// has them, so a round of more sources never waits for room it cannot
// get; what is left waits for the round's last poll.
func TestRoundFiledInPartsWhenFull(t *testing.T) {
	pub := time.Date(2026, 3, 1, 8, 0, 0, 0, time.UTC)
	var names []string
	items := map[string][]*storage.Item{}
	for i := range 9 {
		s := fmt.Sprintf("s%d", i)
		names = append(names, s)
		items[s] = roundItems(s, 3, pub)
	}
	r := newRoundFor(append(names, "slow"), 4) // holds 2
	returned := make(chan string, len(items))
	for s, its := range items {
		go func() { r.join(context.Background(), s, its, 1000); returned <- s }()
	}
	for range 8 { // four parts of two
		select {
		case <-returned:
		case <-time.After(time.Minute):
			t.Fatal("the round's polls still wait")
		}
	}
	select {
	case s := <-returned:
		t.Fatalf("%s returned while its part waited for the round's last poll", s)
	case <-time.After(50 * time.Millisecond):
	}
	r.end("slow")
	select {
	case <-returned:
	case <-time.After(time.Minute):
		t.Fatal("the last part was not filed when the round's last poll ended")
	}
	requireFiled(t, items)
}

// TestRoundJoinStopped: a poll stopped while its items wait for the
// round files them alone, and returns.
func TestRoundJoinStopped(t *testing.T) {
	pub := time.Date(2026, 3, 1, 8, 0, 0, 0, time.UTC)
	r := newRoundFor([]string{"a", "b"}, 256)
	ctx, cancel := context.WithCancel(context.Background())
	a := roundItems("a", 2, pub)
	time.AfterFunc(50*time.Millisecond, cancel)
	joinAll(t, r, ctx, map[string][]*storage.Item{"a": a}) // b never comes
	requireFiled(t, map[string][]*storage.Item{"a": a})
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.held) != 0 {
		t.Errorf("the stopped poll's items are still held: %d", len(r.held))
	}
}

// TestRoundSlowPollWaitsNoLonger: a poll's items wait for the rest of
// their round no longer than the round's wait (roundWait, 10 s), so a
// feed slow to answer holds no other feed's write longer; the slow poll's
// items are filed when they come.
func TestRoundSlowPollWaitsNoLonger(t *testing.T) {
	pub := time.Date(2026, 3, 1, 8, 0, 0, 0, time.UTC)
	r := newRoundFor([]string{"a", "b", "slow"}, 256)
	r.wait = 100 * time.Millisecond
	items := map[string][]*storage.Item{"a": roundItems("a", 2, pub), "b": roundItems("b", 2, pub)}
	start := time.Now()
	joinAll(t, r, context.Background(), items)
	if waited := time.Since(start); waited < r.wait {
		t.Errorf("filed after %v, before the round's wait of %v, while a poll was still under way", waited, r.wait)
	}
	requireFiled(t, items)
	slow := map[string][]*storage.Item{"slow": roundItems("slow", 1, pub)}
	joinAll(t, r, context.Background(), slow) // the last poll of the round: filed at once
	requireFiled(t, slow)
}

// TestRoundDeliveryFiledAtOnce: the items of a source the round does not
// wait for, such as a WebSub delivery between two polls, are filed at
// once, whatever polls of the round are under way.
func TestRoundDeliveryFiledAtOnce(t *testing.T) {
	pub := time.Date(2026, 3, 1, 8, 0, 0, 0, time.UTC)
	r := newRoundFor([]string{"a"}, 256) // a's poll is under way
	pushed := map[string][]*storage.Item{"hub": roundItems("hub", 2, pub)}
	start := time.Now()
	joinAll(t, r, context.Background(), pushed)
	if waited := time.Since(start); waited >= r.wait {
		t.Errorf("a delivery waited %v for the round", waited)
	}
	requireFiled(t, pushed)
}
