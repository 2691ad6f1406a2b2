package storage

import (
	"bytes"
	"fmt"
	"log/slog"
	"time"

	bolt "go.etcd.io/bbolt"
)

// upgradeBatch is how many items one transaction of an upgrade moves; a
// variable so that tests can cross batches with a few items.
var upgradeBatch = 4096

// bucketUpgrade holds, while a file is upgraded to schema 3, the new
// items and index buckets being built and the progress made ("after":
// the old key of the last item moved). Its presence means an upgrade is
// under way; it is resumed at the next writable open.
var bucketUpgrade = []byte("upgrade")

// upgradeAfter is the progress key in bucketUpgrade.
var upgradeAfter = []byte("after")

// upgradingSchema is the schema version of a file whose upgrade has begun:
// an earlier feedsieve refuses it, so that it cannot change the old
// buckets behind the upgrade's back and lose what it wrote.
const upgradingSchema = "3-upgrading"

// layoutBuckets are the buckets an upgrade rebuilds.
var layoutBuckets = [][]byte{bucketItems, bucketKeys, bucketLinks, bucketTime, bucketTopics}

// upgrade rewrites a schema 1 or 2 file, whose items are keyed by their
// 16-byte ids, into the layout of schema 3, where items are keyed by refs
// given in arrival order and the indexes point at refs. Every item is
// moved, in transactions of upgradeBatch items, into new buckets built
// beside the old ones, and its index entries are made anew from it; a
// last transaction swaps the new buckets in and records the version. An
// upgrade cut short (a crash, a full disk) resumes where it stopped.
// Items that cannot be decoded are moved as they are, unindexed, so that
// nothing is lost: feedsieve check names them.
func (s *Store) upgrade(from string) error {
	start := time.Now()
	s.log.Info("upgrading the database layout; this runs once", slog.String("path", s.path),
		slog.String("from_schema", from), slog.String("to_schema", schemaVersion))
	moved := 0
	for {
		n, err := s.upgradeStep()
		if err != nil {
			return fmt.Errorf("upgrade from schema %s, after %d items: %w", from, moved, err)
		}
		moved += n
		if s.opts.UpgradeProgress != nil {
			s.opts.UpgradeProgress(moved)
		}
		if n < upgradeBatch {
			break
		}
	}
	if err := s.db.Update(swapUpgradedBuckets); err != nil {
		return fmt.Errorf("upgrade from schema %s: %w", from, err)
	}
	s.log.Info("database layout upgraded", slog.String("path", s.path), slog.Int("items", moved),
		slog.Duration("took", time.Since(start)))
	return nil
}

// upgradeStep moves the next batch of items into the new buckets and
// returns how many it moved.
func (s *Store) upgradeStep() (int, error) {
	n := 0
	err := s.db.Update(func(tx *bolt.Tx) error {
		n = 0
		if err := tx.Bucket(bucketMeta).Put([]byte("schema"), []byte(upgradingSchema)); err != nil {
			return err
		}
		up, err := tx.CreateBucketIfNotExists(bucketUpgrade)
		if err != nil {
			return err
		}
		for _, name := range layoutBuckets {
			if _, err := up.CreateBucketIfNotExists(name); err != nil {
				return err
			}
		}
		after := up.Get(upgradeAfter)
		c := tx.Bucket(bucketItems).Cursor()
		k, v := c.First()
		if after != nil {
			if k, v = c.Seek(after); k != nil && bytes.Equal(k, after) {
				k, v = c.Next()
			}
		}
		var last []byte
		for ; k != nil && n < upgradeBatch; k, v = c.Next() {
			if err := s.moveItem(up, k, v); err != nil {
				return err
			}
			last = k
			n++
		}
		if last == nil {
			return nil
		}
		return up.Put(upgradeAfter, bytes.Clone(last))
	})
	return n, err
}

// moveItem stores an item of the old layout, found under old key id, in
// the new buckets under the next ref, with its index entries.
func (s *Store) moveItem(up *bolt.Bucket, id, v []byte) error {
	items := up.Bucket(bucketItems)
	seq, err := items.NextSequence()
	if err != nil {
		return err
	}
	ref := itemRef(seq)
	items.FillPercent = 1
	it, err := decodeItem(v)
	if err != nil {
		s.log.Warn("database upgrade: an undecodable item is kept as it is, unindexed",
			slog.String("old_key", fmt.Sprintf("%x", id)), slog.String("ref", refString(ref)), slog.String("error", err.Error()))
		return items.Put(ref, bytes.Clone(v))
	}
	if err := items.Put(ref, encodeItem(it)); err != nil {
		return err
	}
	keys, links := up.Bucket(bucketKeys), up.Bucket(bucketLinks)
	for _, k := range it.Keys {
		if err := keys.Put(dbKey(k), ref); err != nil {
			return err
		}
	}
	if it.NormLink != "" && links.Get(dbKey(it.NormLink)) == nil {
		if err := links.Put(dbKey(it.NormLink), ref); err != nil {
			return err
		}
	}
	tk := timeKey(it.Published, ref)
	if err := up.Bucket(bucketTime).Put(tk, nil); err != nil {
		return err
	}
	for _, t := range topicsOf(it.Topics) {
		b, err := up.Bucket(bucketTopics).CreateBucketIfNotExists([]byte(t))
		if err != nil {
			return fmt.Errorf("topic bucket %s: %w", t, err)
		}
		if err := b.Put(tk, nil); err != nil {
			return err
		}
	}
	return nil
}

// swapUpgradedBuckets replaces the old items and index buckets by the
// new ones and records the new schema version.
func swapUpgradedBuckets(tx *bolt.Tx) error {
	up := tx.Bucket(bucketUpgrade)
	for _, name := range layoutBuckets {
		if err := tx.DeleteBucket(name); err != nil {
			return fmt.Errorf("delete old bucket %s: %w", name, err)
		}
		if err := tx.MoveBucket(name, up, nil); err != nil {
			return fmt.Errorf("move new bucket %s: %w", name, err)
		}
	}
	if err := tx.DeleteBucket(bucketUpgrade); err != nil {
		return err
	}
	return tx.Bucket(bucketMeta).Put([]byte("schema"), []byte(schemaVersion))
}
