package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
)

// errLocked is returned by lock when another debrief has the file open;
// two writers would interleave their events.
var errLocked = errors.New("the session is open in another debrief")

// explain turns an I/O error into a sentence a facilitator can act on,
// naming the file. The original error stays wrapped for errors.Is.
func explain(op, path string, err error) error {
	dir := filepath.Dir(path)
	var why string
	switch {
	case errors.Is(err, errLocked):
		why = "it is open in another debrief; close that one first"
	case errors.Is(err, fs.ErrNotExist) && op == "create":
		why = fmt.Sprintf("the folder %s does not exist", dir)
	case errors.Is(err, fs.ErrNotExist):
		why = "no such file"
	case errors.Is(err, fs.ErrPermission) && op == "create":
		why = fmt.Sprintf("permission denied (is the folder %s writable?)", dir)
	case errors.Is(err, fs.ErrPermission):
		why = "permission denied"
	case errors.Is(err, syscall.ENOSPC):
		why = "the disk is full"
	case errors.Is(err, syscall.EROFS):
		why = "the file system is read-only"
	case errors.Is(err, syscall.EISDIR):
		why = "it is a folder"
	case errors.Is(err, syscall.ENOTDIR):
		why = "part of the path is a file, not a folder"
	default:
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the path is already in the message
		}
		why = err.Error()
	}
	return &Error{Op: op, Path: path, Why: why, Err: err}
}

// Error is a failed operation on a session file, worded for a person.
type Error struct {
	Op, Path, Why string
	Err           error
}

// Error reads "cannot OP PATH: WHY".
func (e *Error) Error() string { return fmt.Sprintf("cannot %s %s: %s", e.Op, e.Path, e.Why) }

// Unwrap gives the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// syncDir makes a new or renamed name in path's folder durable; without it
// a power cut can lose the file even though its data was synced.
//
// Windows cannot flush a folder through a file handle; NTFS journals the
// name itself, so there the synced data is what is guaranteed.
func syncDir(path string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(filepath.Dir(path))
	if err != nil {
		return err
	}
	defer d.Close()
	// Some systems cannot sync a folder; the data itself is synced.
	if err := d.Sync(); err != nil && !errors.Is(err, syscall.EINVAL) && !errors.Is(err, syscall.ENOTSUP) {
		return err
	}
	return nil
}
