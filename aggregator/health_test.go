package aggregator

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

func TestProgressStalled(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	limit := time.Minute
	tests := []struct {
		name  string
		steps func(p *progress)
		at    time.Duration
		want  string // "" for healthy
	}{
		{"idle for long", func(p *progress) {}, time.Hour, ""},
		{"due within limit", func(p *progress) { p.due(t0) }, 59 * time.Second, ""},
		{"due past limit", func(p *progress) { p.due(t0) }, 2 * time.Minute, "1 polls are due and none finished in 2m0s"},
		{"finished recently", func(p *progress) { p.due(t0); p.due(t0); p.done(t0.Add(90 * time.Second)) }, 2 * time.Minute, ""},
		{"all finished long ago", func(p *progress) { p.due(t0); p.done(t0) }, time.Hour, ""},
		{"new work after idle", func(p *progress) { p.due(t0); p.done(t0); p.due(t0.Add(time.Hour)) }, time.Hour + 30*time.Second, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newProgress(1)
			tt.steps(p)
			err := p.stalled(t0.Add(tt.at), limit)
			if got := errString(err); got != tt.want {
				t.Errorf("stalled = %q, want %q", got, tt.want)
			}
		})
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// TestReadyAfterFirstTurns: Ready closes once each source was polled or
// found not due, without waiting for a not-due source's next poll.
func TestReadyAfterFirstTurns(t *testing.T) {
	srv := newCountingServer(t)
	sources := []Source{{Name: "new", URL: srv.URL + "/new"}, {Name: "not-due", URL: srv.URL + "/not-due"}}
	a, store := newTestAggregator(t, sources, 1<<20)
	a.opts.Interval = time.Second
	if err := store.PutSourceState("not-due", &storage.SourceState{URL: srv.URL + "/not-due", NextPoll: time.Now().Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	select {
	case <-a.Ready():
		t.Fatal("ready before Run")
	default:
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { a.Run(ctx); close(done) }()
	select {
	case <-a.Ready():
	case <-time.After(10 * time.Second):
		t.Fatal("not ready after 10 s")
	}
	if srv.count("/new") != 1 || srv.count("/not-due") != 0 {
		t.Errorf("polls when ready: new %d, not-due %d; want 1 and 0", srv.count("/new"), srv.count("/not-due"))
	}
	if err := a.Stalled(); err != nil {
		t.Errorf("stalled: %v", err)
	}
	cancel()
	<-done
}

// TestCancelledPollIsNoFailure: a poll cut short by shutdown leaves the
// source's state as it was, so it is neither backed off nor marked failing.
func TestCancelledPollIsNoFailure(t *testing.T) {
	started := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		<-r.Context().Done()
	}))
	defer srv.Close()
	src := Source{Name: "slow", URL: srv.URL}
	a, store := newTestAggregator(t, []Source{src}, 1<<20)
	ctx, cancel := context.WithCancel(context.Background())
	go func() { <-started; cancel() }()
	res := a.Poll(ctx, src)
	if !res.Cancelled || res.Err == nil || !strings.Contains(res.Err.Error(), "canceled") {
		t.Fatalf("result %+v, want a cancelled poll", res)
	}
	st, err := store.SourceState("slow")
	if err != nil {
		t.Fatal(err)
	}
	if st.Failures != 0 || st.Error != "" || !st.NextPoll.IsZero() {
		t.Errorf("state after a cancelled poll: %+v, want it untouched", st)
	}
}
