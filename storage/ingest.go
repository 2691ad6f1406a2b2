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
}

// Batch is what one poll of one source produced. It is written in one
// transaction together with the source's new state.
type Batch struct {
	Source  string
	Entries []Entry
	State   *SourceState // saved with the items when not nil
	Now     time.Time
}

// Result counts what a batch did.
type Result struct {
	New       int // items stored for the first time
	Updated   int // items whose content changed at their origin source
	Unchanged int // items already stored as they are
	Expired   int // items older than the retention period, not stored
}

// Apply writes a batch in a single transaction: it deduplicates entries
// against stored items, stores new ones, updates changed ones and files
// each touched item into topics with classify.
func (s *Store) Apply(b Batch, classify Classifier) (Result, error) {
	var res Result
	if b.Now.IsZero() {
		b.Now = time.Now().UTC()
	}
	var cutoff time.Time
	if r := s.retentionPeriod(); r > 0 {
		cutoff = b.Now.Add(-r)
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		w := writer{tx: tx, now: b.Now, classify: classify}
		for i := range b.Entries {
			e := &b.Entries[i]
			if !cutoff.IsZero() && !e.Item.Published.IsZero() && e.Item.Published.Before(cutoff) {
				res.Expired++
				continue
			}
			outcome, err := w.upsert(b.Source, e)
			if err != nil {
				return err
			}
			switch outcome {
			case outcomeNew:
				res.New++
			case outcomeUpdated:
				res.Updated++
			default:
				res.Unchanged++
			}
		}
		if b.State != nil {
			return putSourceState(tx, b.Source, b.State)
		}
		return nil
	})
	if err != nil {
		return Result{}, fmt.Errorf("store batch of %s in %s: %w", b.Source, s.path, err)
	}
	return res, nil
}

type outcome int

const (
	outcomeUnchanged outcome = iota
	outcomeNew
	outcomeUpdated
)

// writer holds the state of one write transaction.
type writer struct {
	tx       *bolt.Tx
	now      time.Time
	classify Classifier
}

func (w *writer) upsert(source string, e *Entry) (outcome, error) {
	ik := identityKey(source, e.Key)
	id := w.tx.Bucket(bucketKeys).Get(dbKey(ik))
	if id == nil && e.Item.NormLink != "" {
		id = w.tx.Bucket(bucketLinks).Get(dbKey(e.Item.NormLink))
	}
	if id == nil {
		return outcomeNew, w.insert(source, ik, e)
	}
	id = append([]byte(nil), id...)
	raw := w.tx.Bucket(bucketItems).Get(id)
	if raw == nil {
		// An index entry without its item cannot be left by a committed
		// transaction; repair it by storing the item afresh.
		return outcomeNew, w.insert(source, ik, e)
	}
	old, err := decodeItem(raw)
	if err != nil {
		return 0, fmt.Errorf("item %x: %w", id, err)
	}
	return w.merge(source, ik, id, old, e)
}

func (w *writer) insert(source, ik string, e *Entry) error {
	it := e.Item
	id := newID(ik)
	it.ID = hex.EncodeToString(id)
	it.Source = source
	it.Sources = []string{source}
	it.Keys = []string{ik}
	it.FirstSeen = w.now
	if it.Published.IsZero() {
		it.Published = w.now
	}
	if it.Updated.Before(it.Published) {
		it.Updated = it.Published
	}
	it.Hash = it.contentHash()
	it.Topics = w.classify(&it)
	if err := w.tx.Bucket(bucketKeys).Put(dbKey(ik), id); err != nil {
		return err
	}
	if it.NormLink != "" {
		if err := w.tx.Bucket(bucketLinks).Put(dbKey(it.NormLink), id); err != nil {
			return err
		}
	}
	if err := w.tx.Bucket(bucketTime).Put(timeKey(it.Published, id), nil); err != nil {
		return err
	}
	if err := setTopics(w.tx, id, it.Published, nil, it.Topics); err != nil {
		return err
	}
	return putItem(w.tx, id, &it)
}

// merge folds a delivery of an already stored item into it. Only the
// item's origin source edits its content; other sources are recorded as
// also delivering it.
func (w *writer) merge(source, ik string, id []byte, it *Item, e *Entry) (outcome, error) {
	dirty, result := false, outcomeUnchanged
	if !slices.Contains(it.Keys, ik) {
		it.Keys = append(it.Keys, ik)
		if err := w.tx.Bucket(bucketKeys).Put(dbKey(ik), id); err != nil {
			return 0, err
		}
		dirty = true
	}
	if !slices.Contains(it.Sources, source) {
		it.Sources = append(it.Sources, source)
		dirty = true
	}
	if it.Source == source {
		if h := e.Item.contentHash(); h != it.Hash {
			if err := w.edit(id, it, &e.Item, h); err != nil {
				return 0, err
			}
			dirty, result = true, outcomeUpdated
		}
	}
	if !dirty {
		return outcomeUnchanged, nil
	}
	topics := w.classify(it)
	if err := setTopics(w.tx, id, it.Published, it.Topics, topics); err != nil {
		return 0, err
	}
	it.Topics = topics
	return result, putItem(w.tx, id, it)
}

// edit applies a changed delivery to a stored item and moves Updated forward.
func (w *writer) edit(id []byte, it, in *Item, hash string) error {
	if in.NormLink != it.NormLink {
		links := w.tx.Bucket(bucketLinks)
		if it.NormLink != "" && string(links.Get(dbKey(it.NormLink))) == string(id) {
			if err := links.Delete(dbKey(it.NormLink)); err != nil {
				return err
			}
		}
		if in.NormLink != "" && links.Get(dbKey(in.NormLink)) == nil {
			if err := links.Put(dbKey(in.NormLink), id); err != nil {
				return err
			}
		}
	}
	it.GUID, it.Link, it.NormLink = in.GUID, in.Link, in.NormLink
	it.Title, it.Summary, it.Content = in.Title, in.Summary, in.Content
	it.Categories, it.Authors, it.Language, it.Feed = in.Categories, in.Authors, in.Language, in.Feed
	updated := in.Updated
	if !updated.After(it.Updated) {
		updated = w.now
	}
	if updated.After(it.Updated) {
		it.Updated = updated
	}
	it.Hash = hash
	return nil
}

// setTopics moves an item's topic index entries from the old matches to the new.
func setTopics(tx *bolt.Tx, id []byte, published time.Time, old, new []Match) error {
	root := tx.Bucket(bucketTopics)
	key := timeKey(published, id)
	was, is := topicsOf(old), topicsOf(new)
	for _, t := range was {
		if slices.Contains(is, t) {
			continue
		}
		if b := root.Bucket([]byte(t)); b != nil {
			if err := b.Delete(key); err != nil {
				return err
			}
		}
	}
	for _, t := range is {
		if slices.Contains(was, t) {
			continue
		}
		b, err := root.CreateBucketIfNotExists([]byte(t))
		if err != nil {
			return fmt.Errorf("topic bucket %s: %w", t, err)
		}
		if err := b.Put(key, nil); err != nil {
			return err
		}
	}
	return nil
}

func putItem(tx *bolt.Tx, id []byte, it *Item) error {
	v, err := encodeItem(it)
	if err != nil {
		return err
	}
	return tx.Bucket(bucketItems).Put(id, v)
}
