package aggregator

import (
	"bytes"
	"github.com/feedsieve/feedsieve/storage"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

var skipFormats = []string{"rss", "rdf", "atom"}

// TestSkipUnchangedItems polls a feed that gains an item and has one
// edited: only those two are parsed, and what is stored is what a full
// parse stores (twinPolls.check).
func TestSkipUnchangedItems(t *testing.T) {
	for _, format := range skipFormats {
		t.Run(format, func(t *testing.T) {
			h := newTwinPolls(t, "/feed", 0)
			f := skipFeed{format: format, title: "Weather", lang: "en", author: "Desk", items: skipItems(1, 10)}
			if r, _ := h.poll(f.doc()); r.New != 10 || r.Skipped != 0 {
				t.Fatalf("first poll: %+v", r)
			}
			if r, _ := h.poll(f.doc()); !r.NotModified {
				t.Fatalf("the same body again: %+v", r)
			}
			f.items = append(skipItems(11, 1), f.items...)
			f.items[4].text = "Edited in place."
			r, _ := h.poll(f.doc())
			if r.Skipped != 9 || r.New != 1 || r.Updated != 1 || r.Unchanged != 9 || r.Items != 11 {
				t.Fatalf("poll with one new item and one edited: %+v", r)
			}
			f.items = append(skipItems(12, 1), f.items...)
			if r, _ := h.poll(f.doc()); r.Skipped != 11 || r.New != 1 || r.Items != 12 {
				t.Fatalf("poll with one more new item: %+v", r)
			}
			st, _ := h.stores[0].SourceState(h.src.Name)
			seen, err := h.stores[0].SeenItems(h.src.Name)
			if err != nil || st.ItemsSeen != 12 || len(seen.Items) != 12 {
				t.Fatalf("state: %d items seen, %d remembered, %v", st.ItemsSeen, len(seen.Items), err)
			}
		})
	}
}

// TestShapeSkipsRemembered checks that the items remembered are cut out
// of what gofeed parses, and that the others are told in gofeed's order.
func TestShapeSkipsRemembered(t *testing.T) {
	for _, format := range skipFormats {
		t.Run(format, func(t *testing.T) {
			doc := []byte(skipFeed{format: format, title: "T", items: skipItems(1, 3)}.doc())
			all, err := shapeXMLDoc(doc, 100, &rawItems{skip: map[uint64]uint64{}, max: 100})
			if err != nil || len(all.raw) != 3 || all.skipped != 0 || !bytes.Equal(all.body, doc) {
				t.Fatalf("told %+v, %v", all, err)
			}
			skip := map[uint64]uint64{all.raw[0].hash: 1, all.raw[2].hash: 3}
			d, err := shapeXMLDoc(doc, 100, &rawItems{skip: skip, max: 100})
			if err != nil || d.skipped != 2 || len(d.raw) != 3 || !d.raw[0].skipped || d.raw[1].skipped || !d.raw[2].skipped {
				t.Fatalf("skipping: %+v, %v", d, err)
			}
			body := string(d.body)
			if strings.Contains(body, "Rain report 1<") || !strings.Contains(body, "Rain report 2<") || strings.Contains(body, "Rain report 3<") {
				t.Errorf("shaped document:\n%s", body)
			}
			if format == "atom" && len(d.texts) != 1 {
				t.Errorf("%d text kinds for 1 entry kept", len(d.texts))
			}
			parsed, err := parseFeed(doc, "", 100, skip)
			if err != nil || len(parsed.Items) != 1 || parsed.Items[0].Title != "Rain report 2" {
				t.Fatalf("parsed %+v, %v", parsed, err)
			}
		})
	}
}

// TestSkipFallsBack changes what items' parse depends on besides their
// bytes, or what makes them impossible to tell: the document is parsed
// whole, and stores what a full parse stores.
func TestSkipFallsBack(t *testing.T) {
	tests := []struct {
		name     string
		formats  []string
		path     string
		maxItems int
		change   func(h *twinPolls, f *skipFeed)
	}{
		{name: "xml:base on the channel", formats: []string{"rss", "rdf"}, change: func(_ *twinPolls, f *skipFeed) {
			f.channel = ` xml:base="http://base.example/dir/"`
		}},
		{name: "xml:base on the root", formats: []string{"atom"}, change: func(_ *twinPolls, f *skipFeed) {
			f.root = ` xml:base="http://base.example/dir/"`
		}},
		{name: "root namespace", formats: skipFormats, change: func(_ *twinPolls, f *skipFeed) {
			f.root = ` xmlns:media="http://search.yahoo.com/mrss/"`
		}},
		{name: "feed language", formats: skipFormats, change: func(_ *twinPolls, f *skipFeed) { f.lang = "de" }},
		{name: "feed author", formats: []string{"atom"}, change: func(_ *twinPolls, f *skipFeed) { f.author = "Night desk" }},
		{name: "feed title", formats: skipFormats, change: func(_ *twinPolls, f *skipFeed) { f.title = "Wetter" }},
		{name: "final URL", formats: skipFormats, path: "/moved", change: func(h *twinPolls, _ *skipFeed) {
			h.target.Store("/b/feed")
		}},
		{name: "source config", formats: skipFormats, change: func(h *twinPolls, _ *skipFeed) {
			h.src.PublicURL = "https://public.example/feed"
		}},
		{name: "more items than kept", formats: skipFormats, maxItems: 11, change: func(_ *twinPolls, f *skipFeed) {
			f.items = append(skipItems(20, 1), f.items...)
		}},
		{name: "an item parsed has the key of one remembered", formats: skipFormats, change: func(_ *twinPolls, f *skipFeed) {
			twin := f.items[3]
			twin.text, twin.day = "Same id, older.", 39
			f.items = append(f.items, twin)
		}},
	}
	for _, tt := range tests {
		for _, format := range tt.formats {
			t.Run(tt.name+"/"+format, func(t *testing.T) {
				path := cmpOr(tt.path, "/a/feed")
				h := newTwinPolls(t, path, tt.maxItems)
				f := skipFeed{format: format, title: "Weather", lang: "en", author: "Desk", items: skipItems(1, 10)}
				h.poll(f.doc())
				f.items = append(skipItems(11, 1), f.items...)
				if r, _ := h.poll(f.doc()); r.Skipped != 10 {
					t.Fatalf("before the change: %+v", r)
				}
				tt.change(h, &f)
				f.items = append(skipItems(12, 1), f.items...)
				if r, _ := h.poll(f.doc()); r.Skipped != 0 {
					t.Fatalf("after the change, %d items skipped", r.Skipped)
				}
			})
		}
	}
}

func cmpOr(s, or string) string {
	if s == "" {
		return or
	}
	return s
}

// TestSkipNever covers documents whose items are never told by their
// bytes: truncated, and JSON Feeds.
func TestSkipNever(t *testing.T) {
	t.Run("truncated", func(t *testing.T) {
		for _, format := range skipFormats {
			h := newTwinPolls(t, "/feed", 0)
			f := skipFeed{format: format, title: "Weather", items: skipItems(1, 10)}
			h.poll(f.doc())
			f.items = append(skipItems(11, 1), f.items...)
			doc := f.doc()
			r, _ := h.poll(doc[:strings.LastIndex(doc, "</title>")])
			if r.Skipped != 0 || r.New != 1 {
				t.Fatalf("%s truncated: %+v", format, r)
			}
		}
	})
	t.Run("JSON Feed", func(t *testing.T) {
		h := newTwinPolls(t, "/feed", 0)
		item := func(i int) string {
			return `{"id":"` + string(rune('a'+i)) + `","title":"Rain","content_text":"x","url":"/p/` + string(rune('a'+i)) + `"}`
		}
		doc := func(n int) string {
			var items []string
			for i := range n {
				items = append(items, item(i))
			}
			return `{"version":"https://jsonfeed.org/version/1.1","title":"W","items":[` + strings.Join(items, ",") + `]}`
		}
		h.poll(doc(3))
		if r, _ := h.poll(doc(4)); r.Skipped != 0 || r.New != 1 {
			t.Fatalf("JSON Feed: %+v", r)
		}
	})
}

// TestSkipRetriesRefused checks that items refused over the source's
// quota are not remembered, and are stored once the quota allows.
func TestSkipRetriesRefused(t *testing.T) {
	for _, format := range skipFormats {
		t.Run(format, func(t *testing.T) {
			h := newTwinPolls(t, "/feed", 0)
			h.each(func(s *storage.Store) { s.SetSourceQuota(6) })
			f := skipFeed{format: format, title: "Weather", items: skipItems(1, 8)}
			if r, _ := h.poll(f.doc()); r.New != 6 || r.OverQuota != 2 {
				t.Fatalf("first poll: %+v", r)
			}
			h.each(func(s *storage.Store) { s.SetSourceQuota(0) })
			f.items = append(skipItems(11, 1), f.items...)
			if r, _ := h.poll(f.doc()); r.Skipped != 6 || r.New != 3 {
				t.Fatalf("after the quota freed: %+v", r)
			}
		})
	}
}

// TestSkipAfterPrune checks that undated items removed by Prune are
// stored again, as a full parse does: undated, they do not expire.
func TestSkipAfterPrune(t *testing.T) {
	for _, format := range skipFormats {
		t.Run(format, func(t *testing.T) {
			h, f := retentionTwins(t, format, undatedItems(30, 3))
			h.now = h.now.Add(50 * 24 * time.Hour) // the items, stamped at the poll, are past retention
			h.each(func(s *storage.Store) {
				if n, err := s.Prune(h.now); err != nil || n != 3 {
					t.Fatalf("pruned %d, %v", n, err)
				}
			})
			f.items = append(undatedItems(10, 1), f.items...)
			if r, _ := h.poll(f.doc()); r.Skipped != 0 || r.New != 4 {
				t.Fatalf("after prune: %+v", r)
			}
			f.items = append(undatedItems(11, 1), f.items...)
			if r, _ := h.poll(f.doc()); r.Skipped != 4 || r.New != 1 {
				t.Fatalf("after prune, again: %+v", r)
			}
		})
	}
}

// TestSkipExpiry checks that once a remembered item is past the
// retention period, the document is parsed whole, to count it expired.
func TestSkipExpiry(t *testing.T) {
	for _, format := range skipFormats {
		t.Run(format, func(t *testing.T) {
			h, f := retentionTwins(t, format, skipItems(1, 5)) // 35 to 39 days old
			f.items = append(undatedItems(10, 1), f.items...)
			if r, _ := h.poll(f.doc()); r.Skipped != 5 {
				t.Fatalf("before expiry: %+v", r)
			}
			h.now = h.now.Add(8 * 24 * time.Hour)
			f.items = append(undatedItems(11, 1), f.items...)
			if r, _ := h.poll(f.doc()); r.Skipped != 0 || r.Expired != 3 {
				t.Fatalf("after expiry: %+v", r)
			}
		})
	}
}

// retentionTwins are twinPolls keeping items 45 days, after a first poll
// of the given items.
func retentionTwins(t *testing.T, format string, items []skipItem) (*twinPolls, *skipFeed) {
	h := newTwinPolls(t, "/feed", 0)
	h.each(func(s *storage.Store) { s.SetRetention(45 * 24 * time.Hour) })
	f := &skipFeed{format: format, title: "Weather", items: items}
	h.poll(f.doc())
	return h, f
}

func undatedItems(first, n int) []skipItem {
	out := skipItems(first, n)
	for i := range out {
		out[i].day = -1
	}
	return out
}

// TestSkipDeliveries checks WebSub deliveries, which are ingested as polls.
func TestSkipDeliveries(t *testing.T) {
	h := newTwinPolls(t, "/feed", 0)
	f := skipFeed{format: "atom", title: "Weather", author: "Desk", items: skipItems(1, 5)}
	topic := h.srv.URL + "/feed"
	h.deliver(f.doc(), topic)
	f.items = append(skipItems(11, 1), f.items...)
	if r, _ := h.deliver(f.doc(), topic); r.Skipped != 5 || r.New != 1 {
		t.Fatalf("second delivery: %+v", r)
	}
	f.items = append(skipItems(12, 1), f.items...)
	if r, _ := h.deliver(f.doc(), h.srv.URL+"/elsewhere/feed"); r.Skipped != 0 || r.New != 1 {
		t.Fatalf("delivery from another topic URL: %+v", r)
	}
}

// TestSkipRandomEdits polls random edits of a feed (items added,
// removed, reordered, edited, duplicated, the header changed) and checks
// after each that skipping stores what a full parse stores.
func TestSkipRandomEdits(t *testing.T) {
	for _, format := range skipFormats {
		t.Run(format, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(1, uint64(len(format))))
			h := newTwinPolls(t, "/feed", 0)
			f := skipFeed{format: format, title: "Weather", lang: "en", author: "Desk", items: skipItems(1, 8)}
			next, skipped := 9, 0
			for range 25 {
				randomEdit(rng, &f, &next)
				r, _ := h.poll(f.doc())
				skipped += r.Skipped
			}
			if skipped == 0 {
				t.Error("no item was ever skipped")
			}
		})
	}
}

func randomEdit(rng *rand.Rand, f *skipFeed, next *int) {
	switch rng.IntN(7) {
	case 0, 1:
		f.items = append(skipItems(*next, 1+rng.IntN(2)), f.items...)
		*next += 2
	case 2:
		if len(f.items) > 1 {
			i := rng.IntN(len(f.items))
			f.items = slices.Delete(f.items, i, min(i+1+rng.IntN(2), len(f.items)))
		}
	case 3:
		rng.Shuffle(len(f.items), func(i, j int) { f.items[i], f.items[j] = f.items[j], f.items[i] })
	case 4:
		if len(f.items) > 0 {
			f.items[rng.IntN(len(f.items))].text += " Edited."
		}
	case 5:
		if len(f.items) > 0 {
			twin := f.items[rng.IntN(len(f.items))]
			twin.text, twin.day = twin.text+" Twin.", rng.IntN(40)
			f.items = append(f.items, twin)
		}
	default:
		f.title, f.lang = f.title+"!", []string{"en", "de", "fr"}[rng.IntN(3)]
	}
	*next = max(*next, 9)
}
