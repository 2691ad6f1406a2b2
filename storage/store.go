// Package storage keeps feedsieve's items, topic indexes and source state in
// a single bbolt file. It knows nothing about feeds or HTTP: callers hand it
// parsed items and a function that files an item into topics.
package storage

import (
	"crypto/sha256"
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
	// after 304s); nil discards them.
	Log *slog.Logger
}

var (
	bucketItems   = []byte("items")   // id → JSON Item
	bucketKeys    = []byte("keys")    // source \x00 identity key → id
	bucketLinks   = []byte("links")   // normalized link → id
	bucketTime    = []byte("time")    // sort time + id → nil, for retention
	bucketTopics  = []byte("topics")  // topic id → bucket of sort time + id → nil
	bucketSources = []byte("sources") // source name → SourceState (codec.go)
	bucketMeta    = []byte("meta")    // misc: schema version, topic rule hashes
)

// schemaVersion is the layout of the file. Version 2 stores items and
// source states in the binary form of codec.go; version 1 (JSON) files are
// read as they are and marked version 2 when opened for writing, so that
// an older feedsieve refuses them instead of failing on every read.
const schemaVersion = "2"

// Store is a handle on an open feedsieve database.
type Store struct {
	db        *bolt.DB
	path      string
	opts      Options
	retention atomic.Int64 // time.Duration; changed by SetRetention
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
	return s.db.Update(func(tx *bolt.Tx) error {
		for _, name := range [][]byte{bucketItems, bucketKeys, bucketLinks, bucketTime, bucketTopics, bucketSources, bucketMeta} {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return fmt.Errorf("create bucket %s: %w", name, err)
			}
		}
		meta := tx.Bucket(bucketMeta)
		v := meta.Get([]byte("schema"))
		if v == nil || string(v) == "1" {
			return meta.Put([]byte("schema"), []byte(schemaVersion))
		}
		return supportedSchema(v)
	})
}

// checkSchema refuses, in a read-only open, a file of another layout.
func (s *Store) checkSchema() error {
	return s.db.View(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if meta == nil {
			return errors.New("not a feedsieve database (no meta bucket)")
		}
		if v := meta.Get([]byte("schema")); string(v) != "1" {
			return supportedSchema(v)
		}
		return nil
	})
}

func supportedSchema(v []byte) error {
	if string(v) != schemaVersion {
		return fmt.Errorf("schema version %q is not supported (want %q): the file was written by another feedsieve version", v, schemaVersion)
	}
	return nil
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

// dbKey is the bbolt key for an identity key or a normalized link: the
// text itself, or for longer text a hash of it, marked with a leading NUL
// that neither links nor source names start with.
func dbKey(s string) []byte {
	if len(s) <= maxKeyLen {
		return []byte(s)
	}
	sum := sha256.Sum256([]byte(s))
	return append([]byte("\x00sha256:"), hex.EncodeToString(sum[:])...)
}
