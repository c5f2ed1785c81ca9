package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestMain lets the test binary stand in for debrief itself, so the tests
// below can run the real program in a child process.
func TestMain(m *testing.M) {
	if os.Getenv("DEBRIEF_AS_MAIN") == "1" {
		os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

func debriefCmd(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, args...)
	cmd.Env = append(os.Environ(), "DEBRIEF_AS_MAIN=1", "TERM=xterm-256color", "XDG_CONFIG_HOME="+t.TempDir())
	return cmd
}

// started starts cmd as a person's terminal would run it: stdin piped
// for the keys, output dropped, stderr kept for the test to read once the
// program has exited. The program is killed when the test ends.
func started(t *testing.T, cmd *exec.Cmd) (io.WriteCloser, *bytes.Buffer) {
	t.Helper()
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = io.Discard, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill() })
	return in, &stderr
}

// TestSIGKILLLosesNoCommittedNote runs debrief, commits notes, waits more
// than a second, kills it with SIGKILL (no chance to clean up), and finds
// every note in the session file.
func TestSIGKILLLosesNoCommittedNote(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the real program")
	}
	path := filepath.Join(t.TempDir(), "killed.debrief.yaml")
	cmd := debriefCmd(t, "--title", "Killed mid-meeting", "--session", path)
	stdin, _ := started(t, cmd)

	key := func(s string) {
		if _, err := io.WriteString(stdin, s); err != nil {
			t.Fatal(err)
		}
		time.Sleep(30 * time.Millisecond) // a person's pace, not a paste
	}
	key("\x0e") // ctrl+n: start the meeting
	var want []string
	for i := range 5 {
		n := fmt.Sprintf("note %d committed before the kill", i+1)
		want = append(want, n)
		for _, r := range n {
			key(string(r))
		}
		key("\r")
		if i == 2 {
			key("\x0e") // ctrl+n: on to the impact phase
		}
	}
	// Everything committed more than a second before the kill must survive.
	deadline := time.Now().Add(10 * time.Second)
	for {
		time.Sleep(1100 * time.Millisecond)
		if data, _ := os.ReadFile(path); bytes.Count(data, []byte("note_added")) == len(want) || time.Now().After(deadline) {
			break
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()

	got := notesIn(t, path)
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("after SIGKILL the session holds %q, want %q", got, want)
	}
	if info, err := os.Stat(path); err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("session file mode %v (%v), want 0600", info.Mode().Perm(), err)
	}
}
