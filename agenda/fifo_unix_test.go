//go:build unix

package agenda

import (
	"path/filepath"
	"syscall"
	"testing"
)

// fifo makes a named pipe, which blocks a reader that opens it.
func fifo(t *testing.T) string {
	p := filepath.Join(t.TempDir(), "pipe.yaml")
	if err := syscall.Mkfifo(p, 0o600); err != nil {
		return ""
	}
	return p
}
