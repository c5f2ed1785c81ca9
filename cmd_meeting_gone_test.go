package main

import (
	"bytes"
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

// TestFlushShowsWhatNoFileTook: when neither the session file nor any
// rescue folder takes the meeting (a file size limit, every disk full),
// the unsaved events are printed, escaped, one per line: added at the end
// of the session file they make it whole, so the words typed are on the
// screen rather than nowhere.
func TestFlushShowsWhatNoFileTook(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "meetings")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	// Every rescue folder is under a file, so none can be made.
	blocker := filepath.Join(t.TempDir(), "a-file")
	os.WriteFile(blocker, nil, 0o600)
	t.Setenv("XDG_STATE_HOME", filepath.Join(blocker, "state"))
	t.Setenv("TMPDIR", filepath.Join(blocker, "tmp"))
	defer func(n int) { flushRetries = n }(flushRetries)
	flushRetries = 1
	path := filepath.Join(dir, "s.debrief.yaml")
	f := writeSession(t, path, 2)
	defer f.Close()
	saved, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	all := sessionEvents(6)
	all[len(all)-1].Text = "a note with \x1b[2J and \u202e in it"
	os.RemoveAll(dir)
	os.WriteFile(dir, nil, 0o600) // and its own folder cannot be made again
	var stderr bytes.Buffer
	if err := flush(f, all, &stderr, nil); err == nil {
		t.Fatal("flush reported success with every folder gone")
	}
	msg := stderr.String()
	if strings.ContainsAny(msg, "\x1b\u202e") {
		t.Fatalf("the printed events carry control characters:\n%q", msg)
	}
	_, shown, ok := strings.Cut(msg, "they make it whole:\n")
	if !ok {
		t.Fatalf("the unsaved events are not shown:\n%s", msg)
	}
	whole := filepath.Join(t.TempDir(), "whole.debrief.yaml")
	os.WriteFile(whole, append(saved, shown...), 0o600)
	got := notesIn(t, whole)
	if len(got) != 6 || got[5] != all[len(all)-1].Text {
		t.Fatalf("the session file with the shown lines added holds %q", got)
	}
}
