//go:build unix

package importer

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestImportRefusesAFIFOAtOnce: a named pipe given to --import (or typed
// at the meeting's import prompt) is refused at once, found kind or
// named, instead of waiting forever for a writer.
func TestImportRefusesAFIFOAtOnce(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "rows.csv")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	for _, sp := range []Spec{{Path: fifo}, {Kind: KindJSONL, Path: fifo}} {
		done := make(chan error, 1)
		go func() { _, err := Load([]Spec{sp}, Options{}); done <- err }()
		select {
		case err := <-done:
			if err == nil || !strings.Contains(err.Error(), "not a regular file") {
				t.Errorf("%v: %v", sp, err)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("%v: still waiting after 5 s", sp)
		}
	}
}
