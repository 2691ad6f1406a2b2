package aggregator

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// TestStoppedDeliveryGivesBackItsLead: a preferred source's copy whose
// delivery is stopped (the WebSub handler's deliverTimeout) while its
// article pages are fetched is filed into the index, and takes the
// waiting story's lead there, but is never stored: the lead is given
// back, and when the wait ends the story is released for its first item
// (a review found it kept, and the story waiting for good).
func TestStoppedDeliveryGivesBackItsLead(t *testing.T) {
	pub := time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)
	var srvURL string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/local":
			fmt.Fprint(w, storyFeed("Local", "https://local.example/2", pub.Add(time.Hour), "Azerbaijan launches military offensive in Nagorno-Karabakh",
				"BAKU (AP) — Azerbaijan said on Tuesday it had launched anti-terrorist measures in the region after six people were killed by mines."))
		case "/article/1": // a slow article page
			select {
			case <-r.Context().Done():
			case <-time.After(5 * time.Second):
			}
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	srvURL = srv.URL
	store, err := storage.Open(storage.Options{Path: filepath.Join(t.TempDir(), "a.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	topics := []Topic{{ID: "nk", Any: []string{"Karabakh"}, Stories: &StoryOptions{Prefer: []string{"wire"}, PreferWait: 30 * time.Minute}}}
	srcs := []Source{{Name: "local", URL: srvURL + "/local"}, {Name: "wire", URL: srvURL + "/wire", FullText: FullTextPublish}}
	a, err := New(store, NewHTTPClient(5*time.Second, 2, loopback()), slog.New(slog.DiscardHandler), Options{Concurrency: 2, MaxBody: 1 << 20, Sources: srcs, Topics: topics})
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Date(2023, 9, 19, 9, 0, 0, 0, time.UTC)
	a.now = func() time.Time { return t0 }
	if _, err := a.SyncStories(); err != nil {
		t.Fatal(err)
	}
	if r := a.Poll(context.Background(), srcs[0]); r.Err != nil || r.New != 1 {
		t.Fatalf("local's poll: %+v", r)
	}
	// wire's copy is pushed 10 minutes later; its article page is slow,
	// and the delivery's context ends first.
	a.now = func() time.Time { return t0.Add(10 * time.Minute) }
	body := storyFeed("Wire", srvURL+"/article/1", pub, "Azerbaijan launches offensive in Nagorno-Karabakh",
		"Azerbaijan said on Tuesday it had launched anti-terrorist measures in the region after six people were killed by mines.")
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	res := a.Deliver(ctx, "wire", []byte(body), "application/rss+xml", srvURL+"/wire")
	if res.Err == nil || res.New != 0 {
		t.Fatalf("the delivery was stored: %+v", res)
	}
	if it, _ := store.ItemByLink(srvURL + "/article/1"); it != nil {
		t.Fatalf("wire's copy stored: %+v", it)
	}
	// The wait ends with no stored preferred copy: local's item must lead.
	a.now = func() time.Time { return t0.Add(31 * time.Minute) }
	a.releaseDue()
	local, err := store.ItemByLink("https://local.example/2")
	if err != nil || local == nil {
		t.Fatal(local, err)
	}
	m, _ := local.MatchIn("nk")
	if !m.Lead {
		t.Errorf("local's story is never released: its only stored item %+v neither leads nor will (the unstored wire copy's lead is kept in memory)", m)
	}
}

// TestDeliveryNotHeldByItsSourcesRound: in serve, every source's first
// poll is in the round that starts it. A WebSub delivery for a source
// whose poll is still under way is no poll of the round: its hub waits
// for the answer, so it is filed and stored at once, not held until the
// round's polls are in (nor taken for the source's poll, whose items
// would then be filed alone).
func TestDeliveryNotHeldByItsSourcesRound(t *testing.T) {
	pub := time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)
	polling, answer := make(chan struct{}, 2), make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		polling <- struct{}{}
		select { // the polls answer when the test lets them
		case <-r.Context().Done():
			return
		case <-answer:
		}
		fmt.Fprint(w, wireCopies(pub)[strings.TrimPrefix(r.URL.Path, "/")])
	}))
	defer srv.Close()
	store, err := storage.Open(storage.Options{Path: filepath.Join(t.TempDir(), "a.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	srcs := []Source{{Name: "afp", URL: srv.URL + "/afp"}, {Name: "bbc", URL: srv.URL + "/bbc"}}
	a, err := New(store, NewHTTPClient(time.Minute, 2, loopback()), slog.New(slog.DiscardHandler), Options{Concurrency: 2, MaxBody: 1 << 20,
		Interval: time.Hour, Sources: srcs, Topics: []Topic{{ID: "nk", Any: []string{"Karabakh"}, Stories: &StoryOptions{}}}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.SyncStories(); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { a.Run(ctx); close(done) }()
	defer func() { close(answer); cancel(); <-done }()
	<-polling // both first polls are under way, and wait for their answers
	<-polling
	pushed := storyFeed("AFP", "https://afp.example/99", pub.Add(time.Hour), "Karabakh Armenians queue for bread in Stepanakert",
		"Long queues formed outside bakeries in Stepanakert as the blockade of the Lachin corridor entered its ninth month.")
	delivered := make(chan PollResult, 1)
	go func() {
		delivered <- a.Deliver(context.Background(), "afp", []byte(pushed), "application/rss+xml", srv.URL+"/afp")
	}()
	select {
	case res := <-delivered:
		if res.Err != nil || res.New != 1 {
			t.Fatalf("delivery: %+v", res)
		}
	case <-time.After(roundWait / 2): // the polls never answer until the test ends; a held delivery is filed after roundWait
		t.Fatal("the delivery waits for the round of polls under way")
	}
	if it, _ := store.ItemByLink("https://afp.example/99"); it == nil {
		t.Error("the delivered item is not stored")
	}
}

// TestBridgeIntoPublishedStoryKeepsItShown: a topic collapsed stories,
// then was given settle: 20m. Its stored story S (afp's report, shown
// in the feed) waits for nothing. In a round after the restart, local's
// rewrite X starts a story of its own, which waits, and bbc's copy, like
// both, bridges X into S: X's items join S, and wait no more than S
// does. (A review found them kept waiting under S's name; S, never
// released, then left the feed for good.)
func TestBridgeIntoPublishedStoryKeepsItShown(t *testing.T) {
	store, url := serveStories(t, bridgedFeeds())
	t0 := time.Date(2023, 9, 19, 10, 0, 0, 0, time.UTC)
	pollStoriesAt(t, store, url, &StoryOptions{}, t0, "afp") // before the topic settles
	if !strings.Contains(renderNK(store), "afp.example/1") {
		t.Fatal("afp's story is not in the feed")
	}
	settle := &StoryOptions{Settle: 20 * time.Minute}
	a := pollStoriesAt(t, store, url, settle, t0.Add(time.Hour), "local", "bbc") // one round
	a.now = func() time.Time { return t0.Add(2 * time.Hour) }
	a.releaseDue() // every wait has ended

	afp, _ := store.ItemByLink("https://afp.example/1")
	for _, link := range []string{"https://local.example/2", "https://bbc.example/3"} {
		it, _ := store.ItemByLink(link)
		if m, _ := it.MatchIn("nk"); m.Story != afp.ID || m.Waits || m.Lead {
			t.Errorf("%s: story %s (afp's %s) lead %v waits %v; want afp's story, not waiting", link, m.Story, afp.ID, m.Lead, m.Waits)
		}
	}
	if body := renderNK(store); !strings.Contains(body, "afp.example/1") {
		t.Errorf("afp's story, published before, is no longer in the feed:\n%s", body)
	}
}

// TestMergedStoryWaitsNoMore: in a topic that settles stories, a story
// started in a round and merged into a stored one waits no more of its
// own: when its wait would have ended, no release looks for its items
// (a review found one, and a warning that none was stored, for every
// merge).
func TestMergedStoryWaitsNoMore(t *testing.T) {
	store, url := serveStories(t, bridgedFeeds())
	t0 := time.Date(2023, 9, 19, 10, 0, 0, 0, time.UTC)
	settle := &StoryOptions{Settle: 20 * time.Minute}
	pollStoriesAt(t, store, url, settle, t0, "afp")
	a := pollStoriesAt(t, store, url, settle, t0.Add(time.Hour), "local", "bbc") // afp's story was released at this start
	var logs strings.Builder
	a.log = slog.New(slog.NewTextHandler(&logs, nil))
	a.now = func() time.Time { return t0.Add(2 * time.Hour) }
	a.releaseDue()
	afp, _ := store.ItemByLink("https://afp.example/1")
	if local, _ := store.ItemByLink("https://local.example/2"); local == nil {
		t.Fatal("local's rewrite is not stored")
	} else if m, _ := local.MatchIn("nk"); m.Story != afp.ID {
		t.Fatalf("local's rewrite is in story %s, not afp's %s: nothing was merged", m.Story, afp.ID)
	}
	if strings.Contains(logs.String(), "no stored item of a story can lead it") {
		t.Errorf("releasing the waits after a merge: %s", logs.String())
	}
}

// bridgedFeeds are afp's report, local's rewrite of it that shares too
// little to join it, and bbc's copy, published last, that is like both.
func bridgedFeeds() map[string]string {
	pub := time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)
	return map[string]string{
		"afp": storyFeed("AFP", "https://afp.example/1", pub, "Azerbaijan launches offensive in Nagorno-Karabakh",
			"Azerbaijan said on Tuesday it had launched anti-terrorist measures in the region after six people were killed by mines."),
		"local": storyFeed("Local", "https://local.example/2", pub.Add(time.Hour), "Artillery fire heard in Stepanakert as army moves in, Karabakh",
			"Artillery fire was heard in Stepanakert as Baku's army moved in, residents said; families sheltered in basements across the city."),
		"bbc": storyFeed("BBC", "https://bbc.example/3", pub.Add(2*time.Hour), "Azerbaijan launches military offensive in Nagorno-Karabakh after mine blasts kill six",
			"Artillery fire was heard in Stepanakert as Baku's army moved in, residents said; families sheltered in basements. Azerbaijan said it had launched anti-terrorist measures in the region after six people were killed by mines."),
	}
}

// TestRemovingPreferLeadsEarliest: a story waiting for a preferred copy
// when the topic stops preferring sources is settled at the next start
// for its earliest published stored copy, as a topic that settles
// stories does (README: "removing prefer settles the waiting stories at
// the next start"), not for the copy that arrived first.
func TestRemovingPreferLeadsEarliest(t *testing.T) {
	pub := time.Date(2023, 9, 19, 8, 0, 0, 0, time.UTC)
	feedsByName := map[string]string{
		"bbc": storyFeed("BBC", "https://bbc.example/2", pub.Add(2*time.Hour), "Azerbaijan launches military offensive in Nagorno-Karabakh",
			"BAKU (AP) — Azerbaijan said on Tuesday it had launched anti-terrorist measures in the region after six people were killed by mines."),
		"dw": storyFeed("DW", "https://dw.example/3", pub, "Azerbaijan launches offensive in Nagorno-Karabakh - DW",
			"Azerbaijan said on Tuesday it had launched “anti-terrorist” measures in the region after six people were killed by mines."),
	}
	store, url := serveStories(t, feedsByName)
	t0 := time.Date(2023, 9, 19, 11, 0, 0, 0, time.UTC)
	prefer := &StoryOptions{Prefer: []string{"afp"}, PreferWait: time.Hour}
	pollStoriesAt(t, store, url, prefer, t0, "bbc")                    // the first item: bbc's
	pollStoriesAt(t, store, url, prefer, t0.Add(10*time.Minute), "dw") // published earlier, arrives later
	pollStoriesAt(t, store, url, &StoryOptions{}, t0.Add(20*time.Minute))
	bbc, _ := store.ItemByLink("https://bbc.example/2")
	dw, _ := store.ItemByLink("https://dw.example/3")
	mb, _ := bbc.MatchIn("nk")
	md, _ := dw.MatchIn("nk")
	if md.Story != bbc.ID {
		t.Fatalf("dw's copy is not in bbc's story: %+v", md)
	}
	if mb.Lead || !md.Lead {
		t.Errorf("after prefer was removed: the first item (bbc) leads %v, the earlier published dw copy leads %v; want dw's alone", mb.Lead, md.Lead)
	}
}
