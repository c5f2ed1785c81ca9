package store

import (
	"os"
	"path/filepath"
)

// writeAtomic writes data to a new file beside path, syncs it, and renames
// it over path, then syncs the folder: after a crash path holds the old
// bytes or the new ones, never a mix. It works the same on Windows, where
// os.Rename replaces an existing file.
func writeAtomic(path string, data []byte, mode os.FileMode) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	name := tmp.Name()
	defer os.Remove(name) // a no-op once renamed
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		return err
	}
	if err := writeSync(tmp, data); err != nil {
		return err
	}
	if err := os.Rename(name, path); err != nil {
		return err
	}
	return syncDir(path)
}
