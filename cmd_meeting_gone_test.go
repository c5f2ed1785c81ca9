package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestReliabilityFolderRemovedThenQuit removes the session file's folder
// under a running meeting, types more notes, and quits: the notes must
// not go on into a file no name reaches with "Session saved" at the end.
// The screen asks first, the whole meeting goes to a rescue copy, and the
// exit status says the session file does not hold it.
func TestReliabilityFolderRemovedThenQuit(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the real program")
	}
	dir := filepath.Join(t.TempDir(), "meetings")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "gone.debrief.yaml")
	state := t.TempDir()
	cmd := program(t, "--title", "Folder removed", "--session", path)
	cmd.Env = append(cmd.Env, "XDG_STATE_HOME="+state)
	in, stderr := started(t, cmd)
	k := &typist{t: t, in: in}
	k.keys("\x0e")
	for i := range 3 {
		k.note(fmt.Sprintf("before the folder went %d", i+1))
	}
	time.Sleep(300 * time.Millisecond)
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		k.note(fmt.Sprintf("after the folder went %d", i+1))
	}
	time.Sleep(300 * time.Millisecond)
	k.keys("\x03") // ctrl+c: asks, since the notes are not saved
	time.Sleep(500 * time.Millisecond)
	k.keys("\x03") // again: quit and write the rescue copy
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != exitError {
			t.Errorf("exit %v, want status 2 for a meeting its session file does not hold\n%s", err, stderr.String())
		}
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("debrief did not quit\n%s", stderr.String())
	}
	msg := stderr.String()
	if strings.Contains(msg, "Session saved to") {
		t.Errorf("said the session was saved to a file that is gone:\n%s", msg)
	}
	rescue := ""
	for _, line := range strings.Split(msg, "\n") {
		if r, ok := strings.CutPrefix(strings.TrimSpace(line), "resume it:  debrief resume "); ok {
			rescue = r
		}
	}
	if rescue == "" || !strings.HasPrefix(rescue, state) || !strings.Contains(msg, "no longer there") {
		t.Fatalf("the message does not say the file is gone and where the rescue copy is in %s:\n%s", state, msg)
	}
	if got := notesIn(t, rescue); strings.Join(got, "|") != strings.Join(k.sent, "|") {
		t.Fatalf("the rescue copy holds %q, typed %q", got, k.sent)
	}
}
