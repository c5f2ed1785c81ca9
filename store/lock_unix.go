//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package store

import (
	"errors"
	"os"
	"syscall"
)

// lock takes an advisory lock on the open session file, so a second debrief
// resuming the same file is refused instead of interleaving events. The
// lock goes with the file descriptor, so a killed debrief leaves none.
func lock(f *os.File) error { return flock(f, syscall.LOCK_EX) }

// lockShared takes a shared lock, which fails with errLocked while a
// debrief holds the file open as its session. Closing f releases it.
func lockShared(f *os.File) error { return flock(f, syscall.LOCK_SH) }

func flock(f *os.File, how int) error {
	err := syscall.Flock(int(f.Fd()), how|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return errLocked
	}
	return err
}
