package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/feedsieve/feedsieve/aggregator"
	"github.com/feedsieve/feedsieve/internal/benchdata"
	"github.com/feedsieve/feedsieve/storage"
)

const (
	historySpan  = 365 * 24 * time.Hour // items are published over the year before benchdata.Epoch
	historyBatch = 100                  // items per source batch, as one poll delivers
)

// build stores the history in a new database at path and reports on it
// and on the Go heap with the store still open, then closes the store.
func (r *historyReport) build(out io.Writer, path string) (err error) {
	store, err := storage.Open(storage.Options{Path: path})
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, store.Close()) }()
	if err := r.fill(store); err != nil {
		return err
	}
	return r.afterBuild(out, path)
}

// fill stores every item, filed with the real matcher, and checks that
// each was stored as new.
func (r *historyReport) fill(store *storage.Store) error {
	o := r.opts
	m, err := aggregator.NewMatcher(benchTopics(o.topics, o.keywords))
	if err != nil {
		return err
	}
	prof, err := optionalProfile(o.buildProfile)
	if err != nil {
		return err
	}
	written := procValues("/proc/self/io")["wchar"]
	prof.start()
	start := time.Now()
	r.stored, err = storeHistory(store, o, m.Classify)
	r.buildTook = time.Since(start)
	prof.stop()
	r.written = procValues("/proc/self/io")["wchar"] - written
	if err != nil {
		return err
	}
	n, err := store.Count()
	if err != nil {
		return err
	}
	if n != o.items || r.stored != o.items {
		return fmt.Errorf("%d items stored (%d new), want %d", n, r.stored, o.items)
	}
	return nil
}

// afterBuild reports the build's figures and the memory it leaves.
func (r *historyReport) afterBuild(out io.Writer, path string) error {
	fi, err := os.Stat(path)
	if err != nil {
		return err
	}
	r.fileSize = fi.Size()
	fmt.Fprintf(out, "1. build: %d items in %s, %s items/s, %d writers; file %s, %s bytes per item; %s written (%.1f× the file)\n",
		r.stored, secs(r.buildTook), rate(r.stored, r.buildTook), r.opts.writers, inMiB(uint64(r.fileSize)),
		thousands(r.fileSize/int64(r.stored)), inMiB(r.written), float64(r.written)/float64(r.fileSize))
	r.heap = readMemory()
	h := r.heap
	fmt.Fprintf(out, "2. memory after ingest (after GC, store open): HeapAlloc %s, HeapInuse %s (target < 256 MiB); "+
		"VmRSS %s = anon %s + file %s (bbolt's mmap is file-backed, not heap)\n",
		inMiB(h.heapAlloc), inMiB(h.heapInuse), inMiB(h.rss), inMiB(h.rssAnon), inMiB(h.rssFile))
	return nil
}

// optionalProfile is a CPU profile written to path, or nil for "".
func optionalProfile(path string) (*profile, error) {
	if path == "" {
		return nil, nil
	}
	return newProfile(path)
}

// storeHistory writes every item through Apply, a batch of up to
// historyBatch items of one source at a time, oldest batches first, from
// o.writers goroutines. It returns the items stored.
func storeHistory(store *storage.Store, o historyOptions, classify storage.Classifier) (int, error) {
	perSource := (o.items + o.sources - 1) / o.sources
	rounds := (perSource + historyBatch - 1) / historyBatch
	units := rounds * o.sources
	var next, stored atomic.Int64
	errs := make(chan error, 1)
	var wg sync.WaitGroup
	for range o.writers {
		wg.Go(func() {
			for u := int(next.Add(1) - 1); u < units; u = int(next.Add(1) - 1) {
				n, err := storeBatch(store, historyBatchOf(o, rounds-1-u/o.sources, u%o.sources), classify)
				if err != nil {
					select {
					case errs <- err:
					default:
					}
					next.Store(int64(units))
					return
				}
				stored.Add(int64(n))
			}
		})
	}
	wg.Wait()
	select {
	case err := <-errs:
		return 0, err
	default:
	}
	return int(stored.Load()), nil
}

func storeBatch(store *storage.Store, b storage.Batch, classify storage.Classifier) (int, error) {
	if len(b.Entries) == 0 {
		return 0, nil
	}
	res, err := store.Apply(b, classify)
	if err != nil {
		return 0, err
	}
	if res.New != len(b.Entries) {
		return 0, fmt.Errorf("batch of %s: %+v, want %d new", b.Source, res, len(b.Entries))
	}
	return res.New, nil
}

// historyBatchOf is the round-th batch of source s, newest item first: the
// items i with i mod sources = s, from the round × historyBatch-th newest.
// Item 0 is the newest of all.
func historyBatchOf(o historyOptions, round, s int) storage.Batch {
	b := storage.Batch{Source: outletName(s)}
	for rank := round * historyBatch; rank < (round+1)*historyBatch; rank++ {
		i := rank*o.sources + s
		if i >= o.items {
			break
		}
		b.Entries = append(b.Entries, historyEntry(o, i))
	}
	if len(b.Entries) > 0 {
		b.Now = b.Entries[0].Item.Published.Add(time.Minute) // polled just after the newest
	}
	return b
}

func outletName(s int) string { return "outlet-" + strconv.Itoa(s) }

// historyPublished is when item i was published: item 0 at
// benchdata.Epoch, the others evenly spread over the year before.
func historyPublished(o historyOptions, i int) time.Time {
	return benchdata.Epoch.Add(-time.Duration(i) * (historySpan / time.Duration(o.items)))
}

// historyEntry is item i as its source delivers it, with a GUID and link
// of its own and an article from its own deterministic rng.
func historyEntry(o historyOptions, i int) storage.Entry {
	s := i % o.sources
	a := benchdata.NewArticle(rand.New(rand.NewPCG(uint64(i), 8)), o.size)
	site := "https://outlet" + strconv.Itoa(s) + ".example"
	link := site + "/news/" + strconv.Itoa(i)
	pub := historyPublished(o, i)
	return storage.Entry{Key: "guid:" + link, Item: storage.Item{
		GUID: link, Link: link, NormLink: link,
		Title: a.Title, Summary: a.Summary, Content: a.HTML,
		Categories: []string{"World"}, Language: "en",
		Feed:      storage.FeedInfo{Title: "Outlet " + strconv.Itoa(s), Link: site + "/", ID: site + "/feed"},
		Published: pub, Updated: pub,
	}}
}

// memFigures are the Go heap after a GC and the process's resident memory.
type memFigures struct {
	heapAlloc, heapInuse  uint64
	rss, rssAnon, rssFile uint64 // from /proc/self/status; 0 where not available
}

func readMemory() memFigures {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	status := procValues("/proc/self/status")
	return memFigures{heapAlloc: ms.HeapAlloc, heapInuse: ms.HeapInuse,
		rss: status["VmRSS"], rssAnon: status["RssAnon"], rssFile: status["RssFile"]}
}

// procValues reads the "name: number" lines of a /proc file, numbers in
// kB converted to bytes. It returns what it could read: nothing where
// there is no /proc.
func procValues(path string) map[string]uint64 {
	values := make(map[string]uint64)
	f, err := os.Open(path)
	if err != nil {
		return values
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		name, rest, ok := strings.Cut(sc.Text(), ":")
		kv := strings.Fields(rest) // "123456 kB" or "123456"
		if !ok || len(kv) == 0 || len(kv) > 2 {
			continue
		}
		n, err := strconv.ParseUint(kv[0], 10, 64)
		if err != nil {
			continue
		}
		if len(kv) == 2 && kv[1] == "kB" {
			n <<= 10
		}
		values[name] = n
	}
	return values
}
