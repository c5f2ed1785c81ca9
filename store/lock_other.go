//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly || windows)

package store

import "os"

// lock is a no-op where no file lock is available (README says where).
func lock(*os.File) error { return nil }

// lockShared is a no-op where no file lock is available.
func lockShared(*os.File) error { return nil }
