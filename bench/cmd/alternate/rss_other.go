//go:build unix && !darwin

package main

import "syscall"

// maxRSSKB: Linux and the BSDs report ru_maxrss in KB.
func maxRSSKB(ru *syscall.Rusage) int64 { return int64(ru.Maxrss) }
