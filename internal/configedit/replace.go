package configedit

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/feedsieve/feedsieve/internal/config"
)

// ReplaceFile writes data to path through a temporary file in the same
// directory that is synced and renamed over it, so that a reader (such as
// feedsieve serve watching its config) sees the old file or the new one,
// never a half-written one. The file keeps its permission bits.
func ReplaceFile(path string, data []byte) error {
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".edit-*")
	if err != nil {
		return fmt.Errorf("replace %s: %w", path, err)
	}
	err = writeSynced(tmp, data, info.Mode().Perm())
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("replace %s: %w", path, err)
	}
	return nil
}

func writeSynced(f *os.File, data []byte, mode os.FileMode) error {
	_, err := f.Write(data)
	if err == nil {
		err = f.Chmod(mode)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// EditFile edits the config file at path with edit and checks the result
// with check (as feedsieve check would) before it replaces the file; a
// result that does not pass leaves the file as it was.
func EditFile(path string, edit func([]byte) ([]byte, error), check func([]byte) error) error {
	raw, err := config.ReadFile(path)
	if err != nil {
		return err
	}
	edited, err := edit(raw)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := check(edited); err != nil {
		return err
	}
	return ReplaceFile(path, edited)
}
