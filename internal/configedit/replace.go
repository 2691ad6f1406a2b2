package configedit

import (
	"fmt"
	"os"
	"path/filepath"
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
