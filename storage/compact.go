package storage

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// compactTxSize bounds the writes of one compaction transaction.
const compactTxSize = 64 << 20

// CompactResult says what a compaction did.
type CompactResult struct {
	Before, After int64 // file sizes in bytes
	Items         int
}

// Compact rewrites the database at path into a compact copy and puts it in
// the original's place: bbolt files never shrink by themselves. The copy
// is written beside the original, synced and checked (bbolt's page check,
// feedsieve's cross references, the same item count) before a rename
// replaces the original, so a failure at any point leaves the original as
// it was. It holds the file's lock throughout and fails with ErrLocked
// when another process, such as feedsieve serve, has the file open.
func Compact(path string, lockTimeout time.Duration) (CompactResult, error) {
	var res CompactResult
	fail := func(err error) (CompactResult, error) { return res, fmt.Errorf("compact database %s: %w", path, err) }
	info, err := os.Stat(path)
	if err != nil {
		return fail(err)
	}
	res.Before = info.Size()
	src, err := bolt.Open(path, 0, &bolt.Options{Timeout: lockTimeout})
	if errors.Is(err, berrors.ErrTimeout) {
		return fail(ErrLocked)
	}
	if err != nil {
		return fail(err)
	}
	defer src.Close()
	original := &Store{db: src, path: path}
	if res.Items, err = original.Count(); err != nil {
		return fail(err)
	}
	tmp, err := compactCopy(src, path, info.Mode().Perm())
	if err != nil {
		return fail(err)
	}
	if res.After, err = verifyCopy(tmp, res.Items); err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return fail(err)
	}
	return res, syncDir(filepath.Dir(path))
}

// compactCopy writes a compact copy of src beside path and returns its name.
func compactCopy(src *bolt.DB, path string, mode os.FileMode) (string, error) {
	f, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".compact-*")
	if err != nil {
		return "", err
	}
	tmp := f.Name()
	f.Close()
	dst, err := bolt.Open(tmp, mode, &bolt.Options{Timeout: time.Second, NoSync: true})
	if err == nil {
		err = bolt.Compact(dst, src, compactTxSize)
		if err == nil {
			err = dst.Sync()
		}
		if cerr := dst.Close(); err == nil {
			err = cerr
		}
	}
	if err == nil {
		err = os.Chmod(tmp, mode)
	}
	if err != nil {
		os.Remove(tmp)
		return "", fmt.Errorf("write compact copy: %w", err)
	}
	return tmp, nil
}

// verifyCopy checks a compacted copy and returns its size.
func verifyCopy(path string, items int) (int64, error) {
	s, err := Open(Options{Path: path, ReadOnly: true, LockTimeout: time.Second})
	if err != nil {
		return 0, err
	}
	defer s.Close()
	if err := s.Check(); err != nil {
		return 0, err
	}
	n, err := s.Count()
	if err != nil {
		return 0, err
	}
	if n != items {
		return 0, fmt.Errorf("the compact copy holds %d items, the original %d", n, items)
	}
	info, err := os.Stat(path)
	if err != nil {
		return 0, err
	}
	return info.Size(), nil
}

func syncDir(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}
