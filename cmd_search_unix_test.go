//go:build unix

package main

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// Opening a search result that is a pipe named like a postmortem is
// refused at once: it could block the picker or never end.
func TestPreviewRefusesAPipe(t *testing.T) {
	p := filepath.Join(t.TempDir(), "pm.md")
	if err := syscall.Mkfifo(p, 0o600); err != nil {
		t.Skipf("no FIFO here: %v", err)
	}
	done := make(chan error, 1)
	go func() { _, err := previewMarkdown(p); done <- err }()
	if err := <-done; err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Fatalf("previewMarkdown on a pipe: %v", err)
	}
}
