//go:build unix

package main

import (
	"io"
	"strings"
	"syscall"
	"testing"
)

// TestLintLongStreamBoundedMemory pipes 32 MB of blameful notes into the
// real `debrief lint` and holds its peak memory under 100 MB: the input is
// never held whole, however long the stream runs.
func TestLintLongStreamBoundedMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the real program over 32 MB")
	}
	cmd := debriefCmd(t, "lint", "--format", "json")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	chunk := []byte(strings.Repeat("Bob should have rolled back, and it was human error.\n\n", 1000))
	for sent := 0; sent < 32<<20; sent += len(chunk) {
		if _, err := stdin.Write(chunk); err != nil {
			t.Fatal(err)
		}
	}
	stdin.Close()
	err = cmd.Wait()
	if cmd.ProcessState.ExitCode() != 1 {
		t.Fatalf("exit %v, want 1 (findings)", err)
	}
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if rss := int64(ru.Maxrss) * 1024; rss > 100<<20 {
		t.Errorf("peak memory %d MB linting a 32 MB stream", rss>>20)
	}
}
