package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/internal/feedcheck"
	"github.com/feedsieve/feedsieve/internal/websubtest"
)

// outletFeed is an outlet's Atom feed: its entries have ids of their own,
// and were updated the id's last two digits of hours ago.
func outletFeed(name, title string, entries ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<feed xmlns="http://www.w3.org/2005/Atom"><title>%s</title><id>tag:%s.example,2024:feed</id>
<link href="https://%s.example/"/><updated>%s</updated>`, title, name, name, testDay.Format(time.RFC3339))
	for _, e := range entries {
		id, headline, _ := strings.Cut(e, "|")
		var hours time.Duration
		fmt.Sscan(id[len(id)-2:], &hours)
		fmt.Fprintf(&b, `<entry><title>%s</title><id>tag:%s.example,2024:%s</id><updated>%s</updated>
<link href="https://%s.example/%s"/><summary>%s</summary></entry>`, headline, name, id, testDay.Add(-hours*time.Hour).Format(time.RFC3339), name, id, headline)
	}
	return b.String() + "</feed>"
}

// testDay is when the outlets' feeds were last updated: within retention.
var testDay = time.Now().UTC().Truncate(time.Hour)

// instanceConfig writes the config of one feedsieve instance.
func instanceConfig(t *testing.T, addr, extraServer, topicExtra string, sources map[string]string) string {
	t.Helper()
	var srcs strings.Builder
	for name, u := range sources {
		fmt.Fprintf(&srcs, "  - {name: %q, url: %q}\n", name, u)
	}
	cfg := fmt.Sprintf(`server:
  listen: %q
  base_url: "http://%s"
%sstorage:
  path: "data/feedsieve.db"
poll:
  interval: "1h"
  %s
sources:
%stopics:
  - {id: "nk", title: "Nagorno-Karabakh", any: ["Karabakh*"]%s}
`, addr, addr, extraServer, loopbackOnly, srcs.String(), topicExtra)
	path := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(path, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestScaleOut runs three feedsieve processes: two lower instances with
// sources of their own (one article in both; one groups stories), and a
// top instance that
// aggregates their topic feeds, subscribed through a WebSub hub that the
// lower instances ping. The top's feed has each article once, with the
// outlet's own atom:id and the outlet in atom:source; an edit at an
// outlet reaches the top by a push, well before any poll would.
func TestScaleOut(t *testing.T) {
	var outletA, outletB atomic.Value
	outletA.Store(outletFeed("alpha", "Alpha News", "a10|Karabakh talks resume", "shared11|Karabakh corridor reopens"))
	outletB.Store(outletFeed("beta", "Beta Daily", "b09|Karabakh refugees return"))
	outlets := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/atom+xml")
		switch r.URL.Path {
		case "/alpha.xml":
			io.WriteString(w, outletA.Load().(string))
		case "/gamma.xml": // gamma's copy of alpha's talks story, under its own link
			io.WriteString(w, outletFeed("gamma", "Gamma Wire", "g09|Karabakh talks resume"))
		case "/beta.xml": // beta republishes alpha's corridor story, same link
			io.WriteString(w, strings.Replace(outletB.Load().(string), "</feed>",
				`<entry><title>Karabakh corridor reopens</title><id>tag:beta.example,2024:copy</id><updated>`+testDay.Add(-10*time.Hour).Format(time.RFC3339)+`</updated><link href="https://alpha.example/shared11"/></entry></feed>`, 1))
		default:
			http.NotFound(w, r)
		}
	}))
	defer outlets.Close()
	hub := websubtest.New(3600)
	hubSrv := httptest.NewServer(hub)
	defer hubSrv.Close()

	lowerServer := fmt.Sprintf("  websub_hub: %q\n", hubSrv.URL)
	addr1, addr2, addrTop := freeAddr(t), freeAddr(t), freeAddr(t)
	// lower1 groups stories: gamma's copy of alpha's talks story is folded
	// into alpha's entry there (alpha is preferred, whichever outlet is
	// polled first), and must stay so at the top.
	cfg1 := instanceConfig(t, addr1, lowerServer, ", collapse: stories, prefer: [alpha]", map[string]string{"alpha": outlets.URL + "/alpha.xml", "gamma": outlets.URL + "/gamma.xml"})
	cfg2 := instanceConfig(t, addr2, lowerServer, "", map[string]string{"beta": outlets.URL + "/beta.xml"})
	low1, low2 := startServe(t, cfg1), startServe(t, cfg2)
	low1.waitLog(t, 0, "ready: every source had its first poll")
	low2.waitLog(t, 0, "ready: every source had its first poll")
	cfgTop := instanceConfig(t, addrTop, "  websub_subscribe: true\n", "", map[string]string{
		"lower1": "http://" + addr1 + "/feeds/nk.atom", "lower2": "http://" + addr2 + "/feeds/nk.atom"})
	top := startServe(t, cfgTop)
	top.waitLog(t, 0, "ready: every source had its first poll")
	waitFor(t, "both subscriptions verified", func() bool { return hub.Subscribers() == 2 })

	_, feed := get(t, top.url+"/feeds/nk.atom")
	doc := string(feed)
	for _, want := range []string{
		"<id>tag:alpha.example,2024:a10</id>", "<id>tag:beta.example,2024:b09</id>",
		"<title>Alpha News</title>", "<title>Beta Daily</title>",
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("the top feed lacks %s:\n%s", want, doc)
		}
	}
	if n := strings.Count(doc, "<entry>"); n != 3 {
		t.Errorf("the top feed has %d entries, want 3 (the corridor story once, gamma's copy within alpha's story):\n%s", n, doc)
	}
	if strings.Contains(doc, "<id>tag:gamma.example") || !strings.Contains(doc, "gamma.example/g09") {
		t.Errorf("gamma's copy is an entry of its own, or lower1's story no longer names it:\n%s", doc)
	}
	feedcheck.Atom(t, feed)
	feedcheck.Feedparser(t, "atom", feed, 3)
	if strings.Contains(doc, "<title>Nagorno-Karabakh</title>\n      <updated>") {
		t.Errorf("an entry is attributed to a lower instance's topic feed, not to its outlet:\n%s", doc)
	}

	// An edit at alpha: lower1 polls it (refresh stands for its next poll),
	// pings the hub, the hub pushes to the top. The top polls hourly.
	outletA.Store(outletFeed("alpha", "Alpha News", "a10|Karabakh talks resume in Geneva", "shared11|Karabakh corridor reopens"))
	runOK(t, "refresh", "-config", cfg1, "alpha")
	waitFor(t, "the edit to reach the top", func() bool {
		_, body := get(t, top.url+"/feeds/nk.atom")
		return strings.Contains(string(body), "Karabakh talks resume in Geneva")
	})
	if hub.Pushes() == 0 {
		t.Error("the edit reached the top without a push")
	}
	for _, d := range []*served{top, low1, low2} {
		d.stop(t)
	}
}
