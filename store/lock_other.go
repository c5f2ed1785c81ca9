//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package store

import "os"

// lock is a no-op where flock is not available.
func lock(*os.File) error { return nil }
