//go:build windows

package store

import (
	"errors"
	"os"

	"golang.org/x/sys/windows"
)

// lockOffset is where the lock byte lies: far past any session's data.
// Windows locks are mandatory, so locking bytes a reader needs would stop
// export and replay from reading an open meeting's file.
const lockOffset = 0x7fffffff

// lock takes an exclusive lock on a byte past the end of the session file,
// so a second debrief resuming it is refused instead of interleaving
// events. Windows drops the lock when the process ends, killed or not.
func lock(f *os.File) error { return lockFile(f, windows.LOCKFILE_EXCLUSIVE_LOCK) }

// lockShared takes a shared lock on the same byte, which fails with
// errLocked while a debrief holds the file open as its session.
func lockShared(f *os.File) error { return lockFile(f, 0) }

func lockFile(f *os.File, flags uint32) error {
	ol := &windows.Overlapped{Offset: lockOffset}
	err := windows.LockFileEx(windows.Handle(f.Fd()), flags|windows.LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, ol)
	if errors.Is(err, windows.ERROR_LOCK_VIOLATION) || errors.Is(err, windows.ERROR_IO_PENDING) {
		return errLocked
	}
	return err
}
