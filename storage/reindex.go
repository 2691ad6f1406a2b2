package storage

import (
	"bytes"
	"context"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	bolt "go.etcd.io/bbolt"
)

// reindexBatch bounds the items re-filed per write transaction.
const reindexBatch = 4096

// Reindex files every stored item into topics again with classify, after
// topic rules changed. Topics not in keep lose their index. It works in
// bounded transactions and returns how many items changed membership.
// classify is called from several goroutines at once.
func (s *Store) Reindex(keep []string, classify Classifier) (int, error) {
	return s.ReindexProgress(keep, classify, nil)
}

// ReindexProgress is Reindex that calls progress, when not nil, after each
// transaction with the number of items handled so far.
func (s *Store) ReindexProgress(keep []string, classify Classifier, progress func(done int)) (int, error) {
	changed, done := 0, 0
	// Two stages overlap: while one batch is written, the next is read
	// and filed.
	batches := make(chan []*refileJob, 1)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	read := make(chan error, 1)
	go func() { read <- s.fileBatches(ctx, classify, batches) }()
	for jobs := range batches {
		c, err := s.writeBatch(jobs, classify)
		if err != nil {
			cancel()
			for range batches { // let the reader finish
			}
			return changed, fmt.Errorf("re-file items in %s: %w", s.path, err)
		}
		changed += c
		done += len(jobs)
		if progress != nil {
			progress(done)
		}
	}
	if err := <-read; err != nil {
		return changed, fmt.Errorf("re-file items in %s: %w", s.path, err)
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		root := tx.Bucket(bucketTopics)
		var drop [][]byte
		err := root.ForEachBucket(func(k []byte) error {
			if !slices.Contains(keep, string(k)) {
				drop = append(drop, append([]byte(nil), k...))
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, k := range drop {
			if err := root.DeleteBucket(k); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return changed, fmt.Errorf("re-file items in %s: drop old topics: %w", s.path, err)
	}
	return changed, nil
}

// fileBatches reads every item in batches of reindexBatch and files them
// on every core, outside any write transaction, sending each batch on
// out, which it closes at the end.
func (s *Store) fileBatches(ctx context.Context, classify Classifier, out chan<- []*refileJob) error {
	defer close(out)
	var after []byte // ref of the last item read
	for ctx.Err() == nil {
		jobs, err := s.readBatch(after)
		if err != nil || len(jobs) == 0 {
			return err
		}
		if err := fileAll(jobs, classify); err != nil {
			return err
		}
		select {
		case out <- jobs:
		case <-ctx.Done():
			return nil
		}
		if len(jobs) < reindexBatch {
			return nil
		}
		after = jobs[len(jobs)-1].ref
	}
	return nil
}

// writeBatch writes the items of a filed batch whose topics change; one
// that changed since it was read is filed again in the transaction. It
// returns how many items changed topics.
func (s *Store) writeBatch(jobs []*refileJob, classify Classifier) (int, error) {
	var todo []*refileJob
	for _, j := range jobs {
		if j.changed {
			todo = append(todo, j)
		}
	}
	if len(todo) == 0 {
		return 0, nil
	}
	changed := 0
	err := s.commits.update(func(tx *bolt.Tx) error {
		changed = 0
		for _, j := range todo {
			c, err := j.write(tx, classify)
			if err != nil {
				return err
			}
			changed += c
		}
		return nil
	})
	return changed, err
}

// refileJob is one item being re-filed.
type refileJob struct {
	ref, raw []byte  // as read
	item     *Item   // decoded
	topics   []Match // the new matches
	changed  bool    // topics differ from the stored ones
}

func (s *Store) readBatch(after []byte) ([]*refileJob, error) {
	var jobs []*refileJob
	err := s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketItems).Cursor()
		k, v := c.First()
		if after != nil {
			k, v = c.Seek(after)
			if k != nil && bytes.Equal(k, after) {
				k, v = c.Next()
			}
		}
		for ; k != nil && len(jobs) < reindexBatch; k, v = c.Next() {
			jobs = append(jobs, &refileJob{ref: bytes.Clone(k), raw: bytes.Clone(v)})
		}
		return nil
	})
	return jobs, err
}

// fileAll decodes and files the jobs' items on every core.
func fileAll(jobs []*refileJob, classify Classifier) error {
	var next atomic.Int64
	var wg sync.WaitGroup
	errs := make([]error, len(jobs))
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < len(jobs); i = int(next.Add(1) - 1) {
				errs[i] = jobs[i].file(classify)
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

func (j *refileJob) file(classify Classifier) error {
	it, err := decodeItem(j.raw)
	if err != nil {
		return fmt.Errorf("item %s: %w", refString(j.ref), err)
	}
	j.item = it
	j.topics = classify(it)
	j.changed = !sameMatches(it.Topics, j.topics)
	return nil
}

// write stores the job's new matches, unless the item is gone; an item
// that changed since it was read is filed again first. It returns 1 when
// the item's topics changed.
func (j *refileJob) write(tx *bolt.Tx, classify Classifier) (int, error) {
	v := tx.Bucket(bucketItems).Get(j.ref)
	if v == nil {
		return 0, nil // pruned meanwhile
	}
	it, topics := j.item, j.topics
	if !bytes.Equal(v, j.raw) {
		var err error
		if it, err = decodeItem(v); err != nil {
			return 0, fmt.Errorf("item %s: %w", refString(j.ref), err)
		}
		if topics = classify(it); sameMatches(it.Topics, topics) {
			return 0, nil
		}
	}
	if err := setTopics(tx, j.ref, it.Published, it.Topics, topics); err != nil {
		return 0, err
	}
	// Work on a copy: the function may run again if the transaction is
	// retried, and must find the item as it was read.
	updated := *it
	updated.Topics = topics
	return 1, putItem(tx, j.ref, &updated)
}

func sameMatches(a, b []Match) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Topic != b[i].Topic || a[i].Story != b[i].Story || a[i].Lead != b[i].Lead || a[i].Waits != b[i].Waits || len(a[i].Hits) != len(b[i].Hits) {
			return false
		}
		for j := range a[i].Hits {
			if a[i].Hits[j] != b[i].Hits[j] {
				return false
			}
		}
	}
	return true
}

// Meta returns a stored metadata value, or "" when unset.
func (s *Store) Meta(key string) (string, error) {
	var v string
	err := s.db.View(func(tx *bolt.Tx) error {
		v = string(tx.Bucket(bucketMeta).Get([]byte(key)))
		return nil
	})
	return v, err
}

// SetMeta stores a metadata value.
func (s *Store) SetMeta(key, value string) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketMeta).Put([]byte(key), []byte(value))
	})
}
