//go:build unix

package serve

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestLoadKeysRefusesPipesAndDevices: a FIFO named as the keys file is
// refused at once (opening it would wait for a writer forever), and so
// is a device, said as what it is rather than as a file too large.
func TestLoadKeysRefusesPipesAndDevices(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "team.keys")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	for _, path := range []string{fifo, "/dev/zero"} {
		done := make(chan error, 1)
		go func() { _, err := LoadKeys(path); done <- err }()
		select {
		case err := <-done:
			if err == nil || !strings.Contains(err.Error(), "not a regular file") {
				t.Errorf("%s: %v", path, err)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("%s: still waiting after 5 s", path)
		}
	}
}

// TestHostKeyRefusesAFIFOAtOnce: a named pipe given as --host-key is
// refused at once instead of waiting for a writer.
func TestHostKeyRefusesAFIFOAtOnce(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "host_key")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	done := make(chan error, 1)
	go func() { _, err := HostKey(fifo); done <- err }()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "not a regular file") {
			t.Errorf("%v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("still waiting after 5 s")
	}
}
