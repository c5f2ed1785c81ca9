package store

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

// partialTag names the file an atomic write fills before renaming it over
// its target: ".pm.md.debrief-partial-123456". A debrief killed between
// the two leaves it behind; the name says whose it is and what it holds,
// and the next write of the same target removes it.
const partialTag = ".debrief-partial-"

// beforeRename, when set by a test, runs once the new bytes are on disk
// and before they replace path: the moment a kill leaves a partial file.
var beforeRename func(tmp string)

// writeAtomic writes data to a new file beside path, syncs it, and renames
// it over path, then syncs the folder: after a crash path holds the old
// bytes or the new ones, never a mix. It works the same on Windows, where
// os.Rename replaces an existing file. Partial files that earlier writes
// of path left when they were killed are removed first.
func writeAtomic(path string, data []byte, mode os.FileMode) error {
	removePartials(path)
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+partialTag+"*")
	if err != nil {
		return err
	}
	name := tmp.Name()
	defer os.Remove(name) // a no-op once renamed
	// The lock tells a later write that this file is being written, not
	// abandoned; it goes with the process, so a killed writer leaves none.
	// A file system that takes no lock does not stop the write.
	_ = lock(tmp)
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		return err
	}
	if err := writeSyncOpen(tmp, data); err != nil {
		tmp.Close()
		return err
	}
	if beforeRename != nil {
		beforeRename(name)
	}
	// Windows cannot rename a file that is open; elsewhere the file stays
	// open, and locked, until it has its final name.
	if runtime.GOOS == "windows" {
		if err := tmp.Close(); err != nil {
			return err
		}
	}
	err = os.Rename(name, path)
	if cerr := tmp.Close(); runtime.GOOS != "windows" && err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	return syncDir(path)
}

// removePartials removes the partial files a killed write of path left
// beside it: those named for path that no running debrief holds locked.
// Nothing else is touched, and a file that cannot be removed is left.
func removePartials(path string) {
	dir, base := filepath.Dir(path), filepath.Base(path)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	prefix := "." + base + partialTag
	for _, e := range entries {
		rest, ok := strings.CutPrefix(e.Name(), prefix)
		if !ok || rest == "" || strings.Trim(rest, "0123456789") != "" || !e.Type().IsRegular() {
			continue
		}
		p := filepath.Join(dir, e.Name())
		f, err := os.Open(p)
		if err != nil {
			continue
		}
		free := lock(f) == nil
		f.Close()
		if free {
			os.Remove(p)
		}
	}
}

// writeSyncOpen writes data to f and syncs it, leaving f open.
func writeSyncOpen(f *os.File, data []byte) error {
	if _, err := f.Write(data); err != nil {
		return err
	}
	return f.Sync()
}
