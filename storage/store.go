// Package storage keeps feedsieve's items, topic indexes and source state in
// a single bbolt file. It knows nothing about feeds or HTTP: callers hand it
// parsed items and a function that files an item into topics.
package storage

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// ErrLocked reports that another process holds the database file.
var ErrLocked = errors.New("database is locked (is feedsieve serve running?)")

// Options configures a Store.
type Options struct {
	// Path of the database file; its directory is created when missing.
	Path string
	// Retention is how long items are kept after publication; 0 keeps them forever.
	Retention time.Duration
	// LockTimeout bounds the wait for the file lock held by another process.
	LockTimeout time.Duration
	// ReadOnly opens the file for reading only (CLI commands such as export).
	ReadOnly bool
	// Log receives the errors of background writes (source states noted
	// after 304s) and the start and end of a layout upgrade; nil discards
	// them.
	Log *slog.Logger
	// UpgradeProgress, when set, is called while Open upgrades the layout
	// of a file written by an earlier feedsieve, after each batch of items
	// moved, with the count so far: an upgrade of a million items takes
	// minutes, and a daemon can tell its supervisor that it is still
	// starting.
	UpgradeProgress func(moved int)
	// SourceQuota bounds how many items whose first delivery was by one
	// source may be stored; a new item of a source over it is not stored
	// (Result.OverQuota) until retention makes room. 0: no bound.
	SourceQuota int
}

var (
	bucketItems   = []byte("items")   // ref → Item (codec.go); refs are given in arrival order (item.go)
	bucketKeys    = []byte("keys")    // source \x00 identity key → ref
	bucketLinks   = []byte("links")   // normalized link → ref
	bucketTime    = []byte("time")    // sort time + ref → nil, for retention
	bucketTopics  = []byte("topics")  // topic id → bucket of sort time + ref → nil
	bucketSources = []byte("sources") // source name → SourceState (statecodec.go)
	bucketSeen    = []byte("seen")    // source name → Seen (seen.go)
	bucketMeta    = []byte("meta")    // misc: schema version, topic rule hashes
)

// schemaVersion is the layout of the file. Version 3 keys items by refs
// given in arrival order, and the indexes point at refs. Versions 1
// (items as JSON) and 2 (binary items, codec.go) keyed items by their
// 16-byte ids; a writable open upgrades them to version 3 (upgrade.go).
// A read-only open refuses them, and an older feedsieve refuses version 3.
const schemaVersion = "3"

// upgradable reports whether a file of schema version v is upgraded by
// a writable open.
func upgradable(v []byte) bool {
	return string(v) == "1" || string(v) == "2" || string(v) == upgradingSchema
}

// Store is a handle on an open feedsieve database.
type Store struct {
	db        *bolt.DB
	path      string
	opts      Options
	retention atomic.Int64 // time.Duration; changed by SetRetention
	quota     atomic.Int64 // Options.SourceQuota; changed by SetSourceQuota
	commits   committer    // groups the writes of concurrent pollers
	lazy      lazyStates   // source states written within a second
	log       *slog.Logger
}

// Open opens (and, unless read-only, creates) the database at opts.Path.
// It fails with ErrLocked when another process holds the file.
func Open(opts Options) (*Store, error) {
	if opts.Path == "" {
		return nil, errors.New("open database: no path given")
	}
	if opts.LockTimeout <= 0 {
		opts.LockTimeout = time.Second
	}
	if !opts.ReadOnly {
		if err := os.MkdirAll(filepath.Dir(opts.Path), 0o750); err != nil {
			return nil, fmt.Errorf("open database %s: %w", opts.Path, err)
		}
	} else if _, err := os.Stat(opts.Path); err != nil {
		return nil, fmt.Errorf("open database %s: %w", opts.Path, err)
	}
	db, err := bolt.Open(opts.Path, 0o640, &bolt.Options{
		Timeout:      opts.LockTimeout,
		ReadOnly:     opts.ReadOnly,
		FreelistType: bolt.FreelistMapType,
		// Growing the file past the mapped size remaps it, which waits
		// for every read transaction to end: a long feed render or API
		// scan would hold up ingestion. Map room to grow up front; it is
		// address space, not memory.
		InitialMmapSize: initialMmapSize(opts.Path),
	})
	if errors.Is(err, berrors.ErrTimeout) {
		return nil, fmt.Errorf("open database %s: %w", opts.Path, ErrLocked)
	}
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", opts.Path, err)
	}
	s := &Store{db: db, path: opts.Path, opts: opts, commits: committer{db: db}}
	s.retention.Store(int64(opts.Retention))
	s.quota.Store(int64(opts.SourceQuota))
	if s.log = opts.Log; s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	setup := s.init
	if opts.ReadOnly {
		setup = s.checkSchema
	}
	if err := setup(); err != nil {
		db.Close()
		return nil, fmt.Errorf("open database %s: %w", opts.Path, err)
	}
	return s, nil
}

// minMmapSize is the least address space mapped for the database.
const minMmapSize = 1 << 30

// initialMmapSize is the mapping for the file at path: twice its size,
// and at least minMmapSize.
func initialMmapSize(path string) int {
	size := int64(0)
	if fi, err := os.Stat(path); err == nil {
		size = fi.Size()
	}
	return int(max(minMmapSize, 2*size))
}

func (s *Store) init() error {
	var version []byte
	err := s.db.Update(func(tx *bolt.Tx) error {
		for _, name := range [][]byte{bucketItems, bucketKeys, bucketLinks, bucketTime, bucketTopics, bucketSources, bucketSeen, bucketMeta} {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return fmt.Errorf("create bucket %s: %w", name, err)
			}
		}
		meta := tx.Bucket(bucketMeta)
		version = bytes.Clone(meta.Get([]byte("schema")))
		switch {
		case version == nil:
			return meta.Put([]byte("schema"), []byte(schemaVersion))
		case upgradable(version):
			return nil
		}
		if err := supportedSchema(version); err != nil {
			return err
		}
		return repairSequence(tx)
	})
	if err == nil && upgradable(version) {
		err = s.upgrade(string(version))
	}
	if err != nil {
		return err
	}
	return s.countSources()
}

// repairSequence makes sure the items bucket's sequence, which gives new
// items their refs, is past every stored ref, so that no new item can
// overwrite one.
func repairSequence(tx *bolt.Tx) error {
	items := tx.Bucket(bucketItems)
	last, _ := items.Cursor().Last()
	if len(last) != refLen {
		return nil
	}
	if seq := binary.BigEndian.Uint64(last); items.Sequence() < seq {
		return items.SetSequence(seq)
	}
	return nil
}

// checkSchema refuses, in a read-only open, a file of another layout.
func (s *Store) checkSchema() error {
	return s.db.View(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if meta == nil {
			return errors.New("not a feedsieve database (no meta bucket)")
		}
		v := meta.Get([]byte("schema"))
		if string(v) == upgradingSchema {
			return errors.New("the file's layout is being upgraded: open it once for writing (feedsieve serve or feedsieve poll) to finish")
		}
		if upgradable(v) {
			return fmt.Errorf("schema version %q is older than this feedsieve's %q: open the file once for writing (feedsieve serve or feedsieve poll) to upgrade it", v, schemaVersion)
		}
		return supportedSchema(v)
	})
}

// SetRetention changes how long items are kept, for a reloaded config.
func (s *Store) SetRetention(d time.Duration) { s.retention.Store(int64(d)) }

func (s *Store) retentionPeriod() time.Duration { return time.Duration(s.retention.Load()) }

// Ping reads the database's schema version in a read transaction: it
// fails when the file can no longer be read.
func (s *Store) Ping() error {
	return s.db.View(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if meta == nil || meta.Get([]byte("schema")) == nil {
			return fmt.Errorf("database %s: no schema version", s.path)
		}
		return nil
	})
}

// Path returns the database file path.
func (s *Store) Path() string { return s.path }

// Close closes the database; in-flight transactions finish first.
// Source states noted with NoteSourceState are written first.
func (s *Store) Close() error {
	flushErr := s.closeLazy()
	if err := s.db.Close(); err != nil {
		return errors.Join(flushErr, fmt.Errorf("close database %s: %w", s.path, err))
	}
	return flushErr
}

// ErrNotFound reports that an item does not exist.
var ErrNotFound = errors.New("not found")

// maxKeyLen bounds the bbolt keys made from feed data, identity keys and
// links: bbolt refuses keys over 32 KiB, and a feed can carry a guid or a
// link of any length.
const maxKeyLen = 1024

// hashedKeyPrefix starts the dbKey of a long identity key or link.
const hashedKeyPrefix = "\x00sha256:"

// dbKey is the bbolt key for an identity key or a normalized link: the
// text itself, or for longer text a hash of it, marked with a leading NUL
// that neither links nor source names start with.
func dbKey(s string) []byte {
	if len(s) <= maxKeyLen {
		return []byte(s)
	}
	sum := sha256.Sum256([]byte(s))
	return append([]byte(hashedKeyPrefix), hex.EncodeToString(sum[:])...)
}

func supportedSchema(v []byte) error {
	if string(v) != schemaVersion {
		return fmt.Errorf("schema version %q is not supported (want %q): the file was written by another feedsieve version", v, schemaVersion)
	}
	return nil
}
