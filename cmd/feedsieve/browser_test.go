package main

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/feedsieve/feedsieve/internal/feedcheck"
)

// The browser tests load feedsieve's pages in Debian's chromium, headless,
// from the real binary on loopback. A missing browser or axe-core skips
// them, or fails them when FEEDSIEVE_REQUIRE_VALIDATORS is set (.ci/run
// installs both). FEEDSIEVE_SCREENSHOTS=DIR keeps a screenshot of every
// page and width there (README's are made so); a failing page's is kept in
// FEEDSIEVE_TEST_OUTPUT, else in a new directory the log names.

// axeScript is axe-core's browser build, installed by .ci/run with npm ci
// into testdata/axe (package.json there pins the version).
var axeScript = filepath.Join("..", "..", "testdata", "axe", "node_modules", "axe-core", "axe.min.js")

// needed finds what a browser test needs, or skips the test (fails it
// under CI, as feedcheck does).
func needed(t *testing.T, what string, find func() (string, error)) string {
	t.Helper()
	path, ok := feedcheck.Tool(t, what, find)
	if !ok {
		t.SkipNow()
	}
	return path
}

// viewport is a width the pages are checked at, in a colour scheme.
type viewport struct {
	width  int64
	scheme string
}

func (v viewport) String() string { return fmt.Sprintf("%d-%s", v.width, v.scheme) }

// TestPagesInBrowser: the index, a topic page, the sources page and both
// XML feeds (which render through feed.xsl) load at 1280 and 375 px, in
// the light and the dark scheme, without horizontal scrolling or console
// errors, with every same-origin link answering 200, and without a
// serious or critical axe-core violation.
func TestPagesInBrowser(t *testing.T) {
	chrome := needed(t, "chromium", func() (string, error) { return exec.LookPath("chromium") })
	axe, err := os.ReadFile(needed(t, "axe-core", func() (string, error) { return axeScript, checkFile(axeScript) }))
	if err != nil {
		t.Fatal(err)
	}
	srv := feedServer(t)
	defer srv.Close()
	addr := freeAddr(t)
	cfg := filepath.Join(t.TempDir(), "config.yaml")
	saveFile(t, cfg, fmt.Sprintf(`server: {listen: %q, base_url: "http://%s"}
storage: {path: data/test.db, retention: "0"}
poll: {timeout: 10s, %s}
sources:
  - {name: en, url: "%[4]s/en.xml"}
  - {name: de, url: "%[4]s/de.rdf"}
  - {name: hy-ru, url: "%[4]s/hy-ru.atom"}
  - {name: zh, url: "%[4]s/zh.json"}
  - {name: da, url: "%[4]s/da.xml"}
  - {name: gone, url: "%[4]s/missing.xml"}
topics:
  - id: nagorno-karabakh
    title: Nagorno-Karabakh
    description: "The conflict, from news in Danish, English, German, Russian, Armenian and Chinese"
    any: ["Nagorno-Karabakh*", "Karabakh*", "Karabach*", "Lachin", "Нагорн* Карабах*", "Карабах*", "Լեռնային Ղարաբաղ*", "纳戈尔诺-卡拉巴赫"]
    none: ["Karabük"]
  - {id: everything, title: Everything, description: "Every item of every source", max_items: 20}
`, addr, addr, loopbackOnly, srv.URL))
	d := startServe(t, cfg)
	waitFor(t, "every source polled", func() bool {
		_, page := get(t, d.url+"/")
		return strings.Contains(string(page), "6 sources, 1 failing")
	})
	b := newBrowser(t, chrome)
	paths := []string{"/", "/topics/nagorno-karabakh", "/topics/everything", "/sources", "/feeds/nagorno-karabakh.atom", "/feeds/everything.rss"}
	for _, path := range paths {
		for _, v := range []viewport{{1280, "light"}, {375, "dark"}, {375, "light"}, {1280, "dark"}} {
			t.Run(strings.Trim(strings.ReplaceAll(path, "/", "_"), "_")+"/"+v.String(), func(t *testing.T) {
				b.check(t, d.url, path, v, string(axe))
			})
		}
	}
	d.stop(t)
}

func checkFile(path string) error {
	_, err := os.Stat(path)
	return err
}

// browser is one headless chromium for a test, with a tab per page.
type browser struct {
	ctx   context.Context
	links sync.Map // same-origin URL → status, each fetched once
}

func newBrowser(t *testing.T, chrome string) *browser {
	t.Helper()
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chrome), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck, chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true), chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("hide-scrollbars", true), chromedp.Flag("lang", "en-US"),
	)
	ctx, cancel := chromedp.NewContext(alloc)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return &browser{ctx: ctx}
}

// check loads one page in a new tab and checks it.
func (b *browser) check(t *testing.T, origin, path string, v viewport, axe string) {
	tab, cancel := chromedp.NewContext(b.ctx)
	defer cancel()
	ctx, stop := context.WithTimeout(tab, time.Minute)
	defer stop()
	console := watchConsole(ctx)
	err := chromedp.Do(ctx,
		chromedp.EmulateViewport(v.width, 900),
		chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
			_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
				Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: v.scheme}},
			})
			return err
		}),
		chromedp.Navigate(origin+path),
	)
	if err != nil {
		t.Fatalf("load %s: %v", path, err)
	}
	defer b.screenshot(t, ctx, path, v)
	if strings.HasPrefix(path, "/feeds/") {
		rendered, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelector("#about") ? document.querySelectorAll("main li").length : -1`))
		if err != nil || rendered <= 0 {
			t.Errorf("the feed did not render through feed.xsl: %d entries shown (%v)", rendered, err)
		}
	}
	overflow, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.documentElement.scrollWidth - document.documentElement.clientWidth`))
	if err != nil || overflow > 0 {
		t.Errorf("the page is %d px wider than the %d px window (%v)", overflow, v.width, err)
	}
	b.checkLinks(t, ctx, origin)
	checkAxe(t, ctx, axe)
	time.Sleep(100 * time.Millisecond) // let the last console messages arrive
	for _, m := range console() {
		t.Errorf("console: %s", m)
	}
}

// watchConsole collects the page's console errors and uncaught exceptions
// until ctx ends, and returns a func reporting those so far.
func watchConsole(ctx context.Context) func() []string {
	var mu sync.Mutex
	var errs []string
	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.IsException() {
				mu.Lock()
				errs = append(errs, m.String()+" "+m.URL)
				mu.Unlock()
			}
		}
	}()
	return func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), errs...)
	}
}

// checkLinks fetches every same-origin link and alternate of the page
// once: each must answer 200. Links to the outlets are not followed: the
// tests have no network.
func (b *browser) checkLinks(t *testing.T, ctx context.Context, origin string) {
	t.Helper()
	hrefs, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("a[href], link[href]")].map(a => a.href)`))
	if err != nil {
		t.Fatalf("read links: %v", err)
	}
	same := 0
	for _, href := range hrefs {
		if !strings.HasPrefix(href, origin+"/") {
			continue
		}
		same++
		status, seen := b.links.Load(href)
		if !seen {
			resp, err := http.Get(href)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			status, _ = b.links.LoadOrStore(href, resp.StatusCode)
		}
		if status != http.StatusOK {
			t.Errorf("link %s: status %v", href, status)
		}
	}
	if same == 0 {
		t.Errorf("the page links nowhere on its own site: %q", hrefs)
	}
}

// violation is what the test reports of an axe-core violation.
type violation struct {
	ID, Impact, Help string
	Nodes            []string
}

// checkAxe injects axe-core and runs it over the page, leaving out the
// banner Chromium puts over pages made by XSLT (its own, not the page's).
func checkAxe(t *testing.T, ctx context.Context, axe string) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](axe+"\n;true")); err != nil {
		t.Fatalf("inject axe-core: %v", err)
	}
	found, err := chromedp.Run(ctx, chromedp.Evaluate[[]violation](`axe.run({exclude: [["xslt-warning-banner"]]}, {resultTypes: ["violations"]}).then(r =>
		r.violations.filter(v => v.impact === "serious" || v.impact === "critical").map(v =>
			({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(n => n.target.join(" ") + ": " + n.failureSummary)})))`,
		chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("run axe-core: %v", err)
	}
	for _, v := range found {
		t.Errorf("axe-core: %s (%s): %s\n\t%s", v.ID, v.Impact, v.Help, strings.Join(v.Nodes, "\n\t"))
	}
}

// screenshot keeps the page's picture when the test failed, or when
// FEEDSIEVE_SCREENSHOTS names a directory.
func (b *browser) screenshot(t *testing.T, ctx context.Context, path string, v viewport) {
	dir := os.Getenv("FEEDSIEVE_SCREENSHOTS")
	if t.Failed() {
		dir = os.Getenv("FEEDSIEVE_TEST_OUTPUT")
		if dir == "" {
			var err error
			if dir, err = os.MkdirTemp("", "feedsieve-browser-"); err != nil {
				t.Fatal(err)
			}
		}
	}
	if dir == "" {
		return
	}
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Errorf("screenshot: %v", err)
		return
	}
	name := strings.Trim(strings.ReplaceAll(path, "/", "-"), "-")
	if name == "" {
		name = "index"
	}
	file := filepath.Join(dir, name+"-"+v.String()+".png")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", file)
}
