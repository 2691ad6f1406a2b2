package storage

import (
	"encoding/binary"
	"fmt"
	"log/slog"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Each source's count of stored items (those it delivered first, whose
// Item.Source it is) is kept in bucketCounts, so that a source flooding
// its feed with new items can be held to Options.SourceQuota without
// counting its items on every write.

// bucketCounts maps a source name to its count of stored items, 8 bytes
// big-endian.
var bucketCounts = []byte("counts")

// sourceCount reads a source's count of stored items.
func sourceCount(tx *bolt.Tx, source string) int {
	v := tx.Bucket(bucketCounts).Get([]byte(source))
	if len(v) != 8 {
		return 0
	}
	return int(binary.BigEndian.Uint64(v))
}

// addSourceCount adds d to a source's count; a count never goes below 0.
func addSourceCount(tx *bolt.Tx, source string, d int) error {
	n := max(sourceCount(tx, source)+d, 0)
	if n == 0 {
		return tx.Bucket(bucketCounts).Delete([]byte(source))
	}
	return tx.Bucket(bucketCounts).Put([]byte(source), binary.BigEndian.AppendUint64(nil, uint64(n)))
}

// countSources counts every source's items, for a file written before
// the counts were kept. It reads every item once, in one transaction.
func (s *Store) countSources() error {
	start := time.Now()
	counts := map[string]int{}
	err := s.db.Update(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketCounts) != nil {
			return nil
		}
		b, err := tx.CreateBucket(bucketCounts)
		if err != nil {
			return err
		}
		err = tx.Bucket(bucketItems).ForEach(func(ref, v []byte) error {
			it, err := decodeItem(v)
			if err != nil {
				return nil // Check names it; it counts for no source
			}
			counts[it.Source]++
			return nil
		})
		if err != nil {
			return err
		}
		for src, n := range counts {
			if err := b.Put([]byte(src), binary.BigEndian.AppendUint64(nil, uint64(n))); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("count the items of each source: %w", err)
	}
	if len(counts) > 0 {
		s.log.Info("counted the stored items of each source; this runs once", slog.String("path", s.path),
			slog.Int("sources", len(counts)), slog.Duration("took", time.Since(start)))
	}
	return nil
}

// SetSourceQuota changes Options.SourceQuota, for a reloaded config.
func (s *Store) SetSourceQuota(n int) { s.quota.Store(int64(n)) }

// full reports whether a source has its quota of stored items: a new
// item of it is then not stored.
func (w *writer) full(source string) bool {
	return w.quota > 0 && sourceCount(w.tx, source) >= w.quota
}
