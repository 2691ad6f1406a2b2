package storage

import (
	"fmt"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"
)

// SourceState is what feedsieve remembers about a source between polls,
// and across restarts: its health and when it is due.
type SourceState struct {
	URL          string    `json:"url,omitempty"` // the URL polled; a new one in the config starts afresh
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	LastAttempt  time.Time `json:"last_attempt"`
	LastSuccess  time.Time `json:"last_success"`
	Status       int       `json:"status,omitempty"` // last HTTP status, 0 when no response
	Error        string    `json:"error,omitempty"`  // last error, empty after a success
	Failures     int       `json:"failures"`         // consecutive failed polls
	ItemsSeen    int       `json:"items_seen"`       // items in the last successful fetch
	FeedTitle    string    `json:"feed_title,omitempty"`
	FeedLink     string    `json:"feed_link,omitempty"`
	NextPoll     time.Time `json:"next_poll"`
	MovedTo      string    `json:"moved_to,omitempty"` // where permanent redirects lead: a suggested config change
	Gone         bool      `json:"gone,omitempty"`     // 410 Gone: no longer polled
	// Items of the last successful fetch that were not stored: older than
	// the retention period, or new when the source had its quota. Commit
	// sets them from its Result when the batch carries the state.
	Expired   int `json:"expired,omitempty"`
	OverQuota int `json:"over_quota,omitempty"`
	// Dropped counts the items of the last fetch past the aggregator's cap
	// on items taken from one response; the aggregator sets it.
	Dropped int `json:"dropped,omitempty"`
	// BodyHash is the SHA-256 of the last body whose items were stored:
	// the same body again needs no parsing (many servers answer 200 with
	// the same bytes rather than 304).
	BodyHash []byte `json:"body_hash,omitempty"`
	// ArticlesFetched and ArticleFailures count the article pages of the
	// new items of the last poll that had any to fetch (full_text): pages
	// whose text was kept, and pages that failed (the items kept their
	// feed text).
	ArticlesFetched int `json:"articles_fetched,omitempty"`
	ArticleFailures int `json:"article_failures,omitempty"`
	// PageLinks are normalized links the source gave more than one of its
	// items: pages, such as a home page, a section or one day's page, not
	// an article's. Its items with them are stored without a normalized
	// link, so that the link neither identifies them nor makes another
	// source's item, or a story, one with them. The newest first, at most
	// MaxPageLinks.
	PageLinks []string `json:"page_links,omitempty"`
	// SharedGUIDs are GUIDs the source gave items with different links
	// (its site's address, "1"): no item's identity. Its items with them
	// are identified by their link, or else by their text. The newest
	// first, at most MaxPageLinks.
	SharedGUIDs []string `json:"shared_guids,omitempty"`
}

// MaxPageLinks bounds the page links, and the shared GUIDs, a source
// remembers: a feed links its items to a page or two, and a hostile one
// gains nothing by more.
const MaxPageLinks = 32

// NotePageLink remembers a page link of the source, newest first. It
// never writes to the list it had, which a copy of the state may share.
func (st *SourceState) NotePageLink(link string) { st.PageLinks = remember(st.PageLinks, link) }

// NoteSharedGUID remembers a shared GUID of the source, as NotePageLink.
func (st *SourceState) NoteSharedGUID(guid string) { st.SharedGUIDs = remember(st.SharedGUIDs, guid) }

// remember puts s first in a new list of at most MaxPageLinks, unless it
// is empty or listed.
func remember(list []string, s string) []string {
	if s == "" || slices.Contains(list, s) {
		return list
	}
	return append([]string{s}, list[:min(len(list), MaxPageLinks-1)]...)
}

// SourceState returns the stored state of a source, or a zero state.
func (s *Store) SourceState(name string) (SourceState, error) {
	if st, ok := s.lazyState(name); ok {
		return st, nil
	}
	st, err := s.readState(name)
	if err != nil {
		return SourceState{}, err
	}
	s.cacheRead(name, &st)
	return st, nil
}

// readState reads the state of a source from the file, or a zero state.
func (s *Store) readState(name string) (SourceState, error) {
	var st SourceState
	err := s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketSources).Get([]byte(name))
		if v == nil {
			return nil
		}
		return decodeState(v, &st)
	})
	if err != nil {
		return SourceState{}, fmt.Errorf("read state of source %s: %w", name, err)
	}
	return st, nil
}

// PutSourceState stores a source's state on its own (a failed poll).
func (s *Store) PutSourceState(name string, st *SourceState) error {
	s.forgetLazy(name)
	err := s.commits.update(func(tx *bolt.Tx) error { return putSourceState(tx, name, st) })
	if err != nil {
		return fmt.Errorf("store state of source %s in %s: %w", name, s.path, err)
	}
	s.cacheState(name, st)
	return nil
}

// putSourceState stores a state, and marks in the links index the page
// links it lists that the stored state did not, unmarking those it no
// longer lists; what it remembers of items (Seen) is stored apart, by
// Commit alone.
func putSourceState(tx *bolt.Tx, name string, st *SourceState) error {
	b := tx.Bucket(bucketSources)
	var old SourceState
	if v := b.Get([]byte(name)); v != nil {
		if err := decodeState(v, &old); err != nil {
			old = SourceState{} // replaced whole: its marks stay
		}
	}
	if err := syncPageMarks(tx, name, old.PageLinks, st.PageLinks); err != nil {
		return err
	}
	return b.Put([]byte(name), encodeState(st))
}
