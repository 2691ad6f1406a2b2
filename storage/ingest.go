package storage

import (
	"encoding/hex"
	"fmt"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Entry is an item as one source delivers it in one poll.
type Entry struct {
	// Key identifies the item within its source: GUID, normalized link or a
	// hash of title and date, as the aggregator decides.
	Key string
	// Item carries the content fields. The store sets ID, Source, Sources,
	// Keys, FirstSeen, Hash and Topics.
	Item Item
	// Raw is the aggregator's hash of the bytes the entry was parsed from,
	// 0 for none: the batch's source remembers it when the item is stored
	// as delivered (Seen).
	Raw uint64
	// Before counts the entries of the document before this one that the
	// batch leaves out (Batch.Skipped): the time the entry is stamped with
	// counts them, as when they are parsed.
	Before int
}

// Batch is what one poll of one source produced. It is written in one
// transaction together with the source's new state.
type Batch struct {
	Source  string
	Entries []Entry
	State   *SourceState // saved with the items when not nil
	Now     time.Time
	// Group, when set, is called once by Prepare with the batch's items
	// that are not stored yet, after classify filed each and before they
	// are encoded: it may set their matches' stories, all at once. Items
	// that Commit classifies again (those that changed meanwhile) are not
	// passed to it.
	Group func(fresh []*Item)
	// Enrich, when set, is called once by Prepare with the batch's items
	// that are not stored yet, before classify files them: it may add to
	// them what only new items get (their article's text). It runs outside
	// any transaction. An item that Commit finds stored meanwhile is not
	// inserted, and what Enrich added to it is dropped.
	Enrich func(fresh []*Item)
	// Skipped are the items of the document left out as the source
	// remembered them, with their Oldest: the store remembers them again,
	// unless Prune forgot them meanwhile, with the entries stored as
	// delivered, under Skipped's Context, this poll's.
	Skipped Seen
}

// Result counts what a batch did.
type Result struct {
	New       int // items stored for the first time
	Updated   int // items whose content changed at their origin source
	Unchanged int // items already stored as they are
	Expired   int // items older than the retention period, not stored
	OverQuota int // new items not stored: their source has Options.SourceQuota items
}

// Apply writes a batch in a single transaction: it deduplicates entries
// against stored items, stores new ones, updates changed ones and files
// each touched item into topics with classify. It is Prepare followed by
// Commit.
func (s *Store) Apply(b Batch, classify Classifier) (Result, error) {
	p, err := s.Prepare(b, classify)
	if err != nil {
		return Result{}, err
	}
	return s.Commit(p)
}

// Prepared is a batch made ready to commit.
type Prepared struct {
	batch    Batch
	classify Classifier
	entries  []prepared
	expired  int
	unstored []string // set by Commit: Unstored
}

// Unstored are, once Commit returned, the ids of the items Prepare made
// new (Batch.Group's fresh) that the write did not store as such: over
// their source's quota, or merged into an item of their link that
// another delivery stored between Prepare and Commit.
func (p *Prepared) Unstored() []string { return p.unstored }

// Prepare does the costly part of storing a batch outside any write
// transaction, so that concurrent callers do it in parallel: it files and
// encodes the items that are not stored yet. classify must be safe to
// call from another goroutine than the caller's: Commit may call it for
// items that changed meanwhile.
func (s *Store) Prepare(b Batch, classify Classifier) (*Prepared, error) {
	if b.Now.IsZero() {
		b.Now = time.Now().UTC()
	}
	var cutoff time.Time
	if r := s.retentionPeriod(); r > 0 {
		cutoff = b.Now.Add(-r)
	}
	entries, expired, err := s.prepare(b, cutoff, classify)
	if err != nil {
		return nil, fmt.Errorf("store batch of %s in %s: %w", b.Source, s.path, err)
	}
	return &Prepared{batch: b, classify: classify, entries: entries, expired: expired}, nil
}

// Commit writes a prepared batch, with the source's state when the batch
// has one, in one transaction, which may be shared with other callers'
// writes (see committer); the transaction only looks up and puts.
func (s *Store) Commit(p *Prepared) (Result, error) {
	b := p.batch
	if b.State != nil {
		s.forgetLazy(b.Source)
	}
	var res Result
	err := s.commits.update(func(tx *bolt.Tx) error {
		res, p.unstored = Result{Expired: p.expired}, nil
		w := writer{tx: tx, now: b.Now, classify: p.classify, quota: int(s.quota.Load())}
		stored := make([]bool, len(p.entries))
		for i := range p.entries {
			outcome, err := w.upsert(b.Source, &p.entries[i])
			if err != nil {
				return err
			}
			stored[i] = outcome != outcomeOverQuota
			if f := p.entries[i].fresh; f != nil && outcome != outcomeNew {
				p.unstored = append(p.unstored, f.ID)
			}
			switch outcome {
			case outcomeNew:
				res.New++
			case outcomeOverQuota:
				res.OverQuota++
			case outcomeUpdated:
				res.Updated++
			default:
				res.Unchanged++
			}
		}
		if b.State != nil {
			b.State.Expired, b.State.OverQuota = res.Expired, res.OverQuota
			if err := putSeen(tx, b.Source, p.seen(tx, stored)); err != nil {
				return err
			}
			return putSourceState(tx, b.Source, b.State)
		}
		return nil
	})
	if err != nil {
		return Result{}, fmt.Errorf("store batch of %s in %s: %w", b.Source, s.path, err)
	}
	if b.State != nil {
		s.cacheState(b.Source, b.State)
	}
	return res, nil
}

// prepared is an entry made ready for the write transaction.
type prepared struct {
	*Entry
	ik   string // identity key
	hash string // content hash of this delivery
	dup  bool   // other entries of the batch had its identity key
	// stamp is the time feedsieve gives the entry when it must give one
	// (a missing date, an edit without a date): the batch's time less the
	// entry's place in the batch in nanoseconds, so that two items of one
	// poll never share an updated time (Atom readers and validators want
	// them distinct) and undated items keep the document's order.
	stamp time.Time
	// takesLink is set when the entry may be its source's item of the
	// same link edited, under a new key: the links index moves to it.
	takesLink bool
	// again is set when the batch shows its source makes up its keys
	// (madeUpKeys).
	again bool
	// fresh is the complete item to insert and value its encoding, when
	// the item was not stored when the batch was prepared.
	fresh *Item
	value []byte
}

// prepare computes what the write transaction needs for each entry not
// past the retention cutoff: identity keys, content hashes and, for items
// a read transaction does not find stored, the complete filed and encoded
// item. It returns the prepared entries and how many were expired.
func (s *Store) prepare(b Batch, cutoff time.Time, classify Classifier) ([]prepared, int, error) {
	out := make([]prepared, 0, len(b.Entries))
	expired := 0
	for i := range b.Entries {
		e := &b.Entries[i]
		if !cutoff.IsZero() && !e.Item.Published.IsZero() && e.Item.Published.Before(cutoff) {
			expired++
			continue
		}
		out = append(out, prepared{Entry: e, ik: identityKey(b.Source, e.Key), hash: e.Item.contentHash(),
			stamp: b.Now.Add(-time.Duration(i + e.Before))})
	}
	out, _ = dropDuplicates(out)
	stored := make([]bool, len(out))
	err := s.db.View(func(tx *bolt.Tx) error {
		identify(tx, b, out, stored)
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	// Filing is the costly part: done after the read transaction, so that
	// it holds no transaction open.
	var fresh []*Item
	for i := range out {
		if !stored[i] {
			out[i].fresh = newItem(b.Source, &out[i], b.Now)
			fresh = append(fresh, out[i].fresh)
		}
	}
	if b.Enrich != nil && len(fresh) > 0 {
		b.Enrich(fresh)
	}
	for _, it := range fresh {
		it.Topics = classify(it)
	}
	if b.Group != nil && len(fresh) > 0 {
		b.Group(fresh)
	}
	for i := range out {
		if p := &out[i]; p.fresh != nil {
			p.value = encodeItem(p.fresh)
		}
	}
	return out, expired, nil
}

type outcome int

const (
	outcomeUnchanged outcome = iota
	outcomeNew
	outcomeUpdated
	outcomeOverQuota // new, but its source has its quota of items
)

// writer holds the state of one write transaction.
type writer struct {
	tx       *bolt.Tx
	now      time.Time
	classify Classifier
	quota    int // Options.SourceQuota
}

// newItem is the stored form of an item delivered for the first time,
// first seen now.
func newItem(source string, p *prepared, now time.Time) *Item {
	it := p.Item
	it.ID = hex.EncodeToString(newID(p.ik))
	it.Source = source
	it.Sources = []string{source}
	it.Keys = []string{p.ik}
	it.FirstSeen = now
	if it.Published.IsZero() {
		it.Published = p.stamp
	}
	if it.Updated.Before(it.Published) {
		it.Updated = it.Published
	}
	it.Hash = p.hash
	return &it
}

// insert stores a new item under the next ref, with its index entries:
// the one prepared before the transaction when there is one, else one
// filed now (the item was stored when the batch was prepared, and has
// been pruned since).
func (w *writer) insert(source string, p *prepared) error {
	it, value := p.fresh, p.value
	if it == nil {
		it = newItem(source, p, w.now)
		it.Topics = w.classify(it)
		value = encodeItem(it)
	}
	items := w.tx.Bucket(bucketItems)
	seq, err := items.NextSequence()
	if err != nil {
		return err
	}
	ref := itemRef(seq)
	if err := w.tx.Bucket(bucketKeys).Put(dbKey(p.ik), ref); err != nil {
		return err
	}
	// The link index keeps the first item stored with a link: another
	// item of the same source with that link does not take it over,
	// unless it may be the first edited (edits).
	if links := w.tx.Bucket(bucketLinks); it.NormLink != "" && (p.takesLink || links.Get(dbKey(it.NormLink)) == nil) {
		if err := links.Put(dbKey(it.NormLink), ref); err != nil {
			return err
		}
	}
	if err := w.tx.Bucket(bucketTime).Put(timeKey(it.Published, ref), nil); err != nil {
		return err
	}
	if err := setTopics(w.tx, ref, it.Published, nil, it.Topics); err != nil {
		return err
	}
	if err := addSourceCount(w.tx, it.Source, 1); err != nil {
		return err
	}
	// Refs only grow, so nothing is ever inserted between stored items:
	// nodes split at the end may be left full rather than half empty.
	items.FillPercent = 1
	return items.Put(ref, value)
}

// merge folds a delivery of an already stored item into it. Only the
// item's origin source edits its content; other sources are recorded as
// also delivering it.
func (w *writer) merge(source string, ref []byte, it *Item, p *prepared) (outcome, error) {
	return w.mergeKey(source, ref, it, p, true)
}

// mergeKey is merge, keeping the delivery's identity key only when
// addKey: a key made up at every request would pile up.
func (w *writer) mergeKey(source string, ref []byte, it *Item, p *prepared, addKey bool) (outcome, error) {
	ik, dirty, result := p.ik, false, outcomeUnchanged
	if addKey && !slices.Contains(it.Keys, ik) {
		it.Keys = append(it.Keys, ik)
		if err := w.tx.Bucket(bucketKeys).Put(dbKey(ik), ref); err != nil {
			return 0, err
		}
		dirty = true
	}
	if !slices.Contains(it.Sources, source) {
		it.Sources = append(it.Sources, source)
		dirty = true
	}
	if it.Source == source {
		if p.hash != it.Hash {
			if err := w.edit(ref, it, p); err != nil {
				return 0, err
			}
			dirty, result = true, outcomeUpdated
		}
	}
	if !dirty {
		return outcomeUnchanged, nil
	}
	topics := w.classify(it)
	if err := setTopics(w.tx, ref, it.Published, it.Topics, topics); err != nil {
		return 0, err
	}
	it.Topics = topics
	return result, putItem(w.tx, ref, it)
}

// edit applies a changed delivery to a stored item and moves Updated
// forward: to the delivery's date when it is later, else to the entry's
// stamp.
func (w *writer) edit(ref []byte, it *Item, p *prepared) error {
	in := &p.Item
	if in.NormLink != it.NormLink {
		links := w.tx.Bucket(bucketLinks)
		if it.NormLink != "" && string(links.Get(dbKey(it.NormLink))) == string(ref) {
			if err := links.Delete(dbKey(it.NormLink)); err != nil {
				return err
			}
		}
		if in.NormLink != "" && links.Get(dbKey(in.NormLink)) == nil {
			if err := links.Put(dbKey(in.NormLink), ref); err != nil {
				return err
			}
		}
	}
	it.GUID, it.Link, it.NormLink = in.GUID, in.Link, in.NormLink
	it.Title, it.Summary, it.Content = in.Title, in.Summary, in.Content
	it.Categories, it.Authors, it.Language, it.Feed = in.Categories, in.Authors, in.Language, in.Feed
	it.Enclosures, it.Image, it.Origin = in.Enclosures, in.Image, in.Origin // EntryID stays as first published
	updated := in.Updated
	if !updated.After(it.Updated) {
		updated = p.stamp
	}
	if updated.After(it.Updated) {
		it.Updated = updated
	}
	it.Hash = p.hash
	return nil
}
